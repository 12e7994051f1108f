"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.exchange_max_num_algo_orders_filter_filter_type import ExchangeMaxNumAlgoOrdersFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="ExchangeMaxNumAlgoOrdersFilter")


class ExchangeMaxNumAlgoOrdersFilter(
    StructModel,
    tag_field="filterType",
    tag="EXCHANGE_MAX_NUM_ALGO_ORDERS",
    rename="camel",
):
    """Caps the open stop-loss and take-profit orders an account may have across the whole exchange.

    Example:
        {'filterType': 'EXCHANGE_MAX_NUM_ALGO_ORDERS', 'maxNumAlgoOrders': 200}

    Attributes:
        filter_type (ExchangeMaxNumAlgoOrdersFilterFilterType): Always `EXCHANGE_MAX_NUM_ALGO_ORDERS`.
        max_num_algo_orders (int): Maximum number of open algo orders.
    """

    max_num_algo_orders: int

    @property
    def filter_type(self) -> ExchangeMaxNumAlgoOrdersFilterFilterType:
        """Always `EXCHANGE_MAX_NUM_ALGO_ORDERS`: the value that tells this model from the others on the wire."""
        return ExchangeMaxNumAlgoOrdersFilterFilterType("EXCHANGE_MAX_NUM_ALGO_ORDERS")

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        max_num_algo_orders = self.max_num_algo_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "maxNumAlgoOrders": max_num_algo_orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "EXCHANGE_MAX_NUM_ALGO_ORDERS":  # another union member's tag: refuse it
            ExchangeMaxNumAlgoOrdersFilterFilterType(d["filterType"])

        _instance = cls(
            d["maxNumAlgoOrders"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "maxNumAlgoOrders"})
