"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AlgoSubOrders")


@_attrs_define
class AlgoSubOrders(AdditionalProperties[Any]):
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

    @property
    def executed_qty_decimal(self) -> Decimal:
        """`executed_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.executed_qty)

    @property
    def executed_amt_decimal(self) -> Decimal:
        """`executed_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.executed_amt)

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
        d = src_dict
        sub_orders = [AlgoSubOrder.from_dict(item) for item in d["subOrders"]]

        _instance = cls(
            d["total"],
            d["executedQty"],
            d["executedAmt"],
            sub_orders,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.algo_sub_order import AlgoSubOrder  # noqa: E402

_WIRE_NAMES = frozenset({"total", "executedQty", "executedAmt", "subOrders"})
