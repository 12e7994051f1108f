"""The exceptions of binance_spot_client, all built in this module.

    BinanceError
    ├── ParameterError            bad input, refused before anything is sent
    │   └── FilterError           an order that fails one of its symbol's filters (SymbolRules)
    ├── MissingExtraError         an optional feature whose extra is not installed (pandas, the CLI)
    ├── ResponseValidationError   a body that does not match the spec
    ├── TransportError            no readable HTTP answer (connection, timeout, bad gzip)
    │   └── AnswerTooLargeError   an answer beyond the client's size or decompression caps
    ├── OrderStatusUnknownError   an order call whose outcome is unknown: query it
    ├── OAuthError                Binance Login refused an authorization or token request
    │   ├── OAuthStateError       the callback's `state` is not the one sent: possible CSRF, refused
    │   └── TokenRevokedError     the access token is refused and cannot be refreshed
    └── APIError                  Binance answered with a non-2xx status
        ├── ClientError           4xx: the request was wrong
        │   ├── RateLimitError    429: back off for `retry_after` seconds
        │   └── IPBannedError     418: the IP is banned until `banned_until`
        └── ServerError           5xx: the outcome is unknown, not a failure

`error_from_answer` is the single factory that maps an error answer (status, decoded
payload, headers) to one of the `APIError` classes; `error_from_response` reads an HTTP
response into those three and hands them over, and the WebSocket client hands over its
response's `status` and `error` the same way.

Every error says whether the request certainly never left this process (`not_sent`): bad
input, no connection made or taken from the pool, a call refused locally while a 429's or
418's Retry-After runs. Only a call that may have been sent can have an unknown outcome.

Every error pickles with all its attributes (see `BinanceError.__reduce__`), so it can
leave a `ProcessPoolExecutor` or `multiprocessing` worker. None holds a secret: the
headers an `APIError` keeps are the response's, never the request's.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

__all__ = [
    "APIError",
    "AnswerTooLargeError",
    "BinanceError",
    "ClientError",
    "FilterError",
    "IPBannedError",
    "MissingExtraError",
    "OAuthError",
    "OAuthStateError",
    "OrderStatusUnknownError",
    "ParameterError",
    "RateLimitError",
    "ResponseValidationError",
    "SbeDecodeError",
    "SbeSchemaError",
    "ServerError",
    "TokenRevokedError",
    "TransportError",
    "UnknownSbeTemplateError",
    "error_from_answer",
    "error_from_response",
]

_EXCERPT_LENGTH = 200


def _restore(cls: type[BinanceError], args: tuple[Any, ...]) -> BinanceError:
    """An error rebuilt from pickle: its attributes follow as state, so no `__init__` runs."""
    return cls.__new__(cls, *args)


class BinanceError(Exception):
    """Base of every error this package raises."""

    not_sent: bool = False
    """True when the request certainly never left this process, so Binance cannot have acted on it."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls `cls(*self.args)`, which our constructors' signatures refuse.
        state = dict(self.__dict__)
        # A cause of ours travels with the error; a foreign one (an httpx exception holding the
        # request) does not: our message already names its type and text.
        if isinstance(self.__cause__, BinanceError) and self.__cause__ is not self:
            state["__cause__"] = self.__cause__
        return _restore, (type(self), self.args), state


class ParameterError(BinanceError, ValueError):
    """A parameter is missing, malformed or out of bounds; nothing was sent."""

    not_sent = True

    def __init__(self, parameter: str, problem: str) -> None:
        super().__init__(f"{parameter}: {problem}")
        self.parameter = parameter
        self.problem = problem


class FilterError(ParameterError):
    """An order that one of its symbol's filters refuses, found before sending: which filter, and its limit."""

    def __init__(self, parameter: str, filter_type: str, limit_name: str, limit: str, problem: str) -> None:
        super().__init__(parameter, f"{filter_type} {limit_name} {limit}: {problem}")
        self.filter_type = filter_type
        self.limit_name = limit_name
        self.limit = limit


