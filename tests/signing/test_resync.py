"""One clock resync at a time: concurrent -1021s share one GET /api/v3/time, and an absurd offset is refused.

The server here is an in-process transport that plays Binance's timestamp rule against a
frozen local clock: a request signed without the offset gets -1021, one signed with it
succeeds, so every call gets exactly one -1021 and the counts of requests are exact.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from binance_spot_client import AsyncSpot, ClientError, ResponseValidationError, RetryPolicy, Spot, TransportError
from binance_spot_client.signing import MAX_CLOCK_OFFSET_MS, Clock
from tests.patience import PATIENCE

KEY, SECRET = "resync-key", "resync-secret-value"
LOCAL_MS = 1_700_000_000_000
SERVER_MS = LOCAL_MS + 60_000
RATE = "0.00100000"
ACCOUNT = {
    "makerCommission": 10,
    "takerCommission": 10,
    "buyerCommission": 0,
    "sellerCommission": 0,
    "commissionRates": {"maker": RATE, "taker": RATE, "buyer": RATE, "seller": RATE},
    "canTrade": True,
    "canWithdraw": True,
    "canDeposit": True,
    "brokered": False,
    "requireSelfTradePrevention": False,
    "preventSor": False,
    "updateTime": LOCAL_MS,
    "accountType": "SPOT",
    "balances": [],
    "permissions": ["SPOT"],
    "uid": 100000001,
}
STALE = {"code": -1021, "msg": "Timestamp for this request is outside of the recvWindow."}


def frozen_clock() -> Clock:
    return Clock(now_ns=lambda: LOCAL_MS * 1_000_000)


def answer(request: httpx.Request, server_ms: int = SERVER_MS) -> httpx.Response:
    """Binance's answer to /time or to a signed call, by the timestamp the call was signed with."""
    if request.url.path == "/api/v3/time":
        return httpx.Response(200, json={"serverTime": server_ms})
    timestamp = int(request.url.params["timestamp"])
    if abs(timestamp - server_ms) > 1_000:
        return httpx.Response(400, json=STALE)
    return httpx.Response(200, json=ACCOUNT)


def test_concurrent_async_calls_share_one_resync() -> None:
    seen: Counter[str] = Counter()

    async def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] += 1
        await asyncio.sleep(0.01)  # every call is in flight before the first -1021 comes back
        return answer(request)

    clock = frozen_clock()

    async def scenario() -> list[object]:
        # As many connections as calls: all 200 are signed before the first -1021 comes back.
        transport = httpx.MockTransport(handler)
        async with AsyncSpot(KEY, SECRET, clock=clock, transport=transport, max_connections=200) as client:
            copy = client.with_options(recv_window=6_000)  # shares the resync in flight
            calls = [(client if n % 2 else copy).account() for n in range(200)]
            return await asyncio.gather(*calls)

    accounts = asyncio.run(scenario())
    assert len(accounts) == 200 and all(account.balances == [] for account in accounts)  # type: ignore[attr-defined]
    assert seen == {"/api/v3/account": 400, "/api/v3/time": 1}
    assert clock.offset_ms == 60_000


def test_concurrent_threads_share_one_resync() -> None:
    seen: Counter[str] = Counter()
    lock = threading.Lock()
    first_round = threading.Barrier(50, timeout=PATIENCE)

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            seen[request.url.path] += 1
        reply = answer(request)
        if reply.status_code == 400:
            first_round.wait()  # all 50 calls are signed with the old offset before any -1021 comes back
        return reply

    clock = frozen_clock()
    client = Spot(KEY, SECRET, clock=clock, transport=httpx.MockTransport(handler), max_connections=50)
    with ThreadPoolExecutor(max_workers=50) as pool:
        accounts = list(pool.map(lambda _: client.account(), range(50)))
    assert len(accounts) == 50 and all(account.balances == [] for account in accounts)
    assert seen == {"/api/v3/account": 100, "/api/v3/time": 1}
    assert clock.offset_ms == 60_000


def test_a_failed_shared_resync_fails_every_waiting_call_with_its_own_minus_1021() -> None:
    seen: Counter[str] = Counter()

    async def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] += 1
        await asyncio.sleep(0.01)
        if request.url.path == "/api/v3/time":
            raise httpx.ReadTimeout("no answer", request=request)
        return httpx.Response(400, json=STALE)

    async def scenario() -> Sequence[object]:
        transport = httpx.MockTransport(handler)
        async with AsyncSpot(KEY, SECRET, transport=transport, retry=RetryPolicy(attempts=1)) as client:
            return await asyncio.gather(*(client.account() for _ in range(20)), return_exceptions=True)

    errors = asyncio.run(scenario())
    assert seen == {"/api/v3/account": 20, "/api/v3/time": 1}
    assert all(isinstance(error, ClientError) and error.code == -1021 for error in errors)
    causes = [error.__cause__ for error in errors if isinstance(error, BaseException)]
    assert len(causes) == 20 and all(isinstance(cause, TransportError) for cause in causes)
    assert all(isinstance(cause.__cause__, httpx.ReadTimeout) for cause in causes if cause is not None)


