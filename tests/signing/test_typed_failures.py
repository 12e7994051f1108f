"""Every failure is one of our typed errors, whatever the server or network does.

An order whose outcome is unknown raises OrderStatusUnknownError with its client order id;
one known not to have left (no connection, pool timeout) raises a not-sent TransportError.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable, Iterator
from typing import Any, cast

import httpx
import pytest

from binance_spot_client import (
    AsyncSpot,
    ClientError,
    IPBannedError,
    OrderStatusUnknownError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    Spot,
    TransportError,
)
from binance_spot_client.signing import BinanceError, ConnectionRefusedTransportError, TransportTimeoutError
from tests.signing.faults import Reply, Script, fault_server
from tests.signing.test_reliability import KEY, NO_WAIT, make_client, place_order

NOT_GZIP = Reply(502, raw=b"<html>bad gateway</html>", headers={"Content-Encoding": "gzip"})
DEEP = b"[" * 5000 + b"]" * 5000
STALE = Reply(400, {"code": -1021, "msg": "Timestamp for this request is outside of the recvWindow."})


def paths(script: Script) -> list[str]:
    return [path.split("?")[0] for path in script.seen]


def test_order_answered_with_a_body_that_is_not_the_gzip_it_claims_is_unknown() -> None:
    script = Script([NOT_GZIP])
    with fault_server(script) as url, pytest.raises(OrderStatusUnknownError) as caught:
        place_order(make_client(url))
    assert caught.value.client_order_id == "generated-id"
    cause = caught.value.__cause__
    assert type(cause) is TransportError and cause.not_sent is False
    assert type(cause.__cause__) is httpx.DecodingError
    assert len(script.seen) == 1


def test_read_answered_with_a_body_that_is_not_the_gzip_it_claims_is_retried_then_raised() -> None:
    script = Script([NOT_GZIP])
    with fault_server(script) as url, pytest.raises(TransportError) as caught:
        make_client(url).depth("BTCUSDT")
    assert type(caught.value) is TransportError and caught.value.not_sent is False
    assert str(caught.value).startswith("GET /api/v3/depth: DecodingError: ")
    assert len(script.seen) == 3


def test_order_answered_with_json_nested_too_deep_is_unknown() -> None:
    script = Script([Reply(503, raw=DEEP)])
    with fault_server(script) as url, pytest.raises(OrderStatusUnknownError) as caught:
        place_order(make_client(url))
    assert caught.value.client_order_id == "generated-id"
    cause = caught.value.__cause__
    assert type(cause) is ServerError and (cause.status_code, cause.code) == (503, None)
    assert cause.msg == "non-JSON error body: " + "[" * 200


@pytest.mark.parametrize("status", [400, 503])
def test_read_answered_with_json_nested_too_deep_raises_its_status(status: int) -> None:
    client = Spot(retry=NO_WAIT, transport=httpx.MockTransport(lambda request: httpx.Response(status, content=DEEP)))
    with pytest.raises(ClientError if status < 500 else ServerError) as caught:
        client.depth("BTCUSDT")
    assert (caught.value.status_code, caught.value.code) == (status, None)


def test_success_with_json_nested_too_deep_is_a_validation_error() -> None:
    client = Spot(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=DEEP)))
    with pytest.raises(ResponseValidationError) as caught:
        client.depth("BTCUSDT")
    if _json_reads(DEEP):  # Python 3.13's json reads this depth: then it is a list where an object belongs
        assert len(caught.value.problems) == 1 and caught.value.problems[0].startswith("TypeError")
        assert isinstance(client.request("GET", "/api/v3/depth", {"symbol": "BTCUSDT"}), list)  # JSON, as sent
        return
    assert caught.value.problems == [f"body is not JSON: {'[' * 200!r}"]
    with pytest.raises(ResponseValidationError):
        client.request("GET", "/api/v3/depth", {"symbol": "BTCUSDT"})


def _json_reads(body: bytes) -> bool:
    try:
        json.loads(body)
    except RecursionError:
        return False
    return True


RESYNC_FAILURES = {
    "connection-dropped": (Reply(reset=True), TransportError),
    "5xx": (Reply(500, {"code": -1000, "msg": "internal"}), ServerError),
    "no-serverTime": (Reply(200, {"time": 1}), ResponseValidationError),
    "serverTime-not-integer": (Reply(200, {"serverTime": "soon"}), ResponseValidationError),
    "not-json": (Reply(200, raw=b"<html>ok</html>"), ResponseValidationError),
}


@pytest.mark.parametrize("order", [True, False], ids=["order", "read"])
@pytest.mark.parametrize("failure", RESYNC_FAILURES, ids=list(RESYNC_FAILURES))
def test_a_failed_resync_raises_the_calls_own_refusal(failure: str, order: bool) -> None:
    reply, cause_type = RESYNC_FAILURES[failure]
    script = Script([STALE, reply, Reply(200, {})])
    with fault_server(script) as url, pytest.raises(ClientError) as caught:
        client = make_client(url)
        if order:
            place_order(client)
        else:
            client.request("GET", "/api/v3/account", security="USER_DATA")
    assert type(caught.value) is ClientError
    assert (caught.value.status_code, caught.value.code) == (400, -1021)
    assert type(caught.value.__cause__) is cause_type
    assert paths(script) == ["/api/v3/order" if order else "/api/v3/account", "/api/v3/time"]


@pytest.mark.parametrize(("status", "error_type"), [(429, RateLimitError), (418, IPBannedError)])
def test_a_rate_limited_resync_blocks_later_calls_locally(status: int, error_type: type[ClientError]) -> None:
    limited = Reply(status, {"code": -1003, "msg": "Too many requests"}, {"Retry-After": "30"})
    script = Script([STALE, limited, Reply(200, {})])
    with fault_server(script) as url:
        client = make_client(url)
        with pytest.raises(ClientError) as caught:
            place_order(client)
        assert caught.value.code == -1021 and type(caught.value.__cause__) is error_type
        with pytest.raises(error_type, match="refused locally"):
            client.depth("BTCUSDT")
    assert paths(script) == ["/api/v3/order", "/api/v3/time"]


def test_sync_time_raises_typed_errors() -> None:
    client = Spot(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"serverTime": None})))
    with pytest.raises(ResponseValidationError) as caught:
        client.sync_time()
    assert caught.value.problems == ["no serverTime"]


def test_a_failed_scheduled_sync_lets_the_call_go_ahead() -> None:
    script = Script([Reply(500, {"code": -1000, "msg": "x"}), Reply(200, {"balances": []})])
    with fault_server(script) as url:
        answer = make_client(url, time_sync_interval=300).request("GET", "/api/v3/account", security="USER_DATA")
    assert answer == {"balances": []}
    assert paths(script) == ["/api/v3/time", "/api/v3/account"]


def test_an_order_to_a_closed_port_was_not_sent() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with pytest.raises(TransportError) as caught:
        place_order(make_client(url))
    assert type(caught.value) is ConnectionRefusedTransportError and caught.value.not_sent is True


def _httpx_failures() -> Iterator[type[Exception]]:
    """Every exception class httpx's send can raise: the HTTPError and StreamError trees."""
    pending: list[type[Exception]] = [httpx.HTTPError, httpx.StreamError]
    while pending:
        cls = pending.pop()
        yield cls
        pending.extend(cls.__subclasses__())


