"""SBE on the WebSocket API: the connection asks for it, binary answers become the JSON path's models and errors.

`sbe_message` is checked against frames built here byte by byte from the schema's layout; the
client end to end against the fake exchange, against its own answers in JSON.
"""

from __future__ import annotations

import asyncio
import json
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
import websockets

from binance_spot_client import Spot
from binance_spot_client.signing import (
    ClientError,
    ParameterError,
    RateLimitError,
    RateLimits,
    SbeSchemaDeprecatedWarning,
    SbeSchemaError,
)
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeServer
from binance_spot_client.websocket import AsyncWebSocketAPI, ExecutionReport, WebSocketAPI, decode_event, parse_event
from binance_spot_client.websocket._responses import error_from_message
from binance_spot_client.websocket._sbe_api import sbe_message
from tests.patience import eventually
from tests.sbe_messages import record_sbe_messages

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


def test_a_session_in_microseconds_keeps_sbe_times_in_microseconds() -> None:
    msg = b"Too many requests."
    error = (
        bytes.fromhex("1200 6400 0300 0500")  # block 18, template 100 (ErrorResponse)
        + struct.pack("<hqq", -1003, 1_700_000_000_123_456, 1_700_000_060_000_000)  # serverTime, retryAfter (µs)
        + struct.pack("<H", len(msg)) + msg
        + struct.pack("<I", 0)
    )  # fmt: skip
    frame = wrapped(429, b"9", error)
    assert sbe_message(frame, microseconds=True)["error"]["data"] == {"retryAfter": 1_700_000_060_000_000}
    assert sbe_message(frame)["error"]["data"] == {"retryAfter": 1_700_000_060_000}
    # Either unit gives the same wait: 60 s after the server's time.
    for microseconds in (True, False):
        message = sbe_message(frame, microseconds=microseconds)
        caught = error_from_message(429, message["error"], now_ms=1_700_000_000_000)
        assert isinstance(caught, RateLimitError) and caught.retry_after == 60


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
    return record_sbe_messages(monkeypatch)


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


NULL_I64 = struct.pack("<q", -(2**63))
NULL_U8 = bytes([255])
# An ExecutionReportEvent (template 603) built from the layout of spot_3_5.xml, field by field: a LIMIT
# BUY partly filled, with nulls (workingTime, orderListId, the STP and peg fields, matchType), negative
# exponents of three sizes and var-data texts (one empty where JSON writes "", one where it writes "NONE").
EXECUTION_REPORT = (
    bytes.fromhex("1a01 5b02 0300 0500")  # header: block 282, template 603, schema 3, version 5
    + struct.pack("<qq", 1_700_000_000_123_456, 1_700_000_000_123_000)  # eventTime, transactTime (µs)
    + struct.pack("<bbb", -2, -5, -8)  # price, qty and commission exponents
    + struct.pack("<q", 1_699_999_999_000_999) + NULL_I64  # orderCreationTime; workingTime null
    + struct.pack("<q", 42) + NULL_I64  # orderId; orderListId null (JSON: -1)
    + struct.pack("<qqqqq", 150_000, 2_999_950, 0, 0, 0)  # origQty, price, origQuoteOrderQty, iceberg, stop
    + bytes([1, 0, 0, 4, 1])  # LIMIT, BUY, GTC, TRADE, PARTIALLY_FILLED
    + struct.pack("<qq", 7, 99)  # tradeId, executionId
    + struct.pack("<qqqqqq", 50_000, 1_499_975, 50_000, 2_999_950, 1_499_975, 50_000)  # z, Z, l, L, Y, n
    + bytes([1, 0, 0])  # isWorking, isMaker, isBestMatch
    + NULL_U8 + bytes([3, 1, 1, 0])  # matchType null; EXPIRE_MAKER, PRINCIPAL, EXCHANGE floor, no SOR
    + NULL_I64 + struct.pack("<Q", 2**64 - 1) + NULL_I64 * 2  # allocId, trailingDelta, trailingTime, tradeGroupId
    + struct.pack("<q", 0) + NULL_I64 * 5  # preventedQty 0; the other prevention fields null
    + struct.pack("<i", -(2**31)) + NULL_I64 * 2  # strategyType, strategyId, counterOrderId null
    + struct.pack("<H", 3)  # subscriptionId
    + NULL_U8 * 3 + NULL_I64 + NULL_U8  # peg price type, offset type, offset value, pegged price, expiry reason
    + b"\x07BTCUSDT" + b"\x05bot-7" + b"\x00" + b"\x03BTC" + b"\x00" + b"\x00"  # s, c, C, N, r, Cs
)  # fmt: skip
EXECUTION_REPORT_JSON = (
    b'{"e":"executionReport","E":1700000000123,"s":"BTCUSDT","c":"bot-7","S":"BUY","o":"LIMIT","f":"GTC",'
    b'"q":"1.50000","p":"29999.50","P":"0.00","F":"0.00000","g":-1,"C":"","x":"TRADE","X":"PARTIALLY_FILLED",'
    b'"r":"NONE","i":42,"l":"0.50000","z":"0.50000","L":"29999.50","n":"0.00050000","N":"BTC","T":1700000000123,'
    b'"t":7,"I":99,"w":true,"m":false,"M":false,"O":1699999999000,"Z":"14999.75","Y":"14999.75","Q":"0.00",'
    b'"V":"EXPIRE_MAKER"}'
)


