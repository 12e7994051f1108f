"""Bad input is refused locally, with a typed error naming the parameter, before any byte is sent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from binance_spot_client import ParameterError, Spot
from tests.conftest import Recorder

CASES: list[tuple[str, dict[str, Any], str, str]] = [
    ("depth", {"symbol": "btc usdt"}, "symbol", "does not match"),
    ("depth", {"symbol": "BTCUSDT" * 3}, "symbol", "does not match"),
    ("depth", {"symbol": None}, "symbol", "is required"),
    ("depth", {"symbol": "BTCUSDT", "limit": 5001}, "limit", "above the maximum"),
    ("depth", {"symbol": "BTCUSDT", "limit": "5"}, "limit", "expected an integer"),
    ("depth", {"symbol": "BTCUSDT", "symbol_status": "SLEEPING"}, "symbol_status", "is not one of"),
    ("klines", {"symbol": "BTCUSDT", "interval": "2m"}, "interval", "is not one of"),
    (
        "new_order",
        {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": 1, "quote_order_qty": 10},
        "quote_order_qty",
        "cannot be sent together with quantity",
    ),
    (
        "new_order",
        {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": float("nan"), "price": 1},
        "quantity",
        "not a finite number",
    ),
    (
        "new_order",
        {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": Decimal("Infinity"), "price": 1},
        "quantity",
        "not a finite number",
    ),
    ("new_order", {"symbol": "BTCUSDT", "side": "HOLD", "type": "LIMIT"}, "side", "is not one of"),
    ("cancel_order", {"symbol": "BTCUSDT"}, "order_id", "one of order_id, orig_client_order_id is required"),
    ("query_order", {"symbol": "BTCUSDT", "order_id": 1, "recv_window": 60001}, "recv_window", "outside"),
    ("ticker_price", {"symbols": "BTCUSDT"}, "symbols", "expected a list"),
]


@pytest.mark.parametrize(("method", "arguments", "parameter", "problem"), CASES)
def test_bad_argument_is_refused_before_sending(
    client: Spot, recorder: Recorder, method: str, arguments: dict[str, Any], parameter: str, problem: str
) -> None:
    with pytest.raises(ParameterError) as caught:
        getattr(client, method)(**arguments)
    assert caught.value.parameter == parameter
    assert problem in str(caught.value)
    assert recorder.requests == []


def test_enum_members_and_their_strings_are_both_accepted(client: Spot, recorder: Recorder) -> None:
    from binance_spot_client.models import KlineInterval

    recorder.body = []
    client.klines("BTCUSDT", KlineInterval.MONTH_1)
    client.klines("BTCUSDT", "1M")
    assert [r.url.query for r in recorder.requests] == [b"symbol=BTCUSDT&interval=1M"] * 2


def test_prices_go_out_as_plain_decimal_text(client: Spot, recorder: Recorder) -> None:
    recorder.body = {"symbol": "BTCUSDT", "orderId": 1, "orderListId": -1, "clientOrderId": "c", "transactTime": 1}
    client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity=1e-07, price=Decimal("1E+1"))
    assert b"&quantity=0.0000001&price=10&" in recorder.requests[0].url.query
