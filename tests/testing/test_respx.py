"""`FakeExchange.mount`: every Binance REST host on a respx router answered by the fake, signatures checked."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import httpx
import pytest
import respx

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client.models import NewOrderFull
from binance_spot_client.signing import DEMO, MAINNET, MARKET_DATA_ONLY, TESTNET, ClientError, RetryPolicy
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange

from .conftest import fixed_clock

HOSTS = [*MAINNET, *MARKET_DATA_ONLY, *TESTNET, *DEMO]


@pytest.fixture
def router(exchange: FakeExchange) -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mocked:
        exchange.mount(mocked)
        yield mocked


@pytest.mark.parametrize("base_url", HOSTS)
def test_every_binance_host_reaches_the_fake(exchange: FakeExchange, router: respx.MockRouter, base_url: str) -> None:
    with Spot(DEMO_API_KEY, DEMO_SECRET_KEY, base_url=base_url, clock=fixed_clock()) as client:
        order = client.new_order("BTCUSDT", "SELL", "MARKET", quantity="0.1")
    assert isinstance(order, NewOrderFull) and (order.status, order.executed_qty) == ("FILLED", "0.10000000")
    assert [(r.path, r.status) for r in exchange.requests] == [("/api/v3/order", 200)]
    assert router.calls.call_count == 1 and router.calls.last.request.url.host == httpx.URL(base_url).host


def test_a_wrong_secret_gets_binance_s_1022(router: respx.MockRouter) -> None:
    with (
        Spot(DEMO_API_KEY, "not-the-secret", clock=fixed_clock(), retry=RetryPolicy(attempts=1)) as client,
        pytest.raises(ClientError) as refused,
    ):
        client.account()
    error = refused.value
    assert (error.status_code, error.code, error.msg) == (400, -1022, "Signature for this request is not valid.")


async def test_async_clients_are_routed_too(exchange: FakeExchange, router: respx.MockRouter) -> None:
    async with AsyncSpot(DEMO_API_KEY, DEMO_SECRET_KEY, clock=fixed_clock()) as client:
        account = await client.account()
    assert [(b.asset, b.free) for b in account.balances][:2] == [("BTC", "1.00000000"), ("ETH", "10.00000000")]


def test_other_hosts_stay_with_respx(router: respx.MockRouter) -> None:
    router.get("https://example.com/").respond(204)
    assert httpx.get("https://example.com/").status_code == 204


def test_global_respx_router_by_default(exchange: FakeExchange) -> None:
    with respx.mock:  # asserts on exit that every route was called: one call to any host is enough
        route = exchange.mount()
        assert httpx.get("https://api4.binance.com/api/v3/ping").json() == {}
    assert route.call_count == 1


def test_without_respx_the_error_names_the_extra(exchange: FakeExchange, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "respx", None)
    with pytest.raises(ImportError, match=r"pip install 'binance-spot-client\[testing\]'"):
        exchange.mount()
