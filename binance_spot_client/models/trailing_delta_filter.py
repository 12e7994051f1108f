"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.trailing_delta_filter_filter_type import TrailingDeltaFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="TrailingDeltaFilter")


class TrailingDeltaFilter(
    StructModel,
    tag_field="filterType",
    tag="TRAILING_DELTA",
    rename="camel",
):
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

    min_trailing_above_delta: int
    max_trailing_above_delta: int
    min_trailing_below_delta: int
    max_trailing_below_delta: int

    @property
    def filter_type(self) -> TrailingDeltaFilterFilterType:
        """Always `TRAILING_DELTA`: the value that tells this model from the others on the wire."""
        return TrailingDeltaFilterFilterType("TRAILING_DELTA")

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
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "TRAILING_DELTA":  # another union member's tag: refuse it
            TrailingDeltaFilterFilterType(d["filterType"])

        _instance = cls(
            d["minTrailingAboveDelta"],
            d["maxTrailingAboveDelta"],
            d["minTrailingBelowDelta"],
            d["maxTrailingBelowDelta"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"filterType", "minTrailingAboveDelta", "maxTrailingAboveDelta", "minTrailingBelowDelta", "maxTrailingBelowDelta"}
)
