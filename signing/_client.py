"""The HTTP core under the generated `Spot` and `AsyncSpot` facades.

`send` takes an operation from the generated index and the caller's arguments,
validates and encodes them, and sends the call; `BinanceAuth` signs each attempt
afresh. Around that sit Binance's rules for unattended use:

* reads (GET) are retried on connection errors and 5xx with backoff, moving to the
  next base URL; calls that place, amend or cancel orders are never retried, and an
  unknown outcome raises `OrderStatusUnknownError` with the client order id to query;
* a 429 or 418 blocks further calls locally until its Retry-After has passed, so a
  loop cannot turn a rate limit into a ban (or a ban into a longer one);
* `-1021` (timestamp outside recvWindow) resyncs the clock once, then retries reads; a
  resync is single-flight: calls that need one while another is in flight wait for its
  result (see `_Resync`), and an offset beyond `MAX_CLOCK_OFFSET_MS` is refused;
* every failure is one of our typed errors, whatever the server or network does: an
  unreadable body (bad gzip, JSON nested too deep), any httpx exception, a failed resync;
  a failure known to have sent nothing (no connection, pool timeout) is a not-sent
  `TransportError`, so an order is never reported "unknown" when it never left;
* every response's weight headers become `rate_limits`;
* answers of account operations have their JSON types checked against the spec
  (`type_checks`): a mismatch raises ResponseValidationError carrying the answer, so an
  order that was placed is never lost behind the error.

`request` is the escape hatch for endpoints the spec does not describe yet.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import inspect
import logging
import queue
import threading
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

import httpx

from ._answers import AnswerPlan
from ._auth import BinanceAuth
from ._calls import (
    CallOptions,
    CallSettings,
    Endpoint,
    Response,
    checked_call_options,
    raw_responses_requested,
    with_encoding,
)
from ._clock import MAX_CLOCK_OFFSET_MS, Clock, to_datetime
from ._credentials import credentials_from_environment
from ._errors import (
    AnswerTooLargeError,
    APIError,
    BinanceError,
    IPBannedError,
    ParameterError,
    RateLimitError,
    ResponseValidationError,
    TransportError,
    error_from_response,
    transport_error_class,
)
from ._limits import RateLimits, UnreadLimits
from ._logging import log_exchange
from ._operation import Operation, Parameter, SecurityType
from ._options import DEMO, MAINNET, MARKET_DATA_ONLY, TESTNET, ClientOptionFields, ClientOptions, TypeChecks
from ._orders import outcome_unknown, settled_error, with_client_order_id
from ._parameters import build_request_parts
from ._responses import AnswerCaps, decode_checked, decode_json
from ._retry import RetryPolicy
from ._rules import SymbolRules, SymbolRulesCache
from ._sbe import sbe_error_reader
from ._signers import Signer, make_signer
from ._times import with_wire_times
from ._urls import url_with

if TYPE_CHECKING:  # imported with Binance Login's first use (signing/__init__.py)
    from ._oauth import OAuthSession

__all__ = [
    "DEFAULT_BASE_URL",
    "DEMO",
    "MAINNET",
    "MARKET_DATA_ONLY",
    "TESTNET",
    "AsyncSpotClient",
    "SpotClient",
    "TypeChecks",
]

DEFAULT_BASE_URL = MAINNET[0]
_USER_AGENT = "binance-spot-client"
_INVALID_TIMESTAMP_CODE = -1021
_TIME_OPERATION = Operation("time", "GET", "/api/v3/time", SecurityType.NONE, 1, "")
_CONTENT_TYPES = {"json": "application/json", "form": "application/x-www-form-urlencoded"}

logger = logging.getLogger("binance_spot_client")
T = TypeVar("T")


class _QuietCookies(httpx.Cookies):
    """Cookies that look at a response only when it sets one.

    Binance's REST API sets no cookies, yet httpx rebuilds each request as a urllib request
    (one more parse of the URL) to ask its cookie jar about every response: a tenth of a
    small signed call.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class _QuietCookieJar:
    """Mixed into the httpx clients we create (never into one the caller passes in)."""

    _quiet_cookies: _QuietCookies

    @property
    def cookies(self) -> httpx.Cookies:
        return self._quiet_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._quiet_cookies = _QuietCookies(cookies)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)  # the httpx client's, next in the MRO
        self.cookies = None


class _HTTPClient(_QuietCookieJar, httpx.Client):
    pass


class _AsyncHTTPClient(_QuietCookieJar, httpx.AsyncClient):
    pass


