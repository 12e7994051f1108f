"""Calls past the first skip httpx's `send` layers and send the same bytes; a client with hooks,
cookies, query parameters or redirects of its own, and OAuth calls, keep going through `send`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client.operations import OPERATIONS
from binance_spot_client.signing import Clock, HmacSigner, OAuthSession, OAuthToken, Operation, Parameter, SecurityType
from tests.signing.test_oauth import Binance, login

KEY = "plain-key"
SECRET = "plain-secret"
NOW_NS = 1_700_000_000_123 * 1_000_000
ORDER = {"symbol": "BTCUSDT", "side": "SELL", "type": "MARKET", "quantity": "10", "new_client_order_id": "mine"}
ORDER_PATH = (
    b"/api/v3/order?symbol=BTCUSDT&side=SELL&type=MARKET&quantity=10&newClientOrderId=mine"
    b"&recvWindow=5000&timestamp=1700000000123&signature="
)
FORM = Operation(
    operation_id="plainDeposit",
    method="POST",
    path="/sapi/v1/fiat/deposit",
    security=SecurityType.TRADE,
    weight=1,
    function="",
    parameters=(Parameter("currency", "currency", "string", required=True), Parameter("note", "note", "string")),
    body="form",
    body_fields=("currency",),
)


class Recorder:
    """Answers every request with {} and keeps each one, with whether it went through `send`."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json={})

    async def answer_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def count_sends(monkeypatch: pytest.MonkeyPatch, cls: type[httpx.Client] | type[httpx.AsyncClient]) -> list[str]:
    sends: list[str] = []
    original: Callable[..., Any] = cls.send

    def counting(self: Any, request: httpx.Request, **kwargs: Any) -> Any:
        sends.append(request.url.path)
        return original(self, request, **kwargs)

    monkeypatch.setattr(cls, "send", counting)
    return sends


def wire(request: httpx.Request) -> tuple[str, bytes, list[tuple[bytes, bytes]], bytes]:
    return request.method, request.url.raw_path, request.headers.raw, request.content


def signature(path: bytes, body: bytes = b"") -> str:
    return HmacSigner(SECRET).sign(path.split(b"?", 1)[1] + body)


def test_a_signed_order_past_the_first_call_sends_the_same_bytes_without_send(monkeypatch: pytest.MonkeyPatch) -> None:
    sends = count_sends(monkeypatch, httpx.Client)
    recorder = Recorder()
    client = Spot(KEY, SECRET, clock=Clock(now_ns=lambda: NOW_NS), transport=httpx.MockTransport(recorder))
    client.send(OPERATIONS["newOrder"], ORDER)
    client.send(OPERATIONS["newOrder"], ORDER)
    first, second = recorder.requests
    assert sends == ["/api/v3/order"]  # the first call opened the client through `send`; the second skipped it
    assert wire(second) == wire(first)
    assert second.url.raw_path == ORDER_PATH + signature(ORDER_PATH[:-11]).encode()
    assert second.headers["X-MBX-APIKEY"] == KEY
    assert second.headers["User-Agent"] == "binance-spot-client"
    assert second.headers["Content-Length"] == "0"


def test_a_form_body_past_the_first_call_is_signed_and_sent_alike() -> None:
    recorder = Recorder()
    client = Spot(KEY, SECRET, clock=Clock(now_ns=lambda: NOW_NS), transport=httpx.MockTransport(recorder))
    for _ in range(2):
        client.send(FORM, {"currency": "EUR", "note": "a b"})
    first, second = recorder.requests
    assert wire(second) == wire(first)
    path = b"/sapi/v1/fiat/deposit?note=a%20b&recvWindow=5000&timestamp=1700000000123"
    assert second.url.raw_path == path + b"&signature=" + signature(path, b"currency=EUR").encode()
    assert second.content == b"currency=EUR"
    assert second.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert second.headers["Content-Length"] == "12"


@pytest.mark.parametrize(
    ("operation", "arguments"),
    [("account", {}), ("newOrder", ORDER), ("ping", {}), ("cancelOpenOrders", {"symbol": "BTCUSDT"})],
)
@pytest.mark.parametrize("own_headers", [{}, {"Host": "binance.internal", "X-Team": "blue"}])
def test_each_method_sends_the_headers_httpx_would_with_or_without_extra_ones(
    operation: str, arguments: dict[str, str], own_headers: dict[str, str]
) -> None:
    # The plain request's headers come whole from a list kept per host and method (Host and Content-Length
    # included); the first call's, built by httpx's build_request, are the reference.
    recorder = Recorder()
    own = httpx.Client(transport=httpx.MockTransport(recorder), headers=own_headers)
    client = Spot(KEY, SECRET, clock=Clock(now_ns=lambda: NOW_NS), http_client=own)
    for extra in (False, False, True, True, False):
        if extra:
            client.send(OPERATIONS[operation], arguments, extra_headers={"X-Extra": "1"})
        else:
            client.send(OPERATIONS[operation], arguments)
    first, second, extra_first, extra_second, third = map(wire, recorder.requests)
    assert second == first == third
    assert extra_second == extra_first
    assert [header for header in extra_first[2] if header != (b"X-Extra", b"1")] == first[2]
    assert extra_first[2].count((b"X-Extra", b"1")) == 1
    expected_host = own_headers.get("Host", "api.binance.com").encode()
    assert [value for name, value in first[2] if name == b"Host"] == [expected_host]
    lengths = [value for name, value in first[2] if name == b"Content-Length"]
    assert lengths == ([b"0"] if OPERATIONS[operation].method in ("POST", "PUT") else [])


