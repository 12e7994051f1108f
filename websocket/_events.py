"""Typed stream and user data events, as spec/websocket/streams.yaml describes them.

Binance sends one-letter keys (`"p"`, `"q"`); each event class maps them to names in
`_FIELDS` (wire key, attribute, spec type), and a test checks that table against the
spec. Decimal fields keep Binance's exact text, as the REST models do; keys an event
does not know yet are kept in `extra` rather than dropped, so a new field never breaks
parsing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

__all__ = [
    "AccountBalance",
    "AggTrade",
    "AvgPrice",
    "BalanceUpdate",
    "BlockTrade",
    "BookTicker",
    "DepthUpdate",
    "Event",
    "EventStreamTerminated",
    "ExecutionReport",
    "ExternalLockUpdate",
    "KlineBar",
    "KlineEvent",
    "ListStatus",
    "ListStatusOrder",
    "MiniTicker",
    "OutboundAccountPosition",
    "PartialDepth",
    "ReferencePrice",
    "RollingWindowTicker",
    "ServerShutdown",
    "Ticker",
    "Trade",
    "UnknownEvent",
    "parse_event",
]

_ROLLING_WINDOW = re.compile(r"^\d+[hd]Ticker$")


class _Event:
    """Reading an event from its payload through the class's `_FIELDS` table."""

    __slots__ = ()
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = ()
    EVENT_TYPE: ClassVar[str | None] = None
    USER_DATA: ClassVar[bool] = False

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Self:
        """Build the event; a missing field raises KeyError, as the REST models' from_dict does."""
        known = {"e"}
        values: dict[str, Any] = {}
        for key, name, kind in cls._FIELDS:
            known.add(key)
            values[name] = _convert(kind, payload[key])
        values["extra"] = {key: value for key, value in payload.items() if key not in known}
        return cls(**values)


def _convert(kind: str, value: Any) -> Any:
    if kind.startswith("nullable:"):
        return None if value is None else _convert(kind.removeprefix("nullable:"), value)
    if kind.startswith("object:"):
        return _NESTED[kind.removeprefix("object:")].from_payload(value)
    if kind.startswith("array:"):
        item = _NESTED[kind.removeprefix("array:")]
        return tuple(item.from_payload(entry) for entry in value)
    if kind == "levels":
        return tuple((str(price), str(quantity)) for price, quantity, *_ in value)
    if kind == "int64":
        return int(value)
    if kind == "boolean":
        return bool(value)
    return str(value)


@dataclass(frozen=True, slots=True)
class KlineBar(_Event):
    """A part of an event."""

    start_time: int
    close_time: int
    symbol: str
    interval: str
    first_trade_id: int
    last_trade_id: int
    open: str
    close: str
    high: str
    low: str
    volume: str
    trade_count: int
    closed: bool
    quote_volume: str
    taker_buy_volume: str
    taker_buy_quote_volume: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("t", "start_time", "int64"),
        ("T", "close_time", "int64"),
        ("s", "symbol", "string"),
        ("i", "interval", "string"),
        ("f", "first_trade_id", "int64"),
        ("L", "last_trade_id", "int64"),
        ("o", "open", "decimal"),
        ("c", "close", "decimal"),
        ("h", "high", "decimal"),
        ("l", "low", "decimal"),
        ("v", "volume", "decimal"),
        ("n", "trade_count", "int64"),
        ("x", "closed", "boolean"),
        ("q", "quote_volume", "decimal"),
        ("V", "taker_buy_volume", "decimal"),
        ("Q", "taker_buy_quote_volume", "decimal"),
    )


@dataclass(frozen=True, slots=True)
class AccountBalance(_Event):
    """A part of an event."""

    asset: str
    free: str
    locked: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("a", "asset", "string"),
        ("f", "free", "decimal"),
        ("l", "locked", "decimal"),
    )


