"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CryptoLoansFlexibleLiquidation")


@_attrs_define
class CryptoLoansFlexibleLiquidation:
    """
    Attributes:
        loan_coin (str): Coin of the loan.
        liquidation_debt (str): Debt the liquidation settled.
        collateral_coin (str): Collateral coin.
        liquidation_collateral_amount (str): Collateral sold by the liquidation.
        return_collateral_amount (str): Collateral given back afterwards.
        liquidation_fee (str): Fee charged for the liquidation.
        liquidation_starting_price (str): Collateral price when the liquidation started.
        liquidation_starting_time (int): When the liquidation started, UTC milliseconds.
        status (str): State of the liquidation (for example `Liquidated`).
    """

    loan_coin: str
    liquidation_debt: str
    collateral_coin: str
    liquidation_collateral_amount: str
    return_collateral_amount: str
    liquidation_fee: str
    liquidation_starting_price: str
    liquidation_starting_time: int
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loan_coin = self.loan_coin

        liquidation_debt = self.liquidation_debt

        collateral_coin = self.collateral_coin

        liquidation_collateral_amount = self.liquidation_collateral_amount

        return_collateral_amount = self.return_collateral_amount

        liquidation_fee = self.liquidation_fee

        liquidation_starting_price = self.liquidation_starting_price

        liquidation_starting_time = self.liquidation_starting_time

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanCoin": loan_coin,
                "liquidationDebt": liquidation_debt,
                "collateralCoin": collateral_coin,
                "liquidationCollateralAmount": liquidation_collateral_amount,
                "returnCollateralAmount": return_collateral_amount,
                "liquidationFee": liquidation_fee,
                "liquidationStartingPrice": liquidation_starting_price,
                "liquidationStartingTime": liquidation_starting_time,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loan_coin = d.pop("loanCoin")

        liquidation_debt = d.pop("liquidationDebt")

        collateral_coin = d.pop("collateralCoin")

        liquidation_collateral_amount = d.pop("liquidationCollateralAmount")

        return_collateral_amount = d.pop("returnCollateralAmount")

        liquidation_fee = d.pop("liquidationFee")

        liquidation_starting_price = d.pop("liquidationStartingPrice")

        liquidation_starting_time = d.pop("liquidationStartingTime")

        status = d.pop("status")

        _instance = cls(
            loan_coin=loan_coin,
            liquidation_debt=liquidation_debt,
            collateral_coin=collateral_coin,
            liquidation_collateral_amount=liquidation_collateral_amount,
            return_collateral_amount=return_collateral_amount,
            liquidation_fee=liquidation_fee,
            liquidation_starting_price=liquidation_starting_price,
            liquidation_starting_time=liquidation_starting_time,
            status=status,
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
