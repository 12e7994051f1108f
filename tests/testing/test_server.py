"""The same fake, served over real HTTP on 127.0.0.1: as a context manager and from the command line."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client.models import NewOrderFull
from binance_spot_client.signing import ClientError, RetryPolicy
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeServer
from binance_spot_client.websocket import WebSocketAPI

KEYS = Path(__file__).parents[1] / "signing" / "keys"


def test_trading_over_http() -> None:
    exchange = FakeExchange()  # the real clock: the client signs with the time of day
    with FakeServer(exchange) as server, Spot(DEMO_API_KEY, DEMO_SECRET_KEY, base_url=server.base_url) as client:
        assert server.base_url.startswith("http://127.0.0.1:")
        order = client.new_order("BTCUSDT", "SELL", "MARKET", quantity="0.1")
        assert isinstance(order, NewOrderFull)
        assert (order.status, order.executed_qty) == ("FILLED", "0.10000000")
    assert exchange.balance("BTC").free == Decimal("0.9")


def test_wrong_signature_over_http_is_1022(exchange: FakeExchange) -> None:
    with (
        FakeServer(exchange) as server,
        Spot(DEMO_API_KEY, "wrong", base_url=server.base_url) as client,
        pytest.raises(ClientError) as refused,
    ):
        client.account()
    assert (refused.value.status_code, refused.value.code) == (400, -1022)


async def test_async_client_over_http(exchange: FakeExchange) -> None:
    with FakeServer(exchange) as server:
        async with AsyncSpot(base_url=server.base_url, retry=RetryPolicy(attempts=1)) as client:
            book = await client.depth("ETHUSDT", limit=2)
    assert [level.price for level in book.asks] == ["2000.01000000", "2000.02000000"]


def test_command_line_server_answers_until_stopped() -> None:
    command = [
        sys.executable, "-m", "binance_spot_client.testing.server", "--port", "0",
        "--public-key", f"ed-key={KEYS / 'test-ed25519-public.pem'}",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        base_url = first_line.rsplit(" ", 1)[1].strip()
        assert first_line.startswith("Fake Binance Spot exchange on http://127.0.0.1:")
        assert httpx.get(f"{base_url}/api/v3/ping").json() == {}
        with Spot("ed-key", private_key=KEYS / "test-ed25519-private.pem", base_url=base_url) as client:
            assert client.account().can_trade is True
        websocket_line = process.stdout.readline()  # "  WebSocket API ws://…/ws-api/v3, streams ws://…"
        api_url = websocket_line.split()[2].rstrip(",")
        assert api_url.startswith("ws://127.0.0.1:") and api_url.endswith("/ws-api/v3")
        with WebSocketAPI("ed-key", private_key=KEYS / "test-ed25519-private.pem", url=api_url) as api:
            assert api.session_status().api_key == "ed-key"  # an Ed25519 key logs the session on
    finally:
        process.terminate()
        process.wait(timeout=5)