@dataclass(frozen=True, slots=True)
class ListStatusOrder(_Event):
    """A part of an event."""

    symbol: str
    order_id: int
    client_order_id: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("s", "symbol", "string"),
        ("i", "order_id", "int64"),
        ("c", "client_order_id", "string"),
    )


@dataclass(frozen=True, slots=True)
class AggTrade(_Event):
    """The `aggTrade` event."""

    event_time: int
    symbol: str
    aggregate_trade_id: int
    price: str
    quantity: str
    first_trade_id: int
    last_trade_id: int
    trade_time: int
    buyer_is_maker: bool
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("a", "aggregate_trade_id", "int64"),
        ("p", "price", "decimal"),
        ("q", "quantity", "decimal"),
        ("f", "first_trade_id", "int64"),
        ("l", "last_trade_id", "int64"),
        ("T", "trade_time", "int64"),
        ("m", "buyer_is_maker", "boolean"),
    )
    EVENT_TYPE: ClassVar[str | None] = "aggTrade"


@dataclass(frozen=True, slots=True)
class Trade(_Event):
    """The `trade` event."""

    event_time: int
    symbol: str
    trade_id: int
    price: str
    quantity: str
    trade_time: int
    buyer_is_maker: bool
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("t", "trade_id", "int64"),
        ("p", "price", "decimal"),
        ("q", "quantity", "decimal"),
        ("T", "trade_time", "int64"),
        ("m", "buyer_is_maker", "boolean"),
    )
    EVENT_TYPE: ClassVar[str | None] = "trade"


@dataclass(frozen=True, slots=True)
class BlockTrade(_Event):
    """The `blockTrade` event."""

    event_time: int
    symbol: str
    block_trade_id: int
    price: str
    quantity: str
    trade_time: int
    buyer_is_maker: bool
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("t", "block_trade_id", "int64"),
        ("p", "price", "decimal"),
        ("q", "quantity", "decimal"),
        ("T", "trade_time", "int64"),
        ("m", "buyer_is_maker", "boolean"),
    )
    EVENT_TYPE: ClassVar[str | None] = "blockTrade"


@dataclass(frozen=True, slots=True)
class KlineEvent(_Event):
    """The `kline` event."""

    event_time: int
    symbol: str
    kline: KlineBar
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("k", "kline", "object:KlineBar"),
    )
    EVENT_TYPE: ClassVar[str | None] = "kline"


@dataclass(frozen=True, slots=True)
class MiniTicker(_Event):
    """The `24hrMiniTicker` event."""

    event_time: int
    symbol: str
    close: str
    open: str
    high: str
    low: str
    volume: str
    quote_volume: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("c", "close", "decimal"),
        ("o", "open", "decimal"),
        ("h", "high", "decimal"),
        ("l", "low", "decimal"),
        ("v", "volume", "decimal"),
        ("q", "quote_volume", "decimal"),
    )
    EVENT_TYPE: ClassVar[str | None] = "24hrMiniTicker"


@dataclass(frozen=True, slots=True)
class Ticker(_Event):
    """The `24hrTicker` event."""

    event_time: int
    symbol: str
    price_change: str
    price_change_percent: str
    weighted_average_price: str
    previous_close: str
    last_price: str
    last_quantity: str
    best_bid_price: str
    best_bid_quantity: str
    best_ask_price: str
    best_ask_quantity: str
    open: str
    high: str
    low: str
    volume: str
    quote_volume: str
    open_time: int
    close_time: int
    first_trade_id: int
    last_trade_id: int
    trade_count: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("p", "price_change", "decimal"),
        ("P", "price_change_percent", "decimal"),
        ("w", "weighted_average_price", "decimal"),
        ("x", "previous_close", "decimal"),
        ("c", "last_price", "decimal"),
        ("Q", "last_quantity", "decimal"),
        ("b", "best_bid_price", "decimal"),
        ("B", "best_bid_quantity", "decimal"),
        ("a", "best_ask_price", "decimal"),
        ("A", "best_ask_quantity", "decimal"),
        ("o", "open", "decimal"),
        ("h", "high", "decimal"),
        ("l", "low", "decimal"),
        ("v", "volume", "decimal"),
        ("q", "quote_volume", "decimal"),
        ("O", "open_time", "int64"),
        ("C", "close_time", "int64"),
        ("F", "first_trade_id", "int64"),
        ("L", "last_trade_id", "int64"),
        ("n", "trade_count", "int64"),
    )
    EVENT_TYPE: ClassVar[str | None] = "24hrTicker"


