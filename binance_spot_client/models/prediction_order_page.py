"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionOrderPage")


@_attrs_define
class PredictionOrderPage(AdditionalProperties[Any]):
    """A page of prediction orders.

    Attributes:
        total (int): Number of orders matching.
        offset (int): Records skipped.
        limit (int): Page size.
        orders (list[PredictionOrder]):
    """

    total: int
    offset: int
    limit: int
    orders: list[PredictionOrder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        offset = self.offset

        limit = self.limit

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "offset": offset,
                "limit": limit,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        orders = [PredictionOrder.from_dict(item) for item in d["orders"]]

        _instance = cls(
            d["total"],
            d["offset"],
            d["limit"],
            orders,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_order import PredictionOrder  # noqa: E402

_WIRE_NAMES = frozenset({"total", "offset", "limit", "orders"})
