"""Typed stream and user data events, from spec/websocket/streams.yaml.

Binance sends one-letter keys (`"p"`, `"q"`); each class reads them into named fields.
Decimal fields keep Binance's exact text, as the REST models do. Keys an event does not
know yet are kept in `extra` rather than dropped, so a new field never breaks reading.
Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

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
    "parse_event",
]


@dataclass(frozen=True, slots=True)
class AggTrade:
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

    EVENT_TYPE: ClassVar[str | None] = "aggTrade"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "a", "p", "q", "f", "l", "T", "m"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> AggTrade:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            aggregate_trade_id=int(payload["a"]),
            price=str(payload["p"]),
            quantity=str(payload["q"]),
            first_trade_id=int(payload["f"]),
            last_trade_id=int(payload["l"]),
            trade_time=int(payload["T"]),
            buyer_is_maker=bool(payload["m"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class Trade:
    """The `trade` event."""

    event_time: int
    symbol: str
    trade_id: int
    price: str
    quantity: str
    trade_time: int
    buyer_is_maker: bool
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "trade"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "t", "p", "q", "T", "m"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Trade:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            trade_id=int(payload["t"]),
            price=str(payload["p"]),
            quantity=str(payload["q"]),
            trade_time=int(payload["T"]),
            buyer_is_maker=bool(payload["m"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class BlockTrade:
    """The `blockTrade` event."""

    event_time: int
    symbol: str
    block_trade_id: int
    price: str
    quantity: str
    trade_time: int
    buyer_is_maker: bool
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "blockTrade"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "t", "p", "q", "T", "m"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> BlockTrade:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            block_trade_id=int(payload["t"]),
            price=str(payload["p"]),
            quantity=str(payload["q"]),
            trade_time=int(payload["T"]),
            buyer_is_maker=bool(payload["m"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class KlineEvent:
    """The `kline` event."""

    event_time: int
    symbol: str
    kline: KlineBar
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "kline"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "k"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> KlineEvent:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            kline=KlineBar.from_payload(payload["k"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class KlineBar:
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

    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {"t", "T", "s", "i", "f", "L", "o", "c", "h", "l", "v", "n", "x", "q", "V", "Q"}
    )

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> KlineBar:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
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
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class MiniTicker:
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

    EVENT_TYPE: ClassVar[str | None] = "24hrMiniTicker"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "c", "o", "h", "l", "v", "q"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> MiniTicker:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            close=str(payload["c"]),
            open=str(payload["o"]),
            high=str(payload["h"]),
            low=str(payload["l"]),
            volume=str(payload["v"]),
            quote_volume=str(payload["q"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class Ticker:
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

    EVENT_TYPE: ClassVar[str | None] = "24hrTicker"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {"E", "s", "p", "P", "w", "x", "c", "Q", "b", "B", "a", "A", "o", "h", "l", "v", "q", "O", "C", "F", "L", "n"}
    )

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Ticker:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
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
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class RollingWindowTicker:
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

    EVENT_TYPE: ClassVar[str | None] = None
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {"e", "E", "s", "p", "P", "o", "h", "l", "c", "w", "v", "q", "O", "C", "F", "L", "n"}
    )

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> RollingWindowTicker:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
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
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class BookTicker:
    """The `BookTicker` event."""

    update_id: int
    symbol: str
    best_bid_price: str
    best_bid_quantity: str
    best_ask_price: str
    best_ask_quantity: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = None
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"u", "s", "b", "B", "a", "A"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> BookTicker:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            update_id=int(payload["u"]),
            symbol=str(payload["s"]),
            best_bid_price=str(payload["b"]),
            best_bid_quantity=str(payload["B"]),
            best_ask_price=str(payload["a"]),
            best_ask_quantity=str(payload["A"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class AvgPrice:
    """The `avgPrice` event."""

    event_time: int
    symbol: str
    interval: str
    price: str
    last_trade_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "avgPrice"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "i", "w", "T"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> AvgPrice:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            interval=str(payload["i"]),
            price=str(payload["w"]),
            last_trade_time=int(payload["T"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class ReferencePrice:
    """The `referencePrice` event."""

    symbol: str
    reference_price: str | None
    engine_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "referencePrice"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"s", "r", "t"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ReferencePrice:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            symbol=str(payload["s"]),
            reference_price=None if payload["r"] is None else str(payload["r"]),
            engine_time=int(payload["t"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class PartialDepth:
    """The `PartialDepth` event."""

    last_update_id: int
    bids: tuple[tuple[str, str], ...]
    asks: tuple[tuple[str, str], ...]
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = None
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"lastUpdateId", "bids", "asks"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> PartialDepth:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            last_update_id=int(payload["lastUpdateId"]),
            bids=tuple((str(price), str(quantity)) for price, quantity, *_ in payload["bids"]),
            asks=tuple((str(price), str(quantity)) for price, quantity, *_ in payload["asks"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class DepthUpdate:
    """The `depthUpdate` event."""

    event_time: int
    symbol: str
    first_update_id: int
    final_update_id: int
    bids: tuple[tuple[str, str], ...]
    asks: tuple[tuple[str, str], ...]
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "depthUpdate"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "U", "u", "b", "a"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> DepthUpdate:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            symbol=str(payload["s"]),
            first_update_id=int(payload["U"]),
            final_update_id=int(payload["u"]),
            bids=tuple((str(price), str(quantity)) for price, quantity, *_ in payload["b"]),
            asks=tuple((str(price), str(quantity)) for price, quantity, *_ in payload["a"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class ServerShutdown:
    """The `serverShutdown` event."""

    event_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "serverShutdown"
    USER_DATA: ClassVar[bool] = False
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ServerShutdown:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class OutboundAccountPosition:
    """The `outboundAccountPosition` event."""

    event_time: int
    last_update_time: int
    balances: tuple[AccountBalance, ...]
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "outboundAccountPosition"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "u", "B"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> OutboundAccountPosition:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            last_update_time=int(payload["u"]),
            balances=tuple(AccountBalance.from_payload(item) for item in payload["B"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class AccountBalance:
    """A part of an event."""

    asset: str
    free: str
    locked: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    _KEYS: ClassVar[frozenset[str]] = frozenset({"a", "f", "l"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> AccountBalance:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            asset=str(payload["a"]),
            free=str(payload["f"]),
            locked=str(payload["l"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class BalanceUpdate:
    """The `balanceUpdate` event."""

    event_time: int
    asset: str
    delta: str
    clear_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "balanceUpdate"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "a", "d", "T"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> BalanceUpdate:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            asset=str(payload["a"]),
            delta=str(payload["d"]),
            clear_time=int(payload["T"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class ExecutionReport:
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
    extra: Mapping[str, Any] = field(default_factory=dict)

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

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ExecutionReport:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
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
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class ListStatus:
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

    EVENT_TYPE: ClassVar[str | None] = "listStatus"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "s", "g", "c", "l", "L", "r", "C", "T", "O"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ListStatus:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
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
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class ListStatusOrder:
    """A part of an event."""

    symbol: str
    order_id: int
    client_order_id: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    _KEYS: ClassVar[frozenset[str]] = frozenset({"s", "i", "c"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ListStatusOrder:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            symbol=str(payload["s"]),
            order_id=int(payload["i"]),
            client_order_id=str(payload["c"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class EventStreamTerminated:
    """The `eventStreamTerminated` event."""

    event_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "eventStreamTerminated"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> EventStreamTerminated:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


@dataclass(frozen=True, slots=True)
class ExternalLockUpdate:
    """The `externalLockUpdate` event."""

    event_time: int
    asset: str
    delta: str
    transaction_time: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    EVENT_TYPE: ClassVar[str | None] = "externalLockUpdate"
    USER_DATA: ClassVar[bool] = True
    _KEYS: ClassVar[frozenset[str]] = frozenset({"E", "a", "d", "T"})

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ExternalLockUpdate:
        """Read the event; a missing field raises KeyError, as the REST models' from_dict does."""
        return cls(
            event_time=int(payload["E"]),
            asset=str(payload["a"]),
            delta=str(payload["d"]),
            transaction_time=int(payload["T"]),
            extra={key: value for key, value in payload.items() if key not in cls._KEYS and key != "e"},
        )


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
