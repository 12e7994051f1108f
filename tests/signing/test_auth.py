"""The auth flow signs exactly the bytes sent, and only where the security type asks for it."""

from __future__ import annotations

import httpx
import pytest

from binance_spot_client import Spot
from binance_spot_client.signing import Clock, HmacSigner, ParameterError

DOCS_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
DOCS_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
DOCS_TIME_NS = 1499827319559 * 1_000_000
DOCS_ORDER = {"symbol": "LTCBTC", "side": "BUY", "type": "LIMIT", "timeInForce": "GTC", "quantity": 1, "price": 0.1}


def recording_client(sent: list[httpx.Request], **options: object) -> Spot:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    return Spot(
        DOCS_KEY,
        DOCS_SECRET,
        clock=Clock(now_ns=lambda: DOCS_TIME_NS),
        transport=httpx.MockTransport(answer),
        **options,  # type: ignore[arg-type]
    )


def test_signed_request_reproduces_the_documented_query_byte_for_byte() -> None:
    sent: list[httpx.Request] = []
    recording_client(sent).request("POST", "/api/v3/order", DOCS_ORDER, security="TRADE")
    (request,) = sent
    assert request.url.raw_path == (
        b"/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
        b"&recvWindow=5000&timestamp=1499827319559"
        b"&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"
    )
    assert request.headers["X-MBX-APIKEY"] == DOCS_KEY
    assert request.method == "POST"


def test_signature_covers_the_query_as_sent_followed_by_the_form_body() -> None:
    client = Spot(DOCS_KEY, DOCS_SECRET, clock=Clock(now_ns=lambda: DOCS_TIME_NS))
    request = client.http.build_request(
        "POST",
        "https://api.binance.com/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC",
        content=b"quantity=1&price=0.1",
        extensions={"binance_security": "TRADE"},
    )
    signed = next(client.auth.auth_flow(request))
    query, signature = signed.url.query.split(b"&signature=")
    assert query == b"symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&recvWindow=5000&timestamp=1499827319559"
    assert signature.decode() == HmacSigner(DOCS_SECRET).sign(query + b"quantity=1&price=0.1")


def test_public_operation_carries_no_key_and_no_signature() -> None:
    sent: list[httpx.Request] = []
    recording_client(sent).request("GET", "/api/v3/depth", {"symbol": "BTCUSDT"})
    (request,) = sent
    assert request.url.raw_path == b"/api/v3/depth?symbol=BTCUSDT"
    assert "X-MBX-APIKEY" not in request.headers
    assert "Authorization" not in request.headers


def test_key_only_operation_gets_the_header_but_no_signature() -> None:
    sent: list[httpx.Request] = []
    recording_client(sent).request("GET", "/api/v3/historicalTrades", {"symbol": "BTCUSDT"}, security="MARKET_DATA")
    (request,) = sent
    assert request.url.raw_path == b"/api/v3/historicalTrades?symbol=BTCUSDT"
    assert request.headers["X-MBX-APIKEY"] == DOCS_KEY


def test_per_call_recv_window_and_microsecond_timestamps() -> None:
    sent: list[httpx.Request] = []
    client = recording_client(sent, microseconds=True)
    client.request("GET", "/api/v3/account", security="USER_DATA", recv_window=6000.346)
    (request,) = sent
    assert request.url.query.startswith(b"recvWindow=6000.346&timestamp=1499827319559000&signature=")
    assert request.headers["X-MBX-TIME-UNIT"] == "MICROSECOND"


@pytest.mark.parametrize("window", [0, -1, 60001, 1000.0001, "abc"])
def test_recv_window_outside_binance_bounds_is_refused_before_sending(window: object) -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(ParameterError, match="recv_window"):
        recording_client(sent).request("GET", "/api/v3/account", security="USER_DATA", recv_window=window)  # type: ignore[arg-type]
    assert sent == []


def test_signed_call_without_credentials_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    with pytest.raises(ParameterError, match="api_key"):
        Spot(transport=httpx.MockTransport(answer)).request("GET", "/api/v3/account", security="USER_DATA")
    assert sent == []


def test_client_repr_hides_credentials() -> None:
    client = Spot(DOCS_KEY, DOCS_SECRET)
    assert DOCS_KEY not in repr(client) and DOCS_SECRET not in repr(client)
    assert DOCS_SECRET not in repr(client.auth)
