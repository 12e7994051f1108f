"""Signing WebSocket API params: Binance's documented HMAC examples, byte for byte."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binance_spot_client.signing import Clock, Ed25519Signer, HmacSigner
from binance_spot_client.websocket import sign_params, signature_payload

API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
TIMESTAMP = 1645423376532
FULLWIDTH_SYMBOL = "\uff11\uff12\uff13\uff14\uff15\uff16"  # the docs' non-ASCII symbol, 123456 in full width
DOCUMENTED = [
    (
        {"symbol": "BTCUSDT", "side": "SELL", "type": "LIMIT", "timeInForce": "GTC"}
        | {"quantity": "0.01000000", "price": "52000.00"},
        100,
        "apiKey=" + API_KEY + "&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL"
        "&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT",
        "aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24",
    ),
    (
        {"symbol": FULLWIDTH_SYMBOL, "side": "BUY", "type": "LIMIT", "timeInForce": "GTC"}
        | {"quantity": "1.00000000", "price": "0.10000000"},
        5000,
        "apiKey=" + API_KEY + "&price=0.10000000&quantity=1.00000000&recvWindow=5000&side=BUY"
        f"&symbol={FULLWIDTH_SYMBOL}&timeInForce=GTC&timestamp=1645423376532&type=LIMIT",
        "b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd",
    ),
]


def fixed_clock() -> Clock:
    return Clock(now_ns=lambda: TIMESTAMP * 1_000_000)


@pytest.mark.parametrize(("params", "recv_window", "payload", "signature"), DOCUMENTED, ids=["ascii", "non-ascii"])
def test_documented_hmac_examples_are_reproduced(
    params: dict[str, str], recv_window: int, payload: str, signature: str
) -> None:
    signed = sign_params(
        params, signer=HmacSigner(SECRET), api_key=API_KEY, clock=fixed_clock(), recv_window=recv_window
    )
    assert signature_payload(signed) == payload
    assert signed["signature"] == signature
    assert signed["timestamp"] == TIMESTAMP
    assert signed["recvWindow"] == recv_window


def test_payload_is_sorted_by_name_and_leaves_out_the_signature() -> None:
    assert signature_payload({"b": 2, "signature": "x", "a": True, "c": ["X", "Y"]}) == 'a=true&b=2&c=["X","Y"]'


def test_logged_on_session_sends_only_timing_parameters() -> None:
    signed = sign_params({"symbol": "BTCUSDT"}, signer=None, api_key=None, clock=fixed_clock(), recv_window=None)
    assert signed == {"symbol": "BTCUSDT", "timestamp": TIMESTAMP}


def test_fractional_recv_window_stays_exact() -> None:
    signed = sign_params({}, signer=None, api_key=None, clock=fixed_clock(), recv_window="6000.346")
    assert signed["recvWindow"] == 6000.346


def test_ed25519_signature_verifies_over_the_payload() -> None:
    key = Ed25519PrivateKey.generate()
    signed = sign_params(
        {"symbol": "BTCUSDT"}, signer=Ed25519Signer(key), api_key="k", clock=fixed_clock(), recv_window=5000
    )
    key.public_key().verify(base64.b64decode(signed["signature"]), signature_payload(signed).encode())
