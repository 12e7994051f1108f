"""Answers whose JSON types contradict the spec in a way that loses something are refused with the path
of the first mismatch (lossless differences: tests/signing/test_tolerant_reader.py); times follow the
unit the client asked for."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from binance_spot_client import ResponseValidationError, Spot
from binance_spot_client.signing import Clock, to_datetime
from binance_spot_client.testing._spec import spec_operations
from tests.models.test_parsing import answer_plan

ORDER_ACK = {"symbol": "BTCUSDT", "orderId": 28, "orderListId": -1, "clientOrderId": "abc", "transactTime": 1}
FILL = {"price": "4000.00", "qty": "1.0", "commission": "4.0", "commissionAsset": "USDT", "tradeId": 56}


def answering(body: Any, **options: Any) -> tuple[Spot, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=json.dumps(body).encode())

    return Spot("key", "secret", transport=httpx.MockTransport(reply), **options), sent


def place(client: Spot) -> Any:
    return client.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="1", price="4000")


EXAMPLES = [
    pytest.param(operation_id, payload, id=f"{operation_id}-{name}")
    for operation_id, operation in sorted(spec_operations().items())
    for name, payload in operation.response_examples.items()
]


@pytest.mark.parametrize(("operation_id", "payload"), EXAMPLES)
def test_every_documented_answer_passes_the_check(operation_id: str, payload: Any) -> None:
    answer_plan(operation_id).check(payload)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({**ORDER_ACK, "orderId": "twenty-eight"}, "Expected `int`, got `str` - at `$.orderId`"),
        ({**ORDER_ACK, "orderId": "28.0"}, "Expected `int`, got `str` - at `$.orderId`"),
        ({**ORDER_ACK, "orderId": 28.5}, "Expected `int`, got `float` - at `$.orderId`"),
        ({**ORDER_ACK, "price": 4000.5}, "Expected `str`, got `float` - at `$.price`"),
        ({**ORDER_ACK, "fills": [{**FILL, "qty": 1.0}]}, "Expected `str`, got `float` - at `$.fills[0].qty`"),
        ({**ORDER_ACK, "fills": {"price": "1"}}, "Expected `array`, got `object` - at `$.fills`"),
        ([ORDER_ACK], "Expected `object`, got `array`"),
    ],
)
def test_an_order_answer_with_a_wrong_type_is_refused_naming_the_field(body: Any, problem: str) -> None:
    client, sent = answering(body)
    with pytest.raises(ResponseValidationError) as caught:
        place(client)
    assert caught.value.problems == [problem]
    assert caught.value.operation_id == "newOrder" and caught.value.payload == body
    assert len(sent) == 1  # refused after the answer, never re-sent


def test_checked_body_is_decoded_once_and_extra_fields_are_kept() -> None:
    client, _ = answering({**ORDER_ACK, "brandNewField": {"x": 1}})
    order = place(client)
    assert order.order_id == 28
    assert order.additional_properties == {"brandNewField": {"x": 1}}


def test_market_data_is_read_unchecked_unless_asked() -> None:
    book = {"lastUpdateId": 1, "bids": [["1.0", 2.5]], "asks": []}
    client, _ = answering(book)
    assert client.depth("BTCUSDT").bids[0].quantity == 2.5  # type: ignore[comparison-overlap]  # the fast path: as sent
    strict, _ = answering(book, type_checks="all")
    with pytest.raises(ResponseValidationError, match=r"Expected `str`, got `float` - at `\$.bids\[0\]\[1\]`"):
        strict.depth("BTCUSDT")


def test_checks_can_be_turned_off_and_bad_modes_are_refused() -> None:
    client, _ = answering({**ORDER_ACK, "orderId": "28"}, type_checks="off")
    assert place(client).order_id == "28"
    with pytest.raises(ValueError, match="type_checks"):
        Spot(type_checks="some")  # type: ignore[arg-type]


def test_ad_hoc_requests_are_not_checked() -> None:
    client, _ = answering({"orderId": "not a number"})
    assert client.request("GET", "/api/v3/order", {"symbol": "BTCUSDT"}, security="USER_DATA") == {
        "orderId": "not a number"
    }


def test_variants_merge_into_one_type_requiring_only_the_common_fields() -> None:
    answer = answer_plan("newOrder").wire_type  # ACK, RESULT and FULL answers
    assert answer.__required_keys__ == {"symbol", "orderId", "orderListId", "clientOrderId", "transactTime"}
    assert {"fills", "status", "price", "workingTime"} <= answer.__optional_keys__


def test_time_sync_reads_server_time_in_the_unit_asked_for() -> None:
    now_ns = 1_700_000_000_000 * 1_000_000

    def server_time(request: httpx.Request) -> httpx.Response:
        assert request.headers["X-MBX-TIME-UNIT"] == "MICROSECOND"
        return httpx.Response(200, json={"serverTime": 1_700_000_002_500_250})

    clock = Clock(now_ns=lambda: now_ns)
    client = Spot(transport=httpx.MockTransport(server_time), clock=clock, microseconds=True)
    assert client.sync_time() == pytest.approx(2_500.25)
    assert clock.timestamp_us() == 1_700_000_002_500_250


def test_times_become_datetimes_in_the_clients_unit() -> None:
    expected = datetime(2023, 11, 14, 22, 13, 20, 123456, tzinfo=UTC)
    assert to_datetime(1_700_000_000_123_456, microseconds=True) == expected
    assert to_datetime(1_700_000_000_123) == expected.replace(microsecond=123000)
    assert Spot(microseconds=True).to_datetime(1_700_000_000_123_456) == expected
    assert Spot().to_datetime(1_700_000_000_123) == expected.replace(microsecond=123000)
