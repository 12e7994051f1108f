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

T = TypeVar("T", bound="MarginOrderListReport")


@_attrs_define
class MarginOrderListReport(AdditionalProperties[Any]):
    """State of one order of a new order list.

    Attributes:
        symbol (str):
        order_id (int): Order id.
        client_order_id (str): Client order id.
        order_list_id (int): Order list id.
        transact_time (int): When the order was accepted.
        price (str):
        orig_qty (str): Quantity ordered.
        executed_qty (str): Quantity filled.
        cummulative_quote_qty (str): Quote asset traded.
        status (OrderStatus): Lifecycle state of a single order.
        time_in_force (TimeInForce): How long an order stays active before it expires.
        type (OrderType): Kind of order.
        side (OrderSide): Direction of an order.
        stop_price (str | Unset): Trigger price; only for stop and take-profit orders.
        iceberg_qty (str | Unset): Visible quantity; only for iceberg orders.
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): What happens when an order would trade against an
            order of the same account or trade group.
    """

    symbol: str
    order_id: int
    client_order_id: str
    order_list_id: int
    transact_time: int
    price: str
    orig_qty: str
    executed_qty: str
    cummulative_quote_qty: str
    status: OrderStatus
    time_in_force: TimeInForce
    type: OrderType
    side: OrderSide
    stop_price: str | Unset = UNSET
    iceberg_qty: str | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def orig_qty_decimal(self) -> Decimal:
        """`orig_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.orig_qty)

    @property
    def executed_qty_decimal(self) -> Decimal:
        """`executed_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.executed_qty)

    @property
    def cummulative_quote_qty_decimal(self) -> Decimal:
        """`cummulative_quote_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cummulative_quote_qty)

    @property
    def stop_price_decimal(self) -> Decimal | Unset:
        """`stop_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.stop_price, Unset) else Decimal(self.stop_price)

    @property
    def iceberg_qty_decimal(self) -> Decimal | Unset:
        """`iceberg_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.iceberg_qty, Unset) else Decimal(self.iceberg_qty)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        client_order_id = self.client_order_id

        order_list_id = self.order_list_id

        transact_time = self.transact_time

        price = self.price

        orig_qty = self.orig_qty

        executed_qty = self.executed_qty

        cummulative_quote_qty = self.cummulative_quote_qty

        status = self.status.value

        time_in_force = self.time_in_force.value

        type = self.type.value

        side = self.side.value

        stop_price = self.stop_price

        iceberg_qty = self.iceberg_qty

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
                "orderListId": order_list_id,
                "transactTime": transact_time,
                "price": price,
                "origQty": orig_qty,
                "executedQty": executed_qty,
                "cummulativeQuoteQty": cummulative_quote_qty,
                "status": status,
                "timeInForce": time_in_force,
                "type": type,
                "side": side,
            }
        )
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if iceberg_qty is not UNSET:
            field_dict["icebergQty"] = iceberg_qty
        if self_trade_prevention_mode is not UNSET:
            field_dict["selfTradePreventionMode"] = self_trade_prevention_mode

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = _ORDER_STATUS.get(d["status"]) or OrderStatus(d["status"])
        time_in_force = _TIME_IN_FORCE.get(d["timeInForce"]) or TimeInForce(d["timeInForce"])
        type = _ORDER_TYPE.get(d["type"]) or OrderType(d["type"])
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])
        _self_trade_prevention_mode = d.get("selfTradePreventionMode", UNSET)
        self_trade_prevention_mode: SelfTradePreventionMode | Unset = (
            UNSET
            if _self_trade_prevention_mode is UNSET
            else _SELF_TRADE_PREVENTION_MODE.get(_self_trade_prevention_mode)
            or SelfTradePreventionMode(_self_trade_prevention_mode)
        )

        _instance = cls(
            d["symbol"],
            d["orderId"],
            d["clientOrderId"],
            d["orderListId"],
            d["transactTime"],
            d["price"],
            d["origQty"],
            d["executedQty"],
            d["cummulativeQuoteQty"],
            status,
            time_in_force,
            type,
            side,
            d.get("stopPrice", UNSET),
            d.get("icebergQty", UNSET),
            self_trade_prevention_mode,
        )
        if len(d) > 13 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_STATUS: dict[object, OrderStatus] = {member.value: member for member in OrderStatus}
_TIME_IN_FORCE: dict[object, TimeInForce] = {member.value: member for member in TimeInForce}
_ORDER_TYPE: dict[object, OrderType] = {member.value: member for member in OrderType}
_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_SELF_TRADE_PREVENTION_MODE: dict[object, SelfTradePreventionMode] = {
    member.value: member for member in SelfTradePreventionMode
}

_WIRE_NAMES = frozenset(
    {
        "symbol",
        "orderId",
        "clientOrderId",
        "orderListId",
        "transactTime",
        "price",
        "origQty",
        "executedQty",
        "cummulativeQuoteQty",
        "status",
        "timeInForce",
        "type",
        "side",
        "stopPrice",
        "icebergQty",
        "selfTradePreventionMode",
    }
)
