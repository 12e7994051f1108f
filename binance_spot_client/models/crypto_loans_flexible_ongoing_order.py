"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CryptoLoansFlexibleOngoingOrder")


@_attrs_define
class CryptoLoansFlexibleOngoingOrder:
    """
    Attributes:
        loan_coin (str): Coin borrowed.
        total_debt (str): Principal and interest still owed.
        collateral_coin (str): Collateral coin.
        collateral_amount (str): Collateral pledged.
        current_ltv (str): Current loan-to-value ratio.
    """

    loan_coin: str
    total_debt: str
    collateral_coin: str
    collateral_amount: str
    current_ltv: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        total_debt = self.total_debt

        collateral_coin = self.collateral_coin

        collateral_amount = self.collateral_amount

        current_ltv = self.current_ltv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "totalDebt": total_debt,
                "collateralCoin": collateral_coin,
                "collateralAmount": collateral_amount,
                "currentLTV": current_ltv,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loan_coin = d.pop("loanCoin")

        total_debt = d.pop("totalDebt")

        collateral_coin = d.pop("collateralCoin")

        collateral_amount = d.pop("collateralAmount")

        current_ltv = d.pop("currentLTV")

        _instance = cls(
            loan_coin=loan_coin,
            total_debt=total_debt,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
            current_ltv=current_ltv,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
