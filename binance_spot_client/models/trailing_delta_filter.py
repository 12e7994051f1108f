"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trailing_delta_filter_filter_type import TrailingDeltaFilterFilterType

T = TypeVar("T", bound="TrailingDeltaFilter")


@_attrs_define
class TrailingDeltaFilter:
    """Accepted range of `trailingDelta` for trailing stop orders, in basis points, by the direction the stop triggers.

    Example:
        {'filterType': 'TRAILING_DELTA', 'minTrailingAboveDelta': 10, 'maxTrailingAboveDelta': 2000,
            'minTrailingBelowDelta': 10, 'maxTrailingBelowDelta': 2000}

    Attributes:
        filter_type (TrailingDeltaFilterFilterType): Always `TRAILING_DELTA`.
        min_trailing_above_delta (int): Lowest trailingDelta for orders that trigger above the market (buy stop-loss,
            sell take-profit).
        max_trailing_above_delta (int): Highest trailingDelta for orders that trigger above the market.
        min_trailing_below_delta (int): Lowest trailingDelta for orders that trigger below the market (sell stop-loss,
            buy take-profit).
        max_trailing_below_delta (int): Highest trailingDelta for orders that trigger below the market.
    """

    filter_type: TrailingDeltaFilterFilterType
    min_trailing_above_delta: int
    max_trailing_above_delta: int
    min_trailing_below_delta: int
    max_trailing_below_delta: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        min_trailing_above_delta = self.min_trailing_above_delta

        max_trailing_above_delta = self.max_trailing_above_delta

        min_trailing_below_delta = self.min_trailing_below_delta

        max_trailing_below_delta = self.max_trailing_below_delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "minTrailingAboveDelta": min_trailing_above_delta,
                "maxTrailingAboveDelta": max_trailing_above_delta,
                "minTrailingBelowDelta": min_trailing_below_delta,
                "maxTrailingBelowDelta": max_trailing_below_delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filter_type = _TRAILING_DELTA_FILTER_FILTER_TYPE.get(d["filterType"]) or TrailingDeltaFilterFilterType(
            d["filterType"]
        )

        _instance = cls(
            filter_type,
            d["minTrailingAboveDelta"],
            d["maxTrailingAboveDelta"],
            d["minTrailingBelowDelta"],
            d["maxTrailingBelowDelta"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
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


_TRAILING_DELTA_FILTER_FILTER_TYPE: dict[object, TrailingDeltaFilterFilterType] = {
    member.value: member for member in TrailingDeltaFilterFilterType
}

_WIRE_NAMES = frozenset(
    {"filterType", "minTrailingAboveDelta", "maxTrailingAboveDelta", "minTrailingBelowDelta", "maxTrailingBelowDelta"}
)