@dataclass(frozen=True, slots=True)
class RollingWindowTicker(_Event):
    """The `<window>Ticker` event."""

    event_type: str
    event_time: int
    symbol: str
    price_change: str
    price_change_percent: str
    open: str
    high: str
    low: str
    last_price: str
    weighted_average_price: str
    volume: str
    quote_volume: str
    open_time: int
    close_time: int
    first_trade_id: int
    last_trade_id: int
    trade_count: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("e", "event_type", "string"),
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("p", "price_change", "decimal"),
        ("P", "price_change_percent", "decimal"),
        ("o", "open", "decimal"),
        ("h", "high", "decimal"),
        ("l", "low", "decimal"),
        ("c", "last_price", "decimal"),
        ("w", "weighted_average_price", "decimal"),
        ("v", "volume", "decimal"),
        ("q", "quote_volume", "decimal"),
        ("O", "open_time", "int64"),
        ("C", "close_time", "int64"),
        ("F", "first_trade_id", "int64"),
        ("L", "last_trade_id", "int64"),
        ("n", "trade_count", "int64"),
    )
    EVENT_TYPE: ClassVar[str | None] = None  # "1hTicker", "4hTicker", "1dTicker": matched by suffix


@dataclass(frozen=True, slots=True)
class BookTicker(_Event):
    """Recognised by its stream name: the payload has no event type."""

    update_id: int
    symbol: str
    best_bid_price: str
    best_bid_quantity: str
    best_ask_price: str
    best_ask_quantity: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("u", "update_id", "int64"),
        ("s", "symbol", "string"),
        ("b", "best_bid_price", "decimal"),
        ("B", "best_bid_quantity", "decimal"),
        ("a", "best_ask_price", "decimal"),
        ("A", "best_ask_quantity", "decimal"),
    )


@dataclass(frozen=True, slots=True)
class AvgPrice(_Event):
    """The `avgPrice` event."""

    event_time: int
    symbol: str
    interval: str
    price: str
    last_trade_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("i", "interval", "string"),
        ("w", "price", "decimal"),
        ("T", "last_trade_time", "int64"),
    )
    EVENT_TYPE: ClassVar[str | None] = "avgPrice"


@dataclass(frozen=True, slots=True)
class ReferencePrice(_Event):
    """The `referencePrice` event."""

    symbol: str
    reference_price: str | None
    engine_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("s", "symbol", "string"),
        ("r", "reference_price", "nullable:decimal"),
        ("t", "engine_time", "int64"),
    )
    EVENT_TYPE: ClassVar[str | None] = "referencePrice"


@dataclass(frozen=True, slots=True)
class PartialDepth(_Event):
    """Recognised by its stream name: the payload has no event type."""

    last_update_id: int
    bids: tuple[tuple[str, str], ...]
    asks: tuple[tuple[str, str], ...]
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("lastUpdateId", "last_update_id", "int64"),
        ("bids", "bids", "levels"),
        ("asks", "asks", "levels"),
    )


@dataclass(frozen=True, slots=True)
class DepthUpdate(_Event):
    """The `depthUpdate` event."""

    event_time: int
    symbol: str
    first_update_id: int
    final_update_id: int
    bids: tuple[tuple[str, str], ...]
    asks: tuple[tuple[str, str], ...]
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("U", "first_update_id", "int64"),
        ("u", "final_update_id", "int64"),
        ("b", "bids", "levels"),
        ("a", "asks", "levels"),
    )
    EVENT_TYPE: ClassVar[str | None] = "depthUpdate"


