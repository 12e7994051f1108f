"""Every error crosses a process boundary whole: pickled and unpickled, all its attributes equal."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest

from binance_spot_client import errors
from binance_spot_client.errors import (
    AnswerTooLargeError,
    APIError,
    BinanceError,
    ClientError,
    FilterError,
    IPBannedError,
    MissingExtraError,
    OAuthError,
    OAuthStateError,
    OrderStatusUnknownError,
    ParameterError,
    RateLimitError,
    ResponseValidationError,
    SbeDecodeError,
    SbeSchemaError,
    ServerError,
    TokenRevokedError,
    TransportError,
    UnknownSbeTemplateError,
)

HEADERS = {"Retry-After": "30", "x-mbx-used-weight-1m": "1200"}
EXAMPLES: list[BinanceError] = [
    BinanceError("plain"),
    ParameterError("symbol", "must match ^[A-Z0-9]+$"),
    FilterError("price", "PRICE_FILTER", "tickSize", "0.01", "1.005 is off the grid"),
    SbeDecodeError("DepthResponse: error: unpack_from requires a buffer of at least 16 bytes"),
    UnknownSbeTemplateError(4242, 3, 5),
    SbeSchemaError("3:1", "retired by Binance: requests for it fail"),
    ResponseValidationError("depth", ["$.bids[0]: expected str"], {"bids": [[1, 2]]}),
    TransportError("POST /api/v3/order: ConnectError: refused", not_sent=True),
    AnswerTooLargeError("GET /api/v3/depth: answer passed max_answer_bytes=10", 10, 4096),
    OrderStatusUnknownError("newOrder", "cid-7", "BTCUSDT", "HTTP 503: busy"),
    MissingExtraError("to_pandas", "pandas", "pandas"),
    OAuthError("refused", "invalid_grant", 400),
    OAuthStateError("state differs"),
    TokenRevokedError("revoked", None, 401),
    APIError(302, None, "moved", {"Location": "x"}),
    ClientError(400, -2010, "Account has insufficient balance.", HEADERS, {"extra": [1, "two"]}),
    ServerError(503, -1000, "busy", HEADERS),
    RateLimitError(429, -1003, "Too many requests", HEADERS, {"retryAfter": 1}),
    IPBannedError(418, -1003, "banned", HEADERS),
]


def _round_trip(error: BinanceError) -> BinanceError:
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, BinanceError)
    return copy


def test_every_error_class_has_an_example() -> None:
    classes = {getattr(errors, name) for name in errors.__all__ if isinstance(getattr(errors, name), type)}
    assert classes == {type(error) for error in EXAMPLES}


@pytest.mark.parametrize("error", EXAMPLES, ids=[type(error).__name__ for error in EXAMPLES])
def test_pickle_round_trip_keeps_every_attribute(error: BinanceError) -> None:
    copy = _round_trip(error)
    assert type(copy) is type(error)
    assert copy.args == error.args and str(copy) == str(error)
    assert vars(copy) == vars(error)
    assert copy.__cause__ is None


def test_round_trip_keeps_retry_after_and_the_ban_time() -> None:
    banned = IPBannedError(418, -1003, "banned", HEADERS)
    copy = _round_trip(banned)
    assert isinstance(copy, IPBannedError)
    assert (copy.retry_after, copy.banned_until, copy.headers) == (30.0, banned.banned_until, HEADERS)


def test_round_trip_keeps_our_cause_but_not_a_foreign_one() -> None:
    transport = TransportError("POST /api/v3/order: ReadTimeout: timed out")
    transport.__cause__ = httpx.ReadTimeout("timed out", request=httpx.Request("POST", "https://x/api/v3/order"))
    unknown = OrderStatusUnknownError("newOrder", "cid-7", "BTCUSDT", str(transport))
    unknown.__cause__ = transport
    copy = _round_trip(unknown)
    assert type(copy.__cause__) is TransportError and vars(copy.__cause__) == vars(transport)
    assert copy.__cause__.__cause__ is None


def test_an_error_that_is_its_own_cause_does_not_loop() -> None:
    error = ClientError(400, -1021, "stale", {})
    error.__cause__ = error
    assert _round_trip(error).__cause__ is None


def _refused_in_a_worker(code: int) -> None:
    raise ClientError(400, code, "Invalid symbol.", {"x-mbx-used-weight-1m": "2"}, {"symbol": "NOPE"})


def test_a_process_pool_worker_raising_client_error_gives_the_caller_that_error() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(ClientError) as caught:
        pool.submit(_refused_in_a_worker, -1121).result(timeout=60)
    assert type(caught.value) is ClientError
    assert (caught.value.status_code, caught.value.code, caught.value.msg) == (400, -1121, "Invalid symbol.")
    assert caught.value.headers == {"x-mbx-used-weight-1m": "2"} and caught.value.data == {"symbol": "NOPE"}
