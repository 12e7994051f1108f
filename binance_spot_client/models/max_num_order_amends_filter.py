"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.max_num_order_amends_filter_filter_type import MaxNumOrderAmendsFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="MaxNumOrderAmendsFilter")


class MaxNumOrderAmendsFilter(
    StructModel,
    tag_field="filterType",
    tag="MAX_NUM_ORDER_AMENDS",
    rename="camel",
):
    """Caps how many times one order on the symbol may be amended; going over gives error -2038.

    Example:
        {'filterType': 'MAX_NUM_ORDER_AMENDS', 'maxNumOrderAmends': 10}

    Attributes:
        filter_type (MaxNumOrderAmendsFilterFilterType): Always `MAX_NUM_ORDER_AMENDS`.
        max_num_order_amends (int): Maximum number of amendments per order.
    """

    max_num_order_amends: int

    @property
    def filter_type(self) -> MaxNumOrderAmendsFilterFilterType:
        """Always `MAX_NUM_ORDER_AMENDS`: the value that tells this model from the others on the wire."""
        return MaxNumOrderAmendsFilterFilterType("MAX_NUM_ORDER_AMENDS")

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
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "MAX_NUM_ORDER_AMENDS":  # another union member's tag: refuse it
            MaxNumOrderAmendsFilterFilterType(d["filterType"])

        _instance = cls(
            d["maxNumOrderAmends"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "maxNumOrderAmends"})
