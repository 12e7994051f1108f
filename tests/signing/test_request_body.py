"""Operations whose fields travel in a request body: exact bytes, content type and signature."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from binance_spot_client import ParameterError, Spot
from binance_spot_client.signing import Clock, HmacSigner, Operation, Parameter, SecurityType
from binance_spot_client.signing._parameters import build_request_parts

SECRET = "body-secret"
NOW_NS = 1_700_000_000_123 * 1_000_000


def deposit(body: str) -> Operation:
    return Operation(
        operation_id="bodyDeposit",
        method="POST",
        path="/sapi/v1/fiat/deposit",
        security=SecurityType.TRADE,
        weight=1,
        function="",
        parameters=(
            Parameter("currency", "currency", "string", required=True),
            Parameter("amount", "amount", "decimal", required=True),
            Parameter("instant", "instant", "boolean"),
            Parameter("ext", "ext", "object"),
            Parameter("note", "note", "string"),
        ),
        body=body,
        body_fields=("currency", "amount", "instant", "ext"),
    )


def test_json_body_holds_the_body_fields_and_the_query_the_rest() -> None:
    # Decimals go out as JSON numbers written with their exact text, never through a float.
    arguments = {"currency": "BRL", "amount": 1e-7, "instant": True, "ext": {"k": [1]}, "note": "a b"}
    query, body = build_request_parts(deposit("json"), arguments)
    assert query == "note=a%20b"
    assert body == b'{"currency":"BRL","amount":0.0000001,"instant":true,"ext":{"k":[1]}}'


@pytest.mark.parametrize(("amount", "number"), [(".5", b"0.5"), ("+1", b"1"), ("1.50", b"1.50"), ("1e3", b"1000")])
def test_json_decimals_are_valid_json_numbers_with_the_digits_given(amount: str, number: bytes) -> None:
    _, body = build_request_parts(deposit("json"), {"currency": "BRL", "amount": amount})
    assert body == b'{"currency":"BRL","amount":' + number + b"}"


@given(
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
    )
)
def test_any_finite_amount_is_a_json_number_of_the_same_value(amount: Decimal | int | float) -> None:
    _, body = build_request_parts(deposit("json"), {"currency": "BRL", "amount": amount})
    sent = json.loads(body, parse_float=Decimal, parse_int=Decimal)["amount"]
    assert sent == (Decimal(repr(amount)) if isinstance(amount, float) else Decimal(amount))


def test_form_body_is_percent_encoded_like_a_query() -> None:
    query, body = build_request_parts(deposit("form"), {"currency": "BRL", "amount": "10", "ext": None})
    assert (query, body) == ("", b"currency=BRL&amount=10")


def test_body_fields_are_checked_before_sending() -> None:
    with pytest.raises(ParameterError, match="ext: expected a mapping, got str"):
        build_request_parts(deposit("json"), {"currency": "BRL", "amount": "1", "ext": "{}"})
    with pytest.raises(ParameterError, match="amount: is required"):
        build_request_parts(deposit("json"), {"currency": "BRL"})


@pytest.mark.parametrize(
    ("encoding", "content_type"), [("json", "application/json"), ("form", "application/x-www-form-urlencoded")]
)
def test_signature_covers_the_query_then_the_exact_body(encoding: str, content_type: str) -> None:
    sent: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = Spot("key", SECRET, clock=Clock(now_ns=lambda: NOW_NS), transport=httpx.MockTransport(reply))
    client.send(deposit(encoding), {"currency": "BRL", "amount": "100", "note": "x"})
    (request,) = sent
    signed = "note=x&recvWindow=5000&timestamp=1700000000123"
    assert request.headers["Content-Type"] == content_type
    assert (
        request.url.query.decode() == f"{signed}&signature={HmacSigner(SECRET).sign(signed.encode() + request.content)}"
    )
    expected = b'{"currency":"BRL","amount":100}' if encoding == "json" else b"currency=BRL&amount=100"
    assert request.content == expected
