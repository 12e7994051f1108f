"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansFlexibleOngoingOrder")


@_attrs_define
class CryptoLoansFlexibleOngoingOrder(AdditionalProperties[Any]):
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

    @property
    def total_debt_decimal(self) -> Decimal:
        """`total_debt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_debt)

    @property
    def collateral_amount_decimal(self) -> Decimal:
        """`collateral_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.collateral_amount)

    @property
    def current_ltv_decimal(self) -> Decimal:
        """`current_ltv` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.current_ltv)

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
        d = src_dict

        _instance = cls(
            d["loanCoin"],
            d["totalDebt"],
            d["collateralCoin"],
            d["collateralAmount"],
            d["currentLTV"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"loanCoin", "totalDebt", "collateralCoin", "collateralAmount", "currentLTV"})
