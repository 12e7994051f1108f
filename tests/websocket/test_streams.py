"""Market streams against a local server: URLs, typed messages, runtime subscriptions, reconnects."""

from __future__ import annotations

import asyncio
import threading

import pytest

from binance_spot_client.signing import ClientOptions, ParameterError
from binance_spot_client.websocket import (
    STREAMS_DEMO,
    AsyncMarketStreams,
    BookTicker,
    EventQueue,
    MarketStreams,
    StreamMessage,
    Trade,
    parse_event,
)
from tests.patience import PATIENCE

from .conftest import FAST, LocalServer

TRADE = {"e": "trade", "E": 1, "s": "BNBBTC", "t": 12345, "p": "0.001", "q": "100", "T": 2, "m": True, "M": True}


def streams(server: LocalServer, names: list[str], **options: object) -> AsyncMarketStreams:
    return AsyncMarketStreams(names, base_url=server.url, reconnect=FAST, timeout=PATIENCE, **options)  # type: ignore[arg-type]


async def test_combined_stream_url_and_tagged_typed_messages(server: LocalServer) -> None:
    async with streams(server, ["BNBBTC@trade", "bnbbtc@depth"]) as client:
        await server.wait_for(lambda: len(server.connections) == 1)
        await server.push({"stream": "bnbbtc@trade", "data": TRADE})
        message = await asyncio.wait_for(client.recv(), PATIENCE)
    assert server.paths == ["/stream?streams=bnbbtc@trade/bnbbtc@depth"]
    assert message.stream == "bnbbtc@trade"
    assert isinstance(message.event, Trade) and message.event.trade_id == 12345


async def test_raw_stream_url_and_bare_payloads(server: LocalServer) -> None:
    async with streams(server, ["bnbbtc@trade"], combined=False) as client:
        await server.wait_for(lambda: len(server.connections) == 1)
        await server.push(TRADE)
        message = await asyncio.wait_for(client.recv(), PATIENCE)
    assert server.paths == ["/ws/bnbbtc@trade"]
    assert message.stream is None and isinstance(message.event, Trade)


async def test_frames_the_structs_refuse_still_arrive_typed_with_their_unknown_keys(server: LocalServer) -> None:
    book = {"u": 400900217, "s": "BNBUSDT", "b": "25.35", "B": "31.21", "a": "25.36", "A": "40.66"}
    async with streams(server, ["bnbusdt@bookTicker", "bnbbtc@trade"]) as client:
        await server.wait_for(lambda: len(server.connections) == 1)
        await server.push({"stream": "bnbusdt@bookTicker", "data": book})
        await server.push({"stream": "bnbbtc@trade", "data": TRADE | {"X": "new"}})
        first = await asyncio.wait_for(client.recv(), PATIENCE)
        second = await asyncio.wait_for(client.recv(), PATIENCE)
    assert first == StreamMessage(
        "bnbusdt@bookTicker", BookTicker(400900217, "BNBUSDT", "25.35", "31.21", "25.36", "40.66")
    )
    assert second.stream == "bnbbtc@trade"
    assert isinstance(second.event, Trade) and second.event.unknown_fields == {"M": True, "X": "new"}


async def test_a_raw_stream_still_gets_its_subscription_answers(server: LocalServer) -> None:
    async with streams(server, ["bnbbtc@trade"], combined=False) as client:
        await client.subscribe("bnbbtc@aggTrade")
        await server.push(TRADE)
        message = await asyncio.wait_for(client.recv(), PATIENCE)
    assert [m["method"] for m in server.received] == ["SUBSCRIBE"]
    assert message == StreamMessage(None, parse_event(TRADE))


