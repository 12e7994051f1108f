"""The SBE market data streams: binary frames to the JSON streams' event types, Ed25519 keys only.

The decoding is checked against frames built here byte by byte from the stream schema's layout,
and end to end against the fake exchange, whose SBE events must equal its JSON ones (times in
microseconds); the local order book runs on the SBE depth diffs through a gap.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TypeVar

import msgspec
import pytest

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client.models import OrderBook
from binance_spot_client.signing import (
    HmacSigner,
    ParameterError,
    RetryPolicy,
    Signer,
    TransportError,
    UnknownSbeTemplateError,
)
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeServer
from binance_spot_client.websocket import (
    STREAMS_SBE_MAINNET,
    AsyncMarketStreams,
    BookTicker,
    DepthUpdate,
    LocalOrderBook,
    PartialDepth,
    StreamMessage,
    Trade,
    sbe_stream_events,
)
from tests.patience import PATIENCE, eventually

from .conftest import FAST

KEYS = Path(__file__).parents[1] / "signing" / "keys"
ED_PRIVATE = KEYS / "test-ed25519-private.pem"

# -- decoding frames built from the schema's layout ----------------------------------------------------


def test_a_trades_message_becomes_one_trade_event_per_trade_with_microsecond_times() -> None:
    frame = (
        bytes.fromhex("1200 1027 0100 0000")  # header: block 18, template 10000, schema 1, version 0
        + struct.pack("<q", 1_700_000_000_123_456)  # eventTime (µs)
        + struct.pack("<q", 1_700_000_000_120_001)  # transactTime (µs)
        + bytes([0xFE, 0xFB])  # priceExponent -2, qtyExponent -5
        + bytes.fromhex("1900 02000000")  # trades: 25-byte entries, 2 of them
        + struct.pack("<qqqB", 7, 3_000_001, 150_000, 1)  # id 7, 30000.01, 1.50000, buyer is maker
        + struct.pack("<qqqB", 8, 2_999_999, 1, 0)
        + b"\x07BTCUSDT"
    )
    stream, events = sbe_stream_events(frame)
    assert stream == "btcusdt@trade"
    # isBestMatch is a constant of the schema: the JSON trade's "M", true.
    assert events == [
        Trade(1_700_000_000_123_456, "BTCUSDT", 7, "30000.01", "1.50000", 1_700_000_000_120_001, True, True),
        Trade(1_700_000_000_123_456, "BTCUSDT", 8, "29999.99", "0.00001", 1_700_000_000_120_001, False, True),
    ]


def test_best_bid_ask_becomes_a_book_ticker_keeping_its_event_time() -> None:
    frame = (
        bytes.fromhex("3200 1127 0100 0000")  # block 50, template 10001
        + struct.pack("<qqbb", 1_700_000_000_000_001, 42, -2, -3)
        + struct.pack("<qqqq", 100, 2_000, 101, 0)  # bid 1.00 x 2.000, ask 1.01 x 0.000
        + b"\x06BNBBTC"
    )
    stream, events = sbe_stream_events(frame)
    assert stream == "bnbbtc@bestBidAsk"
    (event,) = events
    assert isinstance(event, BookTicker)
    assert msgspec.structs.astuple(event) == (42, "BNBBTC", "1.00", "2.000", "1.01", "0.000")
    assert event.unknown_fields == {"E": 1_700_000_000_000_001}


def test_a_message_of_another_template_is_a_typed_error() -> None:
    with pytest.raises(UnknownSbeTemplateError):
        sbe_stream_events(bytes.fromhex("0000 0f27 0100 0000"))  # template 9999


# -- the key check, before any connection ---------------------------------------------------------------


def test_sbe_streams_refuse_a_key_that_is_not_ed25519_before_connecting() -> None:
    with pytest.raises(ParameterError, match="Ed25519 keys only, not HmacSigner"):
        AsyncMarketStreams(["btcusdt@trade"], encoding="sbe", api_key="key", signer=_hmac())
    with pytest.raises(ParameterError, match="private key of the API key"):
        AsyncMarketStreams(["btcusdt@trade"], encoding="sbe", api_key="key")


def test_sbe_streams_connect_to_binances_sbe_host_with_the_key_header() -> None:
    streams = AsyncMarketStreams(["BTCUSDT@bestBidAsk"], encoding="sbe", api_key="ed-key", private_key=ED_PRIVATE)
    assert STREAMS_SBE_MAINNET == "wss://stream-sbe.binance.com:9443"
    assert (
        streams.url == "wss://stream-sbe.binance.com:9443/stream?streams=btcusdt@bestBidAsk"
    )  # no timeUnit: µs already


def _hmac() -> Signer:
    return HmacSigner("secret")


# -- against the fake exchange --------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[FakeServer]:
    exchange = FakeExchange()
    exchange.add_api_key("ed-key", public_key=KEYS / "test-ed25519-public.pem")
    exchange.set_balance("ETH", 100)
    with FakeServer(exchange) as served:
        yield served


@pytest.fixture
def spot(server: FakeServer) -> Iterator[Spot]:
    with Spot(DEMO_API_KEY, DEMO_SECRET_KEY, base_url=server.base_url, retry=RetryPolicy(attempts=1)) as client:
        yield client


def sbe_streams(
    server: FakeServer, *streams: str, api_key: str = "ed-key", combined: bool = True
) -> AsyncMarketStreams:
    return AsyncMarketStreams(
        streams,
        combined=combined,
        encoding="sbe",
        api_key=api_key,
        private_key=ED_PRIVATE,
        base_url=server.websocket.sbe_streams_url,
        reconnect=FAST,
    )


async def take(streams: AsyncMarketStreams, count: int) -> list[StreamMessage]:
    return [await asyncio.wait_for(streams.recv(), PATIENCE) for _ in range(count)]


Timed = TypeVar("Timed", Trade, DepthUpdate)


def in_microseconds(event: Timed) -> Timed:
    """A JSON stream event as the SBE streams give it: every time in microseconds."""
    times = {name: getattr(event, name) * 1000 for name in ("event_time", "trade_time") if hasattr(event, name)}
    return msgspec.structs.replace(event, **times)


async def test_sbe_events_equal_the_json_streams_events(server: FakeServer, spot: Spot) -> None:
    names = ["btcusdt@trade", "btcusdt@depth", "btcusdt@depth20"]
    async with (
        sbe_streams(server, *names, "btcusdt@bestBidAsk") as sbe,
        AsyncMarketStreams([*names, "btcusdt@bookTicker"], base_url=server.websocket.streams_url) as plain,
    ):
        spot.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.01")
        binary = {message.stream: message.event for message in await take(sbe, 4)}
        text = {message.stream: message.event for message in await take(plain, 4)}
    trade, ticker, diff, partial = (text[f"btcusdt@{name}"] for name in ("trade", "bookTicker", "depth", "depth20"))
    assert isinstance(trade, Trade) and isinstance(ticker, BookTicker)
    assert isinstance(diff, DepthUpdate) and isinstance(partial, PartialDepth)
    assert binary["btcusdt@trade"] == in_microseconds(trade)
    assert binary["btcusdt@depth"] == in_microseconds(diff)
    snapshot = binary["btcusdt@depth20"]
    assert isinstance(snapshot, PartialDepth) and snapshot.unknown_fields["s"] == "BTCUSDT"
    assert msgspec.structs.astuple(snapshot) == msgspec.structs.astuple(partial)
    best = binary["btcusdt@bestBidAsk"]
    assert isinstance(best, BookTicker) and msgspec.structs.astuple(best) == msgspec.structs.astuple(ticker)
    assert best.unknown_fields["E"] == trade.event_time * 1000
    assert (
        server.websocket.paths[0]
        == "/sbe/stream?streams=btcusdt@trade/btcusdt@depth/btcusdt@depth20/btcusdt@bestBidAsk"
    )


async def test_a_raw_sbe_connection_subscribes_at_run_time(server: FakeServer, spot: Spot) -> None:
    async with sbe_streams(server, combined=False) as streams:
        await streams.subscribe("ETHUSDT@trade")
        assert await streams.list_subscriptions() == ["ethusdt@trade"]
        spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")
        (message,) = await take(streams, 1)
    assert message.stream is None
    assert isinstance(message.event, Trade) and (message.event.symbol, message.event.quantity) == (
        "ETHUSDT",
        "1.00000000",
    )


async def test_the_fake_refuses_a_key_that_is_not_ed25519_at_the_handshake(server: FakeServer) -> None:
    # The client cannot tell the registered type of a key; Binance (and the fake) refuse it.
    with pytest.raises(TransportError, match="HTTP 401"):
        await sbe_streams(server, "btcusdt@trade", api_key=DEMO_API_KEY).connect()


@pytest.fixture
async def sbe_book(server: FakeServer) -> AsyncIterator[LocalOrderBook]:
    """A local ETHUSDT book fed by the fake's SBE depth diffs and synced from its REST depth (in SBE too)."""
    async with (
        AsyncSpot(base_url=server.base_url, retry=RetryPolicy(attempts=1), encoding="sbe") as rest,
        sbe_streams(server, "ethusdt@depth") as streams,
    ):

        async def snapshot() -> OrderBook:
            return await rest.depth("ETHUSDT", limit=5000)

        book = LocalOrderBook("ETHUSDT", snapshot)

        async def feed() -> None:
            async for message in streams:
                await book.apply(message.event)

        task = asyncio.create_task(feed())
        try:
            yield book
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def test_order_book_on_sbe_depth_diffs_detects_a_gap_and_resyncs(
    server: FakeServer, spot: Spot, sbe_book: LocalOrderBook
) -> None:
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")
    await eventually(lambda: sbe_book.synced)
    server.websocket.skip_depth_updates("ETHUSDT")
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")  # its depth diff never arrives
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")  # this one's first id is past what the book knows
    await eventually(lambda: sbe_book.resyncs == 1 and sbe_book.synced)
    rest = spot.depth("ETHUSDT", limit=5000)
    assert sbe_book.best_bid() == ("1999.99000000", "7.00000000")
    assert sbe_book.last_update_id == rest.last_update_id
    assert sbe_book.bids == [(level.price, level.quantity) for level in rest.bids]
    assert sbe_book.asks == [(level.price, level.quantity) for level in rest.asks]
