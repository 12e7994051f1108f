"""What one call of a generated method carries beyond its parameters.

`CallOptions` are the per-call settings every generated method takes as keyword arguments
(`timeout`, `recv_window`, `extra_headers`, `extra_query`); `checked_call_options` validates
them with the operation's own parameters, before anything is sent. `Endpoint` is what a
generated operation module hands the client: the operation, its answer plan and the function
turning a response into its model. `with_raw_response` views return the whole `Response`.
"""

from __future__ import annotations

import contextvars
import dataclasses
import functools
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Generic, ParamSpec, TypedDict, TypeVar, cast

import httpx
from attrs import define

from ._answers import AnswerPlan
from ._auth import RecvWindow, check_recv_window
from ._encoding import encode_query
from ._errors import ParameterError, ResponseValidationError
from ._limits import RateLimits
from ._operation import Operation
from ._options import ClientOptions, Seconds, check_encoding, check_seconds
from ._responses import collector_paused, decode_answer
from ._sbe import Encoding

__all__ = [
    "CallOptions",
    "CallSettings",
    "Endpoint",
    "Response",
    "async_raw_response_wrapper",
    "checked_call_options",
    "raw_response_wrapper",
    "raw_responses_requested",
]

T = TypeVar("T")
P = ParamSpec("P")

# Query fields the client itself writes on signed calls; an extra_query cannot replace them.
_RESERVED_QUERY_FIELDS = frozenset({"recvWindow", "timestamp", "signature"})


class CallOptions(TypedDict, total=False):
    """Per-call settings, taken by every generated method as keyword arguments."""

    timeout: Seconds
    """Seconds (or a timedelta) to wait for this call (default: the client's)."""
    recv_window: RecvWindow
    """Milliseconds a signed request stays valid, at most 60000 (default: the client's); signed calls only."""
    extra_headers: Mapping[str, str]
    """Headers to add to this call's request."""
    extra_query: Mapping[str, object]
    """Query fields the spec does not know yet, sent (and signed) after the operation's own."""
    encoding: Encoding
    """"sbe" or "json" for this call (default: the client's `encoding`)."""


@dataclass(frozen=True, slots=True)
class CallSettings:
    """CallOptions once checked: the recvWindow's wire text, headers and the extra query's encoded text."""

    timeout: float | None = None
    recv_window: str | None = None
    headers: Mapping[str, str] | None = None
    query: str = ""
    encoding: Encoding | None = None


_NO_SETTINGS = CallSettings()


def checked_call_options(operation: Operation, options: Mapping[str, object]) -> CallSettings:
    """Validate one call's options against `operation`; raise ParameterError naming the one at fault."""
    if not options:
        return _NO_SETTINGS
    unknown = set(options) - set(CallOptions.__annotations__)
    if unknown:
        raise ParameterError(
            sorted(unknown)[0], f"is not a call option (those are {', '.join(CallOptions.__annotations__)})"
        )
    timeout = options.get("timeout")
    seconds = None if timeout is None else check_seconds("timeout", timeout)
    recv_window = options.get("recv_window")
    window = None
    if recv_window is not None:
        if not (operation.security.signed or operation.optional_signature):
            raise ParameterError("recv_window", f"{operation.operation_id} is not signed, so it takes no recvWindow")
        window = check_recv_window(cast(RecvWindow, recv_window))
    headers = options.get("extra_headers")
    if headers is not None and (
        not isinstance(headers, Mapping)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())
    ):
        raise ParameterError("extra_headers", "must map header names to str values")
    extra = options.get("extra_query")
    query = ""
    if extra is not None:
        if not isinstance(extra, Mapping) or not all(isinstance(key, str) for key in extra):
            raise ParameterError("extra_query", "must map query field names to values")
        taken = (set(extra) & set(operation.by_wire_name)) | (set(extra) & _RESERVED_QUERY_FIELDS)
        if taken:
            raise ParameterError("extra_query", f"{sorted(taken)[0]!r} is set by the client or by a named parameter")
        query = encode_query([(key, value) for key, value in extra.items() if value is not None])
    encoding = options.get("encoding")
    if encoding is not None:
        check_encoding(encoding)
    return CallSettings(
        seconds, window, cast("Mapping[str, str] | None", headers), query, cast("Encoding | None", encoding)
    )


def with_encoding(settings: CallSettings, answer: AnswerPlan | None, options: ClientOptions) -> CallSettings:
    """The settings with SBE's request headers when SBE is asked for and the operation has an SBE answer."""
    encoding = settings.encoding or options.encoding
    if encoding != "sbe" or answer is None or answer.sbe is None:
        return settings
    headers = {**(settings.headers or {}), **answer.sbe.request_headers(options.sbe_schema)}
    return dataclasses.replace(settings, headers=headers)


@define
class Response(Generic[T]):
    """A successful response: HTTP status, raw body, headers, the typed model and Binance's usage counters."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T
    rate_limits: RateLimits


@dataclass(frozen=True, slots=True)
class Endpoint(Generic[T]):
    """One generated operation as the client calls it: what to send, how to decode, how to read."""

    operation: Operation
    answer: AnswerPlan
    parse: Callable[[Any], T]
    """The model of a decoded answer: what the client, the WebSocket API and the testing kit all return."""

    def read(self, response: httpx.Response) -> T:
        """The model of an HTTP answer, decoded by the answer plan (once per response)."""
        with collector_paused(response.content):
            return self.read_decoded(decode_answer(response, self.answer))

    def read_content(self, content: bytes, *, check: bool) -> T:
        """The model of an answer's JSON bytes that came without HTTP (a WebSocket API `result`).

        Decoded and, with `check`, type-checked by the same answer plan as an HTTP body, so the
        model, and what is refused, are the same on both transports.
        """
        with collector_paused(content):
            data = self.answer.decode(content)
            return self.read_decoded(self.answer.check(data) if check else data)

    def read_decoded(self, data: Any) -> T:
        """The model of a decoded answer (an HTTP body, a WebSocket API result).

        An answer the models cannot read (a type check, where one ran, already converted what
        it could) is read again as the tolerant reader converts it; if that fails too, the
        models' own refusal is raised.
        """
        try:
            return self.parse(data)
        except ResponseValidationError as refusal:
            try:
                tolerated = self.answer.tolerate(data)
            except ResponseValidationError:
                raise refusal from None
            return self.parse(tolerated)

    def response(self, response: httpx.Response) -> Response[T]:
        """The whole answer: status, body, headers, Binance's usage counters and the model."""
        return Response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=self.read(response),
            rate_limits=RateLimits.from_headers(response.headers),
        )


# Set while a `with_raw_response` method runs: the client then returns the whole Response.
# A context variable, so that concurrent tasks and threads calling the same client never see
# each other's choice.
_raw_responses: contextvars.ContextVar[bool] = contextvars.ContextVar("binance_raw_responses", default=False)


def raw_responses_requested() -> bool:
    return _raw_responses.get()


def raw_response_wrapper(method: Callable[P, T]) -> Callable[P, Response[T]]:
    """`method` returning its whole `Response` (status, headers, rate limits, model) instead of the model."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        token = _raw_responses.set(True)
        try:
            return cast(Response[T], method(*args, **kwargs))
        finally:
            _raw_responses.reset(token)

    return wrapped


def async_raw_response_wrapper(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[Response[T]]]:
    """The coroutine twin of `raw_response_wrapper`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        token = _raw_responses.set(True)
        try:
            return cast(Response[T], await method(*args, **kwargs))
        finally:
            _raw_responses.reset(token)

    return wrapped
