"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountDeliveryTotals")


@_attrs_define
class SubAccountDeliveryTotals(AdditionalProperties[Any]):
    """COIN-M futures totals of one sub-account.

    Attributes:
        email (str): Email of the sub-account.
        total_margin_balance (str): Total margin balance.
        total_unrealized_profit (str): Total unrealized profit or loss.
        total_wallet_balance (str): Total wallet balance.
        asset (str): Asset the totals are given in.
    """

    email: str
    total_margin_balance: str
    total_unrealized_profit: str
    total_wallet_balance: str
    asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_margin_balance_decimal(self) -> Decimal:
        """`total_margin_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_margin_balance)

    @property
    def total_unrealized_profit_decimal(self) -> Decimal:
        """`total_unrealized_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_unrealized_profit)

    @property
    def total_wallet_balance_decimal(self) -> Decimal:
        """`total_wallet_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_wallet_balance)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        total_margin_balance = self.total_margin_balance

        total_unrealized_profit = self.total_unrealized_profit

        total_wallet_balance = self.total_wallet_balance

        asset = self.asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "totalMarginBalance": total_margin_balance,
                "totalUnrealizedProfit": total_unrealized_profit,
                "totalWalletBalance": total_wallet_balance,
                "asset": asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["email"],
            d["totalMarginBalance"],
            d["totalUnrealizedProfit"],
            d["totalWalletBalance"],
            d["asset"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"email", "totalMarginBalance", "totalUnrealizedProfit", "totalWalletBalance", "asset"})
