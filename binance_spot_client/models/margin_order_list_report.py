"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginOrderListReport")


@_attrs_define
class MarginOrderListReport:
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
        type_ (OrderType): Kind of order.
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
    type_: OrderType
    side: OrderSide
    stop_price: str | Unset = UNSET
    iceberg_qty: str | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        type_ = self.type_.value

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
                "type": type_,
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        order_id = d.pop("orderId")

        client_order_id = d.pop("clientOrderId")

        order_list_id = d.pop("orderListId")

        transact_time = d.pop("transactTime")

        price = d.pop("price")

        orig_qty = d.pop("origQty")

        executed_qty = d.pop("executedQty")

        cummulative_quote_qty = d.pop("cummulativeQuoteQty")

        status = OrderStatus(d.pop("status"))

        time_in_force = TimeInForce(d.pop("timeInForce"))

        type_ = OrderType(d.pop("type"))

        side = OrderSide(d.pop("side"))

        stop_price = d.pop("stopPrice", UNSET)

        iceberg_qty = d.pop("icebergQty", UNSET)

        _self_trade_prevention_mode = d.pop("selfTradePreventionMode", UNSET)
        self_trade_prevention_mode: SelfTradePreventionMode | Unset
        if isinstance(_self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = UNSET
        else:
            self_trade_prevention_mode = SelfTradePreventionMode(_self_trade_prevention_mode)

        _instance = cls(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            order_list_id=order_list_id,
            transact_time=transact_time,
            price=price,
            orig_qty=orig_qty,
            executed_qty=executed_qty,
            cummulative_quote_qty=cummulative_quote_qty,
            status=status,
            time_in_force=time_in_force,
            type_=type_,
            side=side,
            stop_price=stop_price,
            iceberg_qty=iceberg_qty,
            self_trade_prevention_mode=self_trade_prevention_mode,
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
