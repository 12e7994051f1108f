"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnBfusdAccount")


@_attrs_define
class SimpleEarnBfusdAccount(AdditionalProperties[Any]):
    """The account's BFUSD holding.

    Attributes:
        bfusd_amount (str): BFUSD held.
        usdt_profit (str): Profit earned so far, in USDT.
        bfusd_profit (str): Profit earned so far, in BFUSD.
    """

    bfusd_amount: str
    usdt_profit: str
    bfusd_profit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def bfusd_amount_decimal(self) -> Decimal:
        """`bfusd_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bfusd_amount)

    @property
    def usdt_profit_decimal(self) -> Decimal:
        """`usdt_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.usdt_profit)

    @property
    def bfusd_profit_decimal(self) -> Decimal:
        """`bfusd_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bfusd_profit)

    def to_dict(self) -> dict[str, Any]:
        bfusd_amount = self.bfusd_amount

        usdt_profit = self.usdt_profit

        bfusd_profit = self.bfusd_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bfusdAmount": bfusd_amount,
                "usdtProfit": usdt_profit,
                "bfusdProfit": bfusd_profit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["bfusdAmount"],
            d["usdtProfit"],
            d["bfusdProfit"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"bfusdAmount", "usdtProfit", "bfusdProfit"})
