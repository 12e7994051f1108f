"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
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
        d = dict(src_dict)
        filter_type = MaxPositionFilterFilterType(d.pop("filterType"))

        max_position = d.pop("maxPosition")

        _instance = cls(
            filter_type=filter_type,
            max_position=max_position,
        )

        _instance.additional_properties = d
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
