"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_max_num_orders_filter_filter_type import ExchangeMaxNumOrdersFilterFilterType

T = TypeVar("T", bound="ExchangeMaxNumOrdersFilter")


@_attrs_define
class ExchangeMaxNumOrdersFilter:
    """Caps the open orders (algo and plain) an account may have across the whole exchange.

    Example:
        {'filterType': 'EXCHANGE_MAX_NUM_ORDERS', 'maxNumOrders': 1000}

    Attributes:
        filter_type (ExchangeMaxNumOrdersFilterFilterType): Always `EXCHANGE_MAX_NUM_ORDERS`.
        max_num_orders (int): Maximum number of open orders.
    """

    filter_type: ExchangeMaxNumOrdersFilterFilterType
    max_num_orders: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        max_num_orders = self.max_num_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "maxNumOrders": max_num_orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filter_type = _EXCHANGE_MAX_NUM_ORDERS_FILTER_FILTER_TYPE.get(
            d["filterType"]
        ) or ExchangeMaxNumOrdersFilterFilterType(d["filterType"])

        _instance = cls(
            filter_type,
            d["maxNumOrders"],
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


_EXCHANGE_MAX_NUM_ORDERS_FILTER_FILTER_TYPE: dict[object, ExchangeMaxNumOrdersFilterFilterType] = {
    member.value: member for member in ExchangeMaxNumOrdersFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "maxNumOrders"})
