"""The trading loop on the fake: orders rest, fill against the deterministic book, and move balances exactly.

BTCUSDT's book is centred on 30000.00 with one level per tick; the ask levels
30000.01, 30000.02, 30000.03, 30000.04 hold 1.0, 0.75, 0.5 and 0.25 BTC (and the
bids mirror them). The account starts with 1 BTC and 10000 USDT and pays 0.1%.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import pytest

from binance_spot_client import AsyncSpot, Spot, models
from binance_spot_client.models import NewOrderAck, NewOrderFull, NewOrderResult
from binance_spot_client.signing import ClientError
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange
from tests.testing.conftest import fixed_clock


def balances(client: Spot) -> dict[str, tuple[str, str]]:
    return {b.asset: (b.free, b.locked) for b in client.account().balances}


def result_shaped(report: NewOrderAck | NewOrderFull | NewOrderResult) -> NewOrderResult:
    assert isinstance(report, NewOrderResult)  # an order list reports its orders in the RESULT shape
    return report


def test_market_buy_walks_the_book_and_moves_balances(client: Spot, exchange: FakeExchange) -> None:
    exchange.set_balance("USDT", "100000")
    order = client.new_order("BTCUSDT", "BUY", "MARKET", quantity="1.5")
    assert isinstance(order, NewOrderFull)

    assert (order.status, order.executed_qty, order.cummulative_quote_qty) == ("FILLED", "1.50000000", "45000.02000000")
    assert [(f.price, f.qty, f.commission, f.commission_asset) for f in order.fills] == [
        ("30000.01000000", "1.00000000", "0.00100000", "BTC"),
        ("30000.02000000", "0.50000000", "0.00050000", "BTC"),
    ]
    assert balances(client)["BTC"] == ("2.49850000", "0.00000000")
    assert balances(client)["USDT"] == ("54999.98000000", "0.00000000")
    best_ask = client.depth("BTCUSDT", limit=1).asks[0]
    assert (best_ask.price, best_ask.quantity) == ("30000.02000000", "0.25000000")


def test_market_sell_by_quote_quantity_sells_whole_steps(client: Spot) -> None:
    order = client.new_order("BTCUSDT", "SELL", "MARKET", quote_order_qty="100")
    assert isinstance(order, NewOrderFull)

    assert (order.status, order.orig_qty, order.executed_qty) == ("FILLED", "0.00333000", "0.00333000")
    assert order.cummulative_quote_qty == "99.89996670"
    assert order.fills[0].commission == "0.09989997"
    assert balances(client)["BTC"] == ("0.99667000", "0.00000000")
    assert balances(client)["USDT"] == ("10099.80006673", "0.00000000")


def test_limit_order_rests_locks_funds_and_cancel_releases_them(client: Spot) -> None:
    order = client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="0.1", price="29000")
    assert isinstance(order, NewOrderFull)

    assert (order.order_id, order.status, order.fills) == (1, "NEW", [])
    assert balances(client)["USDT"] == ("7100.00000000", "2900.00000000")
    assert client.query_order("BTCUSDT", order_id=1).status == "NEW"
    assert [o.order_id for o in client.open_orders(symbol="BTCUSDT")] == [1]
    bottom = client.depth("BTCUSDT", limit=5000).bids[-1]
    assert (bottom.price, bottom.quantity) == ("29000.00000000", "0.10000000")  # shown in the book

    canceled = client.cancel_order("BTCUSDT", order_id=1)
    assert (canceled.status, canceled.orig_client_order_id) == ("CANCELED", order.client_order_id)
    assert balances(client)["USDT"] == ("10000.00000000", "0.00000000")
    assert client.open_orders(symbol="BTCUSDT") == []
    assert [(o.order_id, o.status) for o in client.all_orders("BTCUSDT")] == [(1, "CANCELED")]


def test_order_is_found_by_its_client_order_id(client: Spot) -> None:
    client.new_order(
        "BTCUSDT", "SELL", "LIMIT", time_in_force="GTC", quantity="0.1", price="31000", new_client_order_id="mine-1"
    )
    assert client.query_order("BTCUSDT", orig_client_order_id="mine-1").price == "31000.00000000"
    assert balances(client)["BTC"] == ("0.90000000", "0.10000000")


def test_unknown_order_is_2013_to_query_and_2011_to_cancel(client: Spot) -> None:
    with pytest.raises(ClientError) as query:
        client.query_order("BTCUSDT", order_id=99)
    with pytest.raises(ClientError) as cancel:
        client.cancel_order("BTCUSDT", order_id=99)
    assert (query.value.code, query.value.msg) == (-2013, "Order does not exist.")
    assert (cancel.value.code, cancel.value.msg) == (-2011, "Unknown order sent.")


def test_resting_order_filled_by_the_market_pays_the_maker_commission(client: Spot, exchange: FakeExchange) -> None:
    client.new_order("BTCUSDT", "SELL", "LIMIT", time_in_force="GTC", quantity="0.5", price="30100")
    assert exchange.fill_resting("BTCUSDT", "30099") == []  # the market did not reach the order
    assert exchange.fill_resting("BTCUSDT", "30100") == [1]

    assert client.query_order("BTCUSDT", order_id=1).status == "FILLED"
    assert balances(client)["BTC"] == ("0.50000000", "0.00000000")
    assert balances(client)["USDT"] == ("25034.95000000", "0.00000000")  # 10000 + 15050 - 15.05
    (trade,) = client.my_trades("BTCUSDT")
    assert (trade.is_maker, trade.is_buyer, trade.quote_qty, trade.commission) == (
        True,
        False,
        "15050.00000000",
        "15.05000000",
    )


def test_limit_order_through_the_book_fills_then_rests_the_rest(client: Spot, exchange: FakeExchange) -> None:
    exchange.set_balance("USDT", "100000")
    order = client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="1.5", price="30000.01")
    assert isinstance(order, NewOrderFull)

    assert (order.status, order.executed_qty) == ("PARTIALLY_FILLED", "1.00000000")
    assert balances(client)["USDT"] == ("54999.98500000", "15000.00500000")  # 0.5 BTC still bid at 30000.01


@pytest.mark.parametrize(("time_in_force", "executed"), [("IOC", "1.00000000"), ("FOK", "0.00000000")])
def test_immediate_orders_expire_what_the_book_cannot_fill(
    client: Spot, exchange: FakeExchange, time_in_force: Literal["IOC", "FOK"], executed: str
) -> None:
    exchange.set_balance("USDT", "100000")
    order = client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force=time_in_force, quantity="1.5", price="30000.01")
    assert isinstance(order, NewOrderFull)
    assert (order.status, order.executed_qty) == ("EXPIRED", executed)
    assert balances(client)["USDT"][1] == "0.00000000"


def test_limit_maker_that_would_take_is_rejected(client: Spot) -> None:
    with pytest.raises(ClientError) as refused:
        client.new_order("BTCUSDT", "BUY", "LIMIT_MAKER", quantity="0.1", price="30000.01")
    assert (refused.value.code, refused.value.msg) == (-2010, "Order would immediately match and take.")


@pytest.mark.parametrize(
    ("quantity", "price", "failed"),
    [
        ("0.000001", "29000", "LOT_SIZE"),  # below minQty 0.00001
        ("0.000015", "29000", "LOT_SIZE"),  # not a whole number of 0.00001 steps
        ("0.1", "29000.005", "PRICE_FILTER"),  # not on the 0.01 tick
        ("0.0001", "29000", "NOTIONAL"),  # 2.90 USDT, below minNotional 5
        ("0.001", "5000", "PERCENT_PRICE_BY_SIDE"),  # below 0.2 x the average price
    ],
)
def test_orders_breaking_a_filter_are_rejected_with_1013(client: Spot, quantity: str, price: str, failed: str) -> None:
    with pytest.raises(ClientError) as refused:
        client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity=quantity, price=price)
    assert (refused.value.code, refused.value.msg) == (-1013, f"Filter failure: {failed}")
    assert client.open_orders() == []


def test_filters_are_the_ones_exchange_info_publishes(client: Spot) -> None:
    (symbol,) = client.exchange_info(symbol="BTCUSDT").symbols
    rules = {f.to_dict()["filterType"]: f.to_dict() for f in symbol.filters}
    assert rules["LOT_SIZE"] == {
        "filterType": "LOT_SIZE",
        "minQty": "0.00001000",
        "maxQty": "9000.00000000",
        "stepSize": "0.00001000",
    }
    assert rules["PRICE_FILTER"]["tickSize"] == "0.01000000"
    assert rules["NOTIONAL"]["minNotional"] == "5.00000000"


def test_order_beyond_the_balance_is_rejected(client: Spot) -> None:
    with pytest.raises(ClientError) as refused:
        client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="1", price="29000")
    assert (refused.value.code, refused.value.msg) == (-2010, "Account has insufficient balance for requested action.")


def test_balances_add_up_over_a_trading_loop(client: Spot, exchange: FakeExchange) -> None:
    start = {asset: Decimal(free) for asset, (free, _) in balances(client).items()}
    client.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.2")
    client.new_order("BTCUSDT", "SELL", "MARKET", quote_order_qty="1234.5")
    resting = client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="0.05", price="29990")
    client.new_order("BTCUSDT", "SELL", "LIMIT", time_in_force="GTC", quantity="0.07", price="30050")
    exchange.fill_resting("BTCUSDT", "30050")  # the SELL fills; the BUY below stays
    client.cancel_order("BTCUSDT", order_id=resting.order_id)
    client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="IOC", quantity="0.1", price="30000.02")

    expected = dict(start)
    for trade in client.my_trades("BTCUSDT"):
        qty, quote, fee = Decimal(trade.qty), Decimal(trade.quote_qty), Decimal(trade.commission)
        expected["BTC"] += qty if trade.is_buyer else -qty
        expected["USDT"] += -quote if trade.is_buyer else quote
        expected[trade.commission_asset] -= fee
    final = balances(client)
    assert {asset: Decimal(free) for asset, (free, _) in final.items()} == expected
    assert all(locked == "0.00000000" for _, locked in final.values())
    for order in client.all_orders("BTCUSDT"):
        fills = [t for t in client.my_trades("BTCUSDT", order_id=order.order_id)]
        assert sum(Decimal(t.qty) for t in fills) == Decimal(order.executed_qty)
        assert sum(Decimal(t.quote_qty) for t in fills) == Decimal(order.cummulative_quote_qty)


def test_oco_rests_both_legs_on_one_lock_and_a_fill_expires_the_other(client: Spot, exchange: FakeExchange) -> None:
    placed = client.order_list_oco(
        "BTCUSDT", "SELL", "0.1", "LIMIT_MAKER", "STOP_LOSS", above_price="31000", below_stop_price="29000"
    )
    assert (placed.contingency_type, placed.list_status_type, placed.list_order_status) == (
        "OCO",
        "EXEC_STARTED",
        "EXECUTING",
    )
    reports = [result_shaped(r) for r in placed.order_reports]
    assert [(r.type, r.status) for r in reports] == [("STOP_LOSS", "NEW"), ("LIMIT_MAKER", "NEW")]
    assert balances(client)["BTC"] == ("0.90000000", "0.10000000")
    assert [ol.order_list_id for ol in client.open_order_lists()] == [placed.order_list_id]

    assert exchange.fill_resting("BTCUSDT", "31000") == [2]
    assert [(o.order_id, o.status) for o in client.all_orders("BTCUSDT")] == [(1, "EXPIRED"), (2, "FILLED")]
    assert client.query_order_list(order_list_id=placed.order_list_id).list_order_status == "ALL_DONE"
    assert balances(client)["BTC"] == ("0.90000000", "0.00000000")
    assert balances(client)["USDT"] == ("13096.90000000", "0.00000000")  # 10000 + 3100 - 3.1


def test_oco_legs_must_straddle_the_price(client: Spot) -> None:
    with pytest.raises(ClientError) as refused:
        client.order_list_oco(
            "BTCUSDT", "SELL", "0.1", "LIMIT_MAKER", "STOP_LOSS", above_price="31000", below_stop_price="30500"
        )
    assert (refused.value.code, refused.value.msg) == (-2010, "Order would trigger immediately.")


def test_oto_pending_order_starts_when_the_working_order_fills(client: Spot, exchange: FakeExchange) -> None:
    placed = client.order_list_oto(
        "BTCUSDT", "LIMIT", "BUY", "29500", "0.1", "LIMIT_MAKER", "SELL", "0.1",
        working_time_in_force="GTC", pending_price="30500",
    )  # fmt: skip
    reports = [result_shaped(r) for r in placed.order_reports]
    assert [(r.order_id, r.status) for r in reports] == [(1, "NEW"), (2, "PENDING_NEW")]
    assert exchange.fill_resting("BTCUSDT", "29500") == [1]

    assert client.query_order("BTCUSDT", order_id=2).status == "NEW"
    assert balances(client)["BTC"] == ("0.99990000", "0.10000000")  # bought 0.1 less the fee; 0.1 now offered
    assert [o.order_id for o in client.open_orders(symbol="BTCUSDT")] == [2]


def test_cancel_replace_swaps_a_resting_order(client: Spot) -> None:
    first = client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="0.1", price="29000")
    result = client.cancel_replace_order(
        "BTCUSDT", "BUY", "LIMIT", "STOP_ON_FAILURE", cancel_order_id=first.order_id, time_in_force="GTC",
        quantity="0.2", price="29500",
    )  # fmt: skip
    assert (result.cancel_result, result.new_order_result) == ("SUCCESS", "SUCCESS")
    assert isinstance(result.new_order_response, NewOrderFull)
    assert (result.cancel_response.status, result.new_order_response.price) == ("CANCELED", "29500.00000000")
    assert balances(client)["USDT"] == ("4100.00000000", "5900.00000000")


def test_cancel_replace_of_an_unknown_order_fails_whole_with_2022(client: Spot) -> None:
    with pytest.raises(ClientError) as refused:
        client.cancel_replace_order(
            "BTCUSDT", "BUY", "LIMIT", "STOP_ON_FAILURE", cancel_order_id=42, time_in_force="GTC", quantity="0.1",
            price="29000",
        )  # fmt: skip
    assert (refused.value.status_code, refused.value.code) == (400, -2022)
    assert refused.value.data["data"]["cancelResult"] == "FAILURE"
    assert refused.value.data["data"]["newOrderResult"] == "NOT_ATTEMPTED"


def test_amend_keeps_the_order_and_lowers_its_quantity(client: Spot) -> None:
    order = client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="0.1", price="29000")
    amended = client.order_amend_keep_priority("BTCUSDT", "0.04", order_id=order.order_id)

    assert (amended.amended_order.order_id, amended.amended_order.qty) == (order.order_id, "0.04000000")
    assert balances(client)["USDT"] == ("8840.00000000", "1160.00000000")
    (amendment,) = client.order_amendments("BTCUSDT", order.order_id)
    assert (amendment.orig_qty, amendment.new_qty) == ("0.10000000", "0.04000000")


def test_test_order_checks_everything_but_places_nothing(client: Spot) -> None:
    result = client.test_new_order("BTCUSDT", "BUY", "MARKET", quantity="0.01", compute_commission_rates=True)
    assert isinstance(result, models.TestOrderCommission)  # by its module: pytest collects names Test*
    assert result.standard_commission_for_order.taker == "0.00100000"
    assert client.all_orders("BTCUSDT") == []
    with pytest.raises(ClientError) as refused:
        client.test_new_order("BTCUSDT", "BUY", "MARKET", quantity="0.000001")
    assert refused.value.msg == "Filter failure: LOT_SIZE"


async def test_async_client_trades_in_process(exchange: FakeExchange) -> None:
    async with AsyncSpot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange, clock=fixed_clock()) as client:
        order = await client.new_order("ETHUSDT", "SELL", "MARKET", quantity="2")
        assert isinstance(order, NewOrderFull)
        assert [(f.price, f.qty) for f in order.fills] == [("1999.99000000", "2.00000000")]
    assert exchange.balance("ETH").free == Decimal("8")
    assert exchange.balance("USDT").free == Decimal("10000") + Decimal("3999.98") - Decimal("3.99998")