class MissingExtraError(BinanceError, ImportError):
    """A feature needs a package of an optional extra that is not installed; the message says what to install."""

    not_sent = True

    def __init__(self, feature: str, extra: str, missing: str) -> None:
        super().__init__(f'{feature} needs {missing}: pip install "binance-spot-client[{extra}]"')
        self.feature = feature
        self.extra = extra
        self.missing = missing


class ResponseValidationError(BinanceError):
    """A response body that cannot be read as the spec describes it."""

    def __init__(self, operation_id: str, problems: list[str], payload: object = None) -> None:
        super().__init__(f"{operation_id}: " + "; ".join(problems))
        self.operation_id = operation_id
        self.problems = problems
        self.payload = payload


class SbeDecodeError(BinanceError):
    """An SBE answer that cannot be read with the client's schema (truncated, of another schema,
    a block shorter than the schema's)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


class UnknownSbeTemplateError(SbeDecodeError):
    """An SBE message whose template id the client's schema does not define (a newer schema's message)."""

    def __init__(self, template_id: int, schema_id: int, version: int) -> None:
        super().__init__(f"SBE template {template_id} is not in schema {schema_id}:{version}")
        self.template_id = template_id
        self.schema_id = schema_id
        self.version = version


class SbeSchemaError(BinanceError, ValueError):
    """An SBE schema version the client cannot ask for: retired by Binance, malformed, or newer
    than the schema its decoders were generated from. Nothing was sent."""

    not_sent = True

    def __init__(self, requested: str, problem: str) -> None:
        super().__init__(f"SBE schema {requested}: {problem}")
        self.requested = requested
        self.problem = problem


class TransportError(BinanceError):
    """No readable HTTP response arrived (connection refused or reset, timeout, a body
    that is not the gzip it claims to be).

    `not_sent` is True when the request never left (no connection was made or taken from
    the pool), so the server cannot have acted on it.
    """

    def __init__(self, message: str, not_sent: bool = False) -> None:
        super().__init__(message)
        self.not_sent = not_sent


class AnswerTooLargeError(TransportError):
    """An answer bigger than `ClientOptions.max_answer_bytes` once decoded, or inflating beyond
    `max_decompression_ratio` times its compressed size (a decompression bomb): reading stopped there.

    The request was sent, so an order's outcome is unknown (it raises OrderStatusUnknownError with
    this as its cause).
    """

    def __init__(self, message: str, limit: int, size: int) -> None:
        super().__init__(message)
        self.limit = limit
        self.size = size


class OrderStatusUnknownError(BinanceError):
    """An order-changing call got a 5xx, a -1007 timeout or no answer: it may have executed.

    Never retried automatically. Query the order by `client_order_id` (sent as
    newClientOrderId, generated when the caller gave none) before acting again.
    The underlying ServerError or TransportError is the `__cause__`.
    """

    def __init__(self, operation_id: str, client_order_id: str | None, symbol: str | None, reason: str) -> None:
        subject = f"{operation_id} on {symbol}" if symbol is not None else operation_id
        # Calls without a client order id (most /sapi ones) leave nothing to query by: say so instead of "=None".
        advice = (
            f"query newClientOrderId={client_order_id}"
            if client_order_id is not None
            else "check what it did before sending it again"
        )
        super().__init__(f"{subject}: outcome unknown ({reason}); {advice}")
        self.operation_id = operation_id
        self.client_order_id = client_order_id
        self.symbol = symbol
        self.reason = reason


class OAuthError(BinanceError):
    """Binance Login refused a request: `error` is the OAuth error code (`invalid_grant`…) when it gave one."""

    def __init__(self, message: str, error: str | None = None, status_code: int | None = None) -> None:
        super().__init__(message)
        self.error = error
        self.status_code = status_code


class OAuthStateError(OAuthError):
    """The authorization callback's `state` differs from the one sent: the code is not used (CSRF)."""


class TokenRevokedError(OAuthError):
    """The access token was refused (revoked, or expired with no usable refresh token): authorize again."""


class TransportTimeoutError(TransportError):
    """The answer did not come in time (connecting, writing, reading or waiting for a pooled connection).

    Unlike a refused connection, a request that timed out while being read may have reached Binance.
    """


class ConnectionRefusedTransportError(TransportError):
    """No connection could be made (refused, unreachable, DNS): the request was not sent."""


