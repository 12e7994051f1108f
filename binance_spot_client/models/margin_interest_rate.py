"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginInterestRate")


@_attrs_define
class MarginInterestRate(AdditionalProperties[Any]):
    """A daily interest rate of an asset at one VIP level.

    Attributes:
        asset (str):
        daily_interest_rate (str): Daily interest rate in force from `timestamp`.
        timestamp (int): When the rate took effect.
        vip_level (int): VIP level the rate applies to.
    """

    asset: str
    daily_interest_rate: str
    timestamp: int
    vip_level: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def daily_interest_rate_decimal(self) -> Decimal:
        """`daily_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.daily_interest_rate)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        daily_interest_rate = self.daily_interest_rate

        timestamp = self.timestamp

        vip_level = self.vip_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "dailyInterestRate": daily_interest_rate,
                "timestamp": timestamp,
                "vipLevel": vip_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["dailyInterestRate"],
            d["timestamp"],
            d["vipLevel"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "dailyInterestRate", "timestamp", "vipLevel"})
