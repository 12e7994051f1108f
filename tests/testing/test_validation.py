"""validate_response: every mismatch with its JSON path, unknown fields in strict mode, the typed model otherwise."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from binance_spot_client.models.new_order_ack import NewOrderAck
from binance_spot_client.models.new_order_full import NewOrderFull
from binance_spot_client.models.order_book import OrderBook
from binance_spot_client.testing import ResponseValidationError, response_mismatches, validate_response
from binance_spot_client.testing._spec import spec_operations


def example(operation_id: str, name: str = "default") -> Any:
    return copy.deepcopy(spec_operations()[operation_id].response_examples[name])


def test_valid_payload_comes_back_as_the_generated_model() -> None:
    book = validate_response("depth", {"lastUpdateId": 7, "bids": [["1.5", "2"]], "asks": []})
    assert isinstance(book, OrderBook)
    assert (book.last_update_id, book.bids[0].price, book.bids[0].quantity) == (7, "1.5", "2")


def test_one_of_picks_the_richest_variant_the_payload_fills() -> None:
    assert isinstance(validate_response("newOrder", example("newOrder", "full")), NewOrderFull)
    assert isinstance(validate_response("newOrder", example("newOrder", "ack")), NewOrderAck)


def test_every_mismatch_is_listed_with_its_path() -> None:
    payload = example("newOrder", "full")
    payload["orderId"] = "28"
    payload["status"] = "DONE"
    payload["fills"][0]["price"] = "4,000"
    del payload["fills"][1]["tradeId"]
    with pytest.raises(ResponseValidationError) as invalid:
        validate_response("newOrder", payload)
    assert invalid.value.problems == [
        "$.fills[0].price: '4,000' is not a valid decimal string",
        "$.fills[1].tradeId: missing (required by the spec)",
        "$.orderId: expected integer, got string '28'",
        "$.status: 'DONE' is not one of ['NEW', 'PENDING_NEW', 'PARTIALLY_FILLED', 'FILLED', 'CANCELED', "
        "'PENDING_CANCEL', 'REJECTED', 'EXPIRED', 'EXPIRED_IN_MATCH']",
    ]
    assert (invalid.value.operation_id, invalid.value.payload) == ("newOrder", payload)


def test_payload_that_fits_no_variant_is_explained_by_the_closest() -> None:
    assert response_mismatches("newOrder", {"symbol": "BTCUSDT", "orderId": 1}) == [
        "$.clientOrderId: missing (required by the spec)",
        "$.orderListId: missing (required by the spec)",
        "$.transactTime: missing (required by the spec)",
    ]
    assert response_mismatches("ticker24hr", 5) == [
        "$: integer fits none of: Ticker24hrFull, Ticker24hrMini, list of Ticker24hrFull, list of Ticker24hrMini"
    ]


def test_strict_mode_reports_what_the_spec_does_not_know() -> None:
    payload = example("account")
    payload["balances"][0]["staked"] = "0"
    payload["newFlag"] = True
    assert response_mismatches("account", payload) == []
    assert response_mismatches("account", payload, strict=True) == [
        "$.balances[0].staked: not in the spec",
        "$.newFlag: not in the spec",
    ]


def test_strict_mode_reports_extra_tuple_positions() -> None:
    kline = [1, "1", "2", "0.5", "1.5", "10", 2, "15", 3, "5", "7.5", "0"]
    assert response_mismatches("klines", [[*kline, "13th"]], strict=True) == ["$[0][12]: position not in the spec"]
    assert response_mismatches("klines", [[*kline, "13th"]]) == []


def test_a_new_filter_type_is_a_mismatch() -> None:
    payload = example("exchangeInfo")
    payload["symbols"][0]["filters"].append({"filterType": "MAX_SPREAD", "maxSpread": "0.1"})
    (problem,) = response_mismatches("exchangeInfo", payload)
    assert problem.startswith("$.symbols[0].filters[2].filterType: 'MAX_SPREAD' is not one of PRICE_FILTER, ")


def test_integers_must_fit_their_format() -> None:
    assert response_mismatches("time", {"serverTime": 2**63}) == [
        "$.serverTime: 9223372036854775808 is not a valid int64 integer"
    ]


def test_unknown_operation_is_refused() -> None:
    with pytest.raises(ValueError, match="the spec has no operation 'nope'"):
        validate_response("nope", {})
