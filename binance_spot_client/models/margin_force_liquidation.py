"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..models.time_in_force import TimeInForce
from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginForceLiquidation")


@_attrs_define
class MarginForceLiquidation(AdditionalProperties[Any]):
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

    @property
    def avg_price_decimal(self) -> Decimal:
        """`avg_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.avg_price)

    @property
    def executed_qty_decimal(self) -> Decimal:
        """`executed_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.executed_qty)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def qty_decimal(self) -> Decimal:
        """`qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.qty)

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
        d = src_dict
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])
        time_in_force = _TIME_IN_FORCE.get(d["timeInForce"]) or TimeInForce(d["timeInForce"])

        _instance = cls(
            d["avgPrice"],
            d["executedQty"],
            d["orderId"],
            d["price"],
            d["qty"],
            side,
            d["symbol"],
            time_in_force,
            d["isIsolated"],
            d["updatedTime"],
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_TIME_IN_FORCE: dict[object, TimeInForce] = {member.value: member for member in TimeInForce}

_WIRE_NAMES = frozenset(
    {"avgPrice", "executedQty", "orderId", "price", "qty", "side", "symbol", "timeInForce", "isIsolated", "updatedTime"}
)