def test_a_hand_built_execution_report_reads_as_binance_s_json_event() -> None:
    assert len(EXECUTION_REPORT) == 8 + 282 + 8 + 6 + 1 + 4 + 1 + 1
    message = sbe_message(EXECUTION_REPORT)
    assert message == {"subscriptionId": 3, "event": json.loads(EXECUTION_REPORT_JSON)}
    event = parse_event(message["event"])
    assert event == decode_event(EXECUTION_REPORT_JSON)
    assert isinstance(event, ExecutionReport)
    assert (event.quantity, event.last_executed_price, event.commission, event.commission_asset) == (
        "1.50000", "29999.50", "0.00050000", "BTC",
    )  # fmt: skip
    assert (event.event_time, event.order_creation_time, event.working_time, event.order_list_id) == (
        1_700_000_000_123, 1_699_999_999_000, None, -1,
    )  # fmt: skip
    assert (event.original_client_order_id, event.reject_reason, event.counter_symbol) == ("", "NONE", None)
    assert event.unknown_fields == {"M": False}


def test_a_hand_built_account_position_reads_its_group_of_balances() -> None:
    frame = (
        bytes.fromhex("1200 5f02 0300 0500")  # block 18, template 607 (OutboundAccountPositionEvent)
        + struct.pack("<qqH", 1_700_000_000_000_500, 1_699_999_999_999_999, 65535)  # times (µs); subscription null
        + bytes.fromhex("1100 02000000")  # balances: 17-byte entries, two
        + struct.pack("<bqq", -8, 1_000_000_000, 0) + b"\x03ETH"  # each entry's own exponent
        + struct.pack("<bqq", -2, -5, 12_345) + b"\x04USDT"
    )  # fmt: skip
    message = sbe_message(frame)
    assert message == {
        "subscriptionId": None,
        "event": {
            "e": "outboundAccountPosition", "E": 1_700_000_000_000, "u": 1_699_999_999_999,
            "B": [{"f": "10.00000000", "l": "0.00000000", "a": "ETH"}, {"f": "-0.05", "l": "123.45", "a": "USDT"}],
        },
    }  # fmt: skip


def test_sbe_only_and_conditional_fields_follow_the_json_rules() -> None:
    """SOR and STP fields appear when JSON would carry them; the order capacity never does."""
    sor = bytearray(EXECUTION_REPORT)
    at = 8 + 8 + 8 + 3 + 8 * 4 + 8 * 5 + 5 + 8 * 2 + 8 * 6 + 3  # matchType's offset
    sor[at : at + 5] = bytes([1, 3, 2, 3, 1])  # AUTO_MATCH, EXPIRE_MAKER, AGENCY, SOR floor, used SOR
    sor[at + 5 : at + 13] = struct.pack("<q", 5)  # allocId
    event = sbe_message(bytes(sor))["event"]
    assert (event["b"], event["a"], event["k"], event["uS"]) == ("AUTO_MATCH", 5, "SOR", True)
    assert "y" not in event and "A" not in event  # no JSON counterpart; no STP expiry


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


async def test_typed_methods_take_the_encoding_per_call(server: FakeServer, decoded: list[str]) -> None:
    url = server.websocket.api_url
    async with AsyncWebSocketAPI(url=url, reconnect=FAST, encoding="sbe") as binary:
        per_client = (
            await binary.depth("BTCUSDT", limit=5),
            await binary.klines("BTCUSDT", "1h", start_time=PAST, limit=3),
        )
    assert decoded.count("WebSocketResponse") == 2
    async with AsyncWebSocketAPI(url=url, reconnect=FAST) as api:
        plain = (await api.depth("BTCUSDT", limit=5), await api.klines("BTCUSDT", "1h", start_time=PAST, limit=3))
        per_call = (
            await api.depth("BTCUSDT", limit=5, encoding="sbe"),
            await api.klines("BTCUSDT", "1h", start_time=PAST, limit=3, encoding="sbe"),
        )
    assert per_call == per_client == plain
    assert decoded.count("DepthResponse") == decoded.count("KlinesResponse") == 2
    async with AsyncWebSocketAPI(url=url, reconnect=FAST, encoding="sbe") as binary:
        assert await binary.depth("BTCUSDT", limit=5, encoding="json") == plain[0]
    assert decoded.count("WebSocketResponse") == 4  # that call's answer came in JSON


async def test_sbe_asked_of_a_method_without_an_sbe_answer_stays_json_as_over_rest(
    server: FakeServer, decoded: list[str]
) -> None:
    """tickerPrice has no SBE answer plan: REST and the WebSocket API both answer it in JSON, on the same connection."""
    async with AsyncWebSocketAPI(url=server.websocket.api_url, reconnect=FAST) as api:
        price = await api.ticker_price(symbol="BTCUSDT", encoding="sbe")
        assert server.websocket.connection_count == 1
        with pytest.raises(ParameterError, match="encoding"):
            await api.depth("BTCUSDT", encoding="xml")  # type: ignore[arg-type]
        assert server.websocket.connection_count == 1
    with Spot(transport=server.exchange) as spot:
        assert spot.ticker_price(symbol="BTCUSDT", encoding="sbe") == price
    assert decoded == []


def test_the_blocking_typed_methods_take_the_encoding_per_call(server: FakeServer, decoded: list[str]) -> None:
    with WebSocketAPI(url=server.websocket.api_url, reconnect=FAST) as api:
        assert api.depth("BTCUSDT", limit=5, encoding="sbe") == api.depth("BTCUSDT", limit=5)
    assert decoded.count("DepthResponse") == 1


async def eventually_closed(server: FakeServer) -> None:
    for _ in range(500):
        if server.websocket.connection_count == 0:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{server.websocket.connection_count} connections still open")
