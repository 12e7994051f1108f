"""The WebSocket clients against the fake exchange's WebSocket side, under the faults it can trigger.

Dropped connections, `serverShutdown` and gaps in the depth diff stream: the supervisor
reconnects (logging on and resubscribing again), and the local order book resyncs from
the same exchange's REST snapshot, ending equal to what REST shows.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client.models import OrderBook
from binance_spot_client.signing import RetryPolicy, TransportError
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeServer
from binance_spot_client.websocket import (
    AsyncMarketStreams,
    AsyncWebSocketAPI,
    ExecutionReport,
    LocalOrderBook,
    MarketStreams,
    ServerShutdown,
    Trade,
    WebSocketAPI,
)
from tests.patience import PATIENCE, eventually

from .conftest import FAST

KEYS = Path(__file__).parents[1] / "signing" / "keys"


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


def ed25519_api(server: FakeServer) -> AsyncWebSocketAPI:
    return AsyncWebSocketAPI(
        "ed-key", private_key=KEYS / "test-ed25519-private.pem", url=server.websocket.api_url, reconnect=FAST
    )


# -- the WebSocket API ------------------------------------------------------------------------------


async def test_api_reconnects_after_a_drop_logs_on_and_resubscribes(server: FakeServer, spot: Spot) -> None:
    async with ed25519_api(server) as api:
        await api.user_data_stream_subscribe()
        server.websocket.drop_connections()
        await eventually(lambda: api.reconnects == 1)
        status = await api.session_status()
        assert (status.api_key, status.user_data_stream) == ("ed-key", True)
        order = spot.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.01")
        report = (await asyncio.wait_for(api.events.get(), PATIENCE)).event
    assert isinstance(report, ExecutionReport)
    assert (report.order_id, report.execution_type) == (order.order_id, "NEW")
    assert server.websocket.paths == ["/ws-api/v3", "/ws-api/v3"]


async def test_api_moves_to_a_new_connection_on_server_shutdown(server: FakeServer) -> None:
    async with ed25519_api(server) as api:
        server.websocket.send_server_shutdown()
        await eventually(lambda: api.reconnects == 1)
        await eventually(lambda: server.websocket.connection_count == 1)  # the old one retired
        status = await api.session_status()
    assert status.api_key == "ed-key"
    assert len(server.websocket.paths) == 2


def test_blocking_api_reconnects_after_a_drop(server: FakeServer) -> None:
    with WebSocketAPI(DEMO_API_KEY, DEMO_SECRET_KEY, url=server.websocket.api_url, reconnect=FAST) as api:
        assert api.account().balances[0].asset == "BTC"
        server.websocket.drop_connections()
        # A request sent before the client has seen the drop fails with TransportError; one after it succeeds.
        for _ in range(200):
            if api.reconnects == 1:
                break
            with contextlib.suppress(TransportError):
                api.ping()
        assert api.reconnects == 1
        assert api.account().balances[0].asset == "BTC"


# -- market streams and the local order book -------------------------------------------------------


@pytest.fixture
async def book_feed(server: FakeServer) -> AsyncIterator[tuple[LocalOrderBook, AsyncMarketStreams]]:
    """A local ETHUSDT book fed by the fake's depth stream and synced from its REST depth."""
    async with (
        AsyncSpot(base_url=server.base_url, retry=RetryPolicy(attempts=1)) as rest,
        AsyncMarketStreams(["ethusdt@depth@100ms"], base_url=server.websocket.streams_url, reconnect=FAST) as streams,
    ):

        async def snapshot() -> OrderBook:
            return await rest.depth("ETHUSDT", limit=5000)

        book = LocalOrderBook("ETHUSDT", snapshot)

        async def feed() -> None:
            async for message in streams:
                await book.apply(message.event)

        task = asyncio.create_task(feed())
        try:
            yield book, streams
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


