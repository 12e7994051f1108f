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

T = TypeVar("T", bound="CanceledOrder")


@_attrs_define
class CanceledOrder(AdditionalProperties[Any]):
    """An order as it stands after being canceled.

    Attributes:
        symbol (str): Trading pair of the order.
        orig_client_order_id (str): Client order id the order carried before the cancellation.
        order_id (int): Order id assigned by the exchange.
        order_list_id (int): Id of the order list the order belonged to; -1 for an order outside any list.
        client_order_id (str): Client id of the cancellation itself (`newClientOrderId` of the cancel request, or
            generated).
        transact_time (int): Time the matching engine processed the cancellation, in milliseconds.
        price (str): Limit price; zero for orders without one (e.g. `MARKET`, `STOP_LOSS`).
        executed_qty (str): Base quantity filled so far.
        orig_quote_order_qty (str): Quote quantity requested through `quoteOrderQty`; zero when the order was sized in
            base asset.
        cummulative_quote_qty (str): Quote asset traded so far over all fills (the field name keeps Binance's spelling).
        status (OrderStatus): Lifecycle state of a single order.
        time_in_force (TimeInForce): How long an order stays active before it expires.
        type (OrderType): Kind of order.
        side (OrderSide): Direction of an order.
        self_trade_prevention_mode (SelfTradePreventionMode): What happens when an order would trade against an order of
            the same account or trade group.
        orig_qty (str | Unset): Quantity the order was placed with. Omitted for a pending order of an OPO or OPOCO list,
            whose quantity is only known once the working order has filled.
        iceberg_qty (str | Unset): Visible quantity of an iceberg order. Only present when the request set an iceberg
            quantity.
        prevented_match_id (int | Unset): Id of the match that self-trade prevention stopped; together with the symbol
            it identifies the prevented match (see `GET /api/v3/myPreventedMatches`). Only present when the order expired
            because of self-trade prevention.
        prevented_quantity (str | Unset): Quantity that expired because of self-trade prevention. Only present in that
            case.
        stop_price (str | Unset): Trigger price. Only present for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
            `TAKE_PROFIT_LIMIT` orders.
        strategy_id (int | Unset): Strategy id given in the request. Only present when the request set one.
        strategy_type (int | Unset): Strategy type given in the request. Only present when the request set one.
        trailing_delta (int | Unset): Trailing distance in basis points (BIPS). Only present for trailing stop orders.
        trailing_time (int | Unset): Time the trailing stop became active and began following the price, in
            milliseconds; -1 until then. Only present for trailing stop orders.
        used_sor (bool | Unset): Whether the order went through smart order routing. Only present for orders placed with
            SOR.
        working_floor (WorkingFloor | Unset): Where an order is working, on the exchange's own book or through smart
            order routing.
        peg_price_type (PegPriceType | Unset): Which best price a pegged order follows: the best price on its own side
            of the book (primary peg) or on the opposite side (market peg).
        peg_offset_type (PegOffsetType | Unset): Unit of a pegged order's offset; price levels deeper into the book.
        peg_offset_value (int | Unset): Peg offset, in price levels. Only present for pegged orders that asked for an
            offset.
        pegged_price (str | Unset): Price the pegged order currently sits at. Only present for pegged orders, once the
            price is set.
        expiry_reason (ExpiryReason | Unset): Why an order expired.
    """

    symbol: str
    orig_client_order_id: str
    order_id: int
    order_list_id: int
    client_order_id: str
    transact_time: int
    price: str
    executed_qty: str
    orig_quote_order_qty: str
    cummulative_quote_qty: str
    status: OrderStatus
    time_in_force: TimeInForce
    type: OrderType
    side: OrderSide
    self_trade_prevention_mode: SelfTradePreventionMode
    orig_qty: str | Unset = UNSET
    iceberg_qty: str | Unset = UNSET
    prevented_match_id: int | Unset = UNSET
    prevented_quantity: str | Unset = UNSET
    stop_price: str | Unset = UNSET
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
    def executed_qty_decimal(self) -> Decimal:
        """`executed_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.executed_qty)

    @property
    def orig_quote_order_qty_decimal(self) -> Decimal:
        """`orig_quote_order_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.orig_quote_order_qty)

    @property
    def cummulative_quote_qty_decimal(self) -> Decimal:
        """`cummulative_quote_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cummulative_quote_qty)

    @property
    def orig_qty_decimal(self) -> Decimal | Unset:
        """`orig_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.orig_qty, Unset) else Decimal(self.orig_qty)

    @property
    def iceberg_qty_decimal(self) -> Decimal | Unset:
        """`iceberg_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.iceberg_qty, Unset) else Decimal(self.iceberg_qty)

    @property
    def prevented_quantity_decimal(self) -> Decimal | Unset:
        """`prevented_quantity` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.prevented_quantity, Unset) else Decimal(self.prevented_quantity)

    @property
    def stop_price_decimal(self) -> Decimal | Unset:
        """`stop_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.stop_price, Unset) else Decimal(self.stop_price)

    @property
    def pegged_price_decimal(self) -> Decimal | Unset:
        """`pegged_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.pegged_price, Unset) else Decimal(self.pegged_price)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        orig_client_order_id = self.orig_client_order_id

        order_id = self.order_id

        order_list_id = self.order_list_id

        client_order_id = self.client_order_id

        transact_time = self.transact_time

        price = self.price

        executed_qty = self.executed_qty

        orig_quote_order_qty = self.orig_quote_order_qty

        cummulative_quote_qty = self.cummulative_quote_qty

        status = self.status.value

        time_in_force = self.time_in_force.value

        type = self.type.value

        side = self.side.value

        self_trade_prevention_mode = self.self_trade_prevention_mode.value

        orig_qty = self.orig_qty

        iceberg_qty = self.iceberg_qty

        prevented_match_id = self.prevented_match_id

        prevented_quantity = self.prevented_quantity

        stop_price = self.stop_price

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
                "origClientOrderId": orig_client_order_id,
                "orderId": order_id,
                "orderListId": order_list_id,
                "clientOrderId": client_order_id,
                "transactTime": transact_time,
                "price": price,
                "executedQty": executed_qty,
                "origQuoteOrderQty": orig_quote_order_qty,
                "cummulativeQuoteQty": cummulative_quote_qty,
                "status": status,
                "timeInForce": time_in_force,
                "type": type,
                "side": side,
                "selfTradePreventionMode": self_trade_prevention_mode,
            }
        )
        if orig_qty is not UNSET:
            field_dict["origQty"] = orig_qty
        if iceberg_qty is not UNSET:
            field_dict["icebergQty"] = iceberg_qty
        if prevented_match_id is not UNSET:
            field_dict["preventedMatchId"] = prevented_match_id
        if prevented_quantity is not UNSET:
            field_dict["preventedQuantity"] = prevented_quantity
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
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
            d["origClientOrderId"],
            d["orderId"],
            d["orderListId"],
            d["clientOrderId"],
            d["transactTime"],
            d["price"],
            d["executedQty"],
            d["origQuoteOrderQty"],
            d["cummulativeQuoteQty"],
            status,
            time_in_force,
            type,
            side,
            self_trade_prevention_mode,
            d.get("origQty", UNSET),
            d.get("icebergQty", UNSET),
            d.get("preventedMatchId", UNSET),
            d.get("preventedQuantity", UNSET),
            d.get("stopPrice", UNSET),
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
        if len(d) > 15 and not _WIRE_NAMES.issuperset(d):
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
        "origClientOrderId",
        "orderId",
        "orderListId",
        "clientOrderId",
        "transactTime",
        "price",
        "executedQty",
        "origQuoteOrderQty",
        "cummulativeQuoteQty",
        "status",
        "timeInForce",
        "type",
        "side",
        "selfTradePreventionMode",
        "origQty",
        "icebergQty",
        "preventedMatchId",
        "preventedQuantity",
        "stopPrice",
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
