"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.max_num_order_amends_filter_filter_type import MaxNumOrderAmendsFilterFilterType

T = TypeVar("T", bound="MaxNumOrderAmendsFilter")


@_attrs_define
class MaxNumOrderAmendsFilter:
    """Caps how many times one order on the symbol may be amended; going over gives error -2038.

    Example:
        {'filterType': 'MAX_NUM_ORDER_AMENDS', 'maxNumOrderAmends': 10}

    Attributes:
        filter_type (MaxNumOrderAmendsFilterFilterType): Always `MAX_NUM_ORDER_AMENDS`.
        max_num_order_amends (int): Maximum number of amendments per order.
    """

    filter_type: MaxNumOrderAmendsFilterFilterType
    max_num_order_amends: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        max_num_order_amends = self.max_num_order_amends

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "maxNumOrderAmends": max_num_order_amends,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filter_type = _MAX_NUM_ORDER_AMENDS_FILTER_FILTER_TYPE.get(
            d["filterType"]
        ) or MaxNumOrderAmendsFilterFilterType(d["filterType"])

        _instance = cls(
            filter_type,
            d["maxNumOrderAmends"],
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


_MAX_NUM_ORDER_AMENDS_FILTER_FILTER_TYPE: dict[object, MaxNumOrderAmendsFilterFilterType] = {
    member.value: member for member in MaxNumOrderAmendsFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "maxNumOrderAmends"})
