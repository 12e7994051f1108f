"""SBE on the WebSocket API: the connection asks for it, binary answers become the JSON path's models and errors.

`sbe_message` is checked against frames built here byte by byte from the schema's layout; the
client end to end against the fake exchange, against its own answers in JSON.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import websockets

from binance_spot_client import Spot, _sbe_spot
from binance_spot_client.signing import ClientError, RateLimits, SbeSchemaDeprecatedWarning, SbeSchemaError
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeServer
from binance_spot_client.websocket import AsyncWebSocketAPI, WebSocketAPI
from binance_spot_client.websocket._sbe_api import sbe_message
from tests.patience import eventually

from .conftest import FAST

KEYS = Path(__file__).parents[1] / "signing" / "keys"
# The fake runs on the time of day here: the latest candles would change between two calls at an hour's turn.
PAST = 1_700_000_000_000


def wrapped(status: int, request_id: bytes, inner: bytes) -> bytes:
    """A WebSocketResponse (template 50 of schema 3:5) with one REQUEST_WEIGHT rate limit."""
    return (
        bytes.fromhex("0300 3200 0300 0500")  # header: block 3, template 50, schema 3, version 5
        + bytes([0]) + struct.pack("<H", status)  # not deprecated; status
        + bytes.fromhex("1300 0100")  # rateLimits: 19-byte entries, one
        + bytes([2, 1, 1]) + struct.pack("<qq", 6000, 7)  # REQUEST_WEIGHT, MINUTE, 1, limit 6000, count 7
        + bytes([len(request_id)]) + request_id
        + struct.pack("<I", len(inner)) + inner
    )  # fmt: skip


def test_a_wrapped_depth_answer_reads_as_the_json_frame() -> None:
    depth = (
        bytes.fromhex("0a00 c800 0300 0500")  # block 10, template 200 (DepthResponse)
        + struct.pack("<qbb", 42, -2, -1)  # lastUpdateId 42, price exponent -2, qty exponent -1
        + bytes.fromhex("1000 01000000") + struct.pack("<qq", 1234, 5)  # bids: 12.34 x 0.5
        + bytes.fromhex("1000 00000000")  # no asks
    )  # fmt: skip
    assert sbe_message(wrapped(200, b"7", depth)) == {
        "id": "7",
        "status": 200,
        "rateLimits": [
            {"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 6000, "count": 7}
        ],
        "result": {"lastUpdateId": 42, "bids": [["12.34", "0.5"]], "asks": []},
    }


def test_a_wrapped_error_keeps_code_message_and_retry_time() -> None:
    msg = b"Too many requests."
    error = (
        bytes.fromhex("1200 6400 0300 0500")  # block 18, template 100 (ErrorResponse)
        + struct.pack("<hqq", -1003, -(2**63), 1_700_000_000_000_000)  # no serverTime; retryAfter (µs)
        + struct.pack("<H", len(msg)) + msg
        + struct.pack("<I", 0)  # no data
    )  # fmt: skip
    message = sbe_message(wrapped(429, b"", error))
    assert message["error"] == {"code": -1003, "msg": "Too many requests.", "data": {"retryAfter": 1_700_000_000_000}}
    assert (message["id"], message["status"]) == ("", 429)


def test_a_retired_schema_fails_before_connecting() -> None:
    with pytest.raises(SbeSchemaError, match="retired"):
        AsyncWebSocketAPI(url="ws://127.0.0.1:9/ws-api/v3", encoding="sbe", sbe_schema="3:1")


@pytest.fixture
def server() -> Iterator[FakeServer]:
    exchange = FakeExchange()
    exchange.add_api_key("ed-key", public_key=KEYS / "test-ed25519-public.pem")
    with FakeServer(exchange) as served:
        yield served


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the SBE messages the spot schema decodes from here on."""
    names: list[str] = []
    decode = _sbe_spot.SCHEMA.decode

    def recording(data: Any, row: Any = None) -> tuple[str, Any]:
        name, value = decode(data, row)
        names.append(name)
        return name, value

    monkeypatch.setattr(_sbe_spot.SCHEMA, "decode", recording)
    return names


async def test_sbe_answers_become_the_same_models_as_json(server: FakeServer, decoded: list[str]) -> None:
    url = server.websocket.api_url
    async with AsyncWebSocketAPI(DEMO_API_KEY, DEMO_SECRET_KEY, url=url, reconnect=FAST) as plain:
        expected = (
            await plain.depth("BTCUSDT", limit=5),
            await plain.klines("BTCUSDT", "1h", start_time=PAST, limit=3),
            await plain.exchange_info(symbol="BTCUSDT"),
        )
    assert decoded == []
    async with AsyncWebSocketAPI(DEMO_API_KEY, DEMO_SECRET_KEY, url=url, reconnect=FAST, encoding="sbe") as api:
        assert api.connect_url == f"{url}?responseFormat=sbe&sbeSchemaId=3&sbeSchemaVersion=5"
        got = (
            await api.depth("BTCUSDT", limit=5),
            await api.klines("BTCUSDT", "1h", start_time=PAST, limit=3),
            await api.exchange_info(symbol="BTCUSDT"),
        )
        await api.ping()
        before = server.exchange.clock.timestamp_ms()
        server_time = (await api.time()).server_time
        after = server.exchange.clock.timestamp_ms()
        used = api.rate_limits
    assert got[0] == expected[0] and got[1] == expected[1]
    # exchangeInfo in SBE lacks a few JSON fields (spec/sbe/README.md): the same model as REST's SBE answer.
    assert got[2].rate_limits == expected[2].rate_limits
    assert got[2] == Spot(encoding="sbe", transport=server.exchange).exchange_info(symbol="BTCUSDT")
    assert before <= server_time <= after  # µs on the wire, ms in the model
    assert isinstance(used, RateLimits) and used.used_weight is not None
    assert [name for name in decoded if name == "WebSocketResponse"] == ["WebSocketResponse"] * 5
    assert {"DepthResponse", "KlinesResponse", "ExchangeInfoResponse", "PingResponse", "ServerTimeResponse"} <= set(
        decoded
    )


