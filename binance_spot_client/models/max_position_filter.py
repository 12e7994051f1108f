"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.max_position_filter_filter_type import MaxPositionFilterFilterType

T = TypeVar("T", bound="MaxPositionFilter")


@_attrs_define
class MaxPositionFilter:
    """Caps an account's position in the base asset: free plus locked balance plus the quantity of open buy orders. Buy
    orders that would exceed it are rejected.

        Example:
            {'filterType': 'MAX_POSITION', 'maxPosition': '10.00000000'}

        Attributes:
            filter_type (MaxPositionFilterFilterType): Always `MAX_POSITION`.
            max_position (str): Largest position allowed, in the base asset.
    """

    filter_type: MaxPositionFilterFilterType
    max_position: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = src_dict
        filter_type = _MAX_POSITION_FILTER_FILTER_TYPE.get(d["filterType"]) or MaxPositionFilterFilterType(
            d["filterType"]
        )

        _instance = cls(
            filter_type,
            d["maxPosition"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
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


_MAX_POSITION_FILTER_FILTER_TYPE: dict[object, MaxPositionFilterFilterType] = {
    member.value: member for member in MaxPositionFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "maxPosition"})
