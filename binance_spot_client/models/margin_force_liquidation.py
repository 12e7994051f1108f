"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..models.time_in_force import TimeInForce

T = TypeVar("T", bound="MarginForceLiquidation")


@_attrs_define
class MarginForceLiquidation:
    """An order placed by the exchange to liquidate the account.

    Attributes:
        avg_price (str): Average fill price.
        executed_qty (str): Quantity filled.
        order_id (int): Order id.
        price (str): Order price.
        qty (str): Quantity ordered.
        side (OrderSide): Direction of an order.
        symbol (str):
        time_in_force (TimeInForce): How long an order stays active before it expires.
        is_isolated (bool): Whether the liquidation was in an isolated margin account.
        updated_time (int): When the order last changed.
    """

    avg_price: str
    executed_qty: str
    order_id: int
    price: str
    qty: str
    side: OrderSide
    symbol: str
    time_in_force: TimeInForce
    is_isolated: bool
    updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_price = self.avg_price

        executed_qty = self.executed_qty

        order_id = self.order_id

        price = self.price

        qty = self.qty

        side = self.side.value

        symbol = self.symbol

        time_in_force = self.time_in_force.value

        is_isolated = self.is_isolated

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avgPrice": avg_price,
                "executedQty": executed_qty,
                "orderId": order_id,
                "price": price,
                "qty": qty,
                "side": side,
                "symbol": symbol,
                "timeInForce": time_in_force,
                "isIsolated": is_isolated,
                "updatedTime": updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avg_price = d.pop("avgPrice")

        executed_qty = d.pop("executedQty")

        order_id = d.pop("orderId")

        price = d.pop("price")

        qty = d.pop("qty")

        side = OrderSide(d.pop("side"))

        symbol = d.pop("symbol")

        time_in_force = TimeInForce(d.pop("timeInForce"))

        is_isolated = d.pop("isIsolated")

        updated_time = d.pop("updatedTime")

        _instance = cls(
            avg_price=avg_price,
            executed_qty=executed_qty,
            order_id=order_id,
            price=price,
            qty=qty,
            side=side,
            symbol=symbol,
            time_in_force=time_in_force,
            is_isolated=is_isolated,
            updated_time=updated_time,
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
