"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..models.max_position_filter_filter_type import MaxPositionFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="MaxPositionFilter")


class MaxPositionFilter(
    StructModel,
    tag_field="filterType",
    tag="MAX_POSITION",
    rename="camel",
):
    """Caps an account's position in the base asset: free plus locked balance plus the quantity of open buy orders. Buy
    orders that would exceed it are rejected.

        Example:
            {'filterType': 'MAX_POSITION', 'maxPosition': '10.00000000'}

        Attributes:
            filter_type (MaxPositionFilterFilterType): Always `MAX_POSITION`.
            max_position (str): Largest position allowed, in the base asset.
    """

    max_position: str

    @property
    def filter_type(self) -> MaxPositionFilterFilterType:
        """Always `MAX_POSITION`: the value that tells this model from the others on the wire."""
        return MaxPositionFilterFilterType("MAX_POSITION")

    @property
    def max_position_decimal(self) -> Decimal:
        """`max_position` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_position)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        max_position = self.max_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "maxPosition": max_position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "MAX_POSITION":  # another union member's tag: refuse it
            MaxPositionFilterFilterType(d["filterType"])

        _instance = cls(
            d["maxPosition"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "maxPosition"})