async def test_sbe_errors_are_the_same_typed_errors(server: FakeServer) -> None:
    url = server.websocket.api_url
    errors: list[ClientError] = []
    for encoding in ("json", "sbe"):
        async with AsyncWebSocketAPI(url=url, reconnect=FAST, encoding=encoding) as api:
            with pytest.raises(ClientError) as caught:
                await api.depth("NOSUCHPAIR", limit=5)
            errors.append(caught.value)
    json_error, sbe_error = errors
    assert type(sbe_error) is type(json_error)
    assert (sbe_error.status_code, sbe_error.code, sbe_error.msg) == (
        json_error.status_code,
        json_error.code,
        json_error.msg,
    )
    assert sbe_error.code == -1121


async def test_an_ed25519_session_logs_on_and_trades_over_sbe(server: FakeServer, decoded: list[str]) -> None:
    url = server.websocket.api_url
    private = KEYS / "test-ed25519-private.pem"
    async with AsyncWebSocketAPI("ed-key", private_key=private, url=url, reconnect=FAST, encoding="sbe") as api:
        status = await api.session_status()
        subscription = await api.user_data_stream_subscribe()
        account = await api.account()  # a result the fake answers in JSON: read as well
    assert api.logged_on and status.api_key == "ed-key" and status.authorized_since is not None
    assert subscription == 0
    assert account.balances[0].asset == "BTC"
    assert {"WebSocketSessionLogonResponse", "WebSocketSessionStatusResponse"} <= set(decoded)
    assert "UserDataStreamSubscribeResponse" in decoded


def test_a_user_data_event_frame_reads_as_the_json_event_frame() -> None:
    frame = (
        bytes.fromhex("1b00 5902 0300 0500")  # block 27, template 601 (BalanceUpdateEvent)
        + struct.pack("<qqbqH", 1_700_000_000_001_999, -(2**63), -8, -150_000_000, 3)  # clearTime null
        + b"\x03BTC"
    )  # fmt: skip
    assert sbe_message(frame) == {
        "subscriptionId": 3,
        "event": {"e": "balanceUpdate", "E": 1_700_000_000_001, "T": None, "d": "-1.50000000", "a": "BTC"},
    }


async def test_a_deprecated_schema_warns_and_the_fake_refuses_a_retired_one(server: FakeServer) -> None:
    url = server.websocket.api_url
    with pytest.warns(SbeSchemaDeprecatedWarning, match="3:3"):
        api = AsyncWebSocketAPI(
            url=url, reconnect=FAST, encoding="sbe", sbe_schema="3:3"
        )  # 3:4 is the REST test's: each warns once
    async with api:
        await api.ping()
    with pytest.raises(websockets.InvalidStatus, match="HTTP 400"):
        await websockets.connect(f"{url}?responseFormat=sbe&sbeSchemaId=3&sbeSchemaVersion=1")


async def test_a_call_in_the_other_encoding_goes_through_a_second_connection(
    server: FakeServer, decoded: list[str]
) -> None:
    url = server.websocket.api_url
    async with AsyncWebSocketAPI(DEMO_API_KEY, DEMO_SECRET_KEY, url=url, reconnect=FAST) as api:
        plain = await api.depth("BTCUSDT", limit=5)
        assert decoded == []
        binary = await api.call("depth", symbol="BTCUSDT", limit=5, encoding="sbe")
        again = await api.call("time", encoding="sbe")  # the same second connection
        assert server.websocket.connection_count == 2
    assert binary == plain and again.server_time > 0
    assert decoded.count("WebSocketResponse") == 2
    assert server.websocket.paths == ["/ws-api/v3", "/ws-api/v3?responseFormat=sbe&sbeSchemaId=3&sbeSchemaVersion=5"]
    await eventually(lambda: server.websocket.connection_count == 0)


def test_the_blocking_client_calls_in_the_other_encoding_too(server: FakeServer, decoded: list[str]) -> None:
    with WebSocketAPI(url=server.websocket.api_url, reconnect=FAST, encoding="sbe") as api:
        assert api.call("depth", symbol="BTCUSDT", limit=5, encoding="json") == api.depth("BTCUSDT", limit=5)
    assert decoded.count("WebSocketResponse") == 1
