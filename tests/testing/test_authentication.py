"""The fake checks credentials as Binance does: API key, signature for every key type, timestamp and recvWindow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from binance_spot_client import Spot
from binance_spot_client.signing import ClientError, HmacSigner, RetryPolicy, Signer, signer_from_private_key
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange
from tests.testing.conftest import NOW_MS, fixed_clock

KEYS = Path(__file__).parents[1] / "signing" / "keys"
RSA_PRIVATE, RSA_PUBLIC = KEYS / "test-rsa-private.pem", KEYS / "test-rsa-public.pem"
ED25519_PRIVATE, ED25519_PUBLIC = KEYS / "test-ed25519-private.pem", KEYS / "test-ed25519-public.pem"


class TamperingSigner:
    """Signs with the right key, but bytes other than those sent."""

    def __init__(self, signer: Signer) -> None:
        self.signer = signer

    def sign(self, payload: bytes) -> str:
        return self.signer.sign(payload + b"&quantity=100")


def register(exchange: FakeExchange, key_type: str) -> tuple[str, Signer, Signer]:
    """Register an API key of `key_type`; return it, a right signer and a signer holding the wrong key."""
    if key_type == "HMAC":
        exchange.add_api_key("hmac-key", secret_key="hmac-secret")
        return "hmac-key", HmacSigner("hmac-secret"), HmacSigner("another-secret")
    if key_type == "RSA":
        exchange.add_api_key("rsa-key", public_key=RSA_PUBLIC)
        return "rsa-key", signer_from_private_key(RSA_PRIVATE), signer_from_private_key(ED25519_PRIVATE)
    exchange.add_api_key("ed25519-key", public_key=ED25519_PUBLIC.read_text())
    return "ed25519-key", signer_from_private_key(ED25519_PRIVATE), signer_from_private_key(RSA_PRIVATE)


def spot(exchange: FakeExchange, api_key: str, signer: Signer, **options: Any) -> Spot:
    return Spot(
        api_key, signer=signer, transport=exchange, clock=fixed_clock(), retry=RetryPolicy(attempts=1), **options
    )


KEY_TYPES = ["HMAC", "RSA", "Ed25519"]


@pytest.mark.parametrize("key_type", KEY_TYPES)
def test_rightly_signed_request_is_accepted(exchange: FakeExchange, key_type: str) -> None:
    api_key, right, _ = register(exchange, key_type)
    balances = {b.asset: b.free for b in spot(exchange, api_key, right).account().balances}
    assert balances["BTC"] == "1.00000000"
    assert exchange.requests[-1].status == 200


@pytest.mark.parametrize("key_type", KEY_TYPES)
def test_signature_by_another_key_is_refused_with_1022(exchange: FakeExchange, key_type: str) -> None:
    api_key, _, wrong = register(exchange, key_type)
    with pytest.raises(ClientError) as refused:
        spot(exchange, api_key, wrong).account()
    assert (refused.value.status_code, refused.value.code) == (400, -1022)
    assert refused.value.msg == "Signature for this request is not valid."


@pytest.mark.parametrize("key_type", KEY_TYPES)
def test_signature_over_other_bytes_is_refused_with_1022(exchange: FakeExchange, key_type: str) -> None:
    api_key, right, _ = register(exchange, key_type)
    with pytest.raises(ClientError) as refused:
        spot(exchange, api_key, TamperingSigner(right)).new_order("BTCUSDT", "BUY", "MARKET", quantity="0.001")
    assert refused.value.code == -1022
    assert exchange.account.orders == {}


def test_hmac_signature_is_compared_without_regard_to_case(exchange: FakeExchange) -> None:
    class Upper:
        def sign(self, payload: bytes) -> str:
            return HmacSigner(DEMO_SECRET_KEY).sign(payload).upper()

    assert spot(exchange, DEMO_API_KEY, Upper()).account().can_trade is True


def raw_get(exchange: FakeExchange, path: str, query: str, headers: dict[str, str] | None = None) -> httpx.Response:
    with httpx.Client(transport=exchange, base_url="https://api.binance.com") as http:
        return http.get(f"{path}?{query}", headers=headers or {})


def signed(query: str, secret: str = DEMO_SECRET_KEY) -> str:
    return f"{query}&signature={HmacSigner(secret).sign(query.encode())}"


def test_unknown_api_key_is_refused_with_2015(exchange: FakeExchange) -> None:
    answer = raw_get(exchange, "/api/v3/account", signed(f"timestamp={NOW_MS}"), {"X-MBX-APIKEY": "nobody"})
    assert (answer.status_code, answer.json()) == (
        401,
        {"code": -2015, "msg": "Invalid API-key, IP, or permissions for action."},
    )


def test_missing_api_key_is_refused_with_2014(exchange: FakeExchange) -> None:
    answer = raw_get(exchange, "/api/v3/account", signed(f"timestamp={NOW_MS}"))
    assert (answer.status_code, answer.json()) == (401, {"code": -2014, "msg": "API-key format invalid."})


def test_missing_signature_is_a_mandatory_parameter(exchange: FakeExchange) -> None:
    answer = raw_get(exchange, "/api/v3/account", f"timestamp={NOW_MS}", {"X-MBX-APIKEY": DEMO_API_KEY})
    assert answer.json() == {
        "code": -1102,
        "msg": "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.",
    }


@pytest.mark.parametrize(
    ("timestamp", "recv_window", "msg"),
    [
        (NOW_MS + 1000, 5000, "Timestamp for this request was 1000ms ahead of the server's time."),
        (NOW_MS - 5001, 5000, "Timestamp for this request is outside of the recvWindow."),
        (NOW_MS - 20000, 10000, "Timestamp for this request is outside of the recvWindow."),
    ],
)
def test_timestamp_outside_the_window_is_refused_with_1021(
    exchange: FakeExchange, timestamp: int, recv_window: int, msg: str
) -> None:
    query = signed(f"recvWindow={recv_window}&timestamp={timestamp}")
    answer = raw_get(exchange, "/api/v3/account", query, {"X-MBX-APIKEY": DEMO_API_KEY})
    assert (answer.status_code, answer.json()) == (400, {"code": -1021, "msg": msg})


@pytest.mark.parametrize(
    ("timestamp", "recv_window"), [(NOW_MS + 999, 5000), (NOW_MS - 5000, 5000), (NOW_MS - 59000, 60000)]
)
def test_timestamp_inside_the_window_is_accepted(exchange: FakeExchange, timestamp: int, recv_window: int) -> None:
    query = signed(f"recvWindow={recv_window}&timestamp={timestamp}")
    assert raw_get(exchange, "/api/v3/account", query, {"X-MBX-APIKEY": DEMO_API_KEY}).status_code == 200


def test_microsecond_timestamps_are_read_with_the_time_unit_header(exchange: FakeExchange) -> None:
    client = Spot(
        DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange, clock=fixed_clock(), microseconds=True,
        retry=RetryPolicy(attempts=1),
    )  # fmt: skip
    assert client.account().uid == 100000001
    assert exchange.requests[-1].params["timestamp"] == str(NOW_MS * 1000)


def test_server_clock_ahead_of_the_client_is_a_1021_for_orders(exchange: FakeExchange) -> None:
    exchange.clock = fixed_clock(offset_ms=6000)  # the server is six seconds ahead of the client
    client = spot(exchange, DEMO_API_KEY, HmacSigner(DEMO_SECRET_KEY))
    with pytest.raises(ClientError) as refused:
        client.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.001")
    assert refused.value.code == -1021
    assert client.clock.offset_ms == 6000  # the client learnt the offset from /api/v3/time for the next call


def test_an_optionally_signed_operation_is_checked_only_when_signed(exchange: FakeExchange) -> None:
    api_key, right, wrong = register(exchange, "HMAC")
    assert spot(exchange, api_key, wrong).wallet.spot_delist_schedule()[0].symbols == ["ADAUSDT", "BNBUSDT"]
    assert spot(exchange, api_key, right).wallet.spot_delist_schedule(recv_window=2000)[0].delist_time == 1686161202000
    with pytest.raises(ClientError) as caught:
        spot(exchange, api_key, wrong).wallet.spot_delist_schedule(recv_window=2000)
    assert caught.value.code == -1022
