"""WebSocket API answers: the envelope read in one pass, the result decoded by the REST answer plan."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from binance_spot_client import ResponseValidationError, Spot
from binance_spot_client.models import PriceLevel, TickerPrice
from binance_spot_client.signing import ClientError, Clock
from binance_spot_client.websocket import AsyncWebSocketAPI
from binance_spot_client.websocket._responses import decode_api_message
from tests.models.test_parsing import example
from tests.patience import PATIENCE

from .conftest import FAST, RATE_LIMITS, LocalServer

ACCOUNT = example("account")


def results(**by_method: Any) -> LocalServer:
    """A server answering each method with the given result, and the rate limits Binance reports."""
    return LocalServer(
        lambda message: {
            "id": message["id"],
            "status": 200,
            "result": by_method[message["method"]],
            "rateLimits": RATE_LIMITS,
        }
    )


@pytest.fixture
async def local(request: pytest.FixtureRequest) -> AsyncIterator[LocalServer]:
    server = results(**request.param)
    await server.start()
    yield server
    await server.stop()


def api(server: LocalServer, **options: Any) -> AsyncWebSocketAPI:
    clock = Clock(now_ns=lambda: 1_700_000_000_000_000_000)
    return AsyncWebSocketAPI("key", "secret", url=server.url, clock=clock, reconnect=FAST, timeout=PATIENCE, **options)


def rest_account(body: Any) -> Any:
    """What the REST client makes of the same result as an HTTP answer."""
    content = json.dumps(body).encode()
    with Spot("key", "secret", transport=httpx.MockTransport(lambda _: httpx.Response(200, content=content))) as spot:
        return spot.account()


def test_envelope_is_read_in_one_pass_with_the_result_left_as_json_text() -> None:
    frame = b'{"id":"a1","status":200,"result":{"serverTime":1656400526260},"rateLimits":[{"count":70}]}'
    message = decode_api_message(frame)
    assert message is not None
    assert (message.id, message.status, message.error, message.rate_limits) == ("a1", 200, None, [{"count": 70}])
    assert bytes(message.result) == b'{"serverTime":1656400526260}'
    assert (bytes(message.event), message.subscription_id) == (b"", None)


def test_an_event_and_an_error_keep_their_parts() -> None:
    event = decode_api_message(b'{"subscriptionId":3,"event":{"e":"balanceUpdate","a":"BTC"}}')
    assert event is not None
    assert (bytes(event.event), event.subscription_id, bytes(event.result)) == (
        b'{"e":"balanceUpdate","a":"BTC"}',
        3,
        b"null",
    )
    error = decode_api_message(b'{"id":7,"status":400,"error":{"code":-1102,"msg":"missing"}}')
    assert error is not None
    assert (error.id, error.status, error.error) == (7, 400, {"code": -1102, "msg": "missing"})


def test_frames_that_are_no_json_object_are_none_and_what_only_json_reads_is_read_by_json() -> None:
    assert decode_api_message(b"[1,2]") is None
    assert decode_api_message(b"not json") is None
    message = decode_api_message(b'{"id":1,"status":200,"result":NaN}')
    assert message is not None
    assert (message.id, bytes(message.result)) == (1, b"NaN")


@pytest.mark.parametrize("local", [{"ticker.price": {"symbol": "BNBBTC", "price": "0.01370000"}}], indirect=True)
async def test_a_struct_answer_is_decoded_straight_from_the_result_bytes(local: LocalServer) -> None:
    async with api(local) as client:
        price = await client.ticker_price(symbol="BNBBTC")
    assert price == TickerPrice(symbol="BNBBTC", price="0.01370000")
    assert dict(client.rate_limits.used_weight) == {"1M": 70}
    assert dict(client.rate_limits.order_count) == {"10S": 12}


@pytest.mark.parametrize(
    "local",
    [{"depth": {"lastUpdateId": 100, "bids": [["0.0137", "3.4"]], "asks": [["0.0138", "5.9", "x"]]}}],
    indirect=True,
)
async def test_book_levels_are_rows_as_on_rest(local: LocalServer) -> None:
    async with api(local) as client:
        book = await client.depth("BNBBTC", limit=5)
    assert (book.last_update_id, book.bids, book.asks) == (
        100,
        [PriceLevel("0.0137", "3.4")],
        [PriceLevel("0.0138", "5.9")],
    )


@pytest.mark.parametrize(
    "local",
    [{"ticker.price": {"symbol": "BNBBTC", "price": "0.01", "newKey": 7}, "account.status": ACCOUNT | {"newKey": [1]}}],
    indirect=True,
)
async def test_unknown_fields_are_kept_as_on_rest(local: LocalServer) -> None:
    async with api(local) as client:
        price = await client.ticker_price(symbol="BNBBTC")
        account = await client.account()
    assert (price.symbol, price.price, price.additional_properties) == ("BNBBTC", "0.01", {"newKey": 7})
    assert account.additional_properties == {"newKey": [1]}
    assert account == rest_account(ACCOUNT | {"newKey": [1]})


WRONG_TYPE = copy.deepcopy(ACCOUNT) | {"canTrade": "yes"}


@pytest.mark.parametrize("local", [{"account.status": WRONG_TYPE}], indirect=True)
async def test_an_account_answer_of_the_wrong_type_is_refused_as_on_rest(local: LocalServer) -> None:
    async with api(local) as client:
        with pytest.raises(ResponseValidationError, match=r"Expected `bool`, got `str` - at `\$\.canTrade`"):
            await client.account()
    with pytest.raises(ResponseValidationError, match=r"Expected `bool`, got `str` - at `\$\.canTrade`"):
        rest_account(WRONG_TYPE)


@pytest.mark.parametrize("local", [{"account.status": WRONG_TYPE}], indirect=True)
async def test_type_checks_off_reads_the_answer_as_it_comes(local: LocalServer) -> None:
    async with api(local, type_checks="off") as client:
        account = await client.account()
    assert (account.can_trade, account.balances[0].asset) == ("yes", ACCOUNT["balances"][0]["asset"])  # type: ignore[comparison-overlap]


@pytest.mark.parametrize("local", [{"time": {"serverTime": 1656400526260}}], indirect=True)
async def test_raw_requests_still_give_the_result_as_plain_json(local: LocalServer) -> None:
    async with api(local) as client:
        response = await client.request("time", request_id="t1")
    assert (response.id, response.status, response.result) == ("t1", 200, {"serverTime": 1656400526260})
    assert response.rate_limits is not None and dict(response.rate_limits.used_weight) == {"1M": 70}


async def test_an_error_answer_with_a_result_key_is_still_the_typed_error() -> None:
    async with (
        LocalServer(
            lambda message: {"id": message["id"], "status": 400, "result": None, "error": {"code": -1100, "msg": "bad"}}
        ) as server,
        api(server) as client,
    ):
        with pytest.raises(ClientError) as raised:
            await client.time()
    assert (raised.value.status_code, raised.value.code, raised.value.msg) == (400, -1100, "bad")