@dataclass(frozen=True, slots=True)
class ServerShutdown(_Event):
    """The `serverShutdown` event."""

    event_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("E", "event_time", "int64"),)
    EVENT_TYPE: ClassVar[str | None] = "serverShutdown"


@dataclass(frozen=True, slots=True)
class OutboundAccountPosition(_Event):
    """The `outboundAccountPosition` event."""

    event_time: int
    last_update_time: int
    balances: tuple[AccountBalance, ...]
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("u", "last_update_time", "int64"),
        ("B", "balances", "array:AccountBalance"),
    )
    EVENT_TYPE: ClassVar[str | None] = "outboundAccountPosition"
    USER_DATA: ClassVar[bool] = True


@dataclass(frozen=True, slots=True)
class BalanceUpdate(_Event):
    """The `balanceUpdate` event."""

    event_time: int
    asset: str
    delta: str
    clear_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("a", "asset", "string"),
        ("d", "delta", "decimal"),
        ("T", "clear_time", "int64"),
    )
    EVENT_TYPE: ClassVar[str | None] = "balanceUpdate"
    USER_DATA: ClassVar[bool] = True


@dataclass(frozen=True, slots=True)
class ExecutionReport(_Event):
    """The `executionReport` event."""

    event_time: int
    symbol: str
    client_order_id: str
    side: str
    order_type: str
    time_in_force: str
    quantity: str
    price: str
    stop_price: str
    iceberg_quantity: str
    order_list_id: int
    original_client_order_id: str
    execution_type: str
    order_status: str
    reject_reason: str
    order_id: int
    last_executed_quantity: str
    cumulative_filled_quantity: str
    last_executed_price: str
    commission: str
    commission_asset: str | None
    transaction_time: int
    trade_id: int
    execution_id: int
    on_book: bool
    maker: bool
    order_creation_time: int
    cumulative_quote_quantity: str
    last_quote_quantity: str
    quote_order_quantity: str
    self_trade_prevention_mode: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("c", "client_order_id", "string"),
        ("S", "side", "string"),
        ("o", "order_type", "string"),
        ("f", "time_in_force", "string"),
        ("q", "quantity", "decimal"),
        ("p", "price", "decimal"),
        ("P", "stop_price", "decimal"),
        ("F", "iceberg_quantity", "decimal"),
        ("g", "order_list_id", "int64"),
        ("C", "original_client_order_id", "string"),
        ("x", "execution_type", "string"),
        ("X", "order_status", "string"),
        ("r", "reject_reason", "string"),
        ("i", "order_id", "int64"),
        ("l", "last_executed_quantity", "decimal"),
        ("z", "cumulative_filled_quantity", "decimal"),
        ("L", "last_executed_price", "decimal"),
        ("n", "commission", "decimal"),
        ("N", "commission_asset", "nullable:string"),
        ("T", "transaction_time", "int64"),
        ("t", "trade_id", "int64"),
        ("I", "execution_id", "int64"),
        ("w", "on_book", "boolean"),
        ("m", "maker", "boolean"),
        ("O", "order_creation_time", "int64"),
        ("Z", "cumulative_quote_quantity", "decimal"),
        ("Y", "last_quote_quantity", "decimal"),
        ("Q", "quote_order_quantity", "decimal"),
        ("V", "self_trade_prevention_mode", "string"),
    )
    EVENT_TYPE: ClassVar[str | None] = "executionReport"
    USER_DATA: ClassVar[bool] = True


