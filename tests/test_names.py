"""The names users expect (issue 19, item 5), and the deprecated spellings 0.7.0 keeps for one minor version."""

from __future__ import annotations

import builtins
import importlib
import inspect
import keyword
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any, cast

import attrs
import msgspec
import pytest

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client._stream_events import Trade
from binance_spot_client._websocket_methods import ROWS, AsyncWebSocketMethods, WebSocketMethods
from binance_spot_client.models import ExchangeInfo, Kline, NewOrderAck
from binance_spot_client.operations import OPERATIONS
from binance_spot_client.signing import Operation, SymbolRules
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange
from tests.conftest import Recorder


def python_name(operation: Operation) -> str:
    return operation.function.rsplit(".", 1)[1]


def facade_method(client: Spot | AsyncSpot, operation: Operation) -> Callable[..., Any]:
    owner = client if operation.path.startswith("/api/") else getattr(client, operation.tag)
    return cast(Callable[..., Any], getattr(owner, python_name(operation)))


def test_every_websocket_method_with_a_rest_twin_has_the_twins_name() -> None:
    twins = {name: row[3] for name, row in ROWS.items() if row[3] is not None}
    members = vars(AsyncWebSocketMethods).items()
    # A deprecated alias (`order_place`) wraps the method it stands for, and carries that one's __name__.
    typed = {name for name, member in members if inspect.iscoroutinefunction(member) and member.__name__ == name}
    typed -= {"call"}
    expected = {python_name(OPERATIONS[rest]) for rest in twins.values()}
    assert typed - expected == set(), "typed WebSocket methods not named as their REST twin"
    assert expected - typed == set()
    for methods in (AsyncWebSocketMethods, WebSocketMethods):
        for name in expected:
            assert callable(getattr(methods, name))
    # The two pairs the issue names.
    assert {"ticker24hr", "ticker_book_ticker"} <= typed


def signatures(client: Spot) -> Iterator[tuple[str, inspect.Signature]]:
    for operation_id, operation in OPERATIONS.items():
        yield operation_id, inspect.signature(facade_method(client, operation))
        module = importlib.import_module(operation.function)
        yield f"{operation_id} (module)", inspect.signature(module.sync)
    for name, member in vars(AsyncWebSocketMethods).items():
        if inspect.iscoroutinefunction(member):
            yield f"WebSocket {name}", inspect.signature(member)


def test_no_parameter_carries_an_underscore_only_because_it_names_a_builtin(client: Spot) -> None:
    suffixed = {
        (where, parameter)
        for where, signature in signatures(client)
        for parameter in signature.parameters
        if parameter.endswith("_") and hasattr(builtins, parameter[:-1]) and not keyword.iskeyword(parameter[:-1])
    }
    assert suffixed == set()
    assert "type" in inspect.signature(client.new_order).parameters
    # A keyword keeps it: `from` cannot be a parameter's name.
    assert any(p.wire_name == "from" and p.python_name == "from_" for o in OPERATIONS.values() for p in o.parameters)


def test_type_and_the_deprecated_type_underscore_send_the_same_request(client: Spot, recorder: Recorder) -> None:
    # Type checkers refuse the old keyword (mypy: 'did you mean "type"?'); it works at run time, with a warning.
    legacy: Any = client
    client.test_new_order("BTCUSDT", "BUY", type="LIMIT", time_in_force="GTC", quantity="1", price="2")
    with pytest.warns(DeprecationWarning, match="the keyword 'type_' is deprecated; use 'type'"):
        legacy.test_new_order("BTCUSDT", "BUY", type_="LIMIT", time_in_force="GTC", quantity="1", price="2")
    from binance_spot_client.api.trade import test_new_order

    with pytest.warns(DeprecationWarning, match="'type_'"):
        cast(Any, test_new_order).sync(
            client=client, symbol="BTCUSDT", side="BUY", type_="LIMIT", time_in_force="GTC", quantity="1", price="2"
        )
    first, second, third = (request.url.query for request in recorder.requests)
    assert b"&type=LIMIT&timeInForce=GTC&quantity=1&price=2&" in first
    assert first == second == third


async def test_the_async_facade_takes_type_underscore_with_a_warning(aclient: AsyncSpot, recorder: Recorder) -> None:
    with pytest.warns(DeprecationWarning, match="use 'type'"):
        await cast(Any, aclient).test_new_order("BTCUSDT", "SELL", type_="MARKET", quantity="1")
    assert b"&type=MARKET&quantity=1&" in recorder.requests[0].url.query


def test_symbol_rules_check_order_takes_type_and_the_old_keyword() -> None:
    rules = SymbolRules.from_exchange_info({"symbols": [{"symbol": "BTCUSDT", "filters": []}]}, "BTCUSDT")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rules.check_order(side="BUY", type="MARKET", quantity="1")
    with pytest.warns(DeprecationWarning, match="use 'type'"):
        rules.check_order(side="BUY", type_="MARKET", quantity="1")  # type: ignore[call-arg]


class Recording(AsyncWebSocketMethods):
    """Records what a typed method asks `call` for, instead of sending it."""

    async def call(
        self,
        method: str,
        /,
        *,
        request_id: str | int | None = None,
        timeout: float | None = None,
        recv_window: Any = None,
        **arguments: Any,
    ) -> Any:
        return method, {name: value for name, value in arguments.items() if value is not None}


