"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AlgoOrders")


@_attrs_define
class AlgoOrders(AdditionalProperties[Any]):
    """A page of algo orders.

    Attributes:
        total (int): Number of orders matching the query over all pages.
        orders (list[AlgoOrder] | Unset): The orders of this page; Binance's 2024 file lets it be absent from the
            futures open order answer.
    """

    total: int
    orders: list[AlgoOrder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _orders = d.get("orders", UNSET)
        orders: list[AlgoOrder] | Unset = UNSET if _orders is UNSET else [AlgoOrder.from_dict(item) for item in _orders]

        _instance = cls(
            d["total"],
            orders,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.algo_order import AlgoOrder  # noqa: E402

_WIRE_NAMES = frozenset({"total", "orders"})
