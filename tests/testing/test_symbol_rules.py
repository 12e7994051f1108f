"""`client.symbol_rules()` against the fake exchange: two independent readings of the same filters.

Each order below breaks one filter. `SymbolRules.check_order` must name it before sending, and the fake
exchange (which checks orders with code of its own) must refuse the same order with -1013 naming the same
filter. BTCUSDT on the fake: price 30000.00, tick 0.01, step 0.00001, notional 5 to 9000000, iceberg parts
10, at most 200 orders and 5 algo orders, bid/ask multipliers 0.2 to 5.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from binance_spot_client import AsyncSpot, FilterError, Spot, SymbolRules
from binance_spot_client.models import NewOrderFull
from binance_spot_client.signing import ClientError, RetryPolicy
from binance_spot_client.testing import DEFAULT_SYMBOLS, DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeSymbol
from tests.testing.conftest import fixed_clock

GTC_BUY: dict[str, Any] = {"side": "BUY", "type": "LIMIT", "time_in_force": "GTC"}


class TightMarketLots(FakeSymbol):
    """BTCUSDT whose market orders may be at most 0.5 BTC, in steps of 0.001, while limit orders stay free."""

    @property
    def filters(self) -> list[dict[str, Any]]:
        lots = {"filterType": "MARKET_LOT_SIZE", "minQty": "0.00000000", "maxQty": "0.50000000", "stepSize": "0.001"}
        return [lots if f["filterType"] == "MARKET_LOT_SIZE" else f for f in super().filters]


def btcusdt(**changes: Any) -> FakeSymbol:
    return dataclasses.replace(DEFAULT_SYMBOLS[0], **changes)


@pytest.fixture
def exchange() -> FakeExchange:
    symbols = [btcusdt(max_num_orders=3), TightMarketLots(*dataclasses.astuple(btcusdt(symbol="TIGHTUSDT")))]
    return FakeExchange(symbols=symbols, clock=fixed_clock(), balances={"BTC": "10", "USDT": "100000"})


@pytest.fixture
def client(exchange: FakeExchange) -> Iterator[Spot]:
    with Spot(
        DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange, clock=fixed_clock(), retry=RetryPolicy(attempts=1)
    ) as spot:
        yield spot


def refused_by_rules(client: Spot, symbol: str, order: dict[str, Any]) -> FilterError:
    rules = client.symbol_rules(symbol)
    checked = {k: v for k, v in order.items() if k != "time_in_force"}
    open_orders = [o.type for o in client.open_orders(symbol=symbol)]
    with pytest.raises(FilterError) as refused:
        rules.check_order(**checked, average_price=client.avg_price(symbol).price, open_orders=open_orders)
    return refused.value


def refused_by_fake(client: Spot, symbol: str, order: dict[str, Any]) -> str:
    with pytest.raises(ClientError) as refused:
        client.new_order(symbol, **order)
    assert refused.value.code == -1013
    return refused.value.msg


FAILING_ORDERS = [
    pytest.param(
        "BTCUSDT", {**GTC_BUY, "quantity": "0.1", "price": "29000.005"}, "PRICE_FILTER", "tickSize", "0.01000000"
    ),
    pytest.param("BTCUSDT", {**GTC_BUY, "quantity": "0.1", "price": "0.001"}, "PRICE_FILTER", "minPrice", "0.01000000"),
    pytest.param(
        "BTCUSDT",
        {**GTC_BUY, "quantity": "0.0001", "price": "150000.01"},
        "PERCENT_PRICE_BY_SIDE",
        "bidMultiplierUp",
        "5",
    ),
    pytest.param(
        "BTCUSDT",
        {"side": "SELL", "type": "LIMIT", "time_in_force": "GTC", "quantity": "0.1", "price": "5999.99"},
        "PERCENT_PRICE_BY_SIDE",
        "askMultiplierDown",
        "0.2",
    ),
    pytest.param(
        "BTCUSDT", {**GTC_BUY, "quantity": "0.000015", "price": "29000"}, "LOT_SIZE", "stepSize", "0.00001000"
    ),
    pytest.param("BTCUSDT", {**GTC_BUY, "quantity": "9000.1", "price": "29000"}, "LOT_SIZE", "maxQty", "9000.00000000"),
    pytest.param(
        "TIGHTUSDT", {"side": "SELL", "type": "MARKET", "quantity": "0.6"}, "MARKET_LOT_SIZE", "maxQty", "0.50000000"
    ),
    pytest.param(
        "BTCUSDT",
        {**GTC_BUY, "quantity": "0.2", "price": "29000", "iceberg_qty": "0.01"},
        "ICEBERG_PARTS",
        "limit",
        "10",
    ),
    pytest.param(
        "BTCUSDT", {**GTC_BUY, "quantity": "0.0001", "price": "29000"}, "NOTIONAL", "minNotional", "5.00000000"
    ),
    pytest.param(
        "BTCUSDT",
        {"side": "BUY", "type": "MARKET", "quote_order_qty": "4.99"},
        "NOTIONAL",
        "minNotional",
        "5.00000000",
    ),
]


@pytest.mark.parametrize(("symbol", "order", "filter_type", "limit_name", "limit"), FAILING_ORDERS)
def test_rules_and_the_fake_refuse_the_same_order_for_the_same_filter(
    client: Spot, symbol: str, order: dict[str, Any], filter_type: str, limit_name: str, limit: str
) -> None:
    error = refused_by_rules(client, symbol, order)

    assert (error.filter_type, error.limit_name, error.limit) == (filter_type, limit_name, limit)
    assert error.not_sent
    assert refused_by_fake(client, symbol, order) == f"Filter failure: {filter_type}"


def test_order_counts_are_refused_by_both_once_the_symbol_is_full(client: Spot) -> None:
    for price in ("29000", "29001", "29002"):
        client.new_order("BTCUSDT", **GTC_BUY, quantity="0.01", price=price)
    order = {**GTC_BUY, "quantity": "0.01", "price": "29003"}

    error = refused_by_rules(client, "BTCUSDT", order)

    assert (error.filter_type, error.limit_name, error.limit) == ("MAX_NUM_ORDERS", "maxNumOrders", "3")
    assert refused_by_fake(client, "BTCUSDT", order) == "Filter failure: MAX_NUM_ORDERS"


def test_algo_orders_are_counted_apart(client: Spot) -> None:
    stop: dict[str, Any] = {"side": "SELL", "type": "STOP_LOSS_LIMIT", "time_in_force": "GTC", "quantity": "0.01"}
    for price in ("28000", "28001", "28002", "28003", "28004"):
        client.new_order("TIGHTUSDT", **stop, price=price, stop_price=price)
    order = {**stop, "price": "28005", "stop_price": "28005"}

    error = refused_by_rules(client, "TIGHTUSDT", order)

    assert (error.filter_type, error.limit_name, error.limit) == ("MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders", "5")
    assert refused_by_fake(client, "TIGHTUSDT", order) == "Filter failure: MAX_NUM_ALGO_ORDERS"


@pytest.mark.parametrize(
    "order",
    [
        {**GTC_BUY, "quantity": "0.1", "price": "29000.01"},
        {"side": "SELL", "type": "MARKET", "quantity": "0.5"},
        {**GTC_BUY, "quantity": "0.2", "price": "29000", "iceberg_qty": "0.02"},
    ],
)
def test_an_order_the_rules_pass_is_accepted_by_the_fake(client: Spot, order: dict[str, Any]) -> None:
    rules = client.symbol_rules("TIGHTUSDT")
    checked = {k: v for k, v in order.items() if k != "time_in_force"}
    rules.check_order(**checked, average_price="30000", open_orders=[])

    placed = client.new_order("TIGHTUSDT", **order)
    assert isinstance(placed, NewOrderFull)
    assert placed.status in ("NEW", "FILLED")


def test_rules_round_to_the_grid_the_safe_way_for_the_side(client: Spot) -> None:
    rules = client.symbol_rules("BTCUSDT")

    assert rules.round_price("29000.019", "BUY") == "29000.01"
    assert rules.round_price("29000.011", "SELL") == "29000.02"
    assert rules.round_price(Decimal("29000.01"), "SELL") == "29000.01"
    assert rules.round_quantity("0.123456789") == "0.12345"
    assert rules.round_quantity(0.1) == "0.10000"
    assert client.symbol_rules("TIGHTUSDT").round_quantity("0.4567", market=True) == "0.456"


def test_rules_are_read_once_and_refreshed_on_request(client: Spot, exchange: FakeExchange) -> None:
    first = client.symbol_rules("BTCUSDT")
    assert client.symbol_rules("BTCUSDT") is first
    assert client.with_options(timeout=5).symbol_rules("BTCUSDT") is first
    assert sum(1 for r in exchange.requests if r.path == "/api/v3/exchangeInfo") == 1

    assert client.symbol_rules("BTCUSDT", refresh=True) is not first
    assert sum(1 for r in exchange.requests if r.path == "/api/v3/exchangeInfo") == 2


async def test_async_client_reads_the_same_rules(exchange: FakeExchange) -> None:
    async with AsyncSpot(transport=exchange, clock=fixed_clock()) as client:
        rules = await client.symbol_rules("BTCUSDT")
    assert rules.filters["PRICE_FILTER"]["tickSize"] == "0.01000000"


RULES = SymbolRules(
    "XYZUSDT",
    {
        "TRAILING_DELTA": {
            "filterType": "TRAILING_DELTA",
            "minTrailingAboveDelta": 10,
            "maxTrailingAboveDelta": 2000,
            "minTrailingBelowDelta": 20,
            "maxTrailingBelowDelta": 1000,
        },
        "PERCENT_PRICE": {
            "filterType": "PERCENT_PRICE",
            "multiplierUp": "1.1",
            "multiplierDown": "0.9",
            "avgPriceMins": 5,
        },
        "MIN_NOTIONAL": {"filterType": "MIN_NOTIONAL", "minNotional": "10", "applyToMarket": True, "avgPriceMins": 5},
        "MAX_NUM_ICEBERG_ORDERS": {"filterType": "MAX_NUM_ICEBERG_ORDERS", "maxNumIcebergOrders": 1},
    },
)


@pytest.mark.parametrize(
    ("order", "filter_type", "limit_name", "limit"),
    [
        ({"side": "BUY", "type": "STOP_LOSS", "trailing_delta": 5}, "TRAILING_DELTA", "minTrailingAboveDelta", "10"),
        ({"side": "SELL", "type": "STOP_LOSS", "trailing_delta": 15}, "TRAILING_DELTA", "minTrailingBelowDelta", "20"),
        (
            {"side": "BUY", "type": "TAKE_PROFIT", "trailing_delta": 1001},
            "TRAILING_DELTA",
            "maxTrailingBelowDelta",
            "1000",
        ),
        ({"side": "SELL", "type": "LIMIT", "price": "111", "quantity": "1"}, "PERCENT_PRICE", "multiplierUp", "1.1"),
        ({"side": "BUY", "type": "MARKET", "quantity": "0.09"}, "MIN_NOTIONAL", "minNotional", "10"),
        (
            {"side": "BUY", "type": "LIMIT", "price": "100", "quantity": "1", "iceberg_qty": "0.5"},
            "MAX_NUM_ICEBERG_ORDERS",
            "maxNumIcebergOrders",
            "1",
        ),
    ],
)
def test_filters_the_fake_does_not_publish(
    order: dict[str, Any], filter_type: str, limit_name: str, limit: str
) -> None:
    with pytest.raises(FilterError) as refused:
        RULES.check_order(**order, average_price="100", open_orders=["LIMIT"], open_icebergs=1)

    assert (refused.value.filter_type, refused.value.limit_name, refused.value.limit) == (
        filter_type,
        limit_name,
        limit,
    )


def test_a_filter_error_names_the_parameter_filter_and_limit() -> None:
    with pytest.raises(FilterError) as refused:
        RULES.check_order(side="BUY", type="STOP_LOSS", trailing_delta=5)

    assert str(refused.value) == "trailing_delta: TRAILING_DELTA minTrailingAboveDelta 10: 5 is below it"
