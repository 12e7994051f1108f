"""One error factory: from (status, payload, headers), whether the answer came over HTTP or a WebSocket."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from binance_spot_client.signing import (
    APIError,
    ClientError,
    IPBannedError,
    RateLimitError,
    ServerError,
    error_from_answer,
    error_from_response,
)
from binance_spot_client.websocket._responses import error_from_message


def described(error: APIError) -> tuple[Any, ...]:
    return (type(error), error.status_code, error.code, error.msg, error.headers, error.data, str(error))


@pytest.mark.parametrize(
    ("status", "payload", "expected"),
    [
        (400, {"code": -1121, "msg": "Invalid symbol."}, ClientError),
        (429, {"code": -1003, "msg": "Too many requests."}, RateLimitError),
        (418, {"code": -1003, "msg": "IP banned."}, IPBannedError),
        (503, {"code": -1008, "msg": "Server is currently overloaded."}, ServerError),
        (400, {"code": -2010, "msg": "Rejected.", "orderId": 7}, ClientError),
        (401, {"code": "x", "message": "token expired"}, ClientError),
    ],
)
def test_answer_payload_gives_the_typed_error(status: int, payload: dict[str, Any], expected: type[APIError]) -> None:
    error = error_from_answer(status, payload, {"retry-after": "30"})
    assert type(error) is expected
    assert error.status_code == status
    assert error.code == (payload["code"] if isinstance(payload["code"], int) else None)
    assert error.msg == payload.get("msg", payload.get("message"))
    assert error.headers == {"retry-after": "30"}
    assert error.data == {k: v for k, v in payload.items() if k not in ("code", "msg", "message")}


def test_payload_without_a_code_is_reported_with_the_body_excerpt() -> None:
    error = error_from_answer(502, None, {}, b"  <html>Bad gateway</html>  ")
    assert described(error) == (
        ServerError,
        502,
        None,
        "non-JSON error body: <html>Bad gateway</html>",
        {},
        {},
        "HTTP 502: non-JSON error body: <html>Bad gateway</html>",
    )
    assert error_from_answer(500, None, {}).msg == "non-JSON error body: (empty body)"


@pytest.mark.parametrize(
    "content",
    [
        json.dumps({"code": -1013, "msg": "Filter failure: LOT_SIZE", "extra": [1]}).encode(),
        b"<html>gateway</html>",
        b"",
        b'{"msg": "no code"}',
    ],
)
def test_http_responses_read_as_the_same_answer(content: bytes) -> None:
    response = httpx.Response(429, content=content, headers={"Retry-After": "12", "X-MBX-USED-WEIGHT-1M": "9"})
    try:
        payload = json.loads(content)
    except ValueError:
        payload = None
    error = error_from_response(response)
    assert {"retry-after": "12", "x-mbx-used-weight-1m": "9"}.items() <= error.headers.items()
    assert described(error) == described(error_from_answer(429, payload, dict(response.headers.items()), content))


def test_websocket_error_keeps_its_data_and_turns_retry_at_into_seconds() -> None:
    now_ms = 1_700_000_000_000
    error = error_from_message(
        429, {"code": -1003, "msg": "Too many requests.", "data": {"retryAfter": now_ms + 29_001}}, now_ms
    )
    assert described(error) == (
        RateLimitError,
        429,
        -1003,
        "Too many requests.",
        {"retry-after": "30"},
        {"retryAfter": now_ms + 29_001},
        "HTTP 429, code -1003: Too many requests.",
    )
    assert isinstance(error, RateLimitError) and error.retry_after == 30.0
