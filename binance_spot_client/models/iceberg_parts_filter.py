"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.iceberg_parts_filter_filter_type import IcebergPartsFilterFilterType

T = TypeVar("T", bound="IcebergPartsFilter")


@_attrs_define
class IcebergPartsFilter:
    """Caps how many visible parts an iceberg order may be split into (quantity divided by icebergQty, rounded up).

    Example:
        {'filterType': 'ICEBERG_PARTS', 'limit': 10}

    Attributes:
        filter_type (IcebergPartsFilterFilterType): Always `ICEBERG_PARTS`.
        limit (int): Maximum number of parts.
    """

    filter_type: IcebergPartsFilterFilterType
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filter_type = _ICEBERG_PARTS_FILTER_FILTER_TYPE.get(d["filterType"]) or IcebergPartsFilterFilterType(
            d["filterType"]
        )

        _instance = cls(
            filter_type,
            d["limit"],
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


_ICEBERG_PARTS_FILTER_FILTER_TYPE: dict[object, IcebergPartsFilterFilterType] = {
    member.value: member for member in IcebergPartsFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "limit"})
