"""Typed stream and user data events, from spec/websocket/streams.yaml.

Binance sends one-letter keys (`"p"`, `"q"`); each event is a msgspec struct whose fields
carry them as their wire names, so a frame's bytes decode straight into it
(binance_spot_client.websocket.decode_event). `from_payload` reads an already decoded payload
(and any payload that decoding refuses) into the same event. Decimal fields keep Binance's
exact text, as the REST models do. Keys an event does not know yet are kept in `extra`
rather than dropped, so a new field never breaks reading.
Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from binance_spot_client.signing import UNSET, EventModel

__all__ = [
    "AggTrade",
    "Trade",
    "BlockTrade",
    "KlineEvent",
    "KlineBar",
    "MiniTicker",
    "Ticker",
    "RollingWindowTicker",
    "BookTicker",
    "AvgPrice",
    "ReferencePrice",
    "PartialDepth",
    "DepthUpdate",
    "ServerShutdown",
    "OutboundAccountPosition",
    "AccountBalance",
    "BalanceUpdate",
    "ExecutionReport",
    "ListStatus",
    "ListStatusOrder",
    "EventStreamTerminated",
    "ExternalLockUpdate",
    "Event",
    "UnknownEvent",
    "STREAMS",
    "TAGGED_EVENTS",
    "parse_event",
]


class AggTrade(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="aggTrade",
    rename={
        "event_time": "E",
        "symbol": "s",
        "aggregate_trade_id": "a",
        "price": "p",
        "quantity": "q",
        "first_trade_id": "f",
        "last_trade_id": "l",
        "trade_time": "T",
        "buyer_is_maker": "m",
        "_ignored_m": "M",
    },
):
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
    _ignored_m: Any = UNSET

    EVENT_TYPE: ClassVar[str | None] = "aggTrade"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "a", "p", "q", "f", "l", "T", "m"})
    _IGNORED: ClassVar[tuple[tuple[str, str], ...]] = (("M", "_ignored_m"),)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> AggTrade:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            aggregate_trade_id=int(payload["a"]),
            price=str(payload["p"]),
            quantity=str(payload["q"]),
            first_trade_id=int(payload["f"]),
            last_trade_id=int(payload["l"]),
            trade_time=int(payload["T"]),
            buyer_is_maker=bool(payload["m"]),
            _ignored_m=payload.get("M", UNSET),
        )
        event.keep_unknown(
            {key: value for key, value in payload.items() if key not in cls._KEYS and key != "M" and key != "e"}
        )
        return event


class Trade(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="trade",
    rename={
        "event_time": "E",
        "symbol": "s",
        "trade_id": "t",
        "price": "p",
        "quantity": "q",
        "trade_time": "T",
        "buyer_is_maker": "m",
        "_ignored_m": "M",
    },
):
    """The `trade` event."""

    event_time: int
    symbol: str
    trade_id: int
    price: str
    quantity: str
    trade_time: int
    buyer_is_maker: bool
    _ignored_m: Any = UNSET

    EVENT_TYPE: ClassVar[str | None] = "trade"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "t", "p", "q", "T", "m"})
    _IGNORED: ClassVar[tuple[tuple[str, str], ...]] = (("M", "_ignored_m"),)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Trade:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            trade_id=int(payload["t"]),
            price=str(payload["p"]),
            quantity=str(payload["q"]),
            trade_time=int(payload["T"]),
            buyer_is_maker=bool(payload["m"]),
            _ignored_m=payload.get("M", UNSET),
        )
        event.keep_unknown(
            {key: value for key, value in payload.items() if key not in cls._KEYS and key != "M" and key != "e"}
        )
        return event


class BlockTrade(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="blockTrade",
    rename={
        "event_time": "E",
        "symbol": "s",
        "block_trade_id": "t",
        "price": "p",
        "quantity": "q",
        "trade_time": "T",
        "buyer_is_maker": "m",
    },
):
    """The `blockTrade` event."""

    event_time: int
    symbol: str
    block_trade_id: int
    price: str
    quantity: str
    trade_time: int
    buyer_is_maker: bool

    EVENT_TYPE: ClassVar[str | None] = "blockTrade"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "t", "p", "q", "T", "m"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> BlockTrade:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            block_trade_id=int(payload["t"]),
            price=str(payload["p"]),
            quantity=str(payload["q"]),
            trade_time=int(payload["T"]),
            buyer_is_maker=bool(payload["m"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class KlineEvent(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="kline",
    rename={"event_time": "E", "symbol": "s", "kline": "k"},
):
    """The `kline` event."""

    event_time: int
    symbol: str
    kline: KlineBar

    EVENT_TYPE: ClassVar[str | None] = "kline"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "k"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> KlineEvent:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            kline=KlineBar.from_payload(payload["k"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class KlineBar(
    EventModel,
    frozen=True,
    rename={
        "start_time": "t",
        "close_time": "T",
        "symbol": "s",
        "interval": "i",
        "first_trade_id": "f",
        "last_trade_id": "L",
        "open": "o",
        "close": "c",
        "high": "h",
        "low": "l",
        "volume": "v",
        "trade_count": "n",
        "closed": "x",
        "quote_volume": "q",
        "taker_buy_volume": "V",
        "taker_buy_quote_volume": "Q",
        "_ignored_b": "B",
    },
):
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
    _ignored_b: Any = UNSET

    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {"t", "T", "s", "i", "f", "L", "o", "c", "h", "l", "v", "n", "x", "q", "V", "Q"}
    )
    _IGNORED: ClassVar[tuple[tuple[str, str], ...]] = (("B", "_ignored_b"),)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> KlineBar:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            start_time=int(payload["t"]),
            close_time=int(payload["T"]),
            symbol=str(payload["s"]),
            interval=str(payload["i"]),
            first_trade_id=int(payload["f"]),
            last_trade_id=int(payload["L"]),
            open=str(payload["o"]),
            close=str(payload["c"]),
            high=str(payload["h"]),
            low=str(payload["l"]),
            volume=str(payload["v"]),
            trade_count=int(payload["n"]),
            closed=bool(payload["x"]),
            quote_volume=str(payload["q"]),
            taker_buy_volume=str(payload["V"]),
            taker_buy_quote_volume=str(payload["Q"]),
            _ignored_b=payload.get("B", UNSET),
        )
        event.keep_unknown(
            {key: value for key, value in payload.items() if key not in cls._KEYS and key != "B" and key != "e"}
        )
        return event


class MiniTicker(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="24hrMiniTicker",
    rename={
        "event_time": "E",
        "symbol": "s",
        "close": "c",
        "open": "o",
        "high": "h",
        "low": "l",
        "volume": "v",
        "quote_volume": "q",
    },
):
    """The `24hrMiniTicker` event."""

    event_time: int
    symbol: str
    close: str
    open: str
    high: str
    low: str
    volume: str
    quote_volume: str

    EVENT_TYPE: ClassVar[str | None] = "24hrMiniTicker"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "c", "o", "h", "l", "v", "q"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> MiniTicker:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            close=str(payload["c"]),
            open=str(payload["o"]),
            high=str(payload["h"]),
            low=str(payload["l"]),
            volume=str(payload["v"]),
            quote_volume=str(payload["q"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class Ticker(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="24hrTicker",
    rename={
        "event_time": "E",
        "symbol": "s",
        "price_change": "p",
        "price_change_percent": "P",
        "weighted_average_price": "w",
        "previous_close": "x",
        "last_price": "c",
        "last_quantity": "Q",
        "best_bid_price": "b",
        "best_bid_quantity": "B",
        "best_ask_price": "a",
        "best_ask_quantity": "A",
        "open": "o",
        "high": "h",
        "low": "l",
        "volume": "v",
        "quote_volume": "q",
        "open_time": "O",
        "close_time": "C",
        "first_trade_id": "F",
        "last_trade_id": "L",
        "trade_count": "n",
    },
):
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

    EVENT_TYPE: ClassVar[str | None] = "24hrTicker"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {"E", "s", "p", "P", "w", "x", "c", "Q", "b", "B", "a", "A", "o", "h", "l", "v", "q", "O", "C", "F", "L", "n"}
    )

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Ticker:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            price_change=str(payload["p"]),
            price_change_percent=str(payload["P"]),
            weighted_average_price=str(payload["w"]),
            previous_close=str(payload["x"]),
            last_price=str(payload["c"]),
            last_quantity=str(payload["Q"]),
            best_bid_price=str(payload["b"]),
            best_bid_quantity=str(payload["B"]),
            best_ask_price=str(payload["a"]),
            best_ask_quantity=str(payload["A"]),
            open=str(payload["o"]),
            high=str(payload["h"]),
            low=str(payload["l"]),
            volume=str(payload["v"]),
            quote_volume=str(payload["q"]),
            open_time=int(payload["O"]),
            close_time=int(payload["C"]),
            first_trade_id=int(payload["F"]),
            last_trade_id=int(payload["L"]),
            trade_count=int(payload["n"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class RollingWindowTicker(
    EventModel,
    frozen=True,
    rename={
        "event_type": "e",
        "event_time": "E",
        "symbol": "s",
        "price_change": "p",
        "price_change_percent": "P",
        "open": "o",
        "high": "h",
        "low": "l",
        "last_price": "c",
        "weighted_average_price": "w",
        "volume": "v",
        "quote_volume": "q",
        "open_time": "O",
        "close_time": "C",
        "first_trade_id": "F",
        "last_trade_id": "L",
        "trade_count": "n",
    },
):
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

    EVENT_TYPE: ClassVar[str | None] = None
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {"e", "E", "s", "p", "P", "o", "h", "l", "c", "w", "v", "q", "O", "C", "F", "L", "n"}
    )

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> RollingWindowTicker:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_type=str(payload["e"]),
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            price_change=str(payload["p"]),
            price_change_percent=str(payload["P"]),
            open=str(payload["o"]),
            high=str(payload["h"]),
            low=str(payload["l"]),
            last_price=str(payload["c"]),
            weighted_average_price=str(payload["w"]),
            volume=str(payload["v"]),
            quote_volume=str(payload["q"]),
            open_time=int(payload["O"]),
            close_time=int(payload["C"]),
            first_trade_id=int(payload["F"]),
            last_trade_id=int(payload["L"]),
            trade_count=int(payload["n"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class BookTicker(
    EventModel,
    frozen=True,
    rename={
        "update_id": "u",
        "symbol": "s",
        "best_bid_price": "b",
        "best_bid_quantity": "B",
        "best_ask_price": "a",
        "best_ask_quantity": "A",
    },
):
    """The `BookTicker` event."""

    update_id: int
    symbol: str
    best_bid_price: str
    best_bid_quantity: str
    best_ask_price: str
    best_ask_quantity: str

    EVENT_TYPE: ClassVar[str | None] = None
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"u", "s", "b", "B", "a", "A"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> BookTicker:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            update_id=int(payload["u"]),
            symbol=str(payload["s"]),
            best_bid_price=str(payload["b"]),
            best_bid_quantity=str(payload["B"]),
            best_ask_price=str(payload["a"]),
            best_ask_quantity=str(payload["A"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class AvgPrice(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="avgPrice",
    rename={"event_time": "E", "symbol": "s", "interval": "i", "price": "w", "last_trade_time": "T"},
):
    """The `avgPrice` event."""

    event_time: int
    symbol: str
    interval: str
    price: str
    last_trade_time: int

    EVENT_TYPE: ClassVar[str | None] = "avgPrice"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "i", "w", "T"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> AvgPrice:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            interval=str(payload["i"]),
            price=str(payload["w"]),
            last_trade_time=int(payload["T"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class ReferencePrice(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="referencePrice",
    rename={"symbol": "s", "reference_price": "r", "engine_time": "t"},
):
    """The `referencePrice` event."""

    symbol: str
    reference_price: str | None
    engine_time: int

    EVENT_TYPE: ClassVar[str | None] = "referencePrice"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"s", "r", "t"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ReferencePrice:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            symbol=str(payload["s"]),
            reference_price=None if payload["r"] is None else str(payload["r"]),
            engine_time=int(payload["t"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class PartialDepth(
    EventModel,
    frozen=True,
    rename={"last_update_id": "lastUpdateId", "bids": "bids", "asks": "asks"},
):
    """The `PartialDepth` event."""

    last_update_id: int
    bids: tuple[tuple[str, str], ...]
    asks: tuple[tuple[str, str], ...]

    EVENT_TYPE: ClassVar[str | None] = None
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"lastUpdateId", "bids", "asks"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> PartialDepth:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            last_update_id=int(payload["lastUpdateId"]),
            bids=tuple((str(price), str(quantity)) for price, quantity, *_ in payload["bids"]),
            asks=tuple((str(price), str(quantity)) for price, quantity, *_ in payload["asks"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class DepthUpdate(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="depthUpdate",
    rename={"event_time": "E", "symbol": "s", "first_update_id": "U", "final_update_id": "u", "bids": "b", "asks": "a"},
):
    """The `depthUpdate` event."""

    event_time: int
    symbol: str
    first_update_id: int
    final_update_id: int
    bids: tuple[tuple[str, str], ...]
    asks: tuple[tuple[str, str], ...]

    EVENT_TYPE: ClassVar[str | None] = "depthUpdate"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "U", "u", "b", "a"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> DepthUpdate:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            first_update_id=int(payload["U"]),
            final_update_id=int(payload["u"]),
            bids=tuple((str(price), str(quantity)) for price, quantity, *_ in payload["b"]),
            asks=tuple((str(price), str(quantity)) for price, quantity, *_ in payload["a"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class ServerShutdown(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="serverShutdown",
    rename={"event_time": "E"},
):
    """The `serverShutdown` event."""

    event_time: int

    EVENT_TYPE: ClassVar[str | None] = "serverShutdown"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ServerShutdown:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class OutboundAccountPosition(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="outboundAccountPosition",
    rename={"event_time": "E", "last_update_time": "u", "balances": "B"},
):
    """The `outboundAccountPosition` event."""

    event_time: int
    last_update_time: int
    balances: tuple[AccountBalance, ...]

    EVENT_TYPE: ClassVar[str | None] = "outboundAccountPosition"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "u", "B"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> OutboundAccountPosition:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            last_update_time=int(payload["u"]),
            balances=tuple(AccountBalance.from_payload(item) for item in payload["B"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class AccountBalance(
    EventModel,
    frozen=True,
    rename={"asset": "a", "free": "f", "locked": "l"},
):
    """A part of an event."""

    asset: str
    free: str
    locked: str

    _KEYS: ClassVar[frozenset[str]] = frozenset({"a", "f", "l"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> AccountBalance:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            asset=str(payload["a"]),
            free=str(payload["f"]),
            locked=str(payload["l"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class BalanceUpdate(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="balanceUpdate",
    rename={"event_time": "E", "asset": "a", "delta": "d", "clear_time": "T"},
):
    """The `balanceUpdate` event."""

    event_time: int
    asset: str
    delta: str
    clear_time: int

    EVENT_TYPE: ClassVar[str | None] = "balanceUpdate"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "a", "d", "T"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> BalanceUpdate:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            asset=str(payload["a"]),
            delta=str(payload["d"]),
            clear_time=int(payload["T"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class ExecutionReport(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="executionReport",
    rename={
        "event_time": "E",
        "symbol": "s",
        "client_order_id": "c",
        "side": "S",
        "order_type": "o",
        "time_in_force": "f",
        "quantity": "q",
        "price": "p",
        "stop_price": "P",
        "iceberg_quantity": "F",
        "order_list_id": "g",
        "original_client_order_id": "C",
        "execution_type": "x",
        "order_status": "X",
        "reject_reason": "r",
        "order_id": "i",
        "last_executed_quantity": "l",
        "cumulative_filled_quantity": "z",
        "last_executed_price": "L",
        "commission": "n",
        "commission_asset": "N",
        "transaction_time": "T",
        "trade_id": "t",
        "execution_id": "I",
        "on_book": "w",
        "maker": "m",
        "order_creation_time": "O",
        "cumulative_quote_quantity": "Z",
        "last_quote_quantity": "Y",
        "quote_order_quantity": "Q",
        "self_trade_prevention_mode": "V",
        "trailing_delta": "d",
        "trailing_time": "D",
        "strategy_id": "j",
        "strategy_type": "J",
        "prevented_match_id": "v",
        "prevented_quantity": "A",
        "last_prevented_quantity": "B",
        "trade_group_id": "u",
        "counter_order_id": "U",
        "counter_symbol": "Cs",
        "prevented_execution_quantity": "pl",
        "prevented_execution_price": "pL",
        "prevented_execution_quote_quantity": "pY",
        "working_time": "W",
        "match_type": "b",
        "allocation_id": "a",
        "working_floor": "k",
        "used_sor": "uS",
        "pegged_price_type": "gP",
        "pegged_offset_type": "gOT",
        "pegged_offset_value": "gOV",
        "pegged_price": "gp",
        "expiry_reason": "eR",
        "_ignored_m": "M",
    },
):
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
    trailing_delta: int | None = None
    trailing_time: int | None = None
    strategy_id: int | None = None
    strategy_type: int | None = None
    prevented_match_id: int | None = None
    prevented_quantity: str | None = None
    last_prevented_quantity: str | None = None
    trade_group_id: int | None = None
    counter_order_id: int | None = None
    counter_symbol: str | None = None
    prevented_execution_quantity: str | None = None
    prevented_execution_price: str | None = None
    prevented_execution_quote_quantity: str | None = None
    working_time: int | None = None
    match_type: str | None = None
    allocation_id: int | None = None
    working_floor: str | None = None
    used_sor: bool | None = None
    pegged_price_type: str | None = None
    pegged_offset_type: str | None = None
    pegged_offset_value: int | None = None
    pegged_price: str | None = None
    expiry_reason: str | None = None
    _ignored_m: Any = UNSET

    EVENT_TYPE: ClassVar[str | None] = "executionReport"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "E",
            "s",
            "c",
            "S",
            "o",
            "f",
            "q",
            "p",
            "P",
            "F",
            "g",
            "C",
            "x",
            "X",
            "r",
            "i",
            "l",
            "z",
            "L",
            "n",
            "N",
            "T",
            "t",
            "I",
            "w",
            "m",
            "O",
            "Z",
            "Y",
            "Q",
            "V",
            "d",
            "D",
            "j",
            "J",
            "v",
            "A",
            "B",
            "u",
            "U",
            "Cs",
            "pl",
            "pL",
            "pY",
            "W",
            "b",
            "a",
            "k",
            "uS",
            "gP",
            "gOT",
            "gOV",
            "gp",
            "eR",
        }
    )
    _IGNORED: ClassVar[tuple[tuple[str, str], ...]] = (("M", "_ignored_m"),)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ExecutionReport:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            client_order_id=str(payload["c"]),
            side=str(payload["S"]),
            order_type=str(payload["o"]),
            time_in_force=str(payload["f"]),
            quantity=str(payload["q"]),
            price=str(payload["p"]),
            stop_price=str(payload["P"]),
            iceberg_quantity=str(payload["F"]),
            order_list_id=int(payload["g"]),
            original_client_order_id=str(payload["C"]),
            execution_type=str(payload["x"]),
            order_status=str(payload["X"]),
            reject_reason=str(payload["r"]),
            order_id=int(payload["i"]),
            last_executed_quantity=str(payload["l"]),
            cumulative_filled_quantity=str(payload["z"]),
            last_executed_price=str(payload["L"]),
            commission=str(payload["n"]),
            commission_asset=None if payload["N"] is None else str(payload["N"]),
            transaction_time=int(payload["T"]),
            trade_id=int(payload["t"]),
            execution_id=int(payload["I"]),
            on_book=bool(payload["w"]),
            maker=bool(payload["m"]),
            order_creation_time=int(payload["O"]),
            cumulative_quote_quantity=str(payload["Z"]),
            last_quote_quantity=str(payload["Y"]),
            quote_order_quantity=str(payload["Q"]),
            self_trade_prevention_mode=str(payload["V"]),
            trailing_delta=None if "d" not in payload else int(payload["d"]),
            trailing_time=None if "D" not in payload else int(payload["D"]),
            strategy_id=None if "j" not in payload else int(payload["j"]),
            strategy_type=None if "J" not in payload else int(payload["J"]),
            prevented_match_id=None if "v" not in payload else int(payload["v"]),
            prevented_quantity=None if "A" not in payload else str(payload["A"]),
            last_prevented_quantity=None if "B" not in payload else str(payload["B"]),
            trade_group_id=None if "u" not in payload else int(payload["u"]),
            counter_order_id=None if "U" not in payload else int(payload["U"]),
            counter_symbol=None if "Cs" not in payload else str(payload["Cs"]),
            prevented_execution_quantity=None if "pl" not in payload else str(payload["pl"]),
            prevented_execution_price=None if "pL" not in payload else str(payload["pL"]),
            prevented_execution_quote_quantity=None if "pY" not in payload else str(payload["pY"]),
            working_time=None if "W" not in payload else int(payload["W"]),
            match_type=None if "b" not in payload else str(payload["b"]),
            allocation_id=None if "a" not in payload else int(payload["a"]),
            working_floor=None if "k" not in payload else str(payload["k"]),
            used_sor=None if "uS" not in payload else bool(payload["uS"]),
            pegged_price_type=None if "gP" not in payload else str(payload["gP"]),
            pegged_offset_type=None if "gOT" not in payload else str(payload["gOT"]),
            pegged_offset_value=None if "gOV" not in payload else int(payload["gOV"]),
            pegged_price=None if "gp" not in payload else str(payload["gp"]),
            expiry_reason=None if "eR" not in payload else str(payload["eR"]),
            _ignored_m=payload.get("M", UNSET),
        )
        event.keep_unknown(
            {key: value for key, value in payload.items() if key not in cls._KEYS and key != "M" and key != "e"}
        )
        return event


class ListStatus(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="listStatus",
    rename={
        "event_time": "E",
        "symbol": "s",
        "order_list_id": "g",
        "contingency_type": "c",
        "list_status_type": "l",
        "list_order_status": "L",
        "list_reject_reason": "r",
        "list_client_order_id": "C",
        "transaction_time": "T",
        "orders": "O",
    },
):
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

    EVENT_TYPE: ClassVar[str | None] = "listStatus"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "g", "c", "l", "L", "r", "C", "T", "O"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ListStatus:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            order_list_id=int(payload["g"]),
            contingency_type=str(payload["c"]),
            list_status_type=str(payload["l"]),
            list_order_status=str(payload["L"]),
            list_reject_reason=str(payload["r"]),
            list_client_order_id=str(payload["C"]),
            transaction_time=int(payload["T"]),
            orders=tuple(ListStatusOrder.from_payload(item) for item in payload["O"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class ListStatusOrder(
    EventModel,
    frozen=True,
    rename={"symbol": "s", "order_id": "i", "client_order_id": "c"},
):
    """A part of an event."""

    symbol: str
    order_id: int
    client_order_id: str

    _KEYS: ClassVar[frozenset[str]] = frozenset({"s", "i", "c"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ListStatusOrder:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            symbol=str(payload["s"]),
            order_id=int(payload["i"]),
            client_order_id=str(payload["c"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class EventStreamTerminated(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="eventStreamTerminated",
    rename={"event_time": "E"},
):
    """The `eventStreamTerminated` event."""

    event_time: int

    EVENT_TYPE: ClassVar[str | None] = "eventStreamTerminated"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> EventStreamTerminated:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


class ExternalLockUpdate(
    EventModel,
    frozen=True,
    tag_field="e",
    tag="externalLockUpdate",
    rename={"event_time": "E", "asset": "a", "delta": "d", "transaction_time": "T"},
):
    """The `externalLockUpdate` event."""

    event_time: int
    asset: str
    delta: str
    transaction_time: int

    EVENT_TYPE: ClassVar[str | None] = "externalLockUpdate"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "a", "d", "T"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ExternalLockUpdate:
        """Read a decoded payload; a missing field raises KeyError, as the REST models' from_dict does."""
        event = cls(
            event_time=int(payload["E"]),
            asset=str(payload["a"]),
            delta=str(payload["d"]),
            transaction_time=int(payload["T"]),
        )
        event.keep_unknown({key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"})
        return event


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

_BY_TYPE: dict[str, Callable[[Mapping[str, Any]], Event]] = {
    "aggTrade": AggTrade.from_payload,
    "trade": Trade.from_payload,
    "blockTrade": BlockTrade.from_payload,
    "kline": KlineEvent.from_payload,
    "24hrMiniTicker": MiniTicker.from_payload,
    "24hrTicker": Ticker.from_payload,
    "avgPrice": AvgPrice.from_payload,
    "referencePrice": ReferencePrice.from_payload,
    "depthUpdate": DepthUpdate.from_payload,
    "serverShutdown": ServerShutdown.from_payload,
    "outboundAccountPosition": OutboundAccountPosition.from_payload,
    "balanceUpdate": BalanceUpdate.from_payload,
    "executionReport": ExecutionReport.from_payload,
    "listStatus": ListStatus.from_payload,
    "eventStreamTerminated": EventStreamTerminated.from_payload,
    "externalLockUpdate": ExternalLockUpdate.from_payload,
}
_BY_TYPE_PATTERN: tuple[tuple[re.Pattern[str], Callable[[Mapping[str, Any]], Event]], ...] = (
    (re.compile(r"^\d+[hd]Ticker$"), RollingWindowTicker.from_payload),
)
# Payloads without an event type (bookTicker, partial depth: Binance leaves `e` out to keep them small).
_BY_KEYS: tuple[tuple[frozenset[str], Callable[[Mapping[str, Any]], Event]], ...] = (
    (BookTicker._KEYS, BookTicker.from_payload),
    (PartialDepth._KEYS, PartialDepth.from_payload),
)


# What each stream carries, by its name: frames decode straight into these (websocket/_decode.py).
STREAMS: tuple[tuple[re.Pattern[str], type[EventModel], bool], ...] = (
    (re.compile(r"^[a-z0-9_.-]+@aggTrade$"), AggTrade, False),
    (re.compile(r"^[a-z0-9_.-]+@trade$"), Trade, False),
    (re.compile(r"^[a-z0-9_.-]+@blockTrade$"), BlockTrade, False),
    (re.compile(r"^[a-z0-9_.-]+@kline_\d+[smhdwM]$"), KlineEvent, False),
    (re.compile(r"^[a-z0-9_.-]+@kline_\d+[smhdwM]@\+08:00$"), KlineEvent, False),
    (re.compile(r"^[a-z0-9_.-]+@miniTicker$"), MiniTicker, False),
    (re.compile(r"^!miniTicker@arr$"), MiniTicker, True),
    (re.compile(r"^[a-z0-9_.-]+@ticker$"), Ticker, False),
    (re.compile(r"^[a-z0-9_.-]+@ticker_\d+[hd]$"), RollingWindowTicker, False),
    (re.compile(r"^!ticker_\d+[hd]@arr$"), RollingWindowTicker, True),
    (re.compile(r"^[a-z0-9_.-]+@bookTicker$"), BookTicker, False),
    (re.compile(r"^[a-z0-9_.-]+@avgPrice$"), AvgPrice, False),
    (re.compile(r"^[a-z0-9_.-]+@referencePrice$"), ReferencePrice, False),
    (re.compile(r"^[a-z0-9_.-]+@depth\d+$"), PartialDepth, False),
    (re.compile(r"^[a-z0-9_.-]+@depth\d+@100ms$"), PartialDepth, False),
    (re.compile(r"^[a-z0-9_.-]+@depth$"), DepthUpdate, False),
    (re.compile(r"^[a-z0-9_.-]+@depth@100ms$"), DepthUpdate, False),
)
# The events a payload's `e` names exactly: one tagged union decodes any of them.
TAGGED_EVENTS: tuple[type[EventModel], ...] = (
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


def parse_event(payload: Any) -> Event | tuple[Event, ...]:
    """The typed event for a decoded payload; the `!…@arr` streams give a tuple of events."""
    if isinstance(payload, list):
        return tuple(_parse_one(item) for item in payload)
    return _parse_one(payload)


def _parse_one(payload: Mapping[str, Any]) -> Event:
    event_type = payload.get("e")
    read: Callable[[Mapping[str, Any]], Event] | None
    if isinstance(event_type, str):
        read = _BY_TYPE.get(event_type)
        if read is None:
            read = next((reader for pattern, reader in _BY_TYPE_PATTERN if pattern.match(event_type)), None)
    else:
        read = next((reader for keys, reader in _BY_KEYS if keys <= payload.keys()), None)
    if read is None:
        return UnknownEvent(event_type if isinstance(event_type, str) else None, payload)
    return read(payload)
