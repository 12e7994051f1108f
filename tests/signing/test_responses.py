"""Response bodies are decoded fast, whatever the fast decoder refuses still gets json's reading,
and large bodies are parsed with the cyclic garbage collector paused."""

from __future__ import annotations

import gc
import json
import math

import httpx
import pytest

from binance_spot_client import ResponseValidationError
from binance_spot_client.signing._responses import LARGE_BODY, collector_paused, decode_json


@pytest.mark.parametrize(
    "content",
    [b'{"serverTime": 1, "symbols": ["BTCUSDT"]}', b'{"id": 123456789012345678901234567890}', b"[]", b'"x"'],
)
def test_decoded_body_is_what_json_reads(content: bytes) -> None:
    assert decode_json(httpx.Response(200, content=content), "op") == json.loads(content)


@pytest.mark.parametrize("content", [b'{"price": NaN}', b'{"note": "\\ud800"}', '{"a": 1}'.encode("utf-16")])
def test_body_the_fast_decoder_refuses_gets_json_reading(content: bytes) -> None:
    decoded = decode_json(httpx.Response(200, content=content), "op")
    expected = json.loads(content)
    assert decoded.keys() == expected.keys()
    value = next(iter(decoded.values()))
    assert (isinstance(value, float) and math.isnan(value)) or value == next(iter(expected.values()))


def test_body_that_is_not_json_names_the_operation() -> None:
    with pytest.raises(ResponseValidationError, match="body is not JSON: '<html>"):
        decode_json(httpx.Response(200, content=b"<html>down</html>"), "depth")


def test_collector_is_paused_only_while_a_large_body_is_parsed() -> None:
    large = b"[" + b"1," * LARGE_BODY + b"1]"
    assert gc.isenabled()
    with collector_paused(large):
        assert not gc.isenabled()
    assert gc.isenabled()
    with collector_paused(b"[1]"):
        assert gc.isenabled()


def test_collector_turned_off_by_the_program_stays_off() -> None:
    large = b"[" + b"1," * LARGE_BODY + b"1]"
    gc.disable()
    try:
        with collector_paused(large):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
