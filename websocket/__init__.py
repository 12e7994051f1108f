"""Binance's WebSocket API and market data streams, async first with blocking twins.

Installed as `binance_spot_client.websocket`. The typed methods and the events are
generated from spec/websocket/ into the package (`binance_spot_client._websocket_methods`,
`binance_spot_client._stream_events`); signers, clock, errors and rate limits are the REST
client's (`binance_spot_client.signing`).
"""

from binance_spot_client._stream_events import (
    AccountBalance,
    AggTrade,
    AvgPrice,
    BalanceUpdate,
    BlockTrade,
    BookTicker,
    DepthUpdate,
    Event,
    EventStreamTerminated,
    ExecutionReport,
    ExternalLockUpdate,
    KlineBar,
    KlineEvent,
    ListStatus,
    ListStatusOrder,
    MiniTicker,
    OutboundAccountPosition,
    PartialDepth,
    ReferencePrice,
    RollingWindowTicker,
    ServerShutdown,
    Ticker,
    Trade,
    UnknownEvent,
    parse_event,
)

from ._api import AsyncWebSocketAPI, UserDataEvent, WebSocketResponse
from ._connection import (
    STREAMS_DEMO,
    STREAMS_MAINNET,
    STREAMS_MARKET_DATA_ONLY,
    STREAMS_SBE_MAINNET,
    STREAMS_TESTNET,
    WS_API_DEMO,
    WS_API_MAINNET,
    WS_API_TESTNET,
    Reconnect,
)
from ._decode import decode_event
from ._methods import METHODS, ListenTokenSubscription, SessionStatus, WebSocketMethod
from ._order_book import LocalOrderBook
from ._queue import EventQueue
from ._sbe_streams import SBE_STREAM_NAMES, sbe_stream_events
from ._signing import sign_params, signature_payload
from ._streams import AsyncMarketStreams, StreamMessage
from ._sync import MarketStreams, WebSocketAPI

__all__ = [
    "METHODS",
    "SBE_STREAM_NAMES",
    "STREAMS_DEMO",
    "STREAMS_MAINNET",
    "STREAMS_MARKET_DATA_ONLY",
    "STREAMS_SBE_MAINNET",
    "STREAMS_TESTNET",
    "WS_API_DEMO",
    "WS_API_MAINNET",
    "WS_API_TESTNET",
    "AccountBalance",
    "AggTrade",
    "AsyncMarketStreams",
    "AsyncWebSocketAPI",
    "AvgPrice",
    "BalanceUpdate",
    "BlockTrade",
    "BookTicker",
    "DepthUpdate",
    "Event",
    "EventQueue",
    "EventStreamTerminated",
    "ExecutionReport",
    "ExternalLockUpdate",
    "KlineBar",
    "KlineEvent",
    "ListStatus",
    "ListStatusOrder",
    "ListenTokenSubscription",
    "LocalOrderBook",
    "MarketStreams",
    "MiniTicker",
    "OutboundAccountPosition",
    "PartialDepth",
    "Reconnect",
    "ReferencePrice",
    "RollingWindowTicker",
    "ServerShutdown",
    "SessionStatus",
    "StreamMessage",
    "Ticker",
    "Trade",
    "UnknownEvent",
    "UserDataEvent",
    "WebSocketAPI",
    "WebSocketMethod",
    "WebSocketResponse",
    "decode_event",
    "parse_event",
    "sbe_stream_events",
    "sign_params",
    "signature_payload",
]
