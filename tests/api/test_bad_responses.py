"""Bad responses give typed errors, never a bare KeyError or a silently wrong model."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binance_spot_client import OPERATIONS, APIError, ResponseValidationError, ServerError, Spot
from binance_spot_client.models import NewOrderResult
from binance_spot_client.signing import BinanceError, RetryPolicy
from tests.api.test_operations import example_arguments, response_examples
from tests.conftest import Recorder


def answer_with(client: Spot, recorder: Recorder, status: int, content: bytes) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        recorder.requests.append(request)
        return httpx.Response(status, content=content)

    client.http._transport = httpx.MockTransport(reply)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"lastUpdateId": 1, "bids": [["1.0", "2', "body is not JSON"),
        (b"", "body is not JSON: '(empty body)'"),
        (b"<html><body>maintenance</body></html>", "body is not JSON: '<html>"),
        (b'{"bids": [], "asks": []}', "missing required field 'lastUpdateId'"),
        (b'{"lastUpdateId": 1, "bids": [["1.0"]], "asks": []}', "Missing required argument 'quantity'"),
    ],
    ids=["truncated", "empty", "html", "missing-field", "short-tuple"],
)
def test_malformed_success_body_raises_response_validation_error(
    client: Spot, recorder: Recorder, content: bytes, problem: str
) -> None:
    answer_with(client, recorder, 200, content)
    with pytest.raises(ResponseValidationError) as caught:
        client.depth("BTCUSDT")
    assert caught.value.operation_id == "depth"
    assert problem in str(caught.value)


def test_rows_longer_than_the_spec_are_read_up_to_its_fields(client: Spot, recorder: Recorder) -> None:
    answer_with(client, recorder, 200, b'{"lastUpdateId": 1, "bids": [["1.0", "2.0", "new"]], "asks": [["3", "4"]]}')
    book = client.depth("BTCUSDT")
    assert [(level.price, level.quantity) for level in book.bids + book.asks] == [("1.0", "2.0"), ("3", "4")]


def test_unknown_fields_are_kept_not_dropped(client: Spot, recorder: Recorder) -> None:
    recorder.body = {"serverTime": 1, "newField": {"nested": True}}
    assert client.time().additional_properties == {"newField": {"nested": True}}


def test_unknown_enum_values_are_kept(client: Spot, recorder: Recorder) -> None:
    recorder.body = {
        "symbol": "BTCUSDT", "orderId": 1, "orderListId": -1, "clientOrderId": "c", "transactTime": 1,
        "price": "1", "origQty": "1", "executedQty": "0", "origQuoteOrderQty": "0", "cummulativeQuoteQty": "0",
        "status": "SOME_NEW_STATUS", "timeInForce": "GTC", "type": "LIMIT", "side": "BUY", "workingTime": 1,
        "selfTradePreventionMode": "NONE",
    }  # fmt: skip
    order = client.new_order(
        "BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity=1, price=1, new_order_resp_type="RESULT"
    )
    assert isinstance(order, NewOrderResult)
    assert order.status == "SOME_NEW_STATUS"


def test_html_error_page_keeps_status_and_an_excerpt(client: Spot, recorder: Recorder) -> None:
    answer_with(client, recorder, 503, b"<html><head><title>503 Service Unavailable</title></head></html>")
    with pytest.raises(ServerError) as caught:
        client.with_options(retry=RetryPolicy(attempts=1)).depth("BTCUSDT")
    assert caught.value.status_code == 503 and caught.value.code is None
    assert "503 Service Unavailable" in caught.value.msg


def test_binance_error_keeps_code_msg_headers_and_extra_data(client: Spot, recorder: Recorder) -> None:
    body = {"code": -2022, "msg": "Order cancel-replace failed.", "data": {"cancelResult": "FAILURE"}}
    answer_with(client, recorder, 409, json.dumps(body).encode())
    with pytest.raises(APIError) as caught:
        client.depth("BTCUSDT")
    error = caught.value
    assert (error.status_code, error.code, error.msg) == (409, -2022, "Order cancel-replace failed.")
    assert error.data == {"data": {"cancelResult": "FAILURE"}}
    assert error.headers["content-length"] == str(len(json.dumps(body)))


_MUTATIONS: dict[int, st.SearchStrategy[Any]] = {}


def mutations(payload: Any) -> st.SearchStrategy[Any]:
    """Payloads near a valid one: keys dropped, values swapped for other JSON, lists cut short.

    Built once per payload: building and validating a strategy took more of each test than drawing
    from it. The payloads are parts of the spec's examples, alive all run, so their ids stay theirs.
    """
    strategy = _MUTATIONS.get(id(payload))
    if strategy is None:
        strategy = _MUTATIONS[id(payload)] = _mutations(payload)
    return strategy


def _mutations(payload: Any) -> st.SearchStrategy[Any]:
    leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5), st.just([]), st.just({}))
    if isinstance(payload, dict) and payload:
        keys = sorted(payload)
        return st.one_of(
            st.sampled_from(keys).map(lambda k: {key: v for key, v in payload.items() if key != k}),
            st.tuples(st.sampled_from(keys), leaf).map(lambda kv: {**payload, kv[0]: kv[1]}),
            st.sampled_from(keys).flatmap(lambda k: mutations(payload[k]).map(lambda v: {**payload, k: v})),
        )
    if isinstance(payload, list) and payload:
        return st.one_of(
            st.integers(0, len(payload) - 1).map(lambda n: payload[:n]),
            mutations(payload[0]).map(lambda first: [first, *payload[1:]]),
        )
    return leaf


@pytest.mark.slow  # 15 examples for each of ~500 answers: half a minute of hypothesis' engine
@pytest.mark.parametrize(("operation_id", "example_name", "payload"), response_examples())
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data())
def test_every_parser_gives_a_model_or_a_typed_error(
    operation_id: str, example_name: str, payload: Any, data: st.DataObject
) -> None:
    mutated = data.draw(mutations(payload))
    module = __import__(OPERATIONS[operation_id].function, fromlist=["ENDPOINT"])
    response = httpx.Response(200, content=json.dumps(mutated).encode())
    with contextlib.suppress(BinanceError):  # a model or our typed error; anything else fails the test
        module.ENDPOINT.read(response)


def test_example_arguments_cover_every_operation() -> None:
    assert all(example_arguments(op) for op in OPERATIONS.values())
