"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.time_in_force import TimeInForce
from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="MarginOrder")


@_attrs_define
class MarginOrder(AdditionalProperties[Any]):
    """A margin order as the order queries report it.

    Attributes:
        client_order_id (str): Client order id.
        cummulative_quote_qty (str): Quote asset traded so far; negative for some old orders where the figure is
            unknown.
        executed_qty (str): Base quantity filled.
        iceberg_qty (str): Visible quantity of an iceberg order.
        is_working (bool): Whether the order is on the book.
        order_id (int): Order id.
        orig_qty (str): Quantity ordered.
        price (str):
        side (OrderSide): Direction of an order.
        status (OrderStatus): Lifecycle state of a single order.
        stop_price (str): Trigger price.
        symbol (str):
        is_isolated (bool): Whether the order belongs to an isolated margin account.
        time (int): When the order was placed.
        time_in_force (TimeInForce): How long an order stays active before it expires.
        type (OrderType): Kind of order.
        update_time (int): When the order last changed.
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): What happens when an order would trade against an
            order of the same account or trade group.
    """

    client_order_id: str
    cummulative_quote_qty: str
    executed_qty: str
    iceberg_qty: str
    is_working: bool
    order_id: int
    orig_qty: str
    price: str
    side: OrderSide
    status: OrderStatus
    stop_price: str
    symbol: str
    is_isolated: bool
    time: int
    time_in_force: TimeInForce
    type: OrderType
    update_time: int
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def cummulative_quote_qty_decimal(self) -> Decimal:
        """`cummulative_quote_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cummulative_quote_qty)

    @property
    def executed_qty_decimal(self) -> Decimal:
        """`executed_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.executed_qty)

    @property
    def iceberg_qty_decimal(self) -> Decimal:
        """`iceberg_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.iceberg_qty)

    @property
    def orig_qty_decimal(self) -> Decimal:
        """`orig_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.orig_qty)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def stop_price_decimal(self) -> Decimal:
        """`stop_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.stop_price)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        client_order_id = self.client_order_id

        cummulative_quote_qty = self.cummulative_quote_qty

        executed_qty = self.executed_qty

        iceberg_qty = self.iceberg_qty

        is_working = self.is_working

        order_id = self.order_id

        orig_qty = self.orig_qty

        price = self.price

        side = self.side.value

        status = self.status.value

        stop_price = self.stop_price

        symbol = self.symbol

        is_isolated = self.is_isolated

        time = self.time

        time_in_force = self.time_in_force.value

        type = self.type.value

        update_time = self.update_time

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientOrderId": client_order_id,
                "cummulativeQuoteQty": cummulative_quote_qty,
                "executedQty": executed_qty,
                "icebergQty": iceberg_qty,
                "isWorking": is_working,
                "orderId": order_id,
                "origQty": orig_qty,
                "price": price,
                "side": side,
                "status": status,
                "stopPrice": stop_price,
                "symbol": symbol,
                "isIsolated": is_isolated,
                "time": time,
                "timeInForce": time_in_force,
                "type": type,
                "updateTime": update_time,
            }
        )
        if self_trade_prevention_mode is not UNSET:
            field_dict["selfTradePreventionMode"] = self_trade_prevention_mode

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])
        status = _ORDER_STATUS.get(d["status"]) or OrderStatus(d["status"])
        time_in_force = _TIME_IN_FORCE.get(d["timeInForce"]) or TimeInForce(d["timeInForce"])
        type = _ORDER_TYPE.get(d["type"]) or OrderType(d["type"])
        _self_trade_prevention_mode = d.get("selfTradePreventionMode", UNSET)
        self_trade_prevention_mode: SelfTradePreventionMode | Unset = (
            UNSET
            if _self_trade_prevention_mode is UNSET
            else _SELF_TRADE_PREVENTION_MODE.get(_self_trade_prevention_mode)
            or SelfTradePreventionMode(_self_trade_prevention_mode)
        )

        _instance = cls(
            d["clientOrderId"],
            d["cummulativeQuoteQty"],
            d["executedQty"],
            d["icebergQty"],
            d["isWorking"],
            d["orderId"],
            d["origQty"],
            d["price"],
            side,
            status,
            d["stopPrice"],
            d["symbol"],
            d["isIsolated"],
            d["time"],
            time_in_force,
            type,
            d["updateTime"],
            self_trade_prevention_mode,
        )
        if len(d) > 17 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_ORDER_STATUS: dict[object, OrderStatus] = {member.value: member for member in OrderStatus}
_TIME_IN_FORCE: dict[object, TimeInForce] = {member.value: member for member in TimeInForce}
_ORDER_TYPE: dict[object, OrderType] = {member.value: member for member in OrderType}
_SELF_TRADE_PREVENTION_MODE: dict[object, SelfTradePreventionMode] = {
    member.value: member for member in SelfTradePreventionMode
}

_WIRE_NAMES = frozenset(
    {
        "clientOrderId",
        "cummulativeQuoteQty",
        "executedQty",
        "icebergQty",
        "isWorking",
        "orderId",
        "origQty",
        "price",
        "side",
        "status",
        "stopPrice",
        "symbol",
        "isIsolated",
        "time",
        "timeInForce",
        "type",
        "updateTime",
        "selfTradePreventionMode",
    }
)
