"""`FakeExchange`: a stand-in for api.binance.com that keeps state, usable in-process or behind HTTP.

It is an httpx transport (sync and async), so `Spot(transport=FakeExchange())`
talks to it without a socket; `FakeServer` puts the same object behind a real
HTTP server on 127.0.0.1. Every request goes through what Binance does, in order:

1. find the spec's operation; operations it does not simulate answer with their spec example;
2. count its weight (X-MBX-USED-WEIGHT-1M; an accepted order weighs 0, as on Binance since 2026-03-27);
   past the /api limit it publishes, a 429;
3. apply any failure or delay the test asked for;
4. check the API key, the signature (HMAC, RSA or Ed25519) and the timestamp against
   recvWindow for signed operations;
5. check the parameters against the spec;
6. answer from the market and the account, or with Binance's error for the case.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import httpx

from binance_spot_client import OPERATIONS
from binance_spot_client.signing import Clock, Operation

from ._account import Account, Balance, FakeOrder
from ._endpoints import ORDER_PLACING, handler_for
from ._events import Changes, changes_since, snapshot
from ._keys import ApiKey, load_public_key
from ._market import DEFAULT_SYMBOLS, DEFAULT_TRADE_HISTORY, FakeSymbol, Market
from ._rejections import (
    Rejection,
    api_key_format,
    illegal_characters,
    invalid_signature,
    mandatory,
    not_valid,
    rejected_api_key,
    timestamp_ahead,
    timestamp_outside_window,
)
from ._requests import Call, parse_pairs, read_parameters
from ._sbe import ENCODERS as SBE_ENCODERS
from ._sbe import SBE_CONTENT_TYPE, sbe_error, wants_sbe
from ._spec import spec_operations

if TYPE_CHECKING:
    import respx

__all__ = [
    "DEFAULT_BALANCES",
    "DEMO_API_KEY",
    "DEMO_SECRET_KEY",
    "FAKE_HEADER",
    "Answer",
    "FakeExchange",
    "LoggedRequest",
    "SocketAuth",
]

DEMO_API_KEY = "fake-exchange-api-key"
DEMO_SECRET_KEY = "fake-exchange-secret-key"
DEFAULT_BALANCES: Mapping[str, str] = {"BTC": "1", "ETH": "10", "BNB": "50", "LTC": "100", "USDT": "10000"}
"""What a fresh fake account holds."""

FAKE_HEADER = "X-Fake-Exchange"
_MINUTE_MS = 60_000
_MAX_RECV_WINDOW = Decimal(60000)
_SERVER_ERRORS = {
    500: (-1001, "Internal error; unable to process your request. Please try again."),
    503: (-1008, "Server is currently overloaded with other requests. Please try again in a few minutes."),
}


@dataclass(frozen=True, slots=True)
class Answer:
    """One HTTP answer of the fake, before it is put on the wire (or handed to httpx)."""

    status: int
    headers: dict[str, str]
    body: bytes
    delay: float = 0.0


@dataclass(frozen=True, slots=True)
class SocketAuth:
    """How a WebSocket API request authenticates, in place of REST's query-string signature.

    `signed_text` is what its `signature` must sign (its params, sorted, without the
    signature); `session_key` is the API key the connection logged on with, which
    authorises signed requests that carry no signature.
    """

    signed_text: str | None = None
    session_key: str | None = None


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    """What the fake saw and answered, kept in `FakeExchange.requests` for assertions."""

    method: str
    path: str
    operation_id: str | None
    status: int
    code: int | None
    params: dict[str, str]


@dataclass
class _Fault:
    operation: str | None
    times: int
    status: int | None = None
    delay: float = 0.0
    retry_after: float | None = None
    executed: bool = False
    code: int | None = None
    msg: str | None = None
    body: str | None = None

    def matches(self, operation: Operation | None, path: str) -> bool:
        if self.operation is None:
            return True
        return path == self.operation or (operation is not None and operation.operation_id == self.operation)


@dataclass
class _Weight:
    """Weight used in the current minute: /api (the limit the fake enforces) and /sapi by IP and by UID."""

    minute: int = -1
    api: int = 0
    sapi_ip: int = 0
    sapi_uid: int = 0


class FakeExchange(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A deterministic, stateful Binance Spot exchange driven by the bundled spec.

    `symbols` are the pairs it lists (default: `DEFAULT_SYMBOLS`), `balances` what
    the account holds (asset -> amount; default `DEFAULT_BALANCES`). It accepts the
    HMAC key `api_key`/`secret_key` (the demo pair by default) and any key added
    with `add_api_key`. `clock` is the server's clock: give it an offset to play a
    client whose clock is wrong. Each symbol's tape starts with `trade_history` trades,
    one every ten seconds up to the clock's time (raise it for history that spans pages).
    Its state is public: `markets`, `account`, `requests`.
    """

    def __init__(
        self,
        *,
        symbols: Iterable[FakeSymbol] = DEFAULT_SYMBOLS,
        balances: Mapping[str, Decimal | str | int] | None = None,
        api_key: str | None = DEMO_API_KEY,
        secret_key: str | None = DEMO_SECRET_KEY,
        clock: Clock | None = None,
        weight_limit: int = 6000,
        trade_history: int = DEFAULT_TRADE_HISTORY,
    ) -> None:
        self.clock: Clock = clock or Clock()
        self.weight_limit = weight_limit
        self.system_status = 0
        now = self.clock.timestamp_ms()
        self.markets: dict[str, Market] = {symbol.symbol: Market(symbol, now, trade_history) for symbol in symbols}
        start = DEFAULT_BALANCES if balances is None else balances
        self.account: Account = Account(
            self.markets, {asset: Balance(Decimal(amount)) for asset, amount in start.items()}
        )
        self.api_keys: dict[str, ApiKey] = {}
        if api_key is not None and secret_key is not None:
            self.add_api_key(api_key, secret_key=secret_key)
        self.requests: list[LoggedRequest] = []
        self._faults: list[_Fault] = []
        self._weight = _Weight()
        self._lock = threading.RLock()
        self._operations = {(op.method, op.path): op for op in OPERATIONS.values()}
        self._listeners: list[Callable[[Changes], None]] = []
        self._execution_ids = itertools.count(1)

    def __repr__(self) -> str:
        return f"FakeExchange(symbols={list(self.markets)}, api_keys={len(self.api_keys)})"

    # -- configuration ----------------------------------------------------------------------

    def add_api_key(
        self, api_key: str, *, secret_key: str | bytes | None = None, public_key: bytes | str | Path | None = None
    ) -> None:
        """Accept `api_key`, signed with an HMAC `secret_key` or by the private half of an RSA/Ed25519 `public_key`."""
        if (secret_key is None) == (public_key is None):
            raise ValueError("give either secret_key (HMAC) or public_key (RSA or Ed25519)")
        if secret_key is not None:
            secret = secret_key.encode() if isinstance(secret_key, str) else bytes(secret_key)
            self.api_keys[api_key] = ApiKey(api_key, secret_key=secret)
        else:
            assert public_key is not None
            self.api_keys[api_key] = ApiKey(api_key, public_key=load_public_key(public_key))

    def balance(self, asset: str) -> Balance:
        """A copy of the account's balance of `asset` (zero when it holds none)."""
        with self._lock:
            held = self.account.balances.get(asset, Balance(Decimal(0)))
            return Balance(held.free, held.locked)

    def set_balance(self, asset: str, free: Decimal | str | int) -> None:
        with self._lock:
            self.account.balance(asset).free = Decimal(free)

    def order(self, order_id: int) -> FakeOrder:
        """The account's order `order_id`, live: its status and fills as the fake sees them."""
        return self.account.orders[order_id]

    def fill_resting(self, symbol: str, price: Decimal | str | None = None) -> list[int]:
        """Let the rest of the market trade through `price`: resting limit orders it reaches fill as makers.

        With no price every resting limit order of the symbol fills. Returns the ids of the orders filled.
        """
        with self._lock:
            market = self.markets[symbol]
            limit = Decimal(price) if price is not None else None
            now_ms = self.clock.timestamp_ms()
            with self._published(now_ms):
                return [o.order_id for o in self.account.fill_resting(market, limit, now_ms)]

    def watch(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener` with what each request changes (trades, book levels, orders, balances).

        It runs while the exchange is locked, so it must only hand the changes on. Returns
        the function that stops the calls. The WebSocket server listens this way.
        """
        with self._lock:
            self._listeners.append(listener)

        def unwatch() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unwatch

    @contextmanager
    def _published(self, now_ms: int) -> Iterator[None]:
        """Tell the listeners what the block changed; costs nothing while none listens."""
        before = snapshot(self.markets, self.account) if self._listeners else None
        yield
        if before is not None:
            changes = changes_since(before, self.markets, self.account, now_ms, lambda: next(self._execution_ids))
            if changes.symbols or changes.user_data:
                for listener in list(self._listeners):
                    listener(changes)

    def fail_next(
        self,
        status: int,
        *,
        operation: str | None = None,
        times: int = 1,
        retry_after: float | None = None,
        executed: bool = False,
        code: int | None = None,
        msg: str | None = None,
        body: str | None = None,
    ) -> None:
        """Answer the next `times` requests (of `operation`: an operationId or path) with `status`.

        429 and 418 get Binance's -1003 body and a Retry-After header (default 1 s);
        5xx get -1001/-1008. `executed=True` carries the request out before failing,
        the case where an order was placed but the answer was an error. `code`/`msg`
        replace the error body; `body` sends raw text instead (a proxy's HTML page).
        """
        with self._lock:
            self._faults.append(_Fault(operation, times, status, 0.0, retry_after, executed, code, msg, body))

    def delay_next(self, seconds: float, *, operation: str | None = None, times: int = 1) -> None:
        """Answer the next `times` requests (of `operation`) `seconds` late.

        In-process, a delay beyond the request's read timeout raises httpx.ReadTimeout
        after that timeout, as the network would.
        """
        with self._lock:
            self._faults.append(_Fault(operation, times, delay=seconds))

    def order_counts(self, now_ms: int) -> tuple[int, int]:
        """Orders placed in the last 10 seconds and since midnight UTC."""
        placed = self.account.placed_at
        midnight = now_ms - now_ms % (24 * 60 * _MINUTE_MS)
        return sum(1 for t in placed if t > now_ms - 10_000), sum(1 for t in placed if t >= midnight)

    # -- httpx transports and respx --------------------------------------------------------------

    def mount(self, router: respx.Router | None = None, *, base_urls: Iterable[str] | None = None) -> respx.Route:
        """Answer every Binance REST host mocked by a respx `router` (default: the global `respx.mock`).

        `base_urls` narrows or widens the hosts (default: mainnet, its mirrors, market-data-only,
        testnet and demo). The fake answers at once: `delay_next` applies to the transport and
        `FakeServer` only. Needs respx (the `testing` extra). Returns the one route added.
        """
        from ._respx import BINANCE_BASE_URLS, mount

        return mount(self._respond, router, BINANCE_BASE_URLS if base_urls is None else base_urls)

    def _respond(self, request: httpx.Request) -> httpx.Response:
        # respx has read the body already, for sync and async clients alike.
        answer = self.answer(request.method, request.url.raw_path.decode("ascii"), request.headers, request.content)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.answer(request.method, request.url.raw_path.decode("ascii"), request.headers, request.read())
        if answer.delay:
            timeout = _read_timeout(request)
            if timeout is not None and answer.delay > timeout:
                time.sleep(timeout)
                raise httpx.ReadTimeout("the fake exchange answered too late", request=request)
            time.sleep(answer.delay)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        answer = self.answer(request.method, request.url.raw_path.decode("ascii"), request.headers, body)
        if answer.delay:
            timeout = _read_timeout(request)
            if timeout is not None and answer.delay > timeout:
                await asyncio.sleep(timeout)
                raise httpx.ReadTimeout("the fake exchange answered too late", request=request)
            await asyncio.sleep(answer.delay)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request)

    # -- the request pipeline ---------------------------------------------------------------

    def answer(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes, *, socket: SocketAuth | None = None
    ) -> Answer:
        """Handle one request (`target` is the raw path and query string) and return the answer.

        `socket` is given for a WebSocket API request: its signature covers the params as
        `SocketAuth` says rather than the query string.
        """
        method = method.upper()
        path, _, query = target.partition("?")
        operation = self._operations.get((method, path))
        with self._lock:
            now_ms = self.clock.timestamp_ms()
            fault = self._take_fault(operation, path)
            delay = fault.delay if fault is not None else 0.0
            with self._published(now_ms):
                status, payload, extra, params = self._process(
                    operation, method, path, query, headers, body, now_ms, fault, socket
                )
            code = payload.get("code") if isinstance(payload, dict) and status >= 400 else None
            operation_id = operation.operation_id if operation else None
            self.requests.append(LoggedRequest(method, path, operation_id, status, code, params))
            response_headers = {
                "Content-Type": "application/json;charset=UTF-8",
                FAKE_HEADER: "binance-spot-client",  # lets the recorder tell the fake from Binance
                **self._weight_headers(path),
                **extra,
            }
        if fault is not None and fault.status is not None and fault.body is not None:
            response_headers["Content-Type"] = "text/html"
            return Answer(status, response_headers, fault.body.encode(), delay)
        sbe = self._sbe_body(operation_id, status, payload, headers)
        if sbe is not None:
            response_headers["Content-Type"] = SBE_CONTENT_TYPE
            return Answer(status, response_headers, sbe, delay)
        data = json.dumps(payload, separators=(",", ":")).encode()
        return Answer(status, response_headers, data, delay)

    @staticmethod
    def _sbe_body(operation_id: str | None, status: int, payload: Any, headers: Mapping[str, str]) -> bytes | None:
        """The answer in SBE when the request asks for it and the fake can encode it; None for JSON."""
        if not wants_sbe(headers):
            return None
        if status >= 400 and isinstance(payload, dict) and "code" in payload:
            return sbe_error(payload)
        encode = SBE_ENCODERS.get(operation_id or "")
        return None if encode is None or status >= 400 else encode(payload)

    def _process(
        self,
        operation: Operation | None,
        method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
        now_ms: int,
        fault: _Fault | None,
        socket: SocketAuth | None,
    ) -> tuple[int, Any, dict[str, str], dict[str, str]]:
        params: dict[str, str] = {}
        self._count_weight(operation, path, query, now_ms)
        try:
            if self._weight.api > self.weight_limit:
                wait = (_MINUTE_MS - now_ms % _MINUTE_MS) / 1000
                raise Rejection(
                    -1003,
                    f"Too much request weight used; current limit is {self.weight_limit} request weight per 1 MINUTE."
                    " Please use WebSocket Streams for live updates to avoid polling the API.",
                    status=429,
                    headers={"Retry-After": str(max(1, round(wait)))},
                )
            if fault is not None and fault.status is not None and not fault.executed:
                raise self._fault_rejection(fault, now_ms)
            if operation is None:
                known = any(p == path for _, p in self._operations)
                raise Rejection(-1000, f"The fake exchange has no {method} {path}.", status=405 if known else 404)
            params = parse_pairs(query, body, headers.get("content-type", ""))
            call = self._read_call(operation, query, headers, body, params, now_ms, socket)
            payload = handler_for(operation.operation_id)(self, call)
            extra: dict[str, str] = {}
            if operation.operation_id in ORDER_PLACING:
                recent, today = self.order_counts(now_ms)
                extra = {"X-MBX-ORDER-COUNT-10S": str(recent), "X-MBX-ORDER-COUNT-1D": str(today)}
                # Since 2026-03-27 an order Binance accepts costs no request weight; a refused one still does.
                self._weight.api -= _weight_of(operation, query)
            if fault is not None and fault.status is not None:
                raise self._fault_rejection(fault, now_ms)
            return 200, payload, extra, params
        except Rejection as rejection:
            return rejection.status, rejection.body, rejection.headers, params
        except Exception as exc:  # a bug in the fake: answer as a broken server would, and say what broke
            return 500, {"code": -1000, "msg": f"the fake exchange failed: {type(exc).__name__}: {exc}"}, {}, params

    def _take_fault(self, operation: Operation | None, path: str) -> _Fault | None:
        for fault in self._faults:
            if fault.matches(operation, path):
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    def _fault_rejection(self, fault: _Fault, now_ms: int) -> Rejection:
        status = fault.status or 500
        retry_after = fault.retry_after if fault.retry_after is not None else 1
        headers = {"Retry-After": f"{retry_after:g}"} if status in (418, 429) else {}
        if status == 429:
            code, msg = (
                -1003,
                (
                    f"Too much request weight used; current limit is {self.weight_limit} request weight per 1 MINUTE."
                    " Please use WebSocket Streams for live updates to avoid polling the API."
                ),
            )
        elif status == 418:
            until = now_ms + int(retry_after * 1000)
            code, msg = (
                -1003,
                (
                    f"Way too much request weight used; IP banned until {until}."
                    " Please use WebSocket Streams for live updates to avoid bans."
                ),
            )
        else:
            code, msg = _SERVER_ERRORS.get(status, (-1000, "An unknown error occurred while processing the request."))
        return Rejection(fault.code if fault.code is not None else code, fault.msg or msg, status, headers)

    def count_weight(self, weight: int) -> int:
        """Count `weight` against the /api limit for a request no REST operation answers (the WebSocket
        API's session methods); returns the weight used in the current minute."""
        with self._lock:
            self._roll_weight(self.clock.timestamp_ms())
            self._weight.api += weight
            return self._weight.api

    def _roll_weight(self, now_ms: int) -> None:
        minute = now_ms // _MINUTE_MS
        if minute != self._weight.minute:
            self._weight = _Weight(minute)

    def _count_weight(self, operation: Operation | None, path: str, query: str, now_ms: int) -> None:
        self._roll_weight(now_ms)
        if not path.startswith("/sapi/"):
            self._weight.api += _weight_of(operation, query)
            return
        # /sapi has limits of its own, by IP and by account (UID); the fake reports them without enforcing them.
        self._weight.sapi_ip += _weight_of(operation, query)
        spec = spec_operations().get(operation.operation_id) if operation else None
        self._weight.sapi_uid += spec.weight_uid if spec else 0

    def _weight_headers(self, path: str) -> dict[str, str]:
        if not path.startswith("/sapi/"):
            return {"X-MBX-USED-WEIGHT-1M": str(self._weight.api)}
        headers = {"X-SAPI-USED-IP-WEIGHT-1M": str(self._weight.sapi_ip)}
        if self._weight.sapi_uid:
            headers["X-SAPI-USED-UID-WEIGHT-1M"] = str(self._weight.sapi_uid)
        return headers

    def _read_call(
        self,
        operation: Operation,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
        params: dict[str, str],
        now_ms: int,
        socket: SocketAuth | None,
    ) -> Call:
        unit = headers.get("x-mbx-time-unit", "MILLISECOND").upper()
        if unit not in ("MILLISECOND", "MICROSECOND"):
            raise Rejection(-1194, "Invalid value for time unit; expected either MICROSECOND or MILLISECOND.")
        key: ApiKey | None = None
        if operation.security.needs_api_key:
            given = headers.get("x-mbx-apikey", "")
            if not given:
                raise api_key_format()
            key = self.api_keys.get(given)
            if key is None:
                raise rejected_api_key()
        if operation.security.signed or (operation.optional_signature and "signature" in params):
            assert key is not None
            if socket is None:
                # The signed payload is the query string followed by the body, as sent, without the signature.
                self._check_signature(
                    key, _without_signature(query) + _without_signature(body.decode("utf-8", "replace")), params
                )
            elif socket.session_key is None or "signature" in params:
                self._check_signature(key, socket.signed_text or "", params)
            self._check_timestamp(params, unit, now_ms)
        spec = spec_operations().get(operation.operation_id)
        values = read_parameters(operation, spec.enum_names if spec else {}, params)
        return Call(operation, values, now_ms, key)

    def _check_signature(self, key: ApiKey, payload: str, params: Mapping[str, str]) -> None:
        for name in ("timestamp", "signature"):
            if not params.get(name):
                raise mandatory(name)
        if not key.verify(payload.encode(), params["signature"]):
            raise invalid_signature()

    def check_signed(self, api_key: str, signed_text: str, params: Mapping[str, str]) -> ApiKey:
        """Check a signed request that no REST operation answers (the WebSocket API's session.logon):
        the key, the signature of `signed_text` and the timestamp. Raises the `Rejection` Binance sends."""
        with self._lock:
            if not api_key:
                raise api_key_format()
            key = self.api_keys.get(api_key)
            if key is None:
                raise rejected_api_key()
            self._check_signature(key, signed_text, params)
            self._check_timestamp(params, "MILLISECOND", self.clock.timestamp_ms())
            return key

    def _check_timestamp(self, params: Mapping[str, str], unit: str, now_ms: int) -> None:
        stamp_text = params["timestamp"]
        if not stamp_text.isdigit():
            raise illegal_characters("timestamp", "^[0-9]{1,20}$")
        window_text = params.get("recvWindow", "5000")
        try:
            window = Decimal(window_text)
        except ArithmeticError:
            raise not_valid("recvWindow") from None
        if not 0 < window <= _MAX_RECV_WINDOW:
            raise not_valid("recvWindow")
        stamp = Decimal(stamp_text) / (1000 if unit == "MICROSECOND" else 1)
        if stamp >= now_ms + 1000:
            raise timestamp_ahead()
        if now_ms - stamp > window:
            raise timestamp_outside_window()


def _without_signature(text: str) -> str:
    return "&".join(part for part in text.split("&") if part and not part.startswith("signature="))


def _weight_of(operation: Operation | None, query: str) -> int:
    if operation is None:
        return 1
    weight: int = operation.weight
    spec = spec_operations().get(operation.operation_id)
    steps = spec.weight_steps if spec else None
    if steps is None:
        return weight
    parameter, table = steps
    value = next((unquote(v) for k, _, v in (p.partition("=") for p in query.split("&")) if k == parameter), "")
    if not value.isdigit():
        return weight
    for step in table:
        if "max" not in step or int(value) <= step["max"]:
            return int(step["weight"])
    return weight


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if read is not None else None
