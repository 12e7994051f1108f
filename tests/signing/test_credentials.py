"""Keys come from BINANCE_API_KEY, BINANCE_API_SECRET and BINANCE_PRIVATE_KEY when the code gives none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from binance_spot_client import Spot
from binance_spot_client.signing import Clock
from binance_spot_client.websocket import AsyncWebSocketAPI

ED25519_KEY = Path(__file__).parent / "keys" / "test-ed25519-private.pem"


def signed_request(**credentials: Any) -> httpx.Request:
    """The request a client made with `credentials` sends for GET /api/v3/account at a fixed time."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    clock = Clock(now_ns=lambda: 1_700_000_000_000_000_000)
    with Spot(**credentials, clock=clock, transport=httpx.MockTransport(answer)) as client:
        client.request("GET", "/api/v3/account", security="USER_DATA")
    return sent[0]


def test_key_and_secret_from_the_environment_sign_as_if_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", "env-key")
    monkeypatch.setenv("BINANCE_API_SECRET", "env-secret")
    from_env = signed_request()
    monkeypatch.delenv("BINANCE_API_KEY")
    monkeypatch.delenv("BINANCE_API_SECRET")
    given = signed_request(api_key="env-key", api_secret="env-secret")
    assert (from_env.url, from_env.headers["X-MBX-APIKEY"]) == (given.url, "env-key")


def test_a_private_key_from_the_environment_wins_over_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", "env-key")
    monkeypatch.setenv("BINANCE_API_SECRET", "env-secret")
    monkeypatch.setenv("BINANCE_PRIVATE_KEY", str(ED25519_KEY))
    assert signed_request().url == signed_request(api_key="env-key", private_key=ED25519_KEY).url


def test_credentials_in_the_code_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", "env-key")
    monkeypatch.setenv("BINANCE_PRIVATE_KEY", str(ED25519_KEY))
    request = signed_request(api_key="code-key", api_secret="code-secret")
    monkeypatch.delenv("BINANCE_API_KEY")
    monkeypatch.delenv("BINANCE_PRIVATE_KEY")
    assert (request.url, request.headers["X-MBX-APIKEY"]) == (
        signed_request(api_key="code-key", api_secret="code-secret").url,
        "code-key",
    )


def test_the_websocket_api_reads_the_same_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", "env-key")
    monkeypatch.setenv("BINANCE_API_SECRET", "env-secret")
    from_env, given = AsyncWebSocketAPI(), AsyncWebSocketAPI("env-key", "env-secret")
    assert from_env._api_key == "env-key"
    assert from_env._signer is not None and given._signer is not None
    assert from_env._signer.sign(b"symbol=BTCUSDT") == given._signer.sign(b"symbol=BTCUSDT")
