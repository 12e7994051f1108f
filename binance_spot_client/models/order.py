"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expiry_reason import ExpiryReason
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.peg_offset_type import PegOffsetType
from ..models.peg_price_type import PegPriceType
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.time_in_force import TimeInForce
from ..models.working_floor import WorkingFloor
from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="Order")


@_attrs_define
class Order(AdditionalProperties[Any]):
    """One order as stored by the exchange, returned by the order queries. Several fields are present only for some orders;
    their descriptions say when.

        Attributes:
            symbol (str): The symbol the order was placed on.
            order_id (int): Exchange-assigned order id.
            order_list_id (int): Id of the order list the order belongs to; -1 when it is not part of one.
            client_order_id (str): The client order id (given by the client or generated).
            price (str): Limit price of the order.
            orig_qty (str): Quantity the order was placed with (base asset).
            executed_qty (str): Quantity filled so far (base asset).
            cummulative_quote_qty (str): Total quote asset spent or received by the fills so far. Negative for some old
                orders, meaning the value is not available.
            status (OrderStatus): Lifecycle state of a single order.
            time_in_force (TimeInForce): How long an order stays active before it expires.
            type (OrderType): Kind of order.
            side (OrderSide): Direction of an order.
            time (int): When the order was created, in milliseconds since the Unix epoch (UTC).
            update_time (int): When the order last changed, in milliseconds since the Unix epoch (UTC).
            is_working (bool): Whether the order is on the order book (false for untriggered stop orders and pending list
                legs).
            working_time (int): When the order went onto the order book, in milliseconds since the Unix epoch (UTC); -1
                while it is not yet working.
            orig_quote_order_qty (str): Quote quantity the order was placed with (`quoteOrderQty`), zero if not used.
            self_trade_prevention_mode (SelfTradePreventionMode): What happens when an order would trade against an order of
                the same account or trade group.
            stop_price (str | Unset): Trigger price. Documented as conditional (for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
                `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT` orders), though order queries usually include it with a zero value for
                other types.
            iceberg_qty (str | Unset): Visible quantity of an iceberg order. Documented as present only when `icebergQty`
                was sent with the order, though order queries usually include it with a zero value otherwise.
            prevented_match_id (int | Unset): Present only when the order expired because of self-trade prevention: the id
                of that prevented match (query it together with `symbol`).
            prevented_quantity (str | Unset): Present only when the order expired because of self-trade prevention: the
                quantity that expired for that reason.
            strategy_id (int | Unset): Present only when a `strategyId` was sent with the order; the client's strategy
                label.
            strategy_type (int | Unset): Present only when a `strategyType` was sent with the order; the client's strategy
                type label.
            trailing_delta (int | Unset): Present only for trailing stop orders; the price move, in basis points, that
                triggers the order.
            trailing_time (int | Unset): Present only for trailing stop orders; when the order started tracking the price,
                in milliseconds since the Unix epoch (UTC), or -1 if it has not yet.
            used_sor (bool | Unset): Present only for orders placed through the Smart Order Router; then `true`.
            working_floor (WorkingFloor | Unset): Where an order is working, on the exchange's own book or through smart
                order routing.
            peg_price_type (PegPriceType | Unset): Which best price a pegged order follows: the best price on its own side
                of the book (primary peg) or on the opposite side (market peg).
            peg_offset_type (PegOffsetType | Unset): Unit of a pegged order's offset; price levels deeper into the book.
            peg_offset_value (int | Unset): Present only for pegged orders that were given an offset; the offset amount.
            pegged_price (str | Unset): Present only for pegged orders, once known; the price the order is currently pegged
                at.
            expiry_reason (ExpiryReason | Unset): Why an order expired.
    """

    symbol: str
    order_id: int
    order_list_id: int
    client_order_id: str
    price: str
    orig_qty: str
    executed_qty: str
    cummulative_quote_qty: str
    status: OrderStatus
    time_in_force: TimeInForce
    type: OrderType
    side: OrderSide
    time: int
    update_time: int
    is_working: bool
    working_time: int
    orig_quote_order_qty: str
    self_trade_prevention_mode: SelfTradePreventionMode
    stop_price: str | Unset = UNSET
    iceberg_qty: str | Unset = UNSET
    prevented_match_id: int | Unset = UNSET
    prevented_quantity: str | Unset = UNSET
    strategy_id: int | Unset = UNSET
    strategy_type: int | Unset = UNSET
    trailing_delta: int | Unset = UNSET
    trailing_time: int | Unset = UNSET
    used_sor: bool | Unset = UNSET
    working_floor: WorkingFloor | Unset = UNSET
    peg_price_type: PegPriceType | Unset = UNSET
    peg_offset_type: PegOffsetType | Unset = UNSET
    peg_offset_value: int | Unset = UNSET
    pegged_price: str | Unset = UNSET
    expiry_reason: ExpiryReason | Unset = UNSET
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
    def orig_quote_order_qty_decimal(self) -> Decimal:
        """`orig_quote_order_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.orig_quote_order_qty)

    @property
    def stop_price_decimal(self) -> Decimal | Unset:
        """`stop_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.stop_price, Unset) else Decimal(self.stop_price)

    @property
    def iceberg_qty_decimal(self) -> Decimal | Unset:
        """`iceberg_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.iceberg_qty, Unset) else Decimal(self.iceberg_qty)

    @property
    def prevented_quantity_decimal(self) -> Decimal | Unset:
        """`prevented_quantity` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.prevented_quantity, Unset) else Decimal(self.prevented_quantity)

    @property
    def pegged_price_decimal(self) -> Decimal | Unset:
        """`pegged_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.pegged_price, Unset) else Decimal(self.pegged_price)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        order_list_id = self.order_list_id

        client_order_id = self.client_order_id

        price = self.price

        orig_qty = self.orig_qty

        executed_qty = self.executed_qty

        cummulative_quote_qty = self.cummulative_quote_qty

        status = self.status.value

        time_in_force = self.time_in_force.value

        type = self.type.value

        side = self.side.value

        time = self.time

        update_time = self.update_time

        is_working = self.is_working

        working_time = self.working_time

        orig_quote_order_qty = self.orig_quote_order_qty

        self_trade_prevention_mode = self.self_trade_prevention_mode.value

        stop_price = self.stop_price

        iceberg_qty = self.iceberg_qty

        prevented_match_id = self.prevented_match_id

        prevented_quantity = self.prevented_quantity

        strategy_id = self.strategy_id

        strategy_type = self.strategy_type

        trailing_delta = self.trailing_delta

        trailing_time = self.trailing_time

        used_sor = self.used_sor

        working_floor: str | Unset = UNSET
        if not isinstance(self.working_floor, Unset):
            working_floor = self.working_floor.value

        peg_price_type: str | Unset = UNSET
        if not isinstance(self.peg_price_type, Unset):
            peg_price_type = self.peg_price_type.value

        peg_offset_type: str | Unset = UNSET
        if not isinstance(self.peg_offset_type, Unset):
            peg_offset_type = self.peg_offset_type.value

        peg_offset_value = self.peg_offset_value

        pegged_price = self.pegged_price

        expiry_reason: str | Unset = UNSET
        if not isinstance(self.expiry_reason, Unset):
            expiry_reason = self.expiry_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orderId": order_id,
                "orderListId": order_list_id,
                "clientOrderId": client_order_id,
                "price": price,
                "origQty": orig_qty,
                "executedQty": executed_qty,
                "cummulativeQuoteQty": cummulative_quote_qty,
                "status": status,
                "timeInForce": time_in_force,
                "type": type,
                "side": side,
                "time": time,
                "updateTime": update_time,
                "isWorking": is_working,
                "workingTime": working_time,
                "origQuoteOrderQty": orig_quote_order_qty,
                "selfTradePreventionMode": self_trade_prevention_mode,
            }
        )
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if iceberg_qty is not UNSET:
            field_dict["icebergQty"] = iceberg_qty
        if prevented_match_id is not UNSET:
            field_dict["preventedMatchId"] = prevented_match_id
        if prevented_quantity is not UNSET:
            field_dict["preventedQuantity"] = prevented_quantity
        if strategy_id is not UNSET:
            field_dict["strategyId"] = strategy_id
        if strategy_type is not UNSET:
            field_dict["strategyType"] = strategy_type
        if trailing_delta is not UNSET:
            field_dict["trailingDelta"] = trailing_delta
        if trailing_time is not UNSET:
            field_dict["trailingTime"] = trailing_time
        if used_sor is not UNSET:
            field_dict["usedSor"] = used_sor
        if working_floor is not UNSET:
            field_dict["workingFloor"] = working_floor
        if peg_price_type is not UNSET:
            field_dict["pegPriceType"] = peg_price_type
        if peg_offset_type is not UNSET:
            field_dict["pegOffsetType"] = peg_offset_type
        if peg_offset_value is not UNSET:
            field_dict["pegOffsetValue"] = peg_offset_value
        if pegged_price is not UNSET:
            field_dict["peggedPrice"] = pegged_price
        if expiry_reason is not UNSET:
            field_dict["expiryReason"] = expiry_reason

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = _ORDER_STATUS.get(d["status"]) or OrderStatus(d["status"])
        time_in_force = _TIME_IN_FORCE.get(d["timeInForce"]) or TimeInForce(d["timeInForce"])
        type = _ORDER_TYPE.get(d["type"]) or OrderType(d["type"])
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])
        self_trade_prevention_mode = _SELF_TRADE_PREVENTION_MODE.get(
            d["selfTradePreventionMode"]
        ) or SelfTradePreventionMode(d["selfTradePreventionMode"])
        _working_floor = d.get("workingFloor", UNSET)
        working_floor: WorkingFloor | Unset = (
            UNSET if _working_floor is UNSET else _WORKING_FLOOR.get(_working_floor) or WorkingFloor(_working_floor)
        )
        _peg_price_type = d.get("pegPriceType", UNSET)
        peg_price_type: PegPriceType | Unset = (
            UNSET if _peg_price_type is UNSET else _PEG_PRICE_TYPE.get(_peg_price_type) or PegPriceType(_peg_price_type)
        )
        _peg_offset_type = d.get("pegOffsetType", UNSET)
        peg_offset_type: PegOffsetType | Unset = (
            UNSET
            if _peg_offset_type is UNSET
            else _PEG_OFFSET_TYPE.get(_peg_offset_type) or PegOffsetType(_peg_offset_type)
        )
        _expiry_reason = d.get("expiryReason", UNSET)
        expiry_reason: ExpiryReason | Unset = (
            UNSET if _expiry_reason is UNSET else _EXPIRY_REASON.get(_expiry_reason) or ExpiryReason(_expiry_reason)
        )

        _instance = cls(
            d["symbol"],
            d["orderId"],
            d["orderListId"],
            d["clientOrderId"],
            d["price"],
            d["origQty"],
            d["executedQty"],
            d["cummulativeQuoteQty"],
            status,
            time_in_force,
            type,
            side,
            d["time"],
            d["updateTime"],
            d["isWorking"],
            d["workingTime"],
            d["origQuoteOrderQty"],
            self_trade_prevention_mode,
            d.get("stopPrice", UNSET),
            d.get("icebergQty", UNSET),
            d.get("preventedMatchId", UNSET),
            d.get("preventedQuantity", UNSET),
            d.get("strategyId", UNSET),
            d.get("strategyType", UNSET),
            d.get("trailingDelta", UNSET),
            d.get("trailingTime", UNSET),
            d.get("usedSor", UNSET),
            working_floor,
            peg_price_type,
            peg_offset_type,
            d.get("pegOffsetValue", UNSET),
            d.get("peggedPrice", UNSET),
            expiry_reason,
        )
        if len(d) > 18 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_STATUS: dict[object, OrderStatus] = {member.value: member for member in OrderStatus}
_TIME_IN_FORCE: dict[object, TimeInForce] = {member.value: member for member in TimeInForce}
_ORDER_TYPE: dict[object, OrderType] = {member.value: member for member in OrderType}
_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_SELF_TRADE_PREVENTION_MODE: dict[object, SelfTradePreventionMode] = {
    member.value: member for member in SelfTradePreventionMode
}
_WORKING_FLOOR: dict[object, WorkingFloor] = {member.value: member for member in WorkingFloor}
_PEG_PRICE_TYPE: dict[object, PegPriceType] = {member.value: member for member in PegPriceType}
_PEG_OFFSET_TYPE: dict[object, PegOffsetType] = {member.value: member for member in PegOffsetType}
_EXPIRY_REASON: dict[object, ExpiryReason] = {member.value: member for member in ExpiryReason}

_WIRE_NAMES = frozenset(
    {
        "symbol",
        "orderId",
        "orderListId",
        "clientOrderId",
        "price",
        "origQty",
        "executedQty",
        "cummulativeQuoteQty",
        "status",
        "timeInForce",
        "type",
        "side",
        "time",
        "updateTime",
        "isWorking",
        "workingTime",
        "origQuoteOrderQty",
        "selfTradePreventionMode",
        "stopPrice",
        "icebergQty",
        "preventedMatchId",
        "preventedQuantity",
        "strategyId",
        "strategyType",
        "trailingDelta",
        "trailingTime",
        "usedSor",
        "workingFloor",
        "pegPriceType",
        "pegOffsetType",
        "pegOffsetValue",
        "peggedPrice",
        "expiryReason",
    }
)
