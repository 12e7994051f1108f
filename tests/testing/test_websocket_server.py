"""The fake exchange over WebSocket: the exact frames of its WebSocket API and market streams."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import websockets
from websockets.asyncio.client import ClientConnection, connect

from binance_spot_client import Spot
from binance_spot_client.signing import ClientError
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeServer, FakeWebSocketServer
from binance_spot_client.websocket import (
    AsyncWebSocketAPI,
    ExecutionReport,
    ListStatus,
    OutboundAccountPosition,
    UnknownEvent,
)
from tests.patience import PATIENCE

from .conftest import NOW_MS, fixed_clock

KEYS = Path(__file__).parents[1] / "signing" / "keys"
WEIGHT_1 = {"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 6000, "count": 1}


@pytest.fixture
async def ws_api(server: FakeServer) -> AsyncIterator[ClientConnection]:
    async with connect(server.websocket.api_url) as ws:
        yield ws


async def ask(ws: ClientConnection, message: dict[str, Any]) -> Any:
    await ws.send(json.dumps(message))
    return json.loads(await ws.recv(decode=True))


async def next_frame(ws: ClientConnection) -> Any:
    return json.loads(await ws.recv(decode=True))


def hmac_signed(params: dict[str, Any]) -> dict[str, Any]:
    """Params signed as Binance's docs describe, written out here rather than with the client's code."""
    signed = {**params, "apiKey": DEMO_API_KEY, "timestamp": NOW_MS}
    payload = "&".join(f"{name}={signed[name]}" for name in sorted(signed))
    return {**signed, "signature": hmac.new(DEMO_SECRET_KEY.encode(), payload.encode(), hashlib.sha256).hexdigest()}


# -- WebSocket API ------------------------------------------------------------------------------


async def test_ping_answer_has_the_request_id_status_and_rate_limits(ws_api: ClientConnection) -> None:
    answer = await ask(ws_api, {"id": "a1", "method": "ping"})
    assert answer == {"id": "a1", "status": 200, "result": {}, "rateLimits": [WEIGHT_1]}


async def test_return_rate_limits_false_leaves_them_out(server: FakeServer) -> None:
    async with connect(server.websocket.api_url + "?returnRateLimits=false") as ws:
        assert await ask(ws, {"id": 7, "method": "time"}) == {"id": 7, "status": 200, "result": {"serverTime": NOW_MS}}


async def test_unknown_method_and_bad_parameters_get_binance_errors(ws_api: ClientConnection) -> None:
    assert await ask(ws_api, {"id": 1, "method": "order.teleport"}) == {
        "id": 1,
        "status": 400,
        "error": {"code": -1020, "msg": "This operation is not supported."},
    }
    answer = await ask(ws_api, {"id": 2, "method": "depth", "params": {"symbol": "NOPE"}})
    assert answer["id"] == 2 and answer["status"] == 400
    assert answer["error"] == {"code": -1121, "msg": "Invalid symbol."}


async def test_order_place_signed_by_params_fills_and_shows_over_rest(ws_api: ClientConnection, spot: Spot) -> None:
    params = hmac_signed({"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.1",
                          "newClientOrderId": "ws-1", "newOrderRespType": "RESULT"})  # fmt: skip
    answer = await ask(ws_api, {"id": "o1", "method": "order.place", "params": params})
    assert answer["status"] == 200
    assert answer["result"]["clientOrderId"] == "ws-1"
    assert (answer["result"]["status"], answer["result"]["executedQty"]) == ("FILLED", "0.10000000")
    orders = [
        {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": 50, "count": 1},
        {"rateLimitType": "ORDERS", "interval": "DAY", "intervalNum": 1, "limit": 160000, "count": 1},
    ]
    # An accepted order weighs nothing since 2026-03-27; it still counts against the order limits.
    assert answer["rateLimits"] == [*orders, {**WEIGHT_1, "count": 0}]
    seen = spot.query_order("BTCUSDT", orig_client_order_id="ws-1")
    assert (seen.order_id, seen.status, seen.executed_qty) == (answer["result"]["orderId"], "FILLED", "0.10000000")


async def test_a_wrong_signature_is_1022(ws_api: ClientConnection) -> None:
    params = {**hmac_signed({}), "signature": "0" * 64}
    answer = await ask(ws_api, {"id": 3, "method": "account.status", "params": params})
    assert (answer["status"], answer["error"]) == (
        400,
        {"code": -1022, "msg": "Signature for this request is not valid."},
    )


async def test_rest_order_shows_over_the_websocket_api(exchange: FakeExchange, server: FakeServer, spot: Spot) -> None:
    placed = spot.new_order("ETHUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="1", price="1990")
    async with AsyncWebSocketAPI(
        DEMO_API_KEY, DEMO_SECRET_KEY, url=server.websocket.api_url, clock=fixed_clock()
    ) as api:
        seen = await api.query_order("ETHUSDT", order_id=placed.order_id)
        assert (seen.status, seen.price, seen.orig_qty) == ("NEW", "1990.00000000", "1.00000000")
        canceled = await api.cancel_order("ETHUSDT", order_id=placed.order_id)
        assert canceled.status == "CANCELED"
    assert exchange.order(placed.order_id).status == "CANCELED"


async def test_session_logon_authorises_requests_without_signature(exchange: FakeExchange, server: FakeServer) -> None:
    exchange.add_api_key("ed-key", public_key=KEYS / "test-ed25519-public.pem")
    api = AsyncWebSocketAPI(
        "ed-key", private_key=KEYS / "test-ed25519-private.pem", url=server.websocket.api_url, clock=fixed_clock()
    )
    async with api:  # an Ed25519 key logs on by itself
        status = await api.session_status()
        assert (status.api_key, status.authorized_since, status.user_data_stream) == ("ed-key", NOW_MS, False)
        account = await api.account()  # sent with timestamp alone
        assert account.balances[0].asset == "BTC"
        logged_out = await api.session_logout()
        assert (logged_out.api_key, logged_out.authorized_since) == (None, None)


async def test_only_ed25519_keys_can_log_on(ws_api: ClientConnection) -> None:
    answer = await ask(ws_api, {"id": 4, "method": "session.logon", "params": hmac_signed({})})
    assert answer == {
        "id": 4,
        "status": 400,
        "error": {"code": -1002, "msg": "You are not authorized to execute this request."},
        "rateLimits": [{**WEIGHT_1, "count": 2}],
    }


async def test_user_data_subscribe_needs_a_logged_on_session(ws_api: ClientConnection) -> None:
    answer = await ask(ws_api, {"id": 5, "method": "userDataStream.subscribe"})
    assert answer["error"] == {"code": -1002, "msg": "You are not authorized to execute this request."}


async def test_user_data_events_follow_orders_placed_filled_and_cancelled(
    exchange: FakeExchange, server: FakeServer, spot: Spot, ws_api: ClientConnection
) -> None:
    subscribed = await ask(ws_api, {"id": 6, "method": "userDataStream.subscribe.signature", "params": hmac_signed({})})
    assert (subscribed["id"], subscribed["status"], subscribed["result"]) == (6, 200, {"subscriptionId": 0})
    order = spot.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="0.2", price="29000",
                           new_client_order_id="bot-1")  # fmt: skip
    new = await next_frame(ws_api)
    assert new["subscriptionId"] == 0
    assert new["event"] == {
        "e": "executionReport", "E": NOW_MS, "s": "BTCUSDT", "c": "bot-1", "S": "BUY", "o": "LIMIT", "f": "GTC",
        "q": "0.20000000", "p": "29000.00000000", "P": "0.00000000", "F": "0.00000000", "g": -1, "C": "",
        "x": "NEW", "X": "NEW", "r": "NONE", "i": order.order_id, "l": "0.00000000", "z": "0.00000000",
        "L": "0.00000000", "n": "0.00000000", "N": None, "T": NOW_MS, "t": -1, "I": 1, "w": True, "m": False,
        "M": False, "O": NOW_MS, "Z": "0.00000000", "Y": "0.00000000", "Q": "0.00000000", "V": "EXPIRE_MAKER",
    }  # fmt: skip
    position = await next_frame(ws_api)
    assert position == {"subscriptionId": 0, "event": {
        "e": "outboundAccountPosition", "E": NOW_MS, "u": NOW_MS,
        "B": [{"a": "USDT", "f": "4200.00000000", "l": "5800.00000000"}],
    }}  # fmt: skip
    exchange.fill_resting("BTCUSDT")
    trade = (await next_frame(ws_api))["event"]
    assert (trade["x"], trade["X"], trade["l"], trade["z"], trade["L"], trade["m"], trade["I"]) == (
        "TRADE", "FILLED", "0.20000000", "0.20000000", "29000.00000000", True, 2,
    )  # fmt: skip
    assert (trade["n"], trade["N"], trade["Y"], trade["Z"]) == ("0.00020000", "BTC", "5800.00000000", "5800.00000000")
    assert (await next_frame(ws_api))["event"]["e"] == "outboundAccountPosition"
    resting = spot.new_order("BTCUSDT", "SELL", "LIMIT", time_in_force="GTC", quantity="0.1", price="31000")
    assert [(await next_frame(ws_api))["event"]["e"] for _ in range(2)] == [
        "executionReport",
        "outboundAccountPosition",
    ]
    spot.cancel_order("BTCUSDT", order_id=resting.order_id)
    canceled = (await next_frame(ws_api))["event"]
    assert (canceled["x"], canceled["X"], canceled["i"], canceled["C"], canceled["w"]) == (
        "CANCELED", "CANCELED", resting.order_id, resting.client_order_id, False,
    )  # fmt: skip


async def test_user_data_arrives_as_typed_events(exchange: FakeExchange, server: FakeServer, spot: Spot) -> None:
    async with AsyncWebSocketAPI(
        DEMO_API_KEY, DEMO_SECRET_KEY, url=server.websocket.api_url, clock=fixed_clock()
    ) as api:
        assert await api.user_data_stream_subscribe_signature() == 0
        spot.new_order("BNBUSDT", "SELL", "MARKET", quantity="2")
        events = [(await api.events.get()).event for _ in range(3)]
    assert [type(event) for event in events] == [ExecutionReport, ExecutionReport, OutboundAccountPosition]
    assert isinstance(events[1], ExecutionReport) and events[1].last_executed_price == "299.99000000"
    assert isinstance(events[2], OutboundAccountPosition)
    assert [(b.asset, Decimal(b.free)) for b in events[2].balances] == [
        ("BNB", Decimal(48)), ("USDT", exchange.balance("USDT").free)
    ]  # fmt: skip


async def test_an_event_its_model_cannot_read_arrives_whole_and_the_reader_goes_on(server: FakeServer) -> None:
    async with AsyncWebSocketAPI(
        DEMO_API_KEY, DEMO_SECRET_KEY, url=server.websocket.api_url, clock=fixed_clock()
    ) as api:
        await api.user_data_stream_subscribe_signature()
        server.websocket.push_user_data({"e": "balanceUpdate", "E": NOW_MS, "a": "BTC"})  # no delta, no clear time
        unreadable = (await asyncio.wait_for(api.events.get(), PATIENCE)).event
        assert (await api.time()).server_time == NOW_MS
    assert unreadable == UnknownEvent("balanceUpdate", {"e": "balanceUpdate", "E": NOW_MS, "a": "BTC"})


async def test_an_oco_placed_over_the_api_reports_its_orders_and_list(
    exchange: FakeExchange, server: FakeServer
) -> None:
    async with AsyncWebSocketAPI(
        DEMO_API_KEY, DEMO_SECRET_KEY, url=server.websocket.api_url, clock=fixed_clock()
    ) as api:
        await api.user_data_stream_subscribe_signature()
        placed = await api.order_list_oco(
            "BTCUSDT", "SELL", "0.1", "LIMIT_MAKER", "STOP_LOSS", above_price="31000", below_stop_price="29000",
            list_client_order_id="my-oco",
        )  # fmt: skip
        events = [(await api.events.get()).event for _ in range(4)]
        exchange.fill_resting("BTCUSDT")  # the LIMIT_MAKER leg fills; the stop leg expires with it
        after = [(await api.events.get()).event for _ in range(4)]
    legs = sorted(order.order_id for order in placed.orders)
    assert [type(event).__name__ for event in events] == [
        "ExecutionReport", "ExecutionReport", "ListStatus", "OutboundAccountPosition"
    ]  # fmt: skip
    listed = events[2]
    assert isinstance(listed, ListStatus)
    assert (listed.order_list_id, listed.contingency_type, listed.list_status_type, listed.list_order_status) == (
        placed.order_list_id, "OCO", "EXEC_STARTED", "EXECUTING",
    )  # fmt: skip
    assert (listed.list_client_order_id, sorted(order.order_id for order in listed.orders)) == ("my-oco", legs)
    reports = [event for event in after if isinstance(event, ExecutionReport)]
    assert sorted((r.execution_type, r.order_status) for r in reports) == [("EXPIRED", "EXPIRED"), ("TRADE", "FILLED")]
    done = after[2]
    assert isinstance(done, ListStatus) and (done.list_status_type, done.list_order_status) == ("ALL_DONE", "ALL_DONE")


async def test_a_websocket_server_on_the_in_process_exchange(exchange: FakeExchange) -> None:
    with (
        FakeWebSocketServer(exchange) as ws,
        Spot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange, clock=fixed_clock()) as spot,
    ):
        async with connect(ws.streams_url + "/ws/ltcbtc@trade") as stream:
            spot.new_order("LTCBTC", "BUY", "MARKET", quantity="2")
            trade = await next_frame(stream)
    assert (trade["s"], trade["p"], trade["q"], trade["m"]) == ("LTCBTC", "0.00250100", "2.00000000", False)


# -- market streams ---------------------------------------------------------------------------------


async def test_raw_stream_sends_bare_payloads_on_each_trade(server: FakeServer, spot: Spot) -> None:
    async with connect(server.websocket.streams_url + "/ws/btcusdt@trade/btcusdt@aggTrade") as ws:
        spot.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.3")
        aggregate, trade = await next_frame(ws), await next_frame(ws)
    assert trade == {"e": "trade", "E": NOW_MS, "s": "BTCUSDT", "t": 31, "p": "30000.01000000", "q": "0.30000000",
                     "T": NOW_MS, "m": False, "M": True}  # fmt: skip
    assert aggregate == {"e": "aggTrade", "E": NOW_MS, "s": "BTCUSDT", "a": 31, "p": "30000.01000000",
                         "q": "0.30000000", "f": 31, "l": 31, "T": NOW_MS, "m": False, "M": True}  # fmt: skip


async def test_combined_stream_wraps_depth_book_ticker_and_partial_depth(
    exchange: FakeExchange, server: FakeServer, spot: Spot
) -> None:
    exchange.set_balance("ETH", 20)
    url = server.websocket.streams_url + "/stream?streams=ethusdt@depth@100ms/ethusdt@bookTicker/ethusdt@depth5"
    async with connect(url) as ws:
        spot.new_order("ETHUSDT", "SELL", "MARKET", quantity="12")  # takes the best bid (10) and 2 of the next (7.5)
        frames = [await next_frame(ws) for _ in range(3)]
    snapshot = spot.depth("ETHUSDT", limit=5)
    by_stream = {frame["stream"]: frame["data"] for frame in frames}
    assert by_stream["ethusdt@depth@100ms"] == {
        "e": "depthUpdate", "E": NOW_MS, "s": "ETHUSDT", "U": 1_000_001, "u": 1_000_002,
        "b": [["1999.99000000", "0.00000000"], ["1999.98000000", "5.50000000"]], "a": [],
    }  # fmt: skip
    assert by_stream["ethusdt@bookTicker"] == {"u": 1_000_002, "s": "ETHUSDT", "b": "1999.98000000", "B": "5.50000000",
                                               "a": "2000.01000000", "A": "10.00000000"}  # fmt: skip
    partial = by_stream["ethusdt@depth5"]
    assert partial["lastUpdateId"] == snapshot.last_update_id == 1_000_002
    assert partial["bids"] == [[level.price, level.quantity] for level in snapshot.bids]
    assert partial["asks"] == [[level.price, level.quantity] for level in snapshot.asks]


async def test_kline_stream_reports_the_open_bar(server: FakeServer, spot: Spot) -> None:
    async with connect(server.websocket.streams_url + "/ws/bnbusdt@kline_1m") as ws:
        spot.new_order("BNBUSDT", "BUY", "MARKET", quantity="1")
        event = await next_frame(ws)
    bar = spot.klines("BNBUSDT", "1m", limit=1)[0]
    assert (event["e"], event["E"], event["s"]) == ("kline", NOW_MS, "BNBUSDT")
    k = event["k"]
    assert (k["t"], k["T"], k["i"], k["x"], k["L"]) == (bar.open_time, bar.close_time, "1m", False, 31)
    assert (k["o"], k["h"], k["l"], k["c"], k["v"]) == (bar.open, bar.high, bar.low, bar.close, bar.volume)


async def test_subscribe_unsubscribe_and_list_subscriptions(server: FakeServer, spot: Spot) -> None:
    async with connect(server.websocket.streams_url + "/ws") as ws:
        assert await ask(ws, {"method": "SUBSCRIBE", "params": ["ltcbtc@trade", "ltcbtc@depth"], "id": 1}) == {
            "result": None,
            "id": 1,
        }
        assert await ask(ws, {"method": "UNSUBSCRIBE", "params": ["ltcbtc@depth"], "id": 2}) == {
            "result": None,
            "id": 2,
        }
        assert await ask(ws, {"method": "LIST_SUBSCRIPTIONS", "id": 3}) == {"result": ["ltcbtc@trade"], "id": 3}
        spot.new_order("LTCBTC", "SELL", "MARKET", quantity="1")
        assert (await next_frame(ws))["e"] == "trade"  # and no depthUpdate before it
        assert await ask(ws, {"method": "LIST_SUBSCRIPTIONS", "id": 4}) == {"result": ["ltcbtc@trade"], "id": 4}


async def test_stream_control_errors_are_binance_s(server: FakeServer) -> None:
    async with connect(server.websocket.streams_url + "/ws") as ws:
        unknown = await ask(ws, {"method": "SUBSCRIB", "params": [], "id": 1})
        assert unknown["code"] == 2 and unknown["id"] == 1
        assert unknown["msg"].startswith("Invalid request: unknown variant `SUBSCRIB`, expected one of `SUBSCRIBE`")
        assert await ask(ws, {"method": "SUBSCRIBE", "params": [], "id": 1.5}) == {
            "code": 2,
            "msg": "Invalid request: request ID must be an unsigned integer",
        }
        assert await ask(ws, {"method": "LIST_SUBSCRIPTIONS", "id": "list1"}) == {"result": [], "id": "list1"}
        assert await ask(ws, {"method": "LIST_SUBSCRIPTIONS", "id": -5}) == {"result": [], "id": -5}
        await ws.send("{not json")
        assert (await next_frame(ws))["code"] == 3


async def test_push_reaches_subscribers_of_that_stream_only(server: FakeServer) -> None:
    payload = {"e": "avgPrice", "E": 1, "s": "BTCUSDT", "i": "5m", "w": "30000.00000000", "T": 1}
    async with (
        connect(server.websocket.streams_url + "/stream?streams=btcusdt@avgPrice") as combined,
        connect(server.websocket.streams_url + "/ws/btcusdt@avgPrice") as raw,
        connect(server.websocket.streams_url + "/ws/ethusdt@avgPrice") as other,
    ):
        server.websocket.push("btcusdt@avgPrice", payload)
        assert await next_frame(combined) == {"stream": "btcusdt@avgPrice", "data": payload}
        assert await next_frame(raw) == payload
        assert await ask(other, {"method": "LIST_SUBSCRIPTIONS", "id": 1}) == {"result": ["ethusdt@avgPrice"], "id": 1}


async def test_server_shutdown_frame_on_each_kind_of_connection(server: FakeServer) -> None:
    event = {"e": "serverShutdown", "E": NOW_MS}
    streams = server.websocket.streams_url
    async with (
        connect(server.websocket.api_url) as api,
        connect(streams + "/ws/btcusdt@trade") as raw,
        connect(streams + "/stream?streams=btcusdt@trade") as combined,
    ):
        server.websocket.send_server_shutdown()
        assert await next_frame(api) == {"event": event}
        assert await next_frame(raw) == event
        assert await next_frame(combined) == {"stream": "!serverShutdown", "data": event}
        assert server.websocket.connection_count == 3  # warned, not closed


async def test_session_methods_count_their_weight(ws_api: ClientConnection) -> None:
    assert await ask(ws_api, {"id": 1, "method": "session.status"}) == {
        "id": 1,
        "status": 200,
        "result": {"apiKey": None, "authorizedSince": None, "connectedSince": NOW_MS, "returnRateLimits": True,
                   "serverTime": NOW_MS, "userDataStream": False},
        "rateLimits": [{**WEIGHT_1, "count": 2}],
    }  # fmt: skip
    answer = await ask(ws_api, {"id": 2, "method": "userDataStream.unsubscribe", "params": {"subscriptionId": 9}})
    assert answer == {
        "id": 2,
        "status": 400,
        "error": {"code": -2036, "msg": "User Data Stream subscription not active."},
        "rateLimits": [{**WEIGHT_1, "count": 4}],
    }


async def test_unknown_paths_are_refused(server: FakeServer) -> None:
    with pytest.raises(websockets.InvalidStatus) as refused:
        async with connect(server.websocket.url + "/nowhere"):
            pass
    assert refused.value.response.status_code == 404


async def test_stopping_leaves_no_thread_or_socket(exchange: FakeExchange) -> None:
    before = set(threading.enumerate())
    with FakeServer(exchange) as server:
        url = server.websocket.api_url
        async with connect(url) as ws:
            assert await ask(ws, {"id": 1, "method": "ping"}) != {}
    assert set(threading.enumerate()) <= before
    with pytest.raises(OSError):
        async with connect(url, open_timeout=2):
            pass


def test_sync_wrong_secret_over_websocket_is_client_error_1022(server: FakeServer) -> None:
    from binance_spot_client.websocket import WebSocketAPI

    with (
        WebSocketAPI(DEMO_API_KEY, "wrong", url=server.websocket.api_url) as api,
        pytest.raises(ClientError) as refused,
    ):
        api.account()
    assert (refused.value.code, refused.value.msg) == (-1022, "Signature for this request is not valid.")


def test_the_pytest_fixture_serves_websocket_too(fake_exchange_server: FakeServer) -> None:
    from binance_spot_client.websocket import WebSocketAPI

    with WebSocketAPI(url=fake_exchange_server.websocket.api_url) as api:
        assert api.depth("BNBBTC", limit=1).bids[0].price == "0.00999900"
    assert [r.operation_id for r in fake_exchange_server.exchange.requests] == ["depth"]
