"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.max_num_order_lists_filter_filter_type import MaxNumOrderListsFilterFilterType

T = TypeVar("T", bound="MaxNumOrderListsFilter")


@_attrs_define
class MaxNumOrderListsFilter:
    """Caps the open order lists an account may have on the symbol; an OTOCO counts once.

    Example:
        {'filterType': 'MAX_NUM_ORDER_LISTS', 'maxNumOrderLists': 20}

    Attributes:
        filter_type (MaxNumOrderListsFilterFilterType): Always `MAX_NUM_ORDER_LISTS`.
        max_num_order_lists (int): Maximum number of open order lists.
    """

    filter_type: MaxNumOrderListsFilterFilterType
    max_num_order_lists: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        max_num_order_lists = self.max_num_order_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "maxNumOrderLists": max_num_order_lists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filter_type = _MAX_NUM_ORDER_LISTS_FILTER_FILTER_TYPE.get(d["filterType"]) or MaxNumOrderListsFilterFilterType(
            d["filterType"]
        )

        _instance = cls(
            filter_type,
            d["maxNumOrderLists"],
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


_MAX_NUM_ORDER_LISTS_FILTER_FILTER_TYPE: dict[object, MaxNumOrderListsFilterFilterType] = {
    member.value: member for member in MaxNumOrderListsFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "maxNumOrderLists"})
