"""The fake can be told to fail or be slow, and reports weight and order counts as Binance does."""

from __future__ import annotations

import time

import pytest

from binance_spot_client import Spot
from binance_spot_client.models import TickerPrice
from binance_spot_client.signing import (
    ClientError,
    IPBannedError,
    OrderStatusUnknownError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange
from binance_spot_client.testing._endpoints import HANDLERS
from tests.testing.conftest import NOW_MS, fixed_clock


def test_429_carries_1003_and_retry_after(client: Spot, exchange: FakeExchange) -> None:
    exchange.fail_next(429, retry_after=7)
    with pytest.raises(RateLimitError) as limited:
        client.time()
    assert (limited.value.code, limited.value.retry_after) == (-1003, 7.0)
    assert limited.value.msg.startswith(
        "Too much request weight used; current limit is 6000 request weight per 1 MINUTE."
    )


def test_418_is_a_ban_until_a_time(client: Spot, exchange: FakeExchange) -> None:
    exchange.fail_next(418, retry_after=120)
    with pytest.raises(IPBannedError) as banned:
        client.ping()
    assert banned.value.code == -1003
    assert f"IP banned until {NOW_MS + 120_000}." in banned.value.msg


def test_failure_can_target_one_operation(client: Spot, exchange: FakeExchange) -> None:
    exchange.fail_next(503, operation="depth", times=2)
    assert client.time().server_time == NOW_MS  # other operations are untouched
    for _ in range(2):
        with pytest.raises(ServerError) as failed:
            client.depth("BTCUSDT")
        assert (failed.value.status_code, failed.value.code) == (503, -1008)
    assert client.depth("BTCUSDT", limit=1).last_update_id == 1_000_000


def test_reads_are_retried_through_a_server_error(exchange: FakeExchange) -> None:
    client = Spot(transport=exchange, retry=RetryPolicy(attempts=2, backoff=0.001, jitter=False))
    exchange.fail_next(500, operation="/api/v3/ticker/price")
    price = client.ticker_price(symbol="BTCUSDT")
    assert isinstance(price, TickerPrice) and price.price == "30000.00000000"
    assert [r.status for r in exchange.requests] == [500, 200]


def test_order_executed_before_a_5xx_is_found_by_its_client_order_id(client: Spot, exchange: FakeExchange) -> None:
    exchange.fail_next(502, operation="newOrder", executed=True)
    with pytest.raises(OrderStatusUnknownError) as unknown:
        client.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.01", new_client_order_id="bot-1")
    assert unknown.value.client_order_id == "bot-1"
    assert client.query_order("BTCUSDT", orig_client_order_id="bot-1").status == "FILLED"


def test_an_equity_order_gets_a_client_order_id_and_an_unknown_outcome_names_it(
    client: Spot, exchange: FakeExchange
) -> None:
    made = iter(["c" * 32, "d" * 32])
    equities = client.with_options(client_order_id=lambda: next(made))
    equities.stocks.new_equity_order("AAPL", "BUY", "MARKET", notional="100")
    assert exchange.requests[-1].params["clientOrderId"] == "c" * 32
    exchange.fail_next(503, operation="newEquityOrder")
    with pytest.raises(OrderStatusUnknownError) as unknown:
        equities.stocks.new_equity_order("AAPL", "BUY", "MARKET", notional="100")
    assert (unknown.value.operation_id, unknown.value.client_order_id) == ("newEquityOrder", "d" * 32)
    assert [r.operation_id for r in exchange.requests[-2:]] == ["newEquityOrder", "newEquityOrder"]


def test_html_error_page_instead_of_json(client: Spot, exchange: FakeExchange) -> None:
    exchange.fail_next(502, body="<html><body>Bad Gateway</body></html>")
    with pytest.raises(ServerError) as failed:
        client.ping()
    assert (failed.value.code, failed.value.msg) == (None, "non-JSON error body: <html><body>Bad Gateway</body></html>")


def test_delay_is_served_and_beyond_the_timeout_it_is_a_timeout(exchange: FakeExchange) -> None:
    client = Spot(transport=exchange, timeout=0.05, retry=RetryPolicy(attempts=1))
    exchange.delay_next(0.02)
    started = time.perf_counter()
    client.ping()
    assert time.perf_counter() - started >= 0.02
    exchange.delay_next(5)
    with pytest.raises(TransportError):
        client.ping()


def test_weight_and_order_counts_arrive_in_headers(client: Spot) -> None:
    client.depth("BTCUSDT", limit=500)  # weight 25 at this limit
    client.time()
    assert client.rate_limits.used_weight == {"1M": 26}
    client.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.01")
    assert client.rate_limits.order_count == {"10S": 1, "1D": 1}
    assert client.rate_limits.used_weight == {"1M": 26}  # an accepted order weighs 0 (Binance, 2026-03-27)
    with pytest.raises(ClientError):
        client.new_order("NOSUCHPAIR", "BUY", "MARKET", quantity="0.01")
    assert client.rate_limits.used_weight == {"1M": 27}  # a refused one still costs its weight
    assert client.unfilled_order_count()[0].count == 1


def test_exceeding_the_weight_limit_is_a_429(exchange: FakeExchange) -> None:
    limited = FakeExchange(clock=fixed_clock(), weight_limit=10)
    client = Spot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=limited, clock=fixed_clock(), retry=RetryPolicy(attempts=1))
    client.depth("BTCUSDT")
    client.depth("BTCUSDT")
    with pytest.raises(RateLimitError) as refused:
        client.depth("BTCUSDT")
    assert (refused.value.code, refused.value.headers["x-mbx-used-weight-1m"]) == (-1003, "15")
    assert refused.value.retry_after == 60.0


def test_a_bug_in_the_fake_is_a_500_that_names_it(client: Spot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HANDLERS, "ping", lambda exchange, call: 1 / 0)
    with pytest.raises(ServerError) as failed:
        client.ping()
    assert (failed.value.code, failed.value.msg) == (
        -1000,
        "the fake exchange failed: ZeroDivisionError: division by zero",
    )
