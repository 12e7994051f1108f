"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crypto_loans_ltv_direction import CryptoLoansLtvDirection

T = TypeVar("T", bound="CryptoLoansFlexibleLtvAdjustment")


@_attrs_define
class CryptoLoansFlexibleLtvAdjustment:
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        collateral_coin (str): Collateral coin.
        direction (CryptoLoansLtvDirection): Whether collateral is added to a loan (lowering its LTV) or taken out of it
            (raising it).
        collateral_amount (str): Collateral added or taken out.
        pre_ltv (str): Loan-to-value ratio before the adjustment.
        after_ltv (str): Loan-to-value ratio after the adjustment.
        adjust_time (int): When the adjustment was made, UTC milliseconds.
    """

    loan_coin: str
    collateral_coin: str
    direction: CryptoLoansLtvDirection
    collateral_amount: str
    pre_ltv: str
    after_ltv: str
    adjust_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        collateral_coin = self.collateral_coin

        direction = self.direction.value

        collateral_amount = self.collateral_amount

        pre_ltv = self.pre_ltv

        after_ltv = self.after_ltv

        adjust_time = self.adjust_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "collateralCoin": collateral_coin,
                "direction": direction,
                "collateralAmount": collateral_amount,
                "preLTV": pre_ltv,
                "afterLTV": after_ltv,
                "adjustTime": adjust_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loan_coin = d.pop("loanCoin")

        collateral_coin = d.pop("collateralCoin")

        direction = CryptoLoansLtvDirection(d.pop("direction"))

        collateral_amount = d.pop("collateralAmount")

        pre_ltv = d.pop("preLTV")

        after_ltv = d.pop("afterLTV")

        adjust_time = d.pop("adjustTime")

        _instance = cls(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            direction=direction,
            collateral_amount=collateral_amount,
            pre_ltv=pre_ltv,
            after_ltv=after_ltv,
            adjust_time=adjust_time,
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
