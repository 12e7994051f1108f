"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.exchange_max_num_orders_filter_filter_type import ExchangeMaxNumOrdersFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="ExchangeMaxNumOrdersFilter")


class ExchangeMaxNumOrdersFilter(
    StructModel,
    tag_field="filterType",
    tag="EXCHANGE_MAX_NUM_ORDERS",
    rename="camel",
):
    """Caps the open orders (algo and plain) an account may have across the whole exchange.

    Example:
        {'filterType': 'EXCHANGE_MAX_NUM_ORDERS', 'maxNumOrders': 1000}

    Attributes:
        filter_type (ExchangeMaxNumOrdersFilterFilterType): Always `EXCHANGE_MAX_NUM_ORDERS`.
        max_num_orders (int): Maximum number of open orders.
    """

    max_num_orders: int

    @property
    def filter_type(self) -> ExchangeMaxNumOrdersFilterFilterType:
        """Always `EXCHANGE_MAX_NUM_ORDERS`: the value that tells this model from the others on the wire."""
        return ExchangeMaxNumOrdersFilterFilterType("EXCHANGE_MAX_NUM_ORDERS")

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
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "EXCHANGE_MAX_NUM_ORDERS":  # another union member's tag: refuse it
            ExchangeMaxNumOrdersFilterFilterType(d["filterType"])

        _instance = cls(
            d["maxNumOrders"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "maxNumOrders"})
