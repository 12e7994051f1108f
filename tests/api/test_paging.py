"""The generated paging iterators against the fake exchange: ranges over several pages, page
edges, the local rate-limit guard, and no second try of anything but a read."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client.api.trade import new_order
from binance_spot_client.models import Kline
from binance_spot_client.signing import (
    Clock,
    PageWalk,
    Paging,
    ParameterError,
    RateLimitError,
    RetryPolicy,
    iterate_pages,
)
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeServer

NOW_MS = 1_767_225_600_000  # 2026-01-01 00:00:00 UTC
MINUTE = 60_000
HOUR = 60 * MINUTE


def fixed_clock() -> Clock:
    return Clock(now_ns=lambda: NOW_MS * 1_000_000)


@pytest.fixture
def exchange() -> FakeExchange:
    # 3,000 trades, one every ten seconds: a little over eight hours of tape up to NOW_MS.
    return FakeExchange(clock=fixed_clock(), trade_history=3000)


@pytest.fixture
def client(exchange: FakeExchange) -> Iterator[Spot]:
    with Spot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange, clock=fixed_clock()) as spot:
        yield spot


def requests_of(exchange: FakeExchange, operation_id: str) -> list[dict[str, str]]:
    return [request.params for request in exchange.requests if request.operation_id == operation_id]


def test_klines_over_several_pages_on_127_0_0_1_meet_without_gap_or_duplicate() -> None:
    exchange = FakeExchange(clock=fixed_clock())
    start = NOW_MS - 5 * HOUR
    with FakeServer(exchange) as server, Spot(base_url=server.base_url, clock=fixed_clock()) as client:
        bars = list(client.iter_klines("BTCUSDT", "1m", start_time=start, end_time=start + 250 * MINUTE, page_size=100))
    assert [bar.open_time for bar in bars] == [start + i * MINUTE for i in range(251)]
    pages = requests_of(exchange, "klines")
    # Each page starts a millisecond after the last bar of the one before: 100 + 100 + 51 bars.
    assert [page["startTime"] for page in pages] == [
        str(start),
        str(start + 99 * MINUTE + 1),
        str(start + 199 * MINUTE + 1),
    ]
    assert {page["endTime"] for page in pages} == {str(start + 250 * MINUTE)}
    assert {page["limit"] for page in pages} == {"100"}


def test_time_arguments_take_iso_text_and_aware_datetimes(client: Spot, exchange: FakeExchange) -> None:
    by_text = list(client.iter_klines("BTCUSDT", "1h", start_time="2025-12-31T18:00:00Z", end_time="2025-12-31T20:00Z"))
    by_datetime = list(
        client.iter_klines(
            "BTCUSDT",
            "1h",
            start_time=datetime(2025, 12, 31, 18, tzinfo=UTC),
            end_time=datetime(2025, 12, 31, 20, tzinfo=UTC),
        )
    )
    assert [bar.open_time for bar in by_text] == [NOW_MS - 6 * HOUR, NOW_MS - 5 * HOUR, NOW_MS - 4 * HOUR]
    assert by_datetime == by_text
    with pytest.raises(ParameterError, match=r"start_time: datetime\.datetime.* has no time zone"):
        client.iter_klines("BTCUSDT", "1h", start_time=datetime(2025, 12, 31))
    with pytest.raises(ParameterError, match="start_time: is required"):
        client.iter_klines("BTCUSDT", "1h")
    one_page = {"symbol": "BTCUSDT", "interval": "1h", "limit": "1000"}
    one_page |= {"startTime": str(NOW_MS - 6 * HOUR), "endTime": str(NOW_MS - 4 * HOUR)}
    assert requests_of(exchange, "klines") == [one_page, one_page]


def test_agg_trades_find_the_first_trade_by_hour_windows_then_follow_ids(client: Spot, exchange: FakeExchange) -> None:
    tape = exchange.markets["BTCUSDT"].trades
    first_time = tape[0].time  # 30,000 s (8 h 20 min) before NOW_MS
    start, end = first_time - 2 * HOUR - 5_000, tape[1499].time
    trades = list(client.iter_agg_trades("BTCUSDT", start_time=start, end_time=end, page_size=400))
    assert [trade.a for trade in trades] == list(range(1, 1501))
    assert [trade.t for trade in trades] == [t.time for t in tape[:1500]]
    pages = requests_of(exchange, "aggTrades")
    # Two empty hours before the tape starts, the hour that finds it, then ids alone (Binance refuses both).
    assert [(p.get("startTime"), p.get("endTime"), p.get("fromId")) for p in pages] == [
        (str(start), str(start + HOUR - 1), None),
        (str(start + HOUR), str(start + 2 * HOUR - 1), None),
        (str(start + 2 * HOUR), str(start + 3 * HOUR - 1), None),
        (None, None, "361"),
        (None, None, "761"),
        (None, None, "1161"),
    ]


def test_agg_trades_from_an_id_run_to_the_end_of_the_tape(client: Spot, exchange: FakeExchange) -> None:
    trades = list(client.iter_agg_trades("BTCUSDT", from_id=2801, page_size=100))
    assert [trade.a for trade in trades] == list(range(2801, 3001))
    assert [page["fromId"] for page in requests_of(exchange, "aggTrades")] == ["2801", "2901", "3001"]
    with pytest.raises(ParameterError, match="from_id: give it or start_time"):
        client.iter_agg_trades("BTCUSDT")


def test_a_429_waits_on_the_local_guard_then_asks_for_the_same_page(
    client: Spot, exchange: FakeExchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [time.time()]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(round(seconds, 3))
        now[0] += seconds

    monkeypatch.setattr(time, "time", lambda: now[0])
    monkeypatch.setattr(time, "sleep", sleep)
    start = NOW_MS - 3 * HOUR
    bars = client.iter_klines("BTCUSDT", "1m", start_time=start, end_time=start + 149 * MINUTE, page_size=100)
    assert next(bars).open_time == start
    exchange.fail_next(429, operation="klines", retry_after=7)
    rest = list(bars)
    assert [bar.open_time for bar in rest] == [start + i * MINUTE for i in range(1, 150)]
    assert waits == [7.0]
    # The fake refuses before reading the query, so the refused request logs no parameters.
    pages = [(r.status, r.params.get("startTime")) for r in exchange.requests if r.operation_id == "klines"]
    assert pages == [(200, str(start)), (429, None), (200, str(start + 99 * MINUTE + 1))]


def test_a_wait_beyond_the_retry_policy_is_not_waited_for(exchange: FakeExchange) -> None:
    exchange.fail_next(429, operation="klines", retry_after=600)
    policy = RetryPolicy(max_rate_limit_wait=60.0)
    with (
        Spot(transport=exchange, clock=fixed_clock(), retry=policy) as client,
        pytest.raises(RateLimitError) as refused,
    ):
        list(client.iter_klines("BTCUSDT", "1m", start_time=NOW_MS - HOUR))
    assert refused.value.retry_after == 600
    assert len(requests_of(exchange, "klines")) == 1


def test_an_order_call_refused_with_a_429_is_never_sent_again(
    client: Spot, exchange: FakeExchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    exchange.fail_next(429, operation="newOrder", retry_after=1)
    # The generator refuses paging on anything but a GET; the walk holds the same line on its own.
    plan = Paging("page", limit="quantity", page_size=1, cursor="price")
    arguments = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "time_in_force": "GTC"}
    walk = PageWalk(plan, arguments, None, None, None, NOW_MS)
    with pytest.raises(RateLimitError):
        list(iterate_pages(client, new_order.ENDPOINT, walk, {}))
    assert len(requests_of(exchange, "newOrder")) == 1


def test_async_iterator_yields_what_the_sync_one_does(client: Spot, exchange: FakeExchange) -> None:
    start = NOW_MS - 2 * HOUR

    async def walk() -> list[Kline]:
        async with AsyncSpot(transport=exchange, clock=fixed_clock()) as spot:
            return [bar async for bar in spot.iter_klines("BTCUSDT", "1m", start_time=start, page_size=50)]

    bars = asyncio.run(walk())
    assert bars == list(client.iter_klines("BTCUSDT", "1m", start_time=start, page_size=50))
    assert [bar.open_time for bar in bars] == [start + i * MINUTE for i in range(121)]


def test_a_sapi_iterator_walks_page_numbers_on_its_group(client: Spot, exchange: FakeExchange) -> None:
    products = list(client.simple_earn.iter_flexible_product_list(page_size=10))
    # The fake answers with the documented page of one product: short of a full page, so the walk ends.
    assert [product.asset for product in products] == ["BTC"]
    pages = requests_of(exchange, "flexibleProductList")
    assert [(page["current"], page["size"]) for page in pages] == [("1", "10")]
