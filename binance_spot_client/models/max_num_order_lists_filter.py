"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.max_num_order_lists_filter_filter_type import MaxNumOrderListsFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="MaxNumOrderListsFilter")


class MaxNumOrderListsFilter(
    StructModel,
    tag_field="filterType",
    tag="MAX_NUM_ORDER_LISTS",
    rename="camel",
):
    """Caps the open order lists an account may have on the symbol; an OTOCO counts once.

    Example:
        {'filterType': 'MAX_NUM_ORDER_LISTS', 'maxNumOrderLists': 20}

    Attributes:
        filter_type (MaxNumOrderListsFilterFilterType): Always `MAX_NUM_ORDER_LISTS`.
        max_num_order_lists (int): Maximum number of open order lists.
    """

    max_num_order_lists: int

    @property
    def filter_type(self) -> MaxNumOrderListsFilterFilterType:
        """Always `MAX_NUM_ORDER_LISTS`: the value that tells this model from the others on the wire."""
        return MaxNumOrderListsFilterFilterType("MAX_NUM_ORDER_LISTS")

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
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "MAX_NUM_ORDER_LISTS":  # another union member's tag: refuse it
            MaxNumOrderListsFilterFilterType(d["filterType"])

        _instance = cls(
            d["maxNumOrderLists"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "maxNumOrderLists"})