# httpx's client states and single-request send: what `_sends_plainly` needs to step past the
# layers of `send` that have nothing to do. On an httpx without them every call takes `send`.
_OPENED = getattr(getattr(httpx._client, "ClientState", None), "OPENED", None)
_PLAIN_SEND = _OPENED is not None and all(
    callable(getattr(cls, "_send_single_request", None)) for cls in (httpx.Client, httpx.AsyncClient)
)
# Marks a request built for `_send_single_request`: the driver adds its credentials itself.
_PLAIN = "binance_plain"


def _sends_plainly(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether the request can skip `build_request` and `send` for a plain `Request` and `_send_single_request`.

    Of what those add, Binance's calls need only the credentials (see `BinanceAuth.add_credentials`)
    and the client's headers, merged alike here. So the plain way is taken unless the client has
    something of its own to apply: cookies or query parameters to merge in, event hooks, redirects
    to follow. It also waits until `send` has opened the client (the first call goes that way), so
    a closed client still refuses in `send`. Proxies, mounts, HTTP/2 and transports all apply
    within `_send_single_request`, which picks the transport for the URL.
    """
    hooks: Mapping[str, list[object]] = getattr(http, "_event_hooks", {"request": [None]})
    return (
        _PLAIN_SEND
        and getattr(http, "_state", None) is _OPENED
        and not hooks["request"]
        and not hooks["response"]
        and not http.follow_redirects
        and not http.cookies
        and not http.params
    )


# Everything `httpx.Client.send` raises when no readable response came back: its HTTPError tree
# (transport errors, DecodingError of a body that is not the gzip it claims, TooManyRedirects)
# and StreamError, which is a RuntimeError of its own.
SendFailure = httpx.HTTPError | httpx.StreamError
_SEND_FAILURES = (httpx.HTTPError, httpx.StreamError)
# Failures raised before the request could reach Binance: no connection was made or taken from
# the pool, or a proxy refused the tunnel.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol, httpx.ProxyError)


class _Resync:
    """One GET /api/v3/time in flight, and its outcome for every call that waits on it.

    The call that starts it (the leader) sends the request; the others yield this object
    to their driver, which waits until `finish` has run (a thread on `done`, a task on a
    future that `on_finish` resolves), then read `outcome` in the flow.
    """

    def __init__(self) -> None:
        self.done = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], object]] = []
        self.offset_ms: float | None = None
        self.failure: BinanceError | None = None

    def on_finish(self, callback: Callable[[], object]) -> None:
        """Call `callback` once the resync has finished (at once if it already has)."""
        with self._lock:
            if not self.done.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def finish(self, offset_ms: float | None, failure: BinanceError | None) -> None:
        with self._lock:
            self.offset_ms, self.failure = offset_ms, failure
            self.done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def outcome(self) -> float:
        """The offset the leader learned, or a copy of its typed failure raised (one per waiter,
        so that concurrent raises never share a traceback)."""
        if self.failure is None:
            assert self.offset_ms is not None, "a finished resync has an offset or a failure"
            return self.offset_ms
        failure = copy.copy(self.failure)
        failure.__cause__ = self.failure.__cause__
        failure.__suppress_context__ = True
        raise failure


Step = httpx.Request | float | _Resync
"""What a flow asks its driver for: a request to send, seconds to sleep, or to wait for a resync in flight."""
Reply = httpx.Response | SendFailure | AnswerTooLargeError | None
"""What the driver sends back: the response, or what sending or reading it within the caps raised;
None after a sleep or a wait."""

# Marks the clock's GET /api/v3/time, which takes the connection the pool keeps for it instead of
# waiting for a call's turn: its round trip is the measure of the offset.
_CLOCK_REQUEST = "binance_clock"


def _limits_for(options: ClientOptions) -> httpx.Limits:
    """One connection per call in flight, one more for clock syncs; all kept alive, so a burst
    reuses them instead of opening and closing connections past the keep-alive limit."""
    size = options.max_connections + 1
    return httpx.Limits(max_connections=size, max_keepalive_connections=size)


def _pool_timeout(request: httpx.Request) -> float:
    seconds: float = request.extensions["timeout"]["pool"]
    return seconds


def _no_connection(request: httpx.Request, options: ClientOptions) -> httpx.PoolTimeout:
    seconds = _pool_timeout(request)
    message = f"all {options.max_connections} connections (max_connections) stayed busy for {seconds} s"
    return httpx.PoolTimeout(message, request=request)


def _with_content_headers(headers: httpx.Headers, method: str, url: httpx.URL, body: bytes) -> httpx.Headers:
    """`headers` completed as `httpx.Request(method, url, headers=headers, content=body or None)` completes them
    (the same headers, in the same order), for a Request given its body as a stream, which adds none: Host
    first, then Content-Length: 0 for a POST, PUT or PATCH without a body, or the body's length last."""
    first: list[tuple[bytes, bytes]] = []
    last: list[tuple[bytes, bytes]] = []
    if "host" not in headers:
        first.append((b"Host", url.netloc))
    if body:
        if "content-length" not in headers:
            last.append((b"Content-Length", str(len(body)).encode("ascii")))
    elif method in ("POST", "PUT", "PATCH") and "content-length" not in headers and "transfer-encoding" not in headers:
        first.append((b"Content-Length", b"0"))
    return httpx.Headers(first + headers.raw + last) if first or last else headers


def _headers_for(options: ClientOptions) -> dict[str, str]:
    headers = {"User-Agent": _USER_AGENT}
    if options.microseconds:
        headers["X-MBX-TIME-UNIT"] = "MICROSECOND"
    return headers


def _ad_hoc_operation(method: str, path: str, security: SecurityType | str, names: Mapping[str, object]) -> Operation:
    """An operation for a path the spec does not know: parameters are sent as given, unchecked."""
    method = method.upper()
    return Operation(
        operation_id=f"{method} {path}",
        method=method,
        path=path,
        security=SecurityType(security),
        weight=0,
        function="",
        parameters=tuple(Parameter(name, name, "any") for name in names),
    )


@dataclass
class _SharedState:
    """What a client and its `with_options` copies learn together: they share one IP and account."""

    latest_limits: UnreadLimits = field(default_factory=lambda: UnreadLimits({}, 0.0))
    symbol_rules: SymbolRulesCache = field(default_factory=SymbolRulesCache)
    blocked_until: float = 0.0
    blocked_by: APIError | None = None
    last_time_sync: float | None = None
    # Single-flight resync: the one in flight, if any, and how many have set the clock so far
    # (a -1021 for a request signed before the latest one needs no resync of its own).
    resync: _Resync | None = None
    clock_generation: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


class _ClientCore:
    """Configuration and the per-attempt decisions shared by the sync and async clients."""

    _owns_http: bool
    """Whether closing this client closes its HTTP client (not one the caller gave, nor a copy's)."""

    def __init__(
        self,
        api_key: str | None,
        api_secret: str | None,
        private_key: bytes | str | Path | None,
        private_key_password: str | bytes | None,
        signer: Signer | None,
        clock: Clock | None,
        oauth: OAuthSession | None,
        options: ClientOptions,
    ) -> None:
        self.options = options
        self._host = 0
        api_key, api_secret, private_key = credentials_from_environment(api_key, api_secret, private_key, signer)
        self.clock: Clock = clock or Clock()
        self._shared = _SharedState()
        self.auth: BinanceAuth = BinanceAuth(
            api_key,
            signer or make_signer(api_secret, private_key, private_key_password),
            self.clock,
            options.recv_window,
            options.microseconds,
            oauth,
        )
        self._headers = _headers_for(options)
        self._kept_headers: tuple[list[tuple[bytes, bytes]], httpx.Headers] | None = None
        # The whole headers of a body-less request, per host and method, as `_with_content_headers` completes them.
        self._kept_requests: dict[tuple[bytes, str], httpx.Headers] = {}
        self._caps = AnswerCaps(options.max_answer_bytes, options.max_decompression_ratio)

    def _copy_with(self, changes: Mapping[str, Any]) -> Self:
        """A copy with other options that shares the connection pool, clock, credentials and limits."""
        options = self.options.replace(changes)
        pool = ("proxy", "verify", "http2", "max_connections")
        changed = [name for name in pool if getattr(options, name) != getattr(self.options, name)]
        if changed:
            raise ParameterError(changed[0], "belongs to the connection pool a copy shares: make a new client")
        clone = copy.copy(self)
        for name, attribute in inspect.getmembers(type(self)):
            if isinstance(attribute, functools.cached_property):
                clone.__dict__.pop(name, None)  # groups and views built for the original client
        clone.options = options
        clone._owns_http = False
        clone._host = self._host if options.base_urls == self.options.base_urls else 0
        clone.auth = self.auth.with_settings(options.recv_window, options.microseconds)
        clone._headers = _headers_for(options)
        clone._kept_headers = None
        clone._kept_requests = {}
        clone._caps = AnswerCaps(options.max_answer_bytes, options.max_decompression_ratio)
        return clone

    def _cached_rules(self, symbol: str, refresh: bool) -> SymbolRules | None:
        """The rules `symbol_rules()` read for `symbol` within RULES_MAX_AGE seconds, unless refreshing."""
        return None if refresh else self._shared.symbol_rules.get(symbol)

    def _keep_rules(self, exchange_info: Mapping[str, Any], symbol: str) -> SymbolRules:
        """Rules read from an exchangeInfo answer (its JSON form), kept for this client and its copies."""
        return self._shared.symbol_rules.keep(SymbolRules.from_exchange_info(exchange_info, symbol))

    @property
    def base_urls(self) -> tuple[str, ...]:
        return self.options.base_urls

    @property
    def timeout(self) -> float:
        return self.options.timeout

    @property
    def microseconds(self) -> bool:
        return self.options.microseconds

    @property
    def retry(self) -> RetryPolicy:
        return self.options.retry

    @property
    def rate_limits(self) -> RateLimits:
        """Binance's usage counters from the latest answer (shared with `with_options` copies)."""
        return self._shared.latest_limits.limits

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth!r})"

    @property
    def base_url(self) -> str:
        """The host currently in use; it moves down `base_urls` when one fails."""
        return self.base_urls[self._host]

    def _fail_over(self) -> None:
        self._host = (self._host + 1) % len(self.base_urls)
        logger.info("switching to %s", self.base_url)

    def _time_sync_due(self, operation: Operation) -> bool:
        interval = self.options.time_sync_interval
        if not operation.security.signed or interval is None:
            return False
        last = self._shared.last_time_sync
        return last is None or time.monotonic() - last >= interval

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        query: str,
        body: bytes,
        settings: CallSettings,
    ) -> httpx.Request:
        # Binance Login's operations live on their own host, whatever the client's base URL.
        url = url_with(operation.host or self.base_url, operation.path, query)
        seconds = self.timeout if settings.timeout is None else settings.timeout
        extensions: dict[str, Any] = {
            "binance_security": operation.security.value,
            "timeout": {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds},
        }
        if settings.recv_window is not None:
            extensions["binance_recv_window"] = settings.recv_window
        headers: Mapping[str, str] = self._headers
        if body or settings.headers:
            headers = {**headers, **(settings.headers or {})}
            if body:
                headers["Content-Type"] = _CONTENT_TYPES[operation.body]
        if not _sends_plainly(http):
            return http.build_request(
                operation.method, url, headers=headers, content=body or None, extensions=extensions
            )
        # What build_request gives here, without its merging of an empty query into the URL, which parses it again.
        extensions[_PLAIN] = True
        merged = self._merged_headers(http)
        if headers is self._headers and not body:
            # The same few header lists, call after call: kept whole, Host and Content-Length included.
            shape = (url.netloc, operation.method)
            complete = self._kept_requests.get(shape)
            if complete is None:
                complete = self._kept_requests[shape] = _with_content_headers(merged, operation.method, url, body)
        else:
            merged = httpx.Headers(merged)
            merged.update(headers)
            complete = _with_content_headers(merged, operation.method, url, body)
        request = httpx.Request(
            operation.method, url, headers=complete, stream=httpx.ByteStream(body), extensions=extensions
        )
        request.read()  # its content, as a Request built with content= has it (the signature covers it)
        return request

    def _merged_headers(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Headers:
        """The HTTP client's headers updated with ours, as build_request merges them; kept while the client's
        stay the same (a Request copies what it is given, so the kept one is never changed)."""
        source = http.headers.raw
        kept = self._kept_headers
        if kept is None or kept[0] != source:
            merged = httpx.Headers(http.headers)
            merged.update(self._headers)
            kept = self._kept_headers = (source, merged)
            self._kept_requests = {}
        return kept[1]

    def rate_limit_wait(self) -> float:
        """Seconds until the local rate-limit guard (a 429's or 418's Retry-After) lets calls through, else 0."""
        if self._shared.blocked_by is None:
            return 0.0
        return max(0.0, self._shared.blocked_until - time.time())

    def _refuse_while_blocked(self) -> None:
        """Raise locally, sending nothing, while a 429's or 418's Retry-After is running."""
        blocked_by = self._shared.blocked_by
        if blocked_by is None or time.time() >= self._shared.blocked_until:
            return
        remaining = self._shared.blocked_until - time.time()
        refusal = type(blocked_by)(
            blocked_by.status_code,
            blocked_by.code,
            f"refused locally for {remaining:.0f} more s after: {blocked_by.msg}",
            {"Retry-After": f"{remaining:.0f}"},
        )
        refusal.not_sent = True
        raise refusal

    def _outcome(self, response: httpx.Response, started: float, answer: AnswerPlan | None = None) -> APIError | None:
        """Record limits and bans from a response; return its error, if it is one."""
        self._shared.latest_limits = UnreadLimits(response.headers)
        log_exchange(logger, response, time.perf_counter() - started)
        if response.status_code < 400 and not response.content.startswith(b'{"code":'):
            return None
        error = error_from_response(response, sbe_error_reader(response, None if answer is None else answer.sbe))
        if (
            response.status_code < 400
            and (error.code is None or error.code >= 0)
            and error.data.get("success") is not False
        ):
            # Binance's error codes are negative; some /sapi answers carry {"code": 0 or 200, ...} on success,
            # Binance Login's {"code": "000000", ..., "success": true}.
            return None
        if isinstance(error, (RateLimitError, IPBannedError)) and error.retry_after is not None:
            self._shared.blocked_until = time.time() + error.retry_after
            self._shared.blocked_by = error
        return error

    def _transport_error(self, operation: Operation, request: httpx.Request, exc: SendFailure) -> TransportError:
        """The typed error for a call that got no readable response, with `exc` as its cause."""
        if isinstance(exc, httpx.HTTPError):
            # Kept as the cause, but without the request it holds: its URL bears the signature
            # and its headers the API key.
            exc.request = httpx.Request(request.method, request.url.copy_with(query=None))
        error = transport_error_class(exc)(
            f"{operation.method} {operation.path}: {type(exc).__name__}: {exc}", not_sent=isinstance(exc, _NOT_SENT)
        )
        error.__cause__ = exc
        return error

    def _retry_delay(self, operation: Operation, attempt: int, error: BinanceError) -> float | None:
        """Seconds to wait before the next attempt, or None to give up and raise."""
        if not operation.safe_to_repeat or attempt >= self.retry.attempts:
            return None
        if outcome_unknown(error) or isinstance(error, TransportError):
            self._fail_over()
            return self.retry.delay(attempt)
        if isinstance(error, RateLimitError) and self.retry.wait_on_rate_limit:
            wait = error.retry_after
            if wait is not None and wait <= self.retry.max_rate_limit_wait:
                self._shared.blocked_by = None  # we wait it out ourselves
                return wait
        return None

    def _exchange(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        arguments: Mapping[str, object],
        answer: AnswerPlan | None,
        options: Mapping[str, object],
    ) -> Generator[Step, Reply, httpx.Response]:
        """Binance's rules for one call, as steps: yields a request to send (and receives its
        response or what sending raised), seconds to sleep or a resync in flight to wait for
        (see `_time_sync`); returns the successful response
        or raises the typed error. The sync and async clients only carry the steps out.
        """
        arguments = with_client_order_id(operation, arguments, self.options.client_order_id)
        arguments = with_wire_times(operation, arguments, self.microseconds)
        query, body = build_request_parts(operation, arguments)
        settings = with_encoding(checked_call_options(operation, options), answer, self.options)
        if settings.query:
            query = f"{query}&{settings.query}" if query else settings.query
        if self._time_sync_due(operation):
            try:
                yield from self._time_sync(http)
            except BinanceError as failure:
                # Only a precaution: the call goes ahead, and a clock that is off shows as its -1021.
                logger.warning("scheduled clock sync failed, keeping %s: %s", self.clock, failure)
        resynced = False
        attempt = 0
        while True:
            attempt += 1
            self._refuse_while_blocked()
            # Rebuilt on every attempt: BinanceAuth signs it afresh with a new timestamp.
            request = self._build_request(http, operation, query, body, settings)
            generation = self._shared.clock_generation
            started = time.perf_counter()
            reply = yield request
            error: BinanceError
            if isinstance(reply, httpx.Response):
                refusal = self._outcome(reply, started, answer)
                if refusal is None:
                    if answer is not None and self.options.checks_types(operation):
                        decode_checked(reply, answer)
                    return reply
                error = refusal
            else:
                assert reply is not None, "the driver sends back a response or what sending raised"
                error = reply if isinstance(reply, BinanceError) else self._transport_error(operation, request, reply)
            if isinstance(error, APIError) and error.code == _INVALID_TIMESTAMP_CODE and not resynced:
                resynced = True
                # Signed before a resync that has finished since: the clock is already set anew.
                if generation == self._shared.clock_generation:
                    try:
                        yield from self._time_sync(http)
                    except BinanceError as failure:
                        # The call was refused, whatever became of the resync: that is its outcome.
                        raise error from failure
                if operation.safe_to_repeat:
                    continue
            delay = self._retry_delay(operation, attempt, error)
            if delay is None:
                settled = settled_error(operation, error, arguments)
                if settled is error:
                    raise error  # `from error` would make the error its own cause
                raise settled from error
            yield delay

    def _time_sync(self, http: httpx.Client | httpx.AsyncClient) -> Generator[Step, Reply, float]:
        """Learn the offset to Binance's clock, single-flight: the first call to ask sends GET
        /api/v3/time (see `_measure_offset`); calls that ask while it is in flight, on this
        client or a `with_options` copy, on any thread or task, wait for its result. Returns
        the offset in milliseconds or raises the resync's typed error, in every waiter alike."""
        shared = self._shared
        with shared.lock:
            flight = shared.resync
            leading = flight is None
            if flight is None:
                flight = shared.resync = _Resync()
        if not leading:
            yield flight
            return flight.outcome()
        offset: float | None = None
        failure: BinanceError | None = None
        try:
            offset = yield from self._measure_offset(http)
        except BinanceError as exc:
            failure = exc
            raise
        except BaseException as exc:
            # Abandoned (the leader's task cancelled, its flow closed) or a bug: never leave the waiters hanging.
            failure = TransportError(f"clock resync abandoned: {type(exc).__name__}", not_sent=False)
            raise
        finally:
            with shared.lock:
                shared.resync = None
                if failure is None:
                    shared.clock_generation += 1
            flight.finish(offset, failure)
        return offset

    def _measure_offset(self, http: httpx.Client | httpx.AsyncClient) -> Generator[Step, Reply, float]:
        """Learn the offset to Binance's clock from GET /api/v3/time, as steps like `_exchange`'s;
        return it in milliseconds or raise a typed error (a 429 or 418 blocks like any other).
        An offset beyond `MAX_CLOCK_OFFSET_MS` is refused with a warning and the clock is left as it was."""
        self._refuse_while_blocked()
        request = self._build_request(http, _TIME_OPERATION, "", b"", CallSettings())
        request.extensions[_CLOCK_REQUEST] = True
        started = time.perf_counter()
        sent_ms = self.clock.local_ms()
        reply = yield request
        received_ms = self.clock.local_ms()
        if not isinstance(reply, httpx.Response):
            assert reply is not None, "the driver sends back a response or what sending raised"
            raise reply if isinstance(reply, BinanceError) else self._transport_error(_TIME_OPERATION, request, reply)
        refusal = self._outcome(reply, started)
        if refusal is not None:
            raise refusal
        payload = decode_json(reply, _TIME_OPERATION.operation_id)
        server_time = payload.get("serverTime") if isinstance(payload, dict) else None
        if not isinstance(server_time, int) or isinstance(server_time, bool):
            problem = f"serverTime is {server_time!r}, not an integer" if server_time is not None else "no serverTime"
            raise ResponseValidationError(_TIME_OPERATION.operation_id, [problem], payload)
        # The time unit header asked for microseconds, and serverTime is a time like any other.
        server_ms = server_time / 1000 if self.microseconds else float(server_time)
        offset = Clock.midpoint_offset(sent_ms, server_ms, received_ms)
        if abs(offset) > MAX_CLOCK_OFFSET_MS:
            problem = f"serverTime {server_time} is {offset:.0f} ms off the local clock, beyond {MAX_CLOCK_OFFSET_MS}"
            logger.warning("clock offset refused, keeping %s: %s", self.clock, problem)
            raise ResponseValidationError(_TIME_OPERATION.operation_id, [problem], payload)
        self.clock.learn_offset(sent_ms, server_ms, received_ms)
        self._shared.last_time_sync = time.monotonic()
        logger.debug("clock offset to server: %.1f ms", self.clock.offset_ms)
        return self.clock.offset_ms

    def to_datetime(self, value: int) -> datetime:
        """A time field of this client's answers as an aware UTC datetime, in the unit the client asked for."""
        return to_datetime(value, microseconds=self.microseconds)


class SpotClient(_ClientCore):
    """Synchronous Binance Spot client core. Use the generated `Spot`, which adds one method per operation."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        private_key: bytes | str | Path | None = None,
        private_key_password: str | bytes | None = None,
        signer: Signer | None = None,
        clock: Clock | None = None,
        oauth: OAuthSession | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        options: ClientOptions | None = None,
        **option_fields: Unpack[ClientOptionFields],
    ) -> None:
        """Credentials (an HMAC secret or an RSA/Ed25519 private key), stateful parts, and the options:
        whole (`options=`) and/or as keyword arguments (see `ClientOptions`)."""
        options = (options or ClientOptions()).replace(option_fields)
        super().__init__(api_key, api_secret, private_key, private_key_password, signer, clock, oauth, options)
        self._owns_http = http_client is None
        self.http: httpx.Client = http_client or _HTTPClient(
            transport=transport,
            timeout=options.timeout,
            proxy=options.proxy,
            verify=options.verify,
            http2=options.http2,
            limits=_limits_for(options),
        )
        # One token per turn: a queue's get and put are C calls, a semaphore's a Python condition (5 µs a call).
        self._turns: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(options.max_connections):
            self._turns.put(None)

    def with_options(self, **changes: Unpack[ClientOptionFields]) -> Self:
        """A copy with some options changed, sharing this client's connection pool, clock, credentials and
        rate-limit guard (closing the copy leaves the pool open; closing this client closes it)."""
        return self._copy_with(changes)

    def send(
        self,
        operation: Operation,
        arguments: Mapping[str, object],
        answer: AnswerPlan | None = None,
        **options: Unpack[CallOptions],
    ) -> httpx.Response:
        """Validate and send one call of `operation`, signing each attempt; raise a typed error unless it succeeds."""
        return self._run(self._exchange(self.http, operation, arguments, answer, options))

    def _run(self, flow: Generator[Step, Reply, T]) -> T:
        """Carry out a flow's steps (see `_exchange`) until it returns or raises."""
        reply: Reply = None
        with contextlib.closing(flow):  # a flow left midway still tells a resync's waiters
            while True:
                try:
                    step = flow.send(reply)
                except StopIteration as done:
                    result: T = done.value
                    return result
                reply = None
                if isinstance(step, httpx.Request):
                    reply = self._send(step)
                elif isinstance(step, _Resync):
                    step.done.wait()
                else:
                    time.sleep(step)

    def _send(self, request: httpx.Request) -> Reply:
        """Send a request once one of the `max_connections` turns is free, then read its answer within
        the caps. BinanceAuth signs it inside `http.send`, after the wait: its timestamp is fresh."""
        clock = request.extensions.get(_CLOCK_REQUEST, False)
        if not clock:
            try:
                self._turns.get(timeout=_pool_timeout(request))
            except queue.Empty:
                return _no_connection(request, self.options)
        try:
            if request.extensions.get(_PLAIN) and not self.auth.needs_flow(request):
                self.auth.add_credentials(request)
                response = self.http._send_single_request(request)  # see _sends_plainly
            else:
                response = self.http.send(request, auth=self.auth, stream=True)
            try:
                self._caps.read(response)
            finally:
                response.close()
            return response
        except _SEND_FAILURES as exc:
            return exc
        except AnswerTooLargeError as exc:
            return exc
        finally:
            if not clock:
                self._turns.put(None)

    def call(self, endpoint: Endpoint[T], arguments: Mapping[str, object], options: CallOptions) -> T:
        """Send one call of a generated operation and read its model (its whole Response in a raw view)."""
        response = self.send(endpoint.operation, arguments, endpoint.answer, **options)
        if raw_responses_requested():
            return endpoint.response(response)  # type: ignore[return-value]  # with_raw_response's wrapper says so
        return endpoint.read(response)

    def call_detailed(
        self, endpoint: Endpoint[T], arguments: Mapping[str, object], options: CallOptions
    ) -> Response[T]:
        """Send one call of a generated operation; return status, headers, rate limits and the model."""
        return endpoint.response(self.send(endpoint.operation, arguments, endpoint.answer, **options))

    def sync_time(self) -> float:
        """Learn the offset to Binance's clock from GET /api/v3/time; return it in milliseconds."""
        return self._run(self._time_sync(self.http))

    def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, object] | None = None,
        *,
        security: SecurityType | str = SecurityType.NONE,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Call any endpoint, e.g. one the spec does not cover yet, and return its decoded JSON."""
        arguments = {k: v for k, v in (params or {}).items() if v is not None}
        operation = _ad_hoc_operation(method, path, security, arguments)
        response = self.send(operation, arguments, **options)
        return decode_json(response, operation.operation_id)

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


async def _finished(resync: _Resync) -> None:
    """Wait, without blocking the event loop, until a resync (led by a task or a thread) has finished."""
    import asyncio

    loop = asyncio.get_running_loop()
    finished: asyncio.Future[None] = loop.create_future()

    def resolve() -> None:
        if not finished.done():
            finished.set_result(None)

    resync.on_finish(lambda: loop.call_soon_threadsafe(resolve))
    await finished


class AsyncSpotClient(_ClientCore):
    """Asynchronous twin of `SpotClient`. Use the generated `AsyncSpot`."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        private_key: bytes | str | Path | None = None,
        private_key_password: str | bytes | None = None,
        signer: Signer | None = None,
        clock: Clock | None = None,
        oauth: OAuthSession | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        options: ClientOptions | None = None,
        **option_fields: Unpack[ClientOptionFields],
    ) -> None:
        """Credentials (an HMAC secret or an RSA/Ed25519 private key), stateful parts, and the options:
        whole (`options=`) and/or as keyword arguments (see `ClientOptions`)."""
        options = (options or ClientOptions()).replace(option_fields)
        super().__init__(api_key, api_secret, private_key, private_key_password, signer, clock, oauth, options)
        self._owns_http = http_client is None
        self.http: httpx.AsyncClient = http_client or _AsyncHTTPClient(
            transport=transport,
            timeout=options.timeout,
            proxy=options.proxy,
            verify=options.verify,
            http2=options.http2,
            limits=_limits_for(options),
        )
        import asyncio  # here, not at the top: a sync-only process never pays for it (1.2 MB)

        from ._network import use_asyncio_sockets

        if http_client is None:
            use_asyncio_sockets(self.http, own_transport=transport is None)
        self._turns = asyncio.Semaphore(options.max_connections)

    def with_options(self, **changes: Unpack[ClientOptionFields]) -> Self:
        """A copy with some options changed, sharing this client's connection pool, clock, credentials and
        rate-limit guard (closing the copy leaves the pool open; closing this client closes it)."""
        return self._copy_with(changes)

    async def send(
        self,
        operation: Operation,
        arguments: Mapping[str, object],
        answer: AnswerPlan | None = None,
        **options: Unpack[CallOptions],
    ) -> httpx.Response:
        """Validate and send one call of `operation`, signing each attempt; raise a typed error unless it succeeds."""
        return await self._run(self._exchange(self.http, operation, arguments, answer, options))

    async def _run(self, flow: Generator[Step, Reply, T]) -> T:
        """Carry out a flow's steps (see `_exchange`) until it returns or raises."""
        reply: Reply = None
        with contextlib.closing(flow):  # a flow left midway (a cancelled task) still tells a resync's waiters
            while True:
                try:
                    step = flow.send(reply)
                except StopIteration as done:
                    result: T = done.value
                    return result
                reply = None
                if isinstance(step, httpx.Request):
                    reply = await self._send(step)
                elif isinstance(step, _Resync):
                    await _finished(step)
                else:
                    import asyncio

                    await asyncio.sleep(step)

    async def _send(self, request: httpx.Request) -> Reply:
        """`SpotClient._send`, without blocking the event loop."""
        clock = request.extensions.get(_CLOCK_REQUEST, False)
        if not clock:
            import asyncio

            try:
                if self._turns.locked():  # a free turn is taken at once: no timer to arm and cancel
                    async with asyncio.timeout(_pool_timeout(request)):
                        await self._turns.acquire()
                else:
                    await self._turns.acquire()
            except TimeoutError:
                return _no_connection(request, self.options)
        try:
            if request.extensions.get(_PLAIN) and not self.auth.needs_flow(request):
                self.auth.add_credentials(request)
                response = await self.http._send_single_request(request)  # see _sends_plainly
            else:
                response = await self.http.send(request, auth=self.auth, stream=True)
            try:
                await self._caps.aread(response)
            finally:
                await response.aclose()
            return response
        except _SEND_FAILURES as exc:
            return exc
        except AnswerTooLargeError as exc:
            return exc
        finally:
            if not clock:
                self._turns.release()

    async def call(self, endpoint: Endpoint[T], arguments: Mapping[str, object], options: CallOptions) -> T:
        """Send one call of a generated operation and read its model (its whole Response in a raw view)."""
        response = await self.send(endpoint.operation, arguments, endpoint.answer, **options)
        if raw_responses_requested():
            return endpoint.response(response)  # type: ignore[return-value]  # with_raw_response's wrapper says so
        return endpoint.read(response)

    async def call_detailed(
        self, endpoint: Endpoint[T], arguments: Mapping[str, object], options: CallOptions
    ) -> Response[T]:
        """Send one call of a generated operation; return status, headers, rate limits and the model."""
        return endpoint.response(await self.send(endpoint.operation, arguments, endpoint.answer, **options))

    async def sync_time(self) -> float:
        """Learn the offset to Binance's clock from GET /api/v3/time; return it in milliseconds."""
        return await self._run(self._time_sync(self.http))

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, object] | None = None,
        *,
        security: SecurityType | str = SecurityType.NONE,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Call any endpoint and return its decoded JSON."""
        arguments = {k: v for k, v in (params or {}).items() if v is not None}
        operation = _ad_hoc_operation(method, path, security, arguments)
        response = await self.send(operation, arguments, **options)
        return decode_json(response, operation.operation_id)

    async def aclose(self) -> None:
        if self._owns_http:
            await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
