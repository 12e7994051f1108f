"""Safe with real money: retries only where repeating is safe, bans honoured, clock kept in step.

Each test scripts a loopback server (or an in-process transport) and asserts the exact
number of requests the client sent.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
import pytest

from binance_spot_client import (
    AsyncSpot,
    ClientError,
    IPBannedError,
    OrderStatusUnknownError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    Spot,
    TransportError,
)
from binance_spot_client.signing import APIError, Clock
from tests.patience import PATIENCE
from tests.signing.faults import Reply, Script, fault_server

KEY, SECRET = "reliability-key", "reliability-secret-value"
NO_WAIT = RetryPolicy(attempts=3, backoff=0.0)
BOOK = {"lastUpdateId": 1, "bids": [["1.0", "2.0"]], "asks": []}
ORDER_ACK = {"symbol": "BTCUSDT", "orderId": 1, "orderListId": -1, "clientOrderId": "x", "transactTime": 1}


def make_client(base_url: str | list[str], **options: Any) -> Spot:
    options.setdefault("retry", NO_WAIT)
    options.setdefault("client_order_id", lambda: "generated-id")
    options.setdefault("timeout", PATIENCE)  # only a test of timeouts gives one that may run out
    return Spot(KEY, SECRET, base_url=base_url, **options)


def place_order(client: Spot) -> Any:
    return client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="1", price="10")


def test_read_is_retried_through_a_5xx_burst() -> None:
    script = Script(
        [Reply(503, {"code": -1000, "msg": "busy"}), Reply(502, raw=b"<html>bad gateway</html>"), Reply(200, BOOK)]
    )
    with fault_server(script) as url:
        book = make_client(url).depth("BTCUSDT")
    assert book.last_update_id == 1
    assert len(script.seen) == 3


def test_read_gives_up_after_the_policy_attempts_with_the_last_error() -> None:
    script = Script([Reply(502, raw=b"<html><body>502 Bad Gateway</body></html>")])
    with fault_server(script) as url, pytest.raises(ServerError) as caught:
        make_client(url).depth("BTCUSDT")
    assert len(script.seen) == 3
    assert caught.value.status_code == 502 and caught.value.code is None
    assert "502 Bad Gateway" in caught.value.msg


def test_read_fails_over_to_the_next_base_url() -> None:
    failing, healthy = Script([Reply(500, {"code": -1001, "msg": "down"})]), Script([Reply(200, BOOK)])
    with fault_server(failing) as first, fault_server(healthy) as second:
        client = make_client([first, second])
        client.depth("BTCUSDT")
        assert client.base_url == second
    assert (len(failing.seen), len(healthy.seen)) == (1, 1)


@pytest.mark.parametrize(
    "reply",
    [
        Reply(503, {"code": -1000, "msg": "unknown error"}),
        Reply(400, {"code": -1007, "msg": "Timeout waiting for response from backend server."}),
        Reply(reset=True),
    ],
    ids=["5xx", "-1007", "connection-dropped"],
)
def test_order_with_unknown_outcome_is_never_retried(reply: Reply) -> None:
    script = Script([reply, Reply(200, ORDER_ACK)])
    with fault_server(script) as url, pytest.raises(OrderStatusUnknownError) as caught:
        place_order(make_client(url))
    assert len(script.seen) == 1
    assert caught.value.client_order_id == "generated-id"
    assert caught.value.symbol == "BTCUSDT"
    assert "newClientOrderId=generated-id" in script.seen[0]


def test_order_keeps_the_callers_client_order_id() -> None:
    script = Script([Reply(500, {"code": -1000, "msg": "x"})])
    with fault_server(script) as url, pytest.raises(OrderStatusUnknownError) as caught:
        make_client(url).new_order("BTCUSDT", "BUY", "MARKET", quantity=1, new_client_order_id="mine-1")
    assert caught.value.client_order_id == "mine-1"


def test_read_timing_out_is_retried_then_raised() -> None:
    script = Script([Reply(200, BOOK, held=True)])
    with fault_server(script) as url, pytest.raises(TransportError):
        make_client(url, retry=RetryPolicy(attempts=2, backoff=0.0)).depth("BTCUSDT", timeout=0.1)
    assert len(script.seen) == 2


def test_429_raises_with_retry_after_and_blocks_locally_until_it_passes() -> None:
    script = Script([Reply(429, {"code": -1003, "msg": "Too many requests"}, {"Retry-After": "30"}), Reply(200, BOOK)])
    with fault_server(script) as url:
        client = make_client(url)
        with pytest.raises(RateLimitError) as first:
            client.depth("BTCUSDT")
        with pytest.raises(RateLimitError, match="refused locally"):
            client.depth("BTCUSDT")
    assert first.value.retry_after == 30 and first.value.code == -1003
    assert len(script.seen) == 1


def test_opt_in_policy_waits_out_a_429_on_reads() -> None:
    script = Script([Reply(429, {"code": -1003, "msg": "Too many requests"}, {"Retry-After": "0"}), Reply(200, BOOK)])
    with fault_server(script) as url:
        make_client(url, retry=RetryPolicy(backoff=0.0, wait_on_rate_limit=True)).depth("BTCUSDT")
    assert len(script.seen) == 2


def test_418_records_the_ban_and_refuses_locally() -> None:
    script = Script([Reply(418, {"code": -1003, "msg": "Way too many requests; IP banned"}, {"Retry-After": "120"})])
    with fault_server(script) as url:
        client = make_client(url)
        before = time.time()
        with pytest.raises(IPBannedError) as banned:
            client.depth("BTCUSDT")
        after = time.time()
        with pytest.raises(IPBannedError, match="refused locally"):
            place_order(client)
    assert banned.value.banned_until is not None
    assert before + 120 <= banned.value.banned_until <= after + 120
    assert len(script.seen) == 1


def test_invalid_timestamp_resyncs_once_then_retries_a_read() -> None:
    stale = Reply(400, {"code": -1021, "msg": "Timestamp for this request is outside of the recvWindow."})
    server_time = Reply(200, {"serverTime": 1_700_000_060_000})
    script = Script([stale, server_time, Reply(200, {"balances": []})])
    clock = Clock(now_ns=lambda: 1_700_000_000_000 * 1_000_000)
    with fault_server(script) as url:
        client = make_client(url, clock=clock)
        client.request("GET", "/api/v3/account", security="USER_DATA")
    assert [path.split("?")[0] for path in script.seen] == ["/api/v3/account", "/api/v3/time", "/api/v3/account"]
    assert clock.offset_ms == 60_000
    assert "timestamp=1700000000000&" in script.seen[0] and "timestamp=1700000060000&" in script.seen[2]


def test_invalid_timestamp_on_an_order_resyncs_but_does_not_resend() -> None:
    stale = Reply(400, {"code": -1021, "msg": "Timestamp for this request is outside of the recvWindow."})
    script = Script([stale, Reply(200, {"serverTime": 1})])
    with fault_server(script) as url, pytest.raises(ClientError) as caught:
        place_order(make_client(url))
    assert caught.value.code == -1021
    assert [path.split("?")[0] for path in script.seen] == ["/api/v3/order", "/api/v3/time"]


def test_clock_offset_uses_the_round_trip_midpoint() -> None:
    ticks = iter([1_000 * 1_000_000, 1_100 * 1_000_000])
    clock = Clock(now_ns=lambda: next(ticks))
    clock.learn_offset(clock.local_ms(), 5_000.0, clock.local_ms())
    assert clock.offset_ms == 5_000 - 1_050


def test_scheduled_time_sync_runs_before_signed_calls_when_due() -> None:
    script = Script([Reply(200, {"serverTime": 1_700_000_000_500}), Reply(200, {"balances": []})])
    with fault_server(script) as url:
        client = make_client(url, time_sync_interval=300)
        client.request("GET", "/api/v3/account", security="USER_DATA")
        client.request("GET", "/api/v3/depth", {"symbol": "BTCUSDT"})
    assert [path.split("?")[0] for path in script.seen] == ["/api/v3/time", "/api/v3/account", "/api/v3/depth"]


def test_every_retry_is_signed_afresh() -> None:
    now = [1_700_000_000_000 * 1_000_000]

    def tick() -> int:
        now[0] += 1_000_000  # one millisecond per reading
        return now[0]

    script = Script([Reply(503, {"code": -1000, "msg": "busy"}), Reply(200, {"balances": []})])
    with fault_server(script) as url:
        make_client(url, clock=Clock(now_ns=tick)).request("GET", "/api/v3/account", security="USER_DATA")
    stamps = [path.split("timestamp=")[1].split("&")[0] for path in script.seen]
    signatures = [path.split("signature=")[1] for path in script.seen]
    assert stamps[0] != stamps[1] and signatures[0] != signatures[1]


def test_rate_limit_headers_become_a_snapshot_on_client_and_detailed_response() -> None:
    headers = {"X-MBX-USED-WEIGHT-1M": "37", "X-MBX-ORDER-COUNT-10S": "2", "X-MBX-ORDER-COUNT-1D": "11"}
    client = Spot(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=BOOK, headers=headers)))
    from binance_spot_client.api.market import depth

    detailed = depth.sync_detailed(client=client, symbol="BTCUSDT")
    assert dict(detailed.rate_limits.used_weight) == {"1M": 37}
    assert dict(detailed.rate_limits.order_count) == {"10S": 2, "1D": 11}
    assert client.rate_limits.used_weight == {"1M": 37}


def test_a_200_carrying_an_error_object_raises() -> None:
    client = Spot(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"code": -1121, "msg": "Invalid symbol."}))
    )
    with pytest.raises(APIError) as caught:
        client.depth("BTCUSDT")
    assert (caught.value.code, caught.value.msg) == (-1121, "Invalid symbol.")


@pytest.mark.parametrize("code", [0, 200])
def test_a_200_carrying_a_non_negative_code_is_a_success(code: int) -> None:
    body = {"code": code, "msg": "", "data": []}
    client = Spot(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))
    assert client.request("GET", "/sapi/v1/mining/pub/algoList") == body


def test_logs_show_the_exchange_but_never_a_secret_or_signature(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    headers = {"X-MBX-USED-WEIGHT-1M": "5"}
    client = Spot(KEY, SECRET, transport=httpx.MockTransport(lambda r: httpx.Response(200, json={}, headers=headers)))
    client.request("GET", "/api/v3/account", security="USER_DATA")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET https://api.binance.com/api/v3/account?recvWindow=5000&timestamp=" in text
    assert "signature=***" in text and "used weight {'1M': 5}" in text
    signature = client.auth._signer.sign(b"x") if client.auth._signer else ""
    assert SECRET not in text and KEY not in text and signature[:16] not in text
    assert SECRET not in repr(client) and KEY not in repr(client)


def test_async_client_applies_the_same_order_rule() -> None:
    script = Script([Reply(503, {"code": -1000, "msg": "x"})])

    async def scenario(url: str) -> None:
        async with AsyncSpot(KEY, SECRET, base_url=url, retry=NO_WAIT, client_order_id=lambda: "a1") as client:
            await client.new_order("BTCUSDT", "SELL", "MARKET", quantity=1)

    with fault_server(script) as url, pytest.raises(OrderStatusUnknownError) as caught:
        asyncio.run(scenario(url))
    assert caught.value.client_order_id == "a1"
    assert len(script.seen) == 1


def test_async_read_is_retried() -> None:
    script = Script([Reply(500, {"code": -1000, "msg": "x"}), Reply(200, BOOK)])

    async def scenario(url: str) -> int:
        async with AsyncSpot(base_url=url, retry=NO_WAIT) as client:
            return (await client.depth("BTCUSDT")).last_update_id

    with fault_server(script) as url:
        assert asyncio.run(scenario(url)) == 1
    assert len(script.seen) == 2