def _raise(cls: type[Exception]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if cls is httpx.HTTPStatusError:
            raise httpx.HTTPStatusError("boom", request=request, response=httpx.Response(500))
        if issubclass(cls, httpx.StreamError) and cls is not httpx.StreamError:
            raise cast("Callable[[], Exception]", cls)()  # the subclasses take no message
        raise cls("boom")

    return handler


NOT_SENT = {httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol, httpx.ProxyError}
FAILURES = sorted(_httpx_failures(), key=lambda cls: cls.__name__)


def _transport_error_type(cls: type[Exception]) -> type[TransportError]:
    """What users catch for an httpx failure: timeouts and refused connections have their own classes."""
    if issubclass(cls, httpx.TimeoutException):
        return TransportTimeoutError
    if issubclass(cls, httpx.ConnectError):
        return ConnectionRefusedTransportError
    return TransportError


def _check_order_failure(error: BinanceError, cls: type[Exception]) -> None:
    if cls in NOT_SENT:
        assert type(error) is _transport_error_type(cls) and error.not_sent is True
        cause = error.__cause__
    else:
        assert type(error) is OrderStatusUnknownError and error.client_order_id == "cid-1"
        assert type(error.__cause__) is _transport_error_type(cls) and error.__cause__.not_sent is False
        cause = error.__cause__.__cause__
    assert type(cause) is cls
    if isinstance(cause, httpx.HTTPError):  # the cause keeps no signature or API key
        assert cause.request.url == httpx.URL("https://api.binance.com/api/v3/order")
        assert "X-MBX-APIKEY" not in cause.request.headers


@pytest.mark.parametrize("cls", FAILURES, ids=[cls.__name__ for cls in FAILURES])
def test_every_httpx_failure_of_an_order_is_typed(cls: type[Exception]) -> None:
    client = Spot(
        KEY, "secret", retry=NO_WAIT, client_order_id=lambda: "cid-1", transport=httpx.MockTransport(_raise(cls))
    )
    with pytest.raises(BinanceError) as caught:
        client.new_order("BTCUSDT", "BUY", "MARKET", quantity=1)
    _check_order_failure(caught.value, cls)


@pytest.mark.parametrize("cls", FAILURES, ids=[cls.__name__ for cls in FAILURES])
def test_every_httpx_failure_of_an_async_order_is_typed(cls: type[Exception]) -> None:
    async def scenario() -> Any:
        transport = httpx.MockTransport(_raise(cls))
        async with AsyncSpot(
            KEY, "secret", retry=NO_WAIT, client_order_id=lambda: "cid-1", transport=transport
        ) as client:
            return await client.new_order("BTCUSDT", "BUY", "MARKET", quantity=1)

    with pytest.raises(BinanceError) as caught:
        asyncio.run(scenario())
    _check_order_failure(caught.value, cls)


@pytest.mark.parametrize("cls", FAILURES, ids=[cls.__name__ for cls in FAILURES])
def test_every_httpx_failure_of_a_read_is_a_transport_error_after_the_retries(cls: type[Exception]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _raise(cls)(request)

    with pytest.raises(TransportError) as caught:
        Spot(retry=NO_WAIT, transport=httpx.MockTransport(handler)).depth("BTCUSDT")
    assert type(caught.value) is _transport_error_type(cls) and caught.value.not_sent is (cls in NOT_SENT)
    assert len(seen) == 3


def test_a_refused_order_is_not_its_own_cause() -> None:
    script = Script([Reply(400, {"code": -2010, "msg": "Account has insufficient balance."})])
    with fault_server(script) as url, pytest.raises(ClientError) as caught:
        place_order(make_client(url))
    assert caught.value.__cause__ is None and caught.value.code == -2010


def test_a_failed_resync_of_an_async_order_raises_the_orders_own_refusal() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/api/v3/time":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return httpx.Response(400, json=STALE.body)

    async def scenario() -> Any:
        async with AsyncSpot(KEY, "secret", transport=httpx.MockTransport(handler)) as client:
            return await client.new_order("BTCUSDT", "BUY", "MARKET", quantity=1)

    with pytest.raises(ClientError) as caught:
        asyncio.run(scenario())
    assert (type(caught.value), caught.value.code) == (ClientError, -1021)
    assert type(caught.value.__cause__) is TransportError and caught.value.__cause__.not_sent is False
    assert seen == ["/api/v3/order", "/api/v3/time"]
