"""Connections under bursts: calls take turns for at most `max_connections` connections, are
signed when their turn comes (not while they wait), and the clock's GET /api/v3/time never
waits behind them."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

from binance_spot_client import (
    AsyncSpot,
    OrderStatusUnknownError,
    ParameterError,
    RateLimitError,
    RetryPolicy,
    Spot,
    TransportError,
    TransportTimeoutError,
)
from binance_spot_client.signing import Clock
from tests.patience import PATIENCE
from tests.signing.faults import Reply, Script, fault_server
from tests.signing.test_reliability import BOOK, KEY, NO_WAIT, SECRET, make_client, place_order

ACCOUNT_STUB: dict[str, Any] = {"balances": []}


def test_a_burst_of_async_calls_opens_at_most_max_connections() -> None:
    script = Script([Reply(200, BOOK, delay=0.02)])

    async def burst(url: str) -> list[Any]:
        async with AsyncSpot(KEY, SECRET, base_url=url, retry=NO_WAIT, max_connections=8, timeout=PATIENCE) as client:
            return await asyncio.gather(*(client.depth("BTCUSDT") for _ in range(300)))

    with fault_server(script) as url:
        books = asyncio.run(burst(url))
    assert [book.last_update_id for book in books] == [1] * 300
    assert len(script.seen) == 300
    assert 1 <= script.connections <= 8


def test_a_burst_of_threads_opens_at_most_max_connections() -> None:
    script = Script([Reply(200, BOOK, delay=0.01)])
    with fault_server(script) as url:
        client = make_client(url, max_connections=4)
        threads = [threading.Thread(target=client.depth, args=("BTCUSDT",)) for _ in range(40)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(script.seen) == 40
    assert 1 <= script.connections <= 4


def test_a_call_is_signed_when_its_turn_comes_not_while_it_waits() -> None:
    # Local time moves one second per answer served: a call signed while it waited for a turn
    # would carry the time its wait began.
    now_ms = [1_700_000_000_000]
    stamps: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        stamps.append(int(request.url.params["timestamp"]))
        await asyncio.sleep(0.001)
        now_ms[0] += 1_000
        return httpx.Response(200, json=BOOK)

    clock = Clock(now_ns=lambda: now_ms[0] * 1_000_000)

    async def scenario() -> None:
        transport = httpx.MockTransport(handler)
        async with AsyncSpot(KEY, SECRET, clock=clock, transport=transport, max_connections=1) as client:
            await asyncio.gather(*(client.request("GET", "/api/v3/depth", security="USER_DATA") for _ in range(4)))

    asyncio.run(scenario())
    assert stamps == [1_700_000_000_000, 1_700_000_001_000, 1_700_000_002_000, 1_700_000_003_000]


def test_the_clock_sync_does_not_wait_behind_calls_holding_every_connection() -> None:
    time_served = threading.Event()

    class Served(Script):
        def next(self, path: str) -> Reply:
            self.seen.append(path)
            if path.startswith("/api/v3/time"):
                time_served.set()
                return Reply(200, {"serverTime": int(time.time() * 1000)})
            # Holds the only call connection until the clock sync has been answered beside it.
            return Reply(200, {"answered_after_time": time_served.wait(PATIENCE)})

    script = Served([Reply()])
    with fault_server(script) as url:
        client = make_client(url, max_connections=1)
        holder: list[Any] = []
        thread = threading.Thread(target=lambda: holder.append(client.request("GET", "/api/v3/depth")))
        thread.start()
        while not script.seen:
            threading.Event().wait(0.005)
        client.sync_time()
        thread.join()
    assert holder == [{"answered_after_time": True}]
    assert script.connections == 2


def test_an_order_that_never_got_a_connection_was_not_sent() -> None:
    script = Script([Reply(200, BOOK, held=True)])  # the only connection stays busy until the order has given up
    with fault_server(script) as url:
        client = make_client(url, max_connections=1)
        reader = threading.Thread(target=client.depth, args=("BTCUSDT",))
        reader.start()
        while not script.seen:
            threading.Event().wait(0.005)
        try:
            with pytest.raises(TransportError) as caught:
                client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="1", price="10", timeout=0.1)
        finally:
            script.released.set()
        reader.join()
    # A timeout waiting for a turn: nothing left, so never an unknown outcome.
    assert type(caught.value) is TransportTimeoutError and caught.value.not_sent is True
    assert str(caught.value) == (
        "POST /api/v3/order: PoolTimeout: all 1 connections (max_connections) stayed busy for 0.1 s"
    )
    assert [path.split("?")[0] for path in script.seen] == ["/api/v3/depth"]


def test_an_order_refused_locally_during_a_ban_was_not_sent() -> None:
    script = Script([Reply(429, {"code": -1003, "msg": "Too much request weight used."}, {"Retry-After": "60"})])
    with fault_server(script) as url:
        client = make_client(url, retry=RetryPolicy(attempts=3, backoff=0.0, wait_on_rate_limit=False))
        with pytest.raises(RateLimitError) as first:
            client.depth("BTCUSDT")
        with pytest.raises(RateLimitError) as refused:
            place_order(client)
    assert first.value.not_sent is False
    assert refused.value.not_sent is True and not isinstance(refused.value, OrderStatusUnknownError)
    assert refused.value.msg.startswith("refused locally for ")
    assert len(script.seen) == 1


@pytest.mark.parametrize("value", [0, -1, 2.5, True, "8"])
def test_max_connections_must_be_a_positive_integer(value: Any) -> None:
    with pytest.raises(ParameterError, match=r"^max_connections: must be a positive integer"):
        Spot(KEY, SECRET, max_connections=value)


def test_a_copy_cannot_change_the_pool_it_shares() -> None:
    with pytest.raises(ParameterError, match=r"^max_connections: belongs to the connection pool"):
        Spot(KEY, SECRET).with_options(max_connections=5)