def test_async_calls_past_the_first_send_the_same_bytes_without_send(monkeypatch: pytest.MonkeyPatch) -> None:
    sends = count_sends(monkeypatch, httpx.AsyncClient)
    recorder = Recorder()

    async def run() -> None:
        transport = httpx.MockTransport(recorder.answer_async)
        async with AsyncSpot(KEY, SECRET, clock=Clock(now_ns=lambda: NOW_NS), transport=transport) as client:
            await client.send(OPERATIONS["newOrder"], ORDER)
            await client.send(OPERATIONS["newOrder"], ORDER)

    asyncio.run(run())
    first, second = recorder.requests
    assert sends == ["/api/v3/order"]
    assert wire(second) == wire(first)
    assert second.url.raw_path == ORDER_PATH + signature(ORDER_PATH[:-11]).encode()


def test_event_hooks_of_a_callers_client_see_every_call_through_send(monkeypatch: pytest.MonkeyPatch) -> None:
    sends = count_sends(monkeypatch, httpx.Client)
    seen: list[str] = []
    recorder = Recorder()
    own = httpx.Client(
        transport=httpx.MockTransport(recorder),
        event_hooks={"request": [lambda r: seen.append(f"request {r.url.path}")], "response": []},
    )
    client = Spot(KEY, SECRET, http_client=own)
    client.send(OPERATIONS["account"], {})
    client.send(OPERATIONS["account"], {})
    assert seen == ["request /api/v3/account"] * 2
    assert sends == ["/api/v3/account"] * 2
    assert all("signature=" in str(r.url) for r in recorder.requests)


def test_cookies_and_query_parameters_of_a_callers_client_are_sent_on_every_call() -> None:
    recorder = Recorder()
    own = httpx.Client(transport=httpx.MockTransport(recorder), cookies={"session": "s1"}, params={"tag": "x"})
    client = Spot(http_client=own)
    client.ping()
    client.ping()
    assert [(r.headers.get("Cookie"), r.url.query) for r in recorder.requests] == [("session=s1", b"tag=x")] * 2


def test_a_client_that_follows_redirects_still_follows_them() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v3/ping":
            return httpx.Response(307, headers={"Location": "/moved/ping"})
        return httpx.Response(200, json={})

    own = httpx.Client(transport=httpx.MockTransport(answer), follow_redirects=True)
    client = Spot(http_client=own)
    paths = [client.send(OPERATIONS["ping"], {}).request.url.path for _ in range(2)]
    assert paths == ["/moved/ping"] * 2


def test_mounted_transports_are_chosen_per_url_past_the_first_call() -> None:
    # A proxy is a mount: the transport serving a URL is picked inside the plain send too.
    recorder = Recorder()
    refuse = httpx.MockTransport(lambda request: httpx.Response(599))
    own = httpx.Client(transport=refuse, mounts={"https://api.binance.com": httpx.MockTransport(recorder)})
    client = Spot(http_client=own)
    client.ping()
    client.ping()
    assert len(recorder.requests) == 2


def test_an_oauth_call_past_the_first_still_refreshes_its_token_on_a_401() -> None:
    binance = Binance(valid_token="live")
    session = OAuthSession(OAuthToken("live", "old-refresh"), login())
    with Spot(oauth=session, transport=httpx.MockTransport(binance)) as client:
        client.oauth.user_info()
        binance.valid_token = "new-access"  # the token expires between the calls
        client.oauth.user_info()
    assert binance.trail == [
        "www.binanceapis.com/oauth-api/v1/user-info Bearer live",
        "www.binanceapis.com/oauth-api/v1/user-info Bearer live",
        "accounts.binance.com/oauth/token -",
        "www.binanceapis.com/oauth-api/v1/user-info Bearer new-access",
    ]


def test_headers_set_on_the_http_client_between_calls_are_sent() -> None:
    recorder = Recorder()
    client = Spot(transport=httpx.MockTransport(recorder))
    client.ping()
    client.ping()
    client.http.headers["X-Team"] = "blue"
    client.ping()
    client.http.headers["X-Team"] = "green"
    client.ping()
    assert [r.headers.get("X-Team") for r in recorder.requests] == [None, None, "blue", "green"]
    assert recorder.requests[3].headers["User-Agent"] == "binance-spot-client"