def assert_same_as_rest(book: LocalOrderBook, spot: Spot) -> None:
    rest = spot.depth("ETHUSDT", limit=5000)
    assert book.last_update_id == rest.last_update_id
    assert book.bids == [(level.price, level.quantity) for level in rest.bids]
    assert book.asks == [(level.price, level.quantity) for level in rest.asks]


async def test_order_book_detects_a_gap_and_resyncs_from_rest(
    server: FakeServer, spot: Spot, book_feed: tuple[LocalOrderBook, AsyncMarketStreams]
) -> None:
    book, _ = book_feed
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")
    await eventually(lambda: book.synced)
    server.websocket.skip_depth_updates("ETHUSDT")
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")  # its depth diff never arrives
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")  # this one's U is one past what the book knows
    await eventually(lambda: book.resyncs == 1 and book.synced)
    assert book.best_bid() == ("1999.99000000", "7.00000000")
    assert_same_as_rest(book, spot)


async def test_order_book_resyncs_after_a_dropped_connection(
    server: FakeServer, spot: Spot, book_feed: tuple[LocalOrderBook, AsyncMarketStreams]
) -> None:
    book, streams = book_feed
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")
    await eventually(lambda: book.synced)
    server.websocket.drop_connections()
    # The blocking call holds this loop, so the streams cannot reconnect before the trade: its diff is lost.
    spot.new_order("ETHUSDT", "BUY", "MARKET", quantity="2")
    await eventually(lambda: streams.reconnects == 1)
    await eventually(lambda: server.websocket.connection_count == 1)
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")
    await eventually(lambda: book.resyncs == 1 and book.synced)
    assert_same_as_rest(book, spot)
    assert server.websocket.paths == ["/stream?streams=ethusdt@depth@100ms"] * 2


async def test_order_book_stays_in_sync_across_server_shutdown(
    server: FakeServer, spot: Spot, book_feed: tuple[LocalOrderBook, AsyncMarketStreams]
) -> None:
    book, streams = book_feed
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")
    await eventually(lambda: book.synced)
    server.websocket.send_server_shutdown()
    await eventually(lambda: streams.reconnects == 1 and server.websocket.connection_count == 1)
    spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="1")
    await eventually(lambda: book.last_update_id == 1_000_002)
    assert book.resyncs == 0  # no event was lost: the new connection was open before the old one closed
    assert_same_as_rest(book, spot)


async def test_streams_pass_server_shutdown_on_and_keep_their_streams(server: FakeServer, spot: Spot) -> None:
    async with AsyncMarketStreams(["btcusdt@trade"], base_url=server.websocket.streams_url, reconnect=FAST) as streams:
        server.websocket.send_server_shutdown()
        assert isinstance((await asyncio.wait_for(streams.recv(), PATIENCE)).event, ServerShutdown)
        await eventually(lambda: streams.reconnects == 1 and server.websocket.connection_count == 1)
        spot.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.01")
        message = await asyncio.wait_for(streams.recv(), PATIENCE)
    assert message.stream == "btcusdt@trade"
    assert isinstance(message.event, Trade) and message.event.quantity == "0.01000000"
    assert server.websocket.paths == ["/stream?streams=btcusdt@trade"] * 2


def test_blocking_streams_receive_trades_and_pushed_events(server: FakeServer, spot: Spot) -> None:
    with MarketStreams(["bnbusdt@trade"], base_url=server.websocket.streams_url, combined=False) as streams:
        spot.new_order("BNBUSDT", "SELL", "MARKET", quantity="1")
        trade = streams.next_message(timeout=PATIENCE)
        server.websocket.push("bnbusdt@trade", {"e": "trade", "E": 1, "s": "BNBUSDT", "t": 99, "p": "1", "q": "2",
                                                "T": 1, "m": True})  # fmt: skip
        pushed = streams.next_message(timeout=PATIENCE)
    assert trade.stream is None and isinstance(trade.event, Trade) and trade.event.price == "299.99000000"
    assert isinstance(pushed.event, Trade) and (pushed.event.trade_id, pushed.event.quantity) == (99, "2")
