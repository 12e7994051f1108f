"""Non-ASCII symbols (listed since 2025-12) are accepted, percent-encoded and signed as Binance shows."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from binance_spot_client import Spot
from binance_spot_client.signing import Clock, ParameterError, RetryPolicy
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeSymbol

from .test_auth import DOCS_KEY, DOCS_ORDER, DOCS_SECRET, recording_client

FULLWIDTH = "\uff11\uff12\uff13\uff14\uff15\uff16"  # fullwidth 123456: the symbol of Binance's signing example
TESTNET = "这是测试币456"  # the symbol the testnet lists
TESTNET_ENCODED = "%E8%BF%99%E6%98%AF%E6%B5%8B%E8%AF%95%E5%B8%81456"


def answering_client(sent: list[httpx.Request], answer: object) -> Spot:
    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer)

    return Spot(DOCS_KEY, DOCS_SECRET, transport=httpx.MockTransport(reply))


def test_signed_request_reproduces_the_documented_non_ascii_example_byte_for_byte() -> None:
    sent: list[httpx.Request] = []
    recording_client(sent).request("POST", "/api/v3/order", {**DOCS_ORDER, "symbol": FULLWIDTH}, security="TRADE")
    (request,) = sent
    assert request.url.raw_path == (
        b"/api/v3/order?symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96"
        b"&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
        b"&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3"
    )


def test_typed_call_accepts_a_non_ascii_symbol_and_percent_encodes_it() -> None:
    sent: list[httpx.Request] = []
    answering_client(sent, {"lastUpdateId": 1, "bids": [], "asks": []}).depth(symbol=TESTNET)
    (request,) = sent
    assert request.url.raw_path == f"/api/v3/depth?symbol={TESTNET_ENCODED}".encode()


def test_a_symbol_list_keeps_its_characters_inside_the_json_text() -> None:
    sent: list[httpx.Request] = []
    answering_client(sent, []).ticker_price(symbols=[TESTNET, "BTCUSDT"])
    (request,) = sent
    expected = f"/api/v3/ticker/price?symbols=%5B%22{TESTNET_ENCODED}%22%2C%22BTCUSDT%22%5D"
    assert request.url.raw_path == expected.encode()


@pytest.mark.parametrize("symbol", ["btcusdt", "BTC USDT", "BTC&USDT", FULLWIDTH * 4])
def test_lowercase_ascii_separators_and_overlong_symbols_are_still_refused(symbol: str) -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(ParameterError, match="symbol"):
        answering_client(sent, {}).depth(symbol=symbol)
    assert sent == []


def test_the_fake_exchange_lists_trades_and_answers_for_a_non_ascii_symbol() -> None:
    numbers = (Decimal("1.00"), Decimal("0.01"), Decimal("1"), Decimal("5"), Decimal("10"))
    exchange = FakeExchange(symbols=[FakeSymbol(TESTNET, "这是测试币", "USDT", *numbers)])
    with Spot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange, retry=RetryPolicy(attempts=1), clock=Clock()) as spot:
        listed = spot.exchange_info(symbol=TESTNET).symbols
        assert [(s.symbol, s.base_asset) for s in listed] == [(TESTNET, "这是测试币")]
        assert [price.symbol for price in spot.ticker_price(symbols=[TESTNET])] == [TESTNET]
        order = spot.new_order(symbol=TESTNET, side="BUY", type="LIMIT", time_in_force="GTC", quantity=10, price="0.90")
        assert (order.symbol, order.side) == (TESTNET, "BUY")