@dataclass(frozen=True, slots=True)
class ListStatus(_Event):
    """The `listStatus` event."""

    event_time: int
    symbol: str
    order_list_id: int
    contingency_type: str
    list_status_type: str
    list_order_status: str
    list_reject_reason: str
    list_client_order_id: str
    transaction_time: int
    orders: tuple[ListStatusOrder, ...]
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("s", "symbol", "string"),
        ("g", "order_list_id", "int64"),
        ("c", "contingency_type", "string"),
        ("l", "list_status_type", "string"),
        ("L", "list_order_status", "string"),
        ("r", "list_reject_reason", "string"),
        ("C", "list_client_order_id", "string"),
        ("T", "transaction_time", "int64"),
        ("O", "orders", "array:ListStatusOrder"),
    )
    EVENT_TYPE: ClassVar[str | None] = "listStatus"
    USER_DATA: ClassVar[bool] = True


@dataclass(frozen=True, slots=True)
class EventStreamTerminated(_Event):
    """The `eventStreamTerminated` event."""

    event_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("E", "event_time", "int64"),)
    EVENT_TYPE: ClassVar[str | None] = "eventStreamTerminated"
    USER_DATA: ClassVar[bool] = True


@dataclass(frozen=True, slots=True)
class ExternalLockUpdate(_Event):
    """The `externalLockUpdate` event."""

    event_time: int
    asset: str
    delta: str
    transaction_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("E", "event_time", "int64"),
        ("a", "asset", "string"),
        ("d", "delta", "decimal"),
        ("T", "transaction_time", "int64"),
    )
    EVENT_TYPE: ClassVar[str | None] = "externalLockUpdate"
    USER_DATA: ClassVar[bool] = True


@dataclass(frozen=True, slots=True)
class UnknownEvent:
    """An event type this version does not know: kept whole rather than dropped."""

    event_type: str | None
    payload: Mapping[str, Any]


Event = (
    AggTrade
    | Trade
    | BlockTrade
    | KlineEvent
    | MiniTicker
    | Ticker
    | RollingWindowTicker
    | BookTicker
    | AvgPrice
    | ReferencePrice
    | PartialDepth
    | DepthUpdate
    | ServerShutdown
    | OutboundAccountPosition
    | BalanceUpdate
    | ExecutionReport
    | ListStatus
    | EventStreamTerminated
    | ExternalLockUpdate
    | UnknownEvent
)

_NESTED: dict[str, type[_Event]] = {
    "AccountBalance": AccountBalance,
    "KlineBar": KlineBar,
    "ListStatusOrder": ListStatusOrder,
}
_BY_TYPE: dict[str, type[_Event]] = {
    cls.EVENT_TYPE: cls
    for cls in (
        AggTrade,
        Trade,
        BlockTrade,
        KlineEvent,
        MiniTicker,
        Ticker,
        AvgPrice,
        ReferencePrice,
        DepthUpdate,
        ServerShutdown,
        OutboundAccountPosition,
        BalanceUpdate,
        ExecutionReport,
        ListStatus,
        EventStreamTerminated,
        ExternalLockUpdate,
    )
    if cls.EVENT_TYPE is not None
}


def parse_event(payload: Any) -> Event | tuple[Event, ...]:
    """The typed event for a raw payload; the `!…@arr` streams give a tuple of events."""
    if isinstance(payload, list):
        return tuple(_parse_one(item) for item in payload)
    return _parse_one(payload)


def _parse_one(payload: Mapping[str, Any]) -> Event:
    event_type = payload.get("e")
    cls: type[_Event] | None
    if isinstance(event_type, str):
        cls = RollingWindowTicker if _ROLLING_WINDOW.match(event_type) else _BY_TYPE.get(event_type)
    elif "lastUpdateId" in payload:
        cls = PartialDepth
    elif {"u", "b", "a"} <= payload.keys():
        # bookTicker payloads carry no "e": Binance leaves them out to keep the stream small.
        cls = BookTicker
    else:
        cls = None
    if cls is None:
        return UnknownEvent(event_type if isinstance(event_type, str) else None, payload)
    return cls.from_payload(payload)  # type: ignore[return-value]
