"""Parameters are checked against the spec, and wrong ones get the errors Binance sends.

Requests go through the client's escape hatch, which sends parameters unchecked,
so the fake sees exactly what a buggy or hand-rolled client would send.
"""

from __future__ import annotations

import pytest

from binance_spot_client import Spot
from binance_spot_client.signing import ClientError

SYMBOL_RANGE = "^([A-Z0-9-_.]|[^\\x00-\\x7F]){1,20}$"
SYMBOLS_RANGE = '^\\[("([A-Z0-9-_.]|[^\\x00-\\x7F]){1,20}"(,"([A-Z0-9-_.]|[^\\x00-\\x7F]){1,20}"){0,}){0,1}\\]$'
LIMIT_ORDER = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "timeInForce": "GTC", "quantity": "0.01"}

CASES = [
    # (method, path, params, security, code, msg)
    ("GET", "/api/v3/depth", {}, "NONE", -1102,
     "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed."),
    ("GET", "/api/v3/depth", {"symbol": ""}, "NONE", -1102,
     "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed."),
    ("GET", "/api/v3/depth", {"symbol": "btc usdt"}, "NONE", -1100,
     f"Illegal characters found in parameter 'symbol'; legal range is '{SYMBOL_RANGE}'."),
    ("GET", "/api/v3/depth", {"symbol": "NOPEUSDT"}, "NONE", -1121, "Invalid symbol."),
    ("GET", "/api/v3/depth", {"symbol": "BTCUSDT", "limit": "many"}, "NONE", -1100,
     "Illegal characters found in parameter 'limit'; legal range is '^[0-9]{1,20}$'."),
    ("GET", "/api/v3/depth", {"symbol": "BTCUSDT", "limit": 5001}, "NONE", -1130,
     "Data sent for parameter 'limit' is not valid."),
    ("GET", "/api/v3/depth", {"symbol": "BTCUSDT", "depth": 5}, "NONE", -1104,
     "Not all sent parameters were read; read '1' parameter(s) but was sent '2'."),
    ("GET", "/api/v3/klines", {"symbol": "BTCUSDT", "interval": "7m"}, "NONE", -1120, "Invalid interval."),
    ("GET", "/api/v3/ticker/24hr", {"symbol": "BTCUSDT", "type": "TINY"}, "NONE", -1139, "Invalid ticker type."),
    ("GET", "/api/v3/ticker/price", {"symbols": '["BTCUSDT",'}, "NONE", -1100,
     f"Illegal characters found in parameter 'symbols'; legal range is '{SYMBOLS_RANGE}'."),
    ("GET", "/api/v3/ticker/price", {"symbols": ["BTCUSDT", "NOPEUSDT"]}, "NONE", -1121, "Invalid symbol."),
    ("GET", "/api/v3/ticker/price", {"symbol": "BTCUSDT", "symbols": ["ETHUSDT"]}, "NONE", -1128,
     "Combination of optional parameters invalid."),
    ("GET", "/api/v3/order", {"symbol": "BTCUSDT"}, "USER_DATA", -1102,
     "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!"),
    ("POST", "/api/v3/order", {**LIMIT_ORDER, "side": "HOLD", "price": "29000"}, "TRADE", -1117, "Invalid side."),
    ("POST", "/api/v3/order", {**LIMIT_ORDER, "type": "STOP"}, "TRADE", -1116, "Invalid orderType."),
    ("POST", "/api/v3/order", {**LIMIT_ORDER, "timeInForce": "GTX", "price": "1"}, "TRADE", -1115,
     "Invalid timeInForce."),
    ("POST", "/api/v3/order", LIMIT_ORDER, "TRADE", -1102,
     "Mandatory parameter 'price' was not sent, was empty/null, or malformed."),
    ("POST", "/api/v3/order", {**LIMIT_ORDER, "quantity": "0,01", "price": "29000"}, "TRADE", -1100,
     "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'."),
    ("POST", "/api/v3/order", {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "timeInForce": "GTC",
                               "quantity": "0.01"}, "TRADE", -1106, "Parameter 'timeInForce' sent when not required."),
    ("POST", "/api/v3/order", {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET"}, "TRADE", -1102,
     "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!"),
    ("POST", "/api/v3/order", {**LIMIT_ORDER, "price": "29000", "strategyType": 7}, "TRADE", -1134,
     "`strategyType` was less than 1000000."),
    ("POST", "/api/v3/orderList/oto", {"symbol": "BTCUSDT", "workingType": "LIMIT", "workingSide": "BUY",
                                       "workingPrice": "29000", "workingQuantity": "0.01", "pendingType": "MARKET",
                                       "pendingSide": "SELL", "pendingQuantity": "0.01"}, "TRADE", -1102,
     "Mandatory parameter 'workingTimeInForce' was not sent, was empty/null, or malformed."),
]  # fmt: skip


@pytest.mark.parametrize(("method", "path", "params", "security", "code", "msg"), CASES)
def test_wrong_parameters_get_binance_errors(
    client: Spot, method: str, path: str, params: dict[str, object], security: str, code: int, msg: str
) -> None:
    with pytest.raises(ClientError) as refused:
        client.request(method, path, params, security=security)
    assert (refused.value.status_code, refused.value.code, refused.value.msg) == (400, code, msg)


def test_duplicate_parameter_is_refused_with_1101(client: Spot) -> None:
    answer = client.http.get("https://api.binance.com/api/v3/depth?symbol=BTCUSDT&symbol=ETHUSDT")
    assert answer.json() == {"code": -1101, "msg": "Duplicate values for a parameter detected."}


def test_parameters_may_travel_in_a_form_body(client: Spot) -> None:
    answer = client.http.post(
        "https://api.binance.com/api/v3/order/test",
        content=b"symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        extensions={"binance_security": "TRADE"},
        auth=client.auth,
    )
    assert (answer.status_code, answer.json()) == (200, {})


def test_unknown_endpoint_is_a_404(client: Spot) -> None:
    with pytest.raises(ClientError) as refused:
        client.request("GET", "/api/v3/nothing")
    assert (refused.value.status_code, refused.value.code) == (404, -1000)
