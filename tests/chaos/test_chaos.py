"""The chaos suite: the client under load while the server resets, fails, storms -1021s and stalls.

1,000 concurrent async calls (reads and orders mixed) go to the fake exchange behind a seeded
fault injector in its own process (see server.py); then 20,000 calls through an in-process
fault injector check that memory stays flat. The README's reliability section quotes the
table `python -m tests.chaos.scenario` prints.
"""

from __future__ import annotations

import asyncio
import gc
import json
import random
import sys
import time
from typing import Any

import httpx
import pytest

from binance_spot_client import AsyncSpot, RetryPolicy
from binance_spot_client.errors import ClientError, OrderStatusUnknownError, TransportError
from binance_spot_client.signing import MAX_CLOCK_OFFSET_MS, BinanceError
from tests.chaos.scenario import MAX_CONNECTIONS, SKEW_MS, Run, client_order_id, run
from tests.chaos.server import BUSY, DEEP, STALE

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chaos() -> Run:
    return run(seed=7, calls=1000)


def test_every_call_ends_in_a_model_or_a_typed_error(chaos: Run) -> None:
    assert chaos.unexpected == []
    assert len(chaos.outcomes) == 1000
    assert all(o.result == "model" or isinstance(o.error, BinanceError) for o in chaos.outcomes)
    results = {o.result for o in chaos.outcomes}
    assert "model" in results and "OrderStatusUnknownError" in results  # the faults did bite


def test_no_order_call_was_sent_twice(chaos: Run) -> None:
    orders = [o for o in chaos.outcomes if o.kind == "new_order"]
    assert len(orders) == 250
    assert all(chaos.stats["attempts"].get(str(o.call), 0) <= 1 for o in orders)
    reads = [o for o in chaos.outcomes if o.kind != "new_order"]
    # Three attempts, and one more after a -1021 resync.
    assert max(chaos.stats["attempts"].get(str(o.call), 0) for o in reads) <= 4


def test_every_unknown_order_carries_its_client_order_id_and_can_be_looked_up(chaos: Run) -> None:
    unknown = [o for o in chaos.outcomes if isinstance(o.error, OrderStatusUnknownError)]
    assert unknown
    for outcome in unknown:
        assert isinstance(outcome.error, OrderStatusUnknownError)
        assert outcome.error.client_order_id == client_order_id(outcome.call)
        assert client_order_id(outcome.call) in chaos.placed


def test_what_the_client_says_of_an_order_is_what_the_exchange_holds(chaos: Run) -> None:
    for outcome in chaos.outcomes:
        if outcome.kind != "new_order" or isinstance(outcome.error, OrderStatusUnknownError):
            continue
        placed = chaos.placed[client_order_id(outcome.call)]
        if outcome.result == "model":
            assert placed, outcome
        else:  # refused (-1021) or never sent: the exchange must not hold it
            assert isinstance(outcome.error, ClientError | TransportError) and not placed, outcome
            assert not isinstance(outcome.error, TransportError) or outcome.error.not_sent


def test_the_clock_ends_near_the_servers(chaos: Run) -> None:
    # Close enough for every signed call to be accepted: Binance refuses a timestamp more than
    # 1,000 ms ahead of its clock or more than recvWindow (5,000 ms) behind. The error left is half
    # of the /time round trip's asymmetry, which a loaded server makes hundreds of milliseconds.
    assert -5_000 < chaos.offset_ms - SKEW_MS < 1_000
    assert abs(chaos.offset_ms) <= MAX_CLOCK_OFFSET_MS


def test_connections_stay_within_the_limit(chaos: Run) -> None:
    # One connection per call in flight, plus the one kept for clock syncs.
    assert chaos.stats["max_open_connections"] <= MAX_CONNECTIONS + 1


# --- memory over 20,000 calls ------------------------------------------------------------------

BOOK = json.dumps({"lastUpdateId": 1, "bids": [["1.00", "2.00"]], "asks": []}).encode()
ACK = json.dumps(
    {"symbol": "BNBUSDT", "orderId": 1, "orderListId": -1, "clientOrderId": "x", "transactTime": 1}
).encode()


def _faulty_answer(request: httpx.Request, draw: random.Random) -> httpx.Response:
    """An answer from a server as unreliable as the chaos server, without a socket: fast enough for 20,000 calls."""
    if request.url.path == "/api/v3/time":
        return httpx.Response(200, json={"serverTime": time.time_ns() // 1_000_000})
    fault = draw.random()
    if fault < 0.05:
        raise httpx.ReadError("connection reset by peer", request=request)
    if fault < 0.10:
        return httpx.Response(503, content=BUSY)
    if fault < 0.13:
        return httpx.Response(503, content=DEEP)
    if fault < 0.16:
        return httpx.Response(502, content=b"<html>x</html>", headers={"Content-Encoding": "gzip"})
    if fault < 0.18:
        return httpx.Response(400, content=STALE)
    return httpx.Response(200, content=ACK if request.method == "POST" else BOOK)


async def _calls(client: AsyncSpot, count: int) -> None:
    async def one(call: int) -> Any:
        if call % 2:
            return await client.depth("BNBUSDT")
        return await client.new_order("BNBUSDT", "BUY", "MARKET", quantity="1")

    for start in range(0, count, 500):
        results = await asyncio.gather(*(one(n) for n in range(start, start + 500)), return_exceptions=True)
        assert all(not isinstance(r, BaseException) or isinstance(r, BinanceError) for r in results)


def test_memory_is_flat_over_twenty_thousand_calls() -> None:
    draw = random.Random(11)
    transport = httpx.MockTransport(lambda request: _faulty_answer(request, draw))

    async def scenario() -> list[int]:
        blocks = []
        retry = RetryPolicy(attempts=3, backoff=0.0)
        async with AsyncSpot("chaos-key", "chaos-secret", transport=transport, retry=retry) as client:
            await _calls(client, 2_000)  # warm up: caches, the answer schemas, interned strings
            for _ in range(2):
                await _calls(client, 9_000)
                gc.collect()
                blocks.append(sys.getallocatedblocks())  # every live object, as cheap to read as a counter
        return blocks

    after_11k, after_20k = asyncio.run(scenario())
    # A leak of one small object per call would be 9,000 blocks or more.
    assert after_20k - after_11k < 2_000, (after_11k, after_20k)
