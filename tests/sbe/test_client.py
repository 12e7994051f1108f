"""`encoding="sbe"` on the client: what it asks Binance for, and what it makes of SBE answers."""

from __future__ import annotations

import json
import warnings

import httpx
import pytest

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client._sbe_spot import SCHEMA
from binance_spot_client.models.order_book import OrderBook
from binance_spot_client.signing import ClientError, ParameterError, SbeSchemaDeprecatedWarning, SbeSchemaError
from binance_spot_client.testing import FakeExchange
from tests.testing.conftest import fixed_clock

from .test_fixtures import DEPTH_JSON, DEPTH_SBE, KLINES_JSON, KLINES_SBE, header, i16, i64, u16, u32

SBE_HEADERS = {"Content-Type": "application/sbe"}
ERROR_SBE = header(18, 100) + i16(-1121) + i64(-(2**63)) + i64(-(2**63)) + u16(15) + b"Invalid symbol." + u32(0)


class Exchange:
    """Answers SBE when asked for it, JSON otherwise, and keeps what each request asked for."""

    def __init__(self, sbe: bytes, json_body: str, status: int = 200) -> None:
        self.sbe, self.json_body, self.status = sbe, json_body, status
        self.asked: list[tuple[str | None, str | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        accept, schema = request.headers.get("Accept"), request.headers.get("X-MBX-SBE")
        self.asked.append((accept, schema))
        if accept == "application/sbe":
            return httpx.Response(self.status, content=self.sbe, headers=SBE_HEADERS)
        return httpx.Response(self.status, content=self.json_body.encode())


def test_sbe_client_asks_for_schema_3_5_and_reads_the_same_model() -> None:
    exchange = Exchange(DEPTH_SBE, DEPTH_JSON)
    book = Spot(encoding="sbe", transport=httpx.MockTransport(exchange)).depth("BNBBTC")
    assert exchange.asked == [("application/sbe", "3:5")]
    assert isinstance(book, OrderBook)
    assert book == Spot(transport=httpx.MockTransport(exchange)).depth("BNBBTC")
    assert exchange.asked[1] == ("*/*", None)


def test_per_call_encoding_overrides_the_clients() -> None:
    exchange = Exchange(KLINES_SBE, KLINES_JSON)
    client = Spot(transport=httpx.MockTransport(exchange))
    from_sbe = client.klines("BNBBTC", "1m", encoding="sbe")
    from_json = Spot(encoding="sbe", transport=httpx.MockTransport(exchange)).klines("BNBBTC", "1m", encoding="json")
    assert from_sbe == from_json
    assert [schema for _, schema in exchange.asked] == ["3:5", None]


async def test_async_client_reads_sbe() -> None:
    exchange = Exchange(DEPTH_SBE, DEPTH_JSON)
    async with AsyncSpot(encoding="sbe", transport=httpx.MockTransport(exchange)) as client:
        book = await client.depth("BNBBTC")
    assert book.bids[0].price == "4.00000000"


def test_operation_without_sbe_answer_stays_json() -> None:
    exchange = Exchange(b"", '{"status": 0, "msg": "normal"}')
    Spot(encoding="sbe", transport=httpx.MockTransport(exchange)).wallet.system_status()
    assert exchange.asked == [("*/*", None)]


def test_error_answered_in_sbe_is_the_same_typed_error() -> None:
    exchange = Exchange(ERROR_SBE, "", status=400)
    with pytest.raises(ClientError) as caught:
        Spot(encoding="sbe", transport=httpx.MockTransport(exchange)).depth("BNBBTC")
    assert (caught.value.status_code, caught.value.code, caught.value.msg) == (400, -1121, "Invalid symbol.")


def test_retired_schema_is_refused_before_sending() -> None:
    exchange = Exchange(DEPTH_SBE, DEPTH_JSON)
    with pytest.raises(SbeSchemaError) as caught:
        Spot(encoding="sbe", sbe_schema="3:1", transport=httpx.MockTransport(exchange)).depth("BNBBTC")
    assert str(caught.value) == "SBE schema 3:1: retired by Binance: requests for it fail"
    assert caught.value.not_sent and exchange.asked == []


def test_deprecated_schema_warns_and_is_asked_for() -> None:
    exchange = Exchange(DEPTH_SBE, DEPTH_JSON)
    with pytest.warns(SbeSchemaDeprecatedWarning, match="SBE schema 3:4 is deprecated"):
        Spot(encoding="sbe", sbe_schema="3:4", transport=httpx.MockTransport(exchange)).depth("BNBBTC")
    assert exchange.asked == [("application/sbe", "3:4")]


@pytest.mark.parametrize(
    ("requested", "problem"),
    [("3:6", "this client decodes schema 3:5 and older versions of it"), ("three", "not of the form <id>:<version>")],
)
def test_schema_the_decoders_cannot_read_is_refused(requested: str, problem: str) -> None:
    with warnings.catch_warnings(), pytest.raises(SbeSchemaError, match=problem):
        Spot(encoding="sbe", sbe_schema=requested, transport=httpx.MockTransport(Exchange(b"", ""))).depth("BNBBTC")


def test_unknown_encoding_is_a_parameter_error() -> None:
    with pytest.raises(ParameterError, match="encoding: must be 'json' or 'sbe', not 'xml'"):
        Spot(encoding="xml")  # type: ignore[arg-type]
    client = Spot(transport=httpx.MockTransport(Exchange(b"", "")))
    with pytest.raises(ParameterError, match="encoding: must be 'json' or 'sbe', not 'xml'"):
        client.depth("BNBBTC", encoding="xml")  # type: ignore[arg-type]


def test_fake_exchange_answers_depth_klines_and_errors_in_sbe() -> None:
    exchange = FakeExchange(clock=fixed_clock())  # the latest candles stay the latest between the two calls
    sbe, plain = Spot(encoding="sbe", transport=exchange), Spot(transport=exchange)
    assert sbe.depth("BTCUSDT", limit=5) == plain.depth("BTCUSDT", limit=5)
    assert sbe.klines("BTCUSDT", "1m", limit=3) == plain.klines("BTCUSDT", "1m", limit=3)
    with pytest.raises(ClientError) as caught:
        sbe.depth("NOSUCHPAIR")
    assert caught.value.code == -1121
    answered = [request for request in exchange.requests if request.operation_id in ("depth", "klines")]
    assert [request.status for request in answered] == [200, 200, 200, 200, 400]


def test_fake_exchange_sbe_body_decodes_to_its_json_body() -> None:
    exchange = FakeExchange()
    target = "/api/v3/depth?symbol=BTCUSDT&limit=5"
    binary = exchange.answer("GET", target, {"Accept": "application/sbe", "X-MBX-SBE": "3:5"}, b"")
    text = exchange.answer("GET", target, {}, b"")
    assert binary.headers["Content-Type"] == "application/sbe"
    assert SCHEMA.decode(binary.body) == ("DepthResponse", json.loads(text.body))


def test_fake_exchange_answers_exchange_info_in_sbe() -> None:
    exchange = FakeExchange()
    from_sbe = Spot(encoding="sbe", transport=exchange).exchange_info()
    from_json = Spot(transport=exchange).exchange_info()
    assert from_sbe.rate_limits == from_json.rate_limits
    assert [s.symbol for s in from_sbe.symbols] == [s.symbol for s in from_json.symbols]
    sbe_symbol, json_symbol = from_sbe.symbols[0], from_json.symbols[0]
    assert sbe_symbol.filters[:5] == json_symbol.filters[:5]  # decimals of one exponent each, as the fake writes them
    assert sbe_symbol.permission_sets == json_symbol.permission_sets
    # An SBE set carries no order: its values come in the schema's bit order.
    assert set(sbe_symbol.order_types) == set(json_symbol.order_types)
    assert sbe_symbol.allowed_self_trade_prevention_modes == json_symbol.allowed_self_trade_prevention_modes


def test_sbe_times_follow_the_clients_time_unit() -> None:
    # SBE's times are microseconds whatever was asked; the models keep the unit the client asked for.
    exchange = Exchange(KLINES_SBE, KLINES_JSON)
    (in_us,) = Spot(encoding="sbe", microseconds=True, transport=httpx.MockTransport(exchange)).klines("BNBBTC", "1m")
    (in_ms,) = Spot(encoding="sbe", transport=httpx.MockTransport(exchange)).klines("BNBBTC", "1m")
    assert (in_us.open_time, in_us.close_time) == (1499040000000000, 1499644799999000)
    assert (in_ms.open_time, in_ms.close_time) == (1499040000000, 1499644799999)
