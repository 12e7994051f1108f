"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginNextHourlyInterestRate")


@_attrs_define
class MarginNextHourlyInterestRate(AdditionalProperties[Any]):
    """Estimated next hourly interest rate of an asset.

    Attributes:
        asset (str):
        next_hourly_interest_rate (str): Estimated rate of the next hourly interest charge.
    """

    asset: str
    next_hourly_interest_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def next_hourly_interest_rate_decimal(self) -> Decimal:
        """`next_hourly_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.next_hourly_interest_rate)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        next_hourly_interest_rate = self.next_hourly_interest_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "nextHourlyInterestRate": next_hourly_interest_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["nextHourlyInterestRate"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "nextHourlyInterestRate"})