@pytest.mark.parametrize(
    ("names", "combined", "path"),
    [
        (["bnbbtc@trade", "ethbtc@depth"], True, "/stream?streams=bnbbtc@trade/ethbtc@depth&timeUnit=MICROSECOND"),
        ([], True, "/stream?timeUnit=MICROSECOND"),
        (["bnbbtc@trade"], False, "/ws/bnbbtc@trade?timeUnit=MICROSECOND"),
    ],
)
def test_microseconds_asks_for_microsecond_events_in_the_url(names: list[str], combined: bool, path: str) -> None:
    client = AsyncMarketStreams(
        names, base_url=STREAMS_DEMO, combined=combined, options=ClientOptions(microseconds=True)
    )
    assert client.url == f"wss://demo-stream.binance.com{path}"


async def test_subscribe_and_unsubscribe_at_run_time(server: LocalServer) -> None:
    async with streams(server, ["bnbbtc@trade"]) as client:
        await client.subscribe("ETHBTC@aggTrade", "ethbtc@depth@100ms")
        await client.unsubscribe("bnbbtc@trade")
    assert [(m["method"], m["params"]) for m in server.received] == [
        ("SUBSCRIBE", ["ethbtc@aggTrade", "ethbtc@depth@100ms"]),
        ("UNSUBSCRIBE", ["bnbbtc@trade"]),
    ]
    assert client.streams == ["ethbtc@aggTrade", "ethbtc@depth@100ms"]


async def test_forced_disconnect_reconnects_with_every_stream(server: LocalServer) -> None:
    async with streams(server, ["bnbbtc@trade"]) as client:
        await client.subscribe("ethbtc@trade")
        await server.connections[0].close()
        await server.wait_for(lambda: len(server.connections) == 2)
        await server.push({"stream": "ethbtc@trade", "data": TRADE})
        message = await asyncio.wait_for(client.recv(), PATIENCE)
    assert server.paths[1] == "/stream?streams=bnbbtc@trade/ethbtc@trade"
    assert client.reconnects == 1 and message.stream == "ethbtc@trade"


async def test_server_pings_are_answered(server: LocalServer) -> None:
    async with streams(server, ["bnbbtc@trade"]):
        await server.wait_for(lambda: len(server.connections) == 1)
        assert await asyncio.wait_for(await server.connections[0].ping(b"x"), PATIENCE) >= 0


async def test_full_queue_drops_the_oldest_message() -> None:
    queue: EventQueue[int] = EventQueue(2)
    for item in (1, 2, 3):
        queue.put(item)
    assert queue.dropped == 1
    assert [await queue.get(), await queue.get()] == [2, 3]


def test_sync_streams_iterate_typed_messages() -> None:
    loop = asyncio.new_event_loop()
    local = LocalServer()
    loop.run_until_complete(local.start())
    serving = threading.Thread(target=loop.run_forever, daemon=True)
    serving.start()
    try:
        with MarketStreams(["bnbbtc@trade"], base_url=local.url) as client:
            asyncio.run_coroutine_threadsafe(local.wait_for(lambda: len(local.connections) == 1), loop).result(PATIENCE)
            asyncio.run_coroutine_threadsafe(local.push({"stream": "bnbbtc@trade", "data": TRADE}), loop).result(
                PATIENCE
            )
            message = client.next_message(timeout=PATIENCE)
        assert isinstance(message.event, Trade)
    finally:
        asyncio.run_coroutine_threadsafe(local.stop(), loop).result(PATIENCE)
        loop.call_soon_threadsafe(loop.stop)
        serving.join(PATIENCE)
        loop.close()


def test_streams_take_their_timeout_from_the_shared_options() -> None:
    shared = ClientOptions(timeout=3.5)
    assert AsyncMarketStreams(["btcusdt@trade"], options=shared).timeout == 3.5
    assert AsyncMarketStreams(["btcusdt@trade"], options=shared, timeout=1).timeout == 1
    assert AsyncMarketStreams(["btcusdt@trade"]).timeout == ClientOptions().timeout
    with pytest.raises(ParameterError) as caught:
        AsyncMarketStreams(["btcusdt@trade"], timeout=0)
    assert caught.value.parameter == "timeout"
