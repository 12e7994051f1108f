"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.max_num_iceberg_orders_filter_filter_type import MaxNumIcebergOrdersFilterFilterType

T = TypeVar("T", bound="MaxNumIcebergOrdersFilter")


@_attrs_define
class MaxNumIcebergOrdersFilter:
    """Caps the open iceberg orders (icebergQty above zero) an account may have on the symbol.

    Example:
        {'filterType': 'MAX_NUM_ICEBERG_ORDERS', 'maxNumIcebergOrders': 5}

    Attributes:
        filter_type (MaxNumIcebergOrdersFilterFilterType): Always `MAX_NUM_ICEBERG_ORDERS`.
        max_num_iceberg_orders (int): Maximum number of open iceberg orders.
    """

    filter_type: MaxNumIcebergOrdersFilterFilterType
    max_num_iceberg_orders: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        max_num_iceberg_orders = self.max_num_iceberg_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "maxNumIcebergOrders": max_num_iceberg_orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filter_type = _MAX_NUM_ICEBERG_ORDERS_FILTER_FILTER_TYPE.get(
            d["filterType"]
        ) or MaxNumIcebergOrdersFilterFilterType(d["filterType"])

        _instance = cls(
            filter_type,
            d["maxNumIcebergOrders"],
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


_MAX_NUM_ICEBERG_ORDERS_FILTER_FILTER_TYPE: dict[object, MaxNumIcebergOrdersFilterFilterType] = {
    member.value: member for member in MaxNumIcebergOrdersFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "maxNumIcebergOrders"})
