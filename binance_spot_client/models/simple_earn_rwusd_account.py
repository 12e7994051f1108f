"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnRwusdAccount")


@_attrs_define
class SimpleEarnRwusdAccount(AdditionalProperties[Any]):
    """The account's RWUSD holding.

    Attributes:
        rwusd_amount (str): RWUSD held.
        total_profit (str): Profit earned so far.
    """

    rwusd_amount: str
    total_profit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rwusd_amount_decimal(self) -> Decimal:
        """`rwusd_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.rwusd_amount)

    @property
    def total_profit_decimal(self) -> Decimal:
        """`total_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_profit)

    def to_dict(self) -> dict[str, Any]:
        rwusd_amount = self.rwusd_amount

        total_profit = self.total_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rwusdAmount": rwusd_amount,
                "totalProfit": total_profit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["rwusdAmount"],
            d["totalProfit"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"rwusdAmount", "totalProfit"})
