"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.algo_sub_order import AlgoSubOrder


T = TypeVar("T", bound="AlgoSubOrders")


@_attrs_define
class AlgoSubOrders:
    """A page of sub-orders with the parent algo order's executed totals.

    Attributes:
        total (int): Number of sub-orders over all pages.
        executed_qty (str): Quantity traded by the algo order so far.
        executed_amt (str): Quote amount traded by the algo order so far.
        sub_orders (list[AlgoSubOrder]):
    """

    total: int
    executed_qty: str
    executed_amt: str
    sub_orders: list[AlgoSubOrder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        executed_qty = self.executed_qty

        executed_amt = self.executed_amt

        sub_orders = []
        for sub_orders_item_data in self.sub_orders:
            sub_orders_item = sub_orders_item_data.to_dict()
            sub_orders.append(sub_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "executedQty": executed_qty,
                "executedAmt": executed_amt,
                "subOrders": sub_orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.algo_sub_order import AlgoSubOrder

        d = dict(src_dict)
        total = d.pop("total")

        executed_qty = d.pop("executedQty")

        executed_amt = d.pop("executedAmt")

        sub_orders = []
        _sub_orders = d.pop("subOrders")
        for sub_orders_item_data in _sub_orders:
            sub_orders_item = AlgoSubOrder.from_dict(sub_orders_item_data)

            sub_orders.append(sub_orders_item)

        _instance = cls(
            total=total,
            executed_qty=executed_qty,
            executed_amt=executed_amt,
            sub_orders=sub_orders,
        )

        _instance.additional_properties = d
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
