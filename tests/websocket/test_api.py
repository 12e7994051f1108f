"""The WebSocket API client against a local server: ids, signing, errors, pings, reconnects."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binance_spot_client import Spot
from binance_spot_client.models.new_order_result import NewOrderResult
from binance_spot_client.models.order_book import OrderBook
from binance_spot_client.signing import (
    ClientError,
    ClientOptions,
    Clock,
    Ed25519Signer,
    HmacSigner,
    IPBannedError,
    OrderStatusUnknownError,
    ParameterError,
    RateLimitError,
    ServerError,
    TransportError,
)
from binance_spot_client.websocket import (
    WS_API_DEMO,
    AsyncWebSocketAPI,
    BalanceUpdate,
    ExecutionReport,
    ListenTokenSubscription,
    MarketStreams,
    Reconnect,
    SessionStatus,
    WebSocketAPI,
    signature_payload,
)
from tests.patience import PATIENCE

from .conftest import FAST, RESULTS, LocalServer, Reply, answer
from .test_events import EXECUTION_REPORT
from .test_signing import API_KEY, DOCUMENTED, SECRET, TIMESTAMP

NOW_MS = 1_700_000_000_000


def clock() -> Clock:
    return Clock(now_ns=lambda: NOW_MS * 1_000_000)


def api(server: LocalServer, **options: Any) -> AsyncWebSocketAPI:
    return AsyncWebSocketAPI(url=server.url, clock=clock(), reconnect=FAST, timeout=PATIENCE, **options)


async def test_typed_method_returns_the_rest_model(server: LocalServer) -> None:
    async with api(server) as client:
        book = await client.depth("BNBBTC", limit=5)
    assert isinstance(book, OrderBook)
    assert (book.last_update_id, book.bids[0].price) == (100, "0.0137")
    assert server.received == [{"id": 1, "method": "depth", "params": {"symbol": "BNBBTC", "limit": 5}}]


async def test_responses_are_matched_by_id_whatever_their_order() -> None:
    held: list[dict[str, Any]] = []

    def reply_in_reverse(message: dict[str, Any]) -> list[dict[str, Any]] | None:
        held.append(message)
        if len(held) < 2:
            return None
        return [{"id": m["id"], "status": 200, "result": {"serverTime": i}} for i, m in reversed(list(enumerate(held)))]

    async with LocalServer(reply_in_reverse) as local, api(local) as client:
        first, second = await asyncio.gather(
            client.request("time", request_id="first"), client.request("time", request_id="second")
        )
    assert (first.id, first.result, second.id, second.result) == (
        "first",
        {"serverTime": 0},
        "second",
        {"serverTime": 1},
    )


async def test_generated_ids_are_unique_and_the_callers_are_kept(server: LocalServer) -> None:
    async with api(server) as client:
        await client.ping()
        await client.ping(request_id="mine")
        await client.ping()
    assert [m["id"] for m in server.received] == [1, "mine", 2]


async def test_unanswered_request_times_out() -> None:
    async with LocalServer(lambda message: None) as local, api(local) as client:
        with pytest.raises(TransportError, match="no answer"):
            await client.time(timeout=0.05)


async def test_rate_limits_are_read_like_rest_headers(server: LocalServer) -> None:
    async with api(server) as client:
        response = await client.request("time")
    assert response.rate_limits is not None
    assert dict(response.rate_limits.used_weight) == {"1M": 70}
    assert dict(client.rate_limits.order_count) == {"10S": 12}


async def test_return_rate_limits_false_goes_in_the_url(server: LocalServer) -> None:
    async with api(server, return_rate_limits=False) as client:
        await client.ping()
    assert server.paths == ["/?returnRateLimits=false"]


async def test_microseconds_asks_for_microsecond_answers_in_the_url(server: LocalServer) -> None:
    async with api(server, return_rate_limits=False, microseconds=True) as client:
        await client.ping()
    assert server.paths == ["/?returnRateLimits=false&timeUnit=MICROSECOND"]
    assert AsyncWebSocketAPI(url=WS_API_DEMO, microseconds=True).connect_url == (
        "wss://demo-ws-api.binance.com/ws-api/v3?timeUnit=MICROSECOND"
    )


@pytest.mark.parametrize(
    ("status", "error", "expected"),
    [
        (400, {"code": -2010, "msg": "Account has insufficient balance for requested action."}, ClientError),
        (429, {"code": -1003, "msg": "Too many requests.", "data": {"retryAfter": NOW_MS + 30_000}}, RateLimitError),
        (418, {"code": -1003, "msg": "IP banned.", "data": {"retryAfter": NOW_MS + 60_000}}, IPBannedError),
        (503, {"code": -1008, "msg": "Server is currently overloaded."}, ServerError),
    ],
    ids=["400", "429", "418", "503"],
)
async def test_error_responses_raise_the_rest_error_classes(
    status: int, error: dict[str, Any], expected: type[ClientError]
) -> None:
    async with (
        LocalServer(lambda message: {"id": message["id"], "status": status, "error": error}) as local,
        api(local) as client,
    ):
        with pytest.raises(expected) as raised:
            await client.time()
    assert (raised.value.status_code, raised.value.code, raised.value.msg) == (status, error["code"], error["msg"])
    if status in (418, 429):
        assert raised.value.retry_after is not None and raised.value.retry_after > 0  # type: ignore[attr-defined]


async def test_arguments_are_checked_against_the_spec_before_sending(server: LocalServer) -> None:
    async with api(server) as client:
        with pytest.raises(ParameterError, match="limit"):
            await client.depth("BNBBTC", limit=-1)
    assert server.received == []


async def test_signed_request_carries_api_key_timestamp_and_hmac(server: LocalServer) -> None:
    async with api(server, api_key="key", api_secret="secret") as client:
        await client.request("account.status")
    params = server.received[0]["params"]
    assert (params["apiKey"], params["timestamp"], params["recvWindow"]) == ("key", NOW_MS, 5000)
    assert params["signature"] == HmacSigner("secret").sign(signature_payload(params).encode())


async def test_the_rest_clients_options_apply_over_the_websocket_too(server: LocalServer) -> None:
    rest = Spot(options=ClientOptions(recv_window=7000, timeout=PATIENCE, client_order_id=lambda: "shared-id"))
    async with AsyncWebSocketAPI(
        "key", "secret", url=server.url, clock=clock(), reconnect=FAST, options=rest.options
    ) as client:
        await client.request("account.status")
        await client.test_new_order("BTCUSDT", "BUY", "MARKET", quantity="1")
    (status, order) = (message["params"] for message in server.received)
    assert (status["recvWindow"], order["recvWindow"], order["newClientOrderId"]) == (7000, 7000, "shared-id")
    with pytest.raises(ParameterError) as caught:
        AsyncWebSocketAPI(recv_window=90000)
    assert caught.value.parameter == "recv_window"


async def test_ed25519_session_logon_makes_later_requests_unsigned(server: LocalServer) -> None:
    key = Ed25519PrivateKey.generate()
    async with api(server, api_key="key", signer=Ed25519Signer(key)) as client:
        assert client.logged_on
        await client.request("account.status")
    logon, account = server.received
    assert logon["method"] == "session.logon"
    key.public_key().verify(base64.b64decode(logon["params"]["signature"]), signature_payload(logon["params"]).encode())
    assert account["params"] == {"timestamp": NOW_MS, "recvWindow": 5000}


async def test_session_methods_parse_their_own_schema(server: LocalServer) -> None:
    async with api(server) as client:
        status = await client.session_status()
    assert status == SessionStatus("key", 1649729878532, 1649729873021, False, 1649729878630, False)


async def test_server_pings_are_answered_with_pongs(server: LocalServer) -> None:
    async with api(server) as client:
        await client.ping()
        pong_waiter = await server.connections[0].ping(b"payload")
        latency = await asyncio.wait_for(pong_waiter, PATIENCE)
    assert latency >= 0


async def test_forced_disconnect_reconnects_logs_on_and_resubscribes(server: LocalServer) -> None:
    key = Ed25519PrivateKey.generate()
    async with api(server, api_key="key", signer=Ed25519Signer(key)) as client:
        await client.user_data_stream_subscribe()
        await server.connections[0].close()
        await server.wait_for(lambda: len(server.connections) == 2)
        result = await client.time()
        assert client.reconnects == 1
    assert result.server_time == RESULTS["time"]["serverTime"]
    assert server.methods() == [
        "session.logon",
        "userDataStream.subscribe",
        "session.logon",
        "userDataStream.subscribe",
        "time",
    ]


async def test_requests_waiting_on_a_dropped_connection_fail_as_transport_errors() -> None:
    async with LocalServer(lambda message: None) as local, api(local) as client:
        waiting = asyncio.create_task(client.time())
        await local.wait_for(lambda: len(local.received) == 1)
        await local.connections[0].close()
        with pytest.raises(TransportError, match="connection closed"):
            await waiting


async def test_server_shutdown_moves_to_a_new_connection(server: LocalServer) -> None:
    async with api(server) as client:
        await server.push({"event": {"e": "serverShutdown", "E": 1770123456789}})
        await server.wait_for(lambda: len(server.connections) == 2)
        await client.ping()
    assert client.reconnects == 1


async def test_user_data_events_arrive_typed(server: LocalServer) -> None:
    async with api(server) as client:
        await client.ping()
        await server.push({"subscriptionId": 0, "event": EXECUTION_REPORT})
        await server.push({"subscriptionId": 0, "event": {"e": "balanceUpdate", "E": 1, "a": "BTC", "d": "1", "T": 2}})
        report = await asyncio.wait_for(client.events.get(), PATIENCE)
        balance = await asyncio.wait_for(client.events.get(), PATIENCE)
    assert isinstance(report.event, ExecutionReport) and report.subscription_id == 0
    assert isinstance(balance.event, BalanceUpdate) and balance.event.delta == "1"


async def test_reconnect_before_the_24_hour_cut(server: LocalServer) -> None:
    async with AsyncWebSocketAPI(url=server.url, reconnect=Reconnect(max_age=0.05, jitter=False)) as client:
        await server.wait_for(lambda: len(server.connections) >= 2)
        await client.ping()
    assert client.reconnects >= 1


@contextlib.contextmanager
def served_in_a_thread(reply: Reply = answer) -> Iterator[LocalServer]:
    """A local server on its own loop thread, for the blocking clients to talk to."""
    loop = asyncio.new_event_loop()
    local = LocalServer(reply)
    loop.run_until_complete(local.start())
    serving = threading.Thread(target=loop.run_forever, daemon=True)
    serving.start()
    try:
        yield local
    finally:
        asyncio.run_coroutine_threadsafe(local.stop(), loop).result(PATIENCE)
        loop.call_soon_threadsafe(loop.stop)
        serving.join(PATIENCE)
        loop.close()


def test_sync_wrapper_blocks_for_results() -> None:
    with served_in_a_thread() as local, WebSocketAPI(url=local.url, clock=clock()) as client:
        assert client.time().server_time == RESULTS["time"]["serverTime"]


def test_blocking_methods_are_the_generated_typed_ones_and_no_proxy() -> None:
    assert "__getattr__" not in vars(WebSocketAPI) and "__getattr__" not in vars(MarketStreams)
    reply = {"order.place": ORDER_RESULT}

    def answering(message: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": message["id"],
            "status": 200,
            "result": reply.get(message["method"], RESULTS.get(message["method"])),
        }

    with served_in_a_thread(answering) as local:
        with WebSocketAPI(API_KEY, SECRET, url=local.url, clock=clock(), client_order_id=lambda: "blocking") as client:
            book = client.depth("BNBBTC", limit=5, request_id="book")
            order = client.new_order(**ORDER, recv_window=3000)
            status = client.session_status()
            with pytest.raises(ParameterError, match="limit"):
                client.depth("BNBBTC", limit=-1)
            assert (client.reconnects, client.logged_on, client.url) == (0, False, local.url)
        (depth, placed, session) = local.received
    assert isinstance(book, OrderBook) and book.bids[0].price == "0.0137"
    assert depth == {"id": "book", "method": "depth", "params": {"symbol": "BNBBTC", "limit": 5}}
    assert isinstance(order, NewOrderResult) and order.order_id == ORDER_RESULT["orderId"]
    assert {key: placed["params"][key] for key in ("newClientOrderId", "recvWindow", "timestamp")} == {
        "newClientOrderId": "blocking",
        "recvWindow": 3000,
        "timestamp": NOW_MS,
    }
    assert status == SessionStatus("key", 1649729878532, 1649729873021, False, 1649729878630, False)
    assert session["method"] == "session.status"


async def test_documented_hmac_request_goes_on_the_wire_byte_for_byte(server: LocalServer) -> None:
    server.reply = lambda message: {"id": message["id"], "status": 200, "result": ORDER_RESULT}
    documented_clock = Clock(now_ns=lambda: TIMESTAMP * 1_000_000)
    async with AsyncWebSocketAPI(
        API_KEY, SECRET, url=server.url, clock=documented_clock, recv_window=100, request_id=lambda: "4885f793"
    ) as client:
        # As sent raw: the typed order_place would add a generated newClientOrderId the vector lacks.
        response = await client.request(
            "order.place",
            {"symbol": "BTCUSDT", "side": "SELL", "type": "LIMIT", "timeInForce": "GTC", "quantity": "0.01000000",
             "price": "52000.00"},
        )  # fmt: skip
    params = server.received[0]["params"]
    assert signature_payload(params) == DOCUMENTED[0][2]
    assert params["signature"] == DOCUMENTED[0][3]
    assert response.result["orderId"] == ORDER_RESULT["orderId"]


ORDER_RESULT = {
    "symbol": "BTCUSDT",
    "orderId": 12510053279,
    "orderListId": -1,
    "clientOrderId": "a097fe6304b20a7e4fc436",
    "transactTime": 1655716096505,
    "price": "0.10000000",
    "origQty": "10.00000000",
    "executedQty": "0.00000000",
    "origQuoteOrderQty": "0.000000",
    "cummulativeQuoteQty": "0.00000000",
    "status": "NEW",
    "timeInForce": "GTC",
    "type": "LIMIT",
    "side": "BUY",
    "workingTime": 1655716096505,
    "selfTradePreventionMode": "NONE",
}


ORDER: dict[str, Any] = {
    "symbol": "BTCUSDT",
    "side": "BUY",
    "type": "LIMIT",
    "time_in_force": "GTC",
    "quantity": "1",
    "price": "10",
}


def replying(error: dict[str, Any] | None, status: int) -> LocalServer:
    """A server answering every request with this error (None: no answer at all)."""
    return LocalServer(lambda m: None if error is None else {"id": m["id"], "status": status, "error": error})


@pytest.mark.parametrize(
    ("error", "status"),
    [(None, 0), ({"code": -1000, "msg": "internal"}, 503), ({"code": -1007, "msg": "backend timeout"}, 400)],
    ids=["no-answer", "5xx", "-1007"],
)
async def test_order_with_unknown_outcome_names_the_client_order_id_to_query(
    error: dict[str, Any] | None, status: int
) -> None:
    async with (
        replying(error, status) as local,
        api(local, api_key=API_KEY, api_secret=SECRET, client_order_id=lambda: "ws-generated") as client,
    ):
        with pytest.raises(OrderStatusUnknownError) as caught:
            # A short wait only where no answer comes: an answer must never lose the race to it.
            await client.new_order(**ORDER, timeout=0.2 if error is None else PATIENCE)
    (sent,) = [m for m in local.received if m["method"] == "order.place"]
    assert sent["params"]["newClientOrderId"] == "ws-generated"
    assert (caught.value.client_order_id, caught.value.symbol) == ("ws-generated", "BTCUSDT")
    assert isinstance(caught.value.__cause__, TransportError if error is None else (ServerError, ClientError))


async def test_order_refused_outright_keeps_its_error_and_the_callers_id() -> None:
    async with (
        replying({"code": -2010, "msg": "Account has insufficient balance."}, 400) as local,
        api(local, api_key=API_KEY, api_secret=SECRET) as client,
    ):
        with pytest.raises(ClientError) as caught:
            await client.new_order(**ORDER, new_client_order_id="mine")
    assert caught.value.code == -2010
    assert local.received[-1]["params"]["newClientOrderId"] == "mine"


async def test_margin_listen_token_subscription_is_unsigned_and_typed(server: LocalServer) -> None:
    server.reply = lambda message: {
        "id": message["id"],
        "status": 200,
        "result": {"subscriptionId": 3, "expirationTime": 1749094553955907},
    }
    async with AsyncWebSocketAPI("key", "secret", url=server.url, clock=clock(), reconnect=FAST) as client:
        subscription = await client.user_data_stream_subscribe_listen_token("6xXxePXwZRjVSHKhzU+pYJS8Rw")
        with pytest.raises(ParameterError, match="listenToken"):
            await client.call("userDataStream.subscribe.listenToken")
    assert subscription == ListenTokenSubscription(subscription_id=3, expiration_time=1749094553955907)
    assert server.received == [
        {
            "id": 1,
            "method": "userDataStream.subscribe.listenToken",
            "params": {"listenToken": "6xXxePXwZRjVSHKhzU+pYJS8Rw"},
        }
    ]


async def test_an_answer_past_max_answer_bytes_closes_the_connection_and_fails_typed() -> None:
    def huge(message: dict[str, Any]) -> dict[str, Any]:
        book = {"lastUpdateId": 1, "bids": [["0.0137", "3.4"]] * 2_000, "asks": []}
        return {"id": message["id"], "status": 200, "result": book}

    async with LocalServer(huge) as local, api(local, max_answer_bytes=10_000) as client:
        with pytest.raises(TransportError, match=r"connection closed before the answer"):
            await client.depth("BNBBTC")
        async with api(local, max_answer_bytes=100_000) as client:
            assert len((await client.depth("BNBBTC")).bids) == 2_000
