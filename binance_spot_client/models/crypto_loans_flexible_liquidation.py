"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansFlexibleLiquidation")


@_attrs_define
class CryptoLoansFlexibleLiquidation(AdditionalProperties[Any]):
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

    @property
    def liquidation_debt_decimal(self) -> Decimal:
        """`liquidation_debt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidation_debt)

    @property
    def liquidation_collateral_amount_decimal(self) -> Decimal:
        """`liquidation_collateral_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidation_collateral_amount)

    @property
    def return_collateral_amount_decimal(self) -> Decimal:
        """`return_collateral_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.return_collateral_amount)

    @property
    def liquidation_fee_decimal(self) -> Decimal:
        """`liquidation_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidation_fee)

    @property
    def liquidation_starting_price_decimal(self) -> Decimal:
        """`liquidation_starting_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidation_starting_price)

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
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["liquidationDebt"],
            d["collateralCoin"],
            d["liquidationCollateralAmount"],
            d["returnCollateralAmount"],
            d["liquidationFee"],
            d["liquidationStartingPrice"],
            d["liquidationStartingTime"],
            d["status"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "loanCoin",
        "liquidationDebt",
        "collateralCoin",
        "liquidationCollateralAmount",
        "returnCollateralAmount",
        "liquidationFee",
        "liquidationStartingPrice",
        "liquidationStartingTime",
        "status",
    }
)
