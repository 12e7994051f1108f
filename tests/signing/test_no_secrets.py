"""No API key, secret, signature or private-key text in any error the client raises:
not in its str or repr, its pickle, nor its formatted traceback (causes included)."""

from __future__ import annotations

import pickle
import string
import traceback
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binance_spot_client import (
    ClientError,
    ConnectionRefusedTransportError,
    OrderStatusUnknownError,
    ParameterError,
    Spot,
    TransportTimeoutError,
)
from binance_spot_client.signing import BinanceError, RetryPolicy

KEYS = Path(__file__).parent / "keys"
# The body of a real key with its PEM header and footer left out: what a user pastes from a vault.
PEM_BODY = "".join((KEYS / "test-ed25519-private.pem").read_text().strip().splitlines()[1:-1])
STALE = {"code": -1021, "msg": "Timestamp for this request is outside of the recvWindow."}

Handler = Callable[[httpx.Request], httpx.Response]


def _bad_gzip(request: httpx.Request) -> httpx.Response:
    return httpx.Response(502, headers={"Content-Encoding": "gzip"}, content=b"not gzip at all")


def _refuse_connection(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused")


def _time_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out")


def _stale_then_time_fails(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/v3/time":
        return httpx.Response(500, json={"code": -1000, "msg": "internal"})
    return httpx.Response(400, json=STALE)


def _stale_storm(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/v3/time":
        return httpx.Response(200, json={"serverTime": 1_700_000_000_000})
    return httpx.Response(400, json=STALE)


SERVER_SCENARIOS: dict[str, tuple[Handler, bool, type[BinanceError]]] = {
    "4xx-read": (lambda r: httpx.Response(400, json={"code": -1100, "msg": "Illegal characters"}), False, ClientError),
    "4xx-order": (lambda r: httpx.Response(400, json={"code": -2010, "msg": "insufficient"}), True, ClientError),
    "5xx-order": (lambda r: httpx.Response(503, json={"code": -1000, "msg": "busy"}), True, OrderStatusUnknownError),
    "bad-gzip-order": (_bad_gzip, True, OrderStatusUnknownError),
    "connection-refused-order": (_refuse_connection, True, ConnectionRefusedTransportError),
    "timeout-order": (_time_out, True, OrderStatusUnknownError),
    "timeout-read": (_time_out, False, TransportTimeoutError),
    "-1021-resync-fails-order": (_stale_then_time_fails, True, ClientError),
    "-1021-storm-read": (_stale_storm, False, ClientError),
    "-1021-storm-order": (_stale_storm, True, ClientError),
}

secrets = st.text(string.ascii_letters + string.digits, min_size=24, max_size=64)
# Base64 text, as the body of a PEM key is.
key_text = st.text(string.ascii_letters + string.digits + "+/", min_size=40, max_size=200).map(lambda t: t + "==")


def assert_tells_no_secret(error: BaseException, secrets: list[str]) -> None:
    texts = {
        "str": str(error),
        "repr": repr(error),
        "traceback": "".join(traceback.format_exception(error)),
        "pickle": pickle.dumps(error).decode("latin-1"),
    }
    for where, text in texts.items():
        for secret in secrets:
            assert secret not in text, f"a secret in the error's {where}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(api_key=secrets, api_secret=secrets, scenario=st.sampled_from(sorted(SERVER_SCENARIOS)))
def test_errors_of_failing_calls_tell_no_secret(api_key: str, api_secret: str, scenario: str) -> None:
    handler, order, error_type = SERVER_SCENARIOS[scenario]
    signatures: list[str] = []

    def serve(request: httpx.Request) -> httpx.Response:
        signatures.extend(parse_qs(request.url.query.decode()).get("signature", []))
        return handler(request)

    client = Spot(api_key, api_secret, retry=RetryPolicy(attempts=2, backoff=0.0), transport=httpx.MockTransport(serve))
    with pytest.raises(BinanceError) as caught:
        if order:
            client.new_order("BTCUSDT", "BUY", "MARKET", quantity=1)
        else:
            client.request("GET", "/api/v3/account", security="USER_DATA")
    assert type(caught.value) is error_type
    assert signatures, "the scenario signs its requests"
    assert_tells_no_secret(caught.value, [api_key, api_secret, *signatures])


@settings(max_examples=30, deadline=None)
@given(api_key=secrets, private_key=st.one_of(st.just(PEM_BODY), key_text))
def test_a_private_key_that_is_neither_pem_nor_a_path_is_refused_without_quoting_it(
    api_key: str, private_key: str
) -> None:
    with pytest.raises(ParameterError) as caught:
        Spot(api_key, private_key=private_key)
    assert type(caught.value) is ParameterError
    assert (caught.value.parameter, caught.value.problem) == (
        "private_key",
        "is neither PEM text nor the path of a readable file",
    )
    assert caught.value.__context__ is None and caught.value.__cause__ is None
    assert_tells_no_secret(caught.value, [api_key, private_key])


@settings(max_examples=10, deadline=None)
@given(password=secrets)
def test_a_wrong_key_password_is_refused_without_quoting_it(password: str) -> None:
    encrypted = (KEYS / "test-ed25519-private-encrypted.pem").read_text()
    with pytest.raises(ParameterError) as caught:
        Spot("key", private_key=encrypted, private_key_password=password)
    assert caught.value.parameter == "private_key"
    assert caught.value.problem.startswith("cannot be read as a PEM private key: ")
    assert_tells_no_secret(caught.value, [password, *encrypted.strip().splitlines()[1:-1]])
