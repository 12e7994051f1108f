"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnStableRate")


@_attrs_define
class SimpleEarnStableRate(AdditionalProperties[Any]):
    """Annual rate of BFUSD or RWUSD at one time.

    Attributes:
        annual_percentage_rate (str): Annual rate as a fraction (0.0418 is 4.18%).
        time (int): When the rate applied, UTC milliseconds.
    """

    annual_percentage_rate: str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def annual_percentage_rate_decimal(self) -> Decimal:
        """`annual_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.annual_percentage_rate)

    def to_dict(self) -> dict[str, Any]:
        annual_percentage_rate = self.annual_percentage_rate

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annualPercentageRate": annual_percentage_rate,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["annualPercentageRate"],
            d["time"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"annualPercentageRate", "time"})