def test_an_absurd_server_time_is_refused_and_the_offset_kept(caplog: pytest.LogCaptureFixture) -> None:
    requests: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request.url.path)
        return answer(request, server_ms=LOCAL_MS + MAX_CLOCK_OFFSET_MS + 1_000)

    clock = frozen_clock()
    clock.offset_ms = 250.0
    client = Spot(KEY, SECRET, clock=clock, transport=httpx.MockTransport(handler))
    with caplog.at_level(logging.WARNING, logger="binance_spot_client"), pytest.raises(ResponseValidationError):
        client.sync_time()
    assert clock.offset_ms == 250.0
    assert requests == ["/api/v3/time"]
    warnings = [r for r in caplog.records if r.name == "binance_spot_client" and r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "clock offset refused" in warnings[0].getMessage()


def test_an_absurd_server_time_after_minus_1021_keeps_the_offset_and_raises_the_minus_1021(
    caplog: pytest.LogCaptureFixture,
) -> None:
    requests: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request.url.path)
        if request.url.path == "/api/v3/time":
            return httpx.Response(200, json={"serverTime": 0})
        return httpx.Response(400, json=STALE)

    clock = frozen_clock()
    client = Spot(KEY, SECRET, clock=clock, transport=httpx.MockTransport(handler))
    with caplog.at_level(logging.WARNING, logger="binance_spot_client"), pytest.raises(ClientError) as caught:
        client.account()
    assert caught.value.code == -1021 and isinstance(caught.value.__cause__, ResponseValidationError)
    assert clock.offset_ms == 0.0
    assert requests == ["/api/v3/account", "/api/v3/time"]
    assert [r.getMessage().split(",")[0] for r in caplog.records if r.levelno == logging.WARNING] == [
        "clock offset refused"
    ]


def test_a_cancelled_leader_releases_the_calls_waiting_on_its_resync() -> None:
    seen: Counter[str] = Counter()
    refused: Counter[str] = Counter()

    async def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] += 1
        if request.url.path == "/api/v3/time":
            await asyncio.Event().wait()  # never answered: only the leader's cancellation can end the waits
        await asyncio.sleep(0.01)
        refused[request.url.path] += 1
        return httpx.Response(400, json=STALE)

    async def scenario() -> Sequence[object]:
        transport = httpx.MockTransport(handler)
        async with AsyncSpot(KEY, SECRET, transport=transport, retry=RetryPolicy(attempts=1)) as client:
            leader = asyncio.ensure_future(client.account())
            while not seen["/api/v3/time"]:
                await asyncio.sleep(0.001)
            waiters = [asyncio.ensure_future(client.account()) for _ in range(4)]
            # A call goes on from its -1021 to waiting on the resync without giving up the loop in between:
            # once all five are refused, the four are waiting.
            while refused["/api/v3/account"] < 5:
                await asyncio.sleep(0.001)
            leader.cancel()
            # Were the waiters left waiting for the /time that never comes, this would run out instead.
            return await asyncio.wait_for(asyncio.gather(leader, *waiters, return_exceptions=True), PATIENCE)

    results = asyncio.run(scenario())
    assert seen == {"/api/v3/account": 5, "/api/v3/time": 1}
    assert isinstance(results[0], asyncio.CancelledError)
    assert all(isinstance(result, ClientError) and result.code == -1021 for result in results[1:])
    causes = [result.__cause__ for result in results[1:] if isinstance(result, ClientError)]
    assert all(isinstance(cause, TransportError) and "abandoned" in str(cause) for cause in causes)


def test_a_scheduled_sync_due_for_many_calls_at_once_goes_out_once() -> None:
    seen: Counter[str] = Counter()

    async def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] += 1
        await asyncio.sleep(0.01)
        return answer(request)

    clock = frozen_clock()

    async def scenario() -> list[object]:
        transport = httpx.MockTransport(handler)
        async with AsyncSpot(KEY, SECRET, clock=clock, transport=transport, time_sync_interval=300) as client:
            return await asyncio.gather(*(client.account() for _ in range(100)))

    assert len(asyncio.run(scenario())) == 100
    assert seen == {"/api/v3/time": 1, "/api/v3/account": 100}
    assert clock.offset_ms == 60_000
