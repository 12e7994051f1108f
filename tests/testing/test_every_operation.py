"""Every operation of the spec gets a schema-valid answer from the fake, and that answer parses into its model.

Each operation the fake simulates is called through its generated module on an
exchange that already holds a resting order, a filled one, an OCO list and an
amendment, with arguments that make sense for it; the others (answered from their
spec examples) share one exchange and get their parameters' documented examples.
The raw body must match the spec strictly (no field the spec does not know), and the
parsed model must have read every field.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from typing import Any

import pytest

from binance_spot_client import OPERATIONS, OAuthSession, Spot
from binance_spot_client.testing import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    FakeExchange,
    response_mismatches,
    validate_response,
)
from binance_spot_client.testing._spec import spec_operations
from tests.api.test_operations import unread_fields
from tests.testing.conftest import fixed_clock

ORDER = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "time_in_force": "GTC", "quantity": "0.01"}
WORKING = {
    "symbol": "BTCUSDT", "working_type": "LIMIT", "working_side": "BUY", "working_price": "29500",
    "working_quantity": "0.01", "working_time_in_force": "GTC", "pending_side": "SELL",
}  # fmt: skip
PENDING_PAIR = {
    "pending_above_type": "LIMIT_MAKER", "pending_above_price": "31000",
    "pending_below_type": "STOP_LOSS", "pending_below_stop_price": "29000",
}  # fmt: skip

# Resting order 1 (amended once), filled MARKET order 2, OCO list 1 (orders 3 and 4), SOR order 5.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "account": {"omit_zero_balances": True},
    "accountCommission": {"symbol": "BTCUSDT"},
    "aggTrades": {"symbol": "BTCUSDT", "limit": 5},
    "allOrderLists": {},
    "allOrders": {"symbol": "BTCUSDT"},
    "avgPrice": {"symbol": "BTCUSDT"},
    "cancelOpenOrders": {"symbol": "BTCUSDT"},
    "cancelOrder": {"symbol": "BTCUSDT", "order_id": 1},
    "cancelOrderList": {"symbol": "BTCUSDT", "order_list_id": 1},
    "cancelReplaceOrder": {
        **ORDER,
        "price": "29100",
        "cancel_replace_mode": "STOP_ON_FAILURE",
        "cancel_order_id": 1,
        "new_order_resp_type": "FULL",
    },
    "depth": {"symbol": "BTCUSDT", "limit": 5},
    "exchangeInfo": {},
    "executionRules": {"symbols": ["BTCUSDT", "ETHUSDT"]},
    "historicalBlockTrades": {"symbol": "BTCUSDT", "from_id": 1},
    "historicalTrades": {"symbol": "BTCUSDT", "from_id": 25},
    "klines": {"symbol": "BTCUSDT", "interval": "1M", "limit": 3},
    "myAllocations": {"symbol": "BTCUSDT"},
    "myFilters": {"symbol": "BTCUSDT"},
    "myPreventedMatches": {"symbol": "BTCUSDT", "order_id": 1},
    "myTrades": {"symbol": "BTCUSDT"},
    "newOcoOrder": {
        "symbol": "BTCUSDT",
        "side": "SELL",
        "quantity": "0.01",
        "price": "31000",
        "stop_price": "29000",
        "stop_limit_price": "28900",
        "stop_limit_time_in_force": "GTC",
    },
    "newOrder": {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.01"},
    "newSorOrder": {**ORDER, "price": "30000.01", "new_order_resp_type": "FULL"},
    "openOrderLists": {},
    "openOrders": {"symbol": "BTCUSDT"},
    "orderAmendKeepPriority": {"symbol": "BTCUSDT", "order_id": 1, "new_qty": "0.005"},
    "orderAmendments": {"symbol": "BTCUSDT", "order_id": 1},
    "orderListOco": {
        "symbol": "BTCUSDT",
        "side": "SELL",
        "quantity": "0.01",
        "above_type": "LIMIT_MAKER",
        "above_price": "31000",
        "below_type": "STOP_LOSS_LIMIT",
        "below_price": "28900",
        "below_stop_price": "29000",
        "below_time_in_force": "GTC",
        "new_order_resp_type": "FULL",
    },
    "orderListOpo": {**WORKING, "pending_type": "LIMIT_MAKER", "pending_price": "30500"},
    "orderListOpoco": {**WORKING, **PENDING_PAIR},
    "orderListOto": {**WORKING, "pending_type": "MARKET", "pending_quantity": "0.01", "new_order_resp_type": "ACK"},
    "orderListOtoco": {**WORKING, **PENDING_PAIR, "pending_quantity": "0.01"},
    "ping": {},
    "queryOrder": {"symbol": "BTCUSDT", "order_id": 1},
    "queryOrderList": {"order_list_id": 1},
    "referencePrice": {"symbol": "BTCUSDT"},
    "referencePriceCalculation": {"symbol": "BTCUSDT"},
    "testNewOrder": {**ORDER, "price": "29000", "compute_commission_rates": True},
    "testNewSorOrder": {**ORDER, "price": "29000"},
    "ticker": {"symbol": "BTCUSDT", "window_size": "4h"},
    "ticker24hr": {"symbols": ["BTCUSDT", "ETHUSDT"], "type": "MINI"},
    "tickerBookTicker": {},
    "tickerPrice": {"symbol": "BTCUSDT"},
    "tickerTradingDay": {"symbols": ["BTCUSDT", "BNBUSDT"]},
    "time": {},
    "trades": {"symbol": "BTCUSDT", "limit": 3},
    "uiKlines": {"symbol": "ETHUSDT", "interval": "1w", "limit": 2},
    "unfilledOrderCount": {},
}


@pytest.fixture
def busy_client(client: Spot, exchange: FakeExchange) -> Spot:
    resting = client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="0.01", price="29000")
    client.order_amend_keep_priority("BTCUSDT", "0.008", order_id=resting.order_id)
    client.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.01")
    client.order_list_oco(
        "BTCUSDT", "SELL", "0.01", "LIMIT_MAKER", "STOP_LOSS", above_price="31000", below_stop_price="29000"
    )
    client.new_sor_order("BTCUSDT", "BUY", "MARKET", "0.01")
    return client


def arguments(operation_id: str) -> dict[str, Any]:
    """The table's arguments; operations added to the spec later get their parameters' documented examples."""
    if operation_id in ARGUMENTS:
        return ARGUMENTS[operation_id]
    operation = OPERATIONS[operation_id]
    wanted = {p.wire_name for p in operation.parameters if p.required} | {g[0] for g in operation.one_of_required}
    examples = spec_operations()[operation_id].parameter_examples
    return {p.python_name: examples[p.wire_name] for p in operation.parameters if p.wire_name in wanted}


@pytest.fixture(scope="module")
def shared_client() -> Iterator[Spot]:
    """One exchange for the operations the fake answers from their examples: they change no state."""
    exchange = FakeExchange(clock=fixed_clock(), weight_limit=10**9)
    oauth = OAuthSession("demo-access-token")  # Binance Login operations carry a token, not the key
    with Spot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange, clock=fixed_clock(), oauth=oauth) as client:
        yield client


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_answer_matches_the_spec_and_parses_into_the_model(request: pytest.FixtureRequest, operation_id: str) -> None:
    client = request.getfixturevalue("busy_client" if operation_id in ARGUMENTS else "shared_client")
    module = importlib.import_module(OPERATIONS[operation_id].function)
    response = module.sync_detailed(client=client, **arguments(operation_id))

    payload = json.loads(response.content)
    assert response_mismatches(operation_id, payload, strict=True) == []
    model = validate_response(operation_id, payload, strict=True)
    assert type(model) is type(response.parsed)
    assert unread_fields(response.parsed) == []


def test_the_table_names_only_operations_of_the_spec() -> None:
    assert set(ARGUMENTS) <= set(OPERATIONS)


def test_wallet_endpoints_outside_the_spec_are_answered(client: Spot) -> None:
    assert client.request("GET", "/sapi/v1/system/status") == {"status": 0, "msg": "normal"}
    (btc,) = client.request(
        "POST", "/sapi/v3/asset/getUserAsset", {"asset": "BTC", "needBtcValuation": True}, security="USER_DATA"
    )
    assert btc == {
        "asset": "BTC", "free": "1.00000000", "locked": "0.00000000", "freeze": "0.00000000",
        "withdrawing": "0.00000000", "ipoable": "0.00000000", "btcValuation": "1.00000000",
    }  # fmt: skip


def test_each_filter_parses_into_its_own_model(client: Spot) -> None:
    (symbol,) = client.exchange_info(symbol="BTCUSDT").symbols
    names = [type(rule).__name__ for rule in symbol.filters]
    assert names[:4] == ["PriceFilter", "LotSizeFilter", "IcebergPartsFilter", "MarketLotSizeFilter"]