def transport_error_class(cause: Exception) -> type[TransportError]:
    """The `TransportError` subclass for what sending raised."""
    if isinstance(cause, httpx.TimeoutException):
        return TransportTimeoutError
    if isinstance(cause, httpx.ConnectError):
        return ConnectionRefusedTransportError
    return TransportError


class APIError(BinanceError):
    """Binance answered with an error status.

    `code` and `msg` are Binance's own (`-1121`, "Invalid symbol."), or None when
    the body was not Binance JSON (a proxy's HTML page, an empty body).
    """

    def __init__(
        self,
        status_code: int,
        code: int | None,
        msg: str,
        headers: Mapping[str, str],
        data: Mapping[str, Any] | None = None,
    ) -> None:
        prefix = f"HTTP {status_code}" + (f", code {code}" if code is not None else "")
        super().__init__(f"{prefix}: {msg}")
        self.status_code = status_code
        self.code = code
        self.msg = msg
        self.headers: dict[str, str] = dict(headers)
        self.data: dict[str, Any] = dict(data) if data is not None else {}


class ClientError(APIError):
    """A 4xx answer: the request was malformed, unauthorised or rejected."""


class AuthenticationError(ClientError):
    """Binance refused the credentials: an unknown or wrong API key, an IP the key does not allow, a key
    without the permission, or a signature that does not verify (codes -2014, -2015 and -1022)."""


# -2014 bad API key format; -2015 invalid key, IP or permissions; -1022 invalid signature.
AUTHENTICATION_CODES = frozenset({-2014, -2015, -1022})


class ServerError(APIError):
    """A 5xx answer. For orders the execution status is unknown: query before retrying."""


class RateLimitError(ClientError):
    """HTTP 429: a rate limit was broken; wait `retry_after` seconds."""

    @property
    def retry_after(self) -> float | None:
        return _retry_after(self.headers)


class IPBannedError(ClientError):
    """HTTP 418: the IP is banned for continuing after 429s."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        wait = _retry_after(self.headers)
        self.banned_until: float | None = time.time() + wait if wait is not None else None

    @property
    def retry_after(self) -> float | None:
        return _retry_after(self.headers)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    for name, value in headers.items():
        if name.lower() == "retry-after":
            try:
                return float(value)
            except ValueError:
                return None
    return None


def _error_class(status_code: int, code: object = None) -> type[APIError]:
    if 400 <= status_code < 500 and code in AUTHENTICATION_CODES:
        return AuthenticationError
    if status_code == 429:
        return RateLimitError
    if status_code == 418:
        return IPBannedError
    if status_code >= 500:
        return ServerError
    if status_code >= 400:
        return ClientError
    return APIError


def error_from_response(response: httpx.Response, read: Callable[[bytes], object] | None = None) -> APIError:
    """Build the typed error for a non-2xx response, keeping Binance's code and message.

    `read` decodes a body that is not JSON (an SBE error, see _sbe.sbe_error_reader).
    """
    body = response.content
    try:
        payload = (read or json.loads)(body) if body else None
    except (ValueError, RecursionError):  # RecursionError: a body nested thousands of levels deep
        payload = None
    return error_from_answer(response.status_code, payload, dict(response.headers.items()), body)


def error_from_answer(status_code: int, payload: object, headers: Mapping[str, str], body: bytes = b"") -> APIError:
    """Build the typed error for an error answer from its status, decoded payload and headers.

    A payload with Binance's `code` gives its code and message, the other keys becoming
    `data`; anything else is reported with an excerpt of `body`, the raw bytes it came from.
    """
    cls = _error_class(status_code)
    if isinstance(payload, Mapping) and "code" in payload:
        code = payload.get("code")
        cls = _error_class(status_code, code)
        data = {k: v for k, v in payload.items() if k not in ("code", "msg", "message")}
        return cls(
            status_code,
            code if isinstance(code, int) else None,
            str(payload.get("msg", payload.get("message")) or ""),  # Binance Login says "message"
            headers,
            data,
        )
    excerpt = body[:_EXCERPT_LENGTH].decode("utf-8", "replace").strip() or "(empty body)"
    return cls(status_code, None, f"non-JSON error body: {excerpt}", headers)