async def test_former_websocket_names_and_keywords_warn_and_call_the_same_method() -> None:
    api = Recording()
    expected = ("order.place", {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "1"})
    assert cast(Any, await api.new_order("BTCUSDT", "BUY", "MARKET", quantity="1")) == expected
    with pytest.warns(DeprecationWarning, match="the method 'order_place' is deprecated; use 'new_order'"):
        assert cast(Any, await api.order_place("BTCUSDT", "BUY", "MARKET", quantity="1")) == expected
    with pytest.warns(DeprecationWarning, match="the keyword 'type_' is deprecated; use 'type'"):
        assert await cast(Any, api).new_order("BTCUSDT", "BUY", type_="MARKET", quantity="1") == expected
    with pytest.warns(DeprecationWarning, match="'ticker_24hr' is deprecated; use 'ticker24hr'"):
        assert cast(Any, await api.ticker_24hr(symbol="BTCUSDT")) == ("ticker.24hr", {"symbol": "BTCUSDT"})
    assert inspect.iscoroutinefunction(AsyncWebSocketMethods.order_place)


# A parameter named by its wire name in backquotes, such as `timeInForce` in new_order's description.
CODE_SPAN = re.compile(r"`([A-Za-z][A-Za-z0-9]*)`")


def test_docstrings_name_the_python_parameters(client: Spot) -> None:
    wire_named = {}
    for operation_id, operation in OPERATIONS.items():
        renamed = {p.wire_name for p in operation.parameters if p.wire_name != p.python_name}
        doc = inspect.getdoc(facade_method(client, operation)) or ""
        spans = set(CODE_SPAN.findall(doc)) & renamed
        if spans:
            wire_named[operation_id] = spans
    assert wire_named == {}
    doc = inspect.getdoc(client.new_order) or ""
    assert "Stop-loss and take-profit orders trigger on `stop_price`, on a\ntrailing distance (`trailing_delta`)" in doc
    described = OPERATIONS["newOrder"].by_wire_name["type"].description
    assert described.startswith(
        "Order type; it decides which other parameters become mandatory: `LIMIT` needs `time_in_force`"
    )


KLINE = [1499040000000, "0.01634790", "0.80000000", "0.01575800", "0.01577100", "148976.11427815"]
KLINE += [1499644799999, "2434.19055334", 308, "1756.87402397", "28.46694368", "0"]


def test_kline_fields_read_naturally_with_decimal_readings_beside_them() -> None:
    kline = Kline.from_dict(KLINE)
    assert (kline.open, kline.high, kline.low, kline.close) == ("0.01634790", "0.80000000", "0.01575800", "0.01577100")
    assert str(kline.open_decimal) == "0.01634790"
    with pytest.warns(DeprecationWarning, match="the attribute 'open_' is deprecated; use 'open'"):
        assert cast(Any, kline).open_ == "0.01634790"
    with pytest.warns(DeprecationWarning, match="'open__decimal' is deprecated; use 'open_decimal'"):
        assert cast(Any, kline).open__decimal == kline.open_decimal


def test_answer_models_read_the_order_type_as_type() -> None:
    exchange = FakeExchange(balances={"USDT": "100000"})
    with Spot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange) as client:
        price = client.ticker_price(symbol="BNBUSDT").price
        order = client.new_order("BNBUSDT", "BUY", type="LIMIT", time_in_force="GTC", quantity="1", price=price)
        queried = client.query_order("BNBUSDT", order_id=order.order_id)
    assert (queried.type, queried.to_dict()["type"]) == ("LIMIT", "LIMIT")
    assert [field.name for field in attrs.fields(type(queried)) if field.name.startswith("type")] == ["type"]
    with pytest.warns(DeprecationWarning, match="the attribute 'type_' is deprecated; use 'type'"):
        assert cast(Any, queried).type_ == "LIMIT"


def test_rest_models_and_stream_events_keep_unknown_fields_under_one_name() -> None:
    ack = NewOrderAck.from_dict(
        {"symbol": "BTCUSDT", "orderId": 1, "orderListId": -1, "clientOrderId": "a", "transactTime": 2, "new": 3}
    )
    assert (ack.unknown_fields, ack["new"], "new" in ack) == ({"new": 3}, 3, True)
    info = ExchangeInfo.from_dict(
        {"timezone": "UTC", "serverTime": 1, "rateLimits": [], "exchangeFilters": [], "symbols": [], "new": True}
    )
    assert (info.unknown_fields, info["new"]) == ({"new": True}, True)
    payload = {"e": "trade", "E": 1, "s": "BNBBTC", "t": 12345, "p": "0.1", "q": "100", "T": 2, "m": True}
    trade = Trade.from_payload(payload | {"M": True, "X": "new"})
    assert (trade.unknown_fields, trade["X"], "X" in trade, "Y" in trade) == (
        {"M": True, "X": "new"},
        "new",
        True,
        False,
    )
    assert repr(trade).endswith("unknown_fields={'M': True, 'X': 'new'})")
    with pytest.warns(DeprecationWarning, match="the attribute 'extra' is deprecated; use 'unknown_fields'"):
        assert trade.extra == trade.unknown_fields
    assert msgspec.json.decode(msgspec.json.encode(payload), type=Trade).unknown_fields == {}
