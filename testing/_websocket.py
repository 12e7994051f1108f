"""`FakeWebSocketServer`: the fake exchange's WebSocket API and market streams on 127.0.0.1.

One server answers both of Binance's WebSocket endpoints, from the same `FakeExchange`
as the REST side, so an order placed on one shows on the other:

- `/ws-api/v3`: requests by id (answered in SBE binary frames with `responseFormat=sbe` on
  the URL, for the methods `testing/_sbe.py` encodes; the others stay JSON). A method with a
  REST twin goes through the exchange's REST pipeline (same handlers, weights, checks and
  errors), signed by its params; `session.logon` / `status` / `logout` and the
  `userDataStream.*` methods are the server's own. Subscribed sessions get executionReport, listStatus and
  outboundAccountPosition events as the account changes (SBE sessions in binary frames of schema 3:5).
- `/ws/<stream>…` (raw) and `/stream?streams=a/b` (combined), with SUBSCRIBE,
  UNSUBSCRIBE and LIST_SUBSCRIPTIONS: trade, aggTrade, bookTicker, depth diff, partial
  depth and kline payloads whenever the exchange's market moves; `push` sends any payload.
- `/sbe/ws/<stream>…` and `/sbe/stream?streams=a/b` (`sbe_streams_url`): Binance's SBE
  market data streams (trade, bestBidAsk, depth, depth20), each event a binary frame of
  the stream schema, for a registered Ed25519 key in the `X-MBX-APIKEY` header only.

Faults a test can trigger: `drop_connections` (abruptly, no close frame),
`send_server_shutdown` and `skip_depth_updates` (a gap in the depth diff stream's ids).

The server runs its own event loop in a thread, so sync and async tests use it alike;
every method here may be called from any thread other than that loop's and returns once
the frames are written.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import parse_qs, urlencode, urlsplit

import websockets
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.http11 import Request, Response

from binance_spot_client import OPERATIONS
from binance_spot_client._websocket_methods import ROWS

from ._events import Changes, stream_payload
from ._exchange import FakeExchange, SocketAuth
from ._keys import ApiKey
from ._rejections import Rejection
from ._sbe import sbe_api_reply, sbe_event_frame, sbe_schema_refusal, sbe_stream_frame

__all__ = ["FakeWebSocketServer"]

T = TypeVar("T")
API_PATH = "/ws-api/v3"
SBE_PREFIX = "/sbe"  # the fake's stand-in for Binance's separate SBE streams host
_ORDER_LIMITS = (("SECOND", 10, 50, "X-MBX-ORDER-COUNT-10S"), ("DAY", 1, 160000, "X-MBX-ORDER-COUNT-1D"))
_STREAM_METHODS = ("SUBSCRIBE", "UNSUBSCRIBE", "LIST_SUBSCRIPTIONS")
_CALL_TIMEOUT = 10.0  # seconds a caller waits for the server's loop; far beyond any test's need


def _unauthorized() -> Rejection:
    return Rejection(-1002, "You are not authorized to execute this request.")


@dataclass(eq=False)
class _Connection:
    ws: ServerConnection
    api: bool
    combined: bool = False
    sbe: bool = False
    streams: list[str] = field(default_factory=list)
    connected_since: int = 0
    return_rate_limits: bool = True
    session_key: str | None = None
    authorized_since: int | None = None
    subscriptions: dict[int, bool] = field(default_factory=dict)  # id -> opened by session.logon's key
    next_subscription: int = 0

    def stream_frames(self, payloads: list[tuple[str, Any]], now_ms: int) -> list[str | bytes]:
        if self.api:
            return []
        if self.sbe:  # binary, with no envelope: the message names its symbol and type itself
            frames = (
                sbe_stream_frame(stream, payload, now_ms) for stream, payload in payloads if stream in self.streams
            )
            return [frame for frame in frames if frame is not None]
        return [
            _json({"stream": stream, "data": payload} if self.combined else payload)
            for stream, payload in payloads
            if stream in self.streams
        ]

    def user_data_frames(self, payloads: list[dict[str, Any]]) -> list[str | bytes]:
        return [self._event_frame(payload, sid) for payload in payloads for sid in self.subscriptions]

    def _event_frame(self, payload: dict[str, Any], subscription: int | None) -> str | bytes:
        """An event as this connection gets it: a binary frame in an SBE session (JSON text for an event
        type the schema lacks), else JSON text."""
        frame = sbe_event_frame(payload, subscription) if self.sbe else None
        if frame is not None:
            return frame
        return _json({"event": payload} if subscription is None else {"subscriptionId": subscription, "event": payload})

    def shutdown_notice(self, event: dict[str, Any]) -> str | bytes:
        if self.api:
            return self._event_frame(event, None)
        return _json({"stream": "!serverShutdown", "data": event} if self.combined else event)

    def session(self, server_time: int) -> dict[str, Any]:
        return {
            "apiKey": self.session_key,
            "authorizedSince": self.authorized_since,
            "connectedSince": self.connected_since,
            "returnRateLimits": self.return_rate_limits,
            "serverTime": server_time,
            "userDataStream": any(self.subscriptions.values()),
        }


Delivery = Callable[[_Connection], Awaitable[None]]


class FakeWebSocketServer:
    """Serve a `FakeExchange` over WebSocket on `host`:`port` (0: any free port) until stopped.

        with FakeWebSocketServer(exchange) as ws:
            async with AsyncWebSocketAPI(key, secret, url=ws.api_url) as api: ...
            async with AsyncMarketStreams(["btcusdt@trade"], base_url=ws.streams_url) as streams: ...

    `FakeServer` starts one beside its HTTP server (`FakeServer.websocket`).
    """

    def __init__(self, exchange: FakeExchange | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.exchange: FakeExchange = exchange or FakeExchange()
        self.host = host
        self.paths: list[str] = []
        """The request path of every connection accepted, in order (reconnects show here)."""
        self._socket = socket.create_server((host, port))
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: Server | None = None
        self._outbox: asyncio.Queue[tuple[Delivery, asyncio.Future[None] | None]] | None = None
        self._dispatcher: asyncio.Task[None] | None = None
        self._connections: list[_Connection] = []
        self._subscribed: frozenset[str] = frozenset()
        self._skips: dict[str, int] = {}
        self._skips_lock = threading.Lock()
        self._unwatch: Callable[[], None] | None = None

    def __repr__(self) -> str:
        return f"FakeWebSocketServer(url={self.url!r})"

    @property
    def port(self) -> int:
        return int(self._socket.getsockname()[1])

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        """The WebSocket API endpoint: `AsyncWebSocketAPI(url=...)`."""
        return self.url + API_PATH

    @property
    def streams_url(self) -> str:
        """The market streams' base: `AsyncMarketStreams(base_url=...)`."""
        return self.url

    @property
    def sbe_streams_url(self) -> str:
        """The SBE market streams' base: `AsyncMarketStreams(encoding="sbe", base_url=...)`."""
        return self.url + SBE_PREFIX

    @property
    def connection_count(self) -> int:
        """Connections open now, of both kinds."""
        return len(self._connections)

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> None:
        """Serve in a background thread (its own event loop)."""
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name="fake-exchange-websocket", daemon=True)
        self._thread.start()
        self._call(self._serve())
        self._unwatch = self.exchange.watch(self._on_change)

    def stop(self) -> None:
        """Close every connection and the listening socket, and end the thread."""
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        if self._loop is not None and self._thread is not None:
            self._call(self._close())
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()
            self._loop = self._thread = None
        self._socket.close()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        if self._loop is None:
            coroutine.close()
            raise RuntimeError("the fake WebSocket server is not running: start() it first")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(_CALL_TIMEOUT)

    async def _serve(self) -> None:
        self._outbox = asyncio.Queue()
        self._dispatcher = asyncio.create_task(self._dispatch())
        self._server = await serve(
            self._handle,
            sock=self._socket,
            process_request=self._check_path,
            process_response=self._register,
            max_size=None,
        )

    async def _close(self) -> None:
        assert self._server is not None and self._dispatcher is not None
        self._server.close(close_connections=True)
        await self._server.wait_closed()
        self._dispatcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._dispatcher

    # -- fault and event controls ---------------------------------------------------------------

    def push(self, stream: str, payload: Any) -> None:
        """Send `payload` on `stream` to every connection subscribed to it (combined ones wrap it)."""
        now = self.exchange.clock.timestamp_ms()
        self._deliver(lambda conn: self._send(conn, conn.stream_frames([(stream, payload)], now)))

    def push_user_data(self, payload: Mapping[str, Any]) -> None:
        """Send a user data event to every user data subscription."""
        event = dict(payload)
        self._deliver(lambda conn: self._send(conn, conn.user_data_frames([event])))

    def send_server_shutdown(self) -> None:
        """Send `serverShutdown` on every connection, as Binance does before taking a server down.

        The WebSocket API wraps it as an event; raw streams send it bare, combined ones as the
        `!serverShutdown` stream. Connections stay open.
        """
        event = {"e": "serverShutdown", "E": self.exchange.clock.timestamp_ms()}
        self._deliver(lambda conn: self._send(conn, [conn.shutdown_notice(event)]))

    def drop_connections(self) -> None:
        """Cut every open connection at the TCP level, without a close frame (a network failure)."""

        async def abort(conn: _Connection) -> None:
            conn.ws.transport.abort()

        self._deliver(abort)

    def skip_depth_updates(self, symbol: str, count: int = 1) -> None:
        """Leave the next `count` depth diff events of `symbol` unsent: the stream then has a gap in its
        update ids, and a client's local book must resync from a REST snapshot."""
        with self._skips_lock:
            self._skips[symbol.upper()] = self._skips.get(symbol.upper(), 0) + count

    # -- delivery ----------------------------------------------------------------------------------

    def _deliver(self, delivery: Delivery) -> None:
        """Hand `delivery` to the dispatcher and wait until it ran on every connection."""

        async def queue_and_wait() -> None:
            assert self._outbox is not None
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._outbox.put_nowait((delivery, done))
            await done

        self._call(queue_and_wait())

    async def _dispatch(self) -> None:
        # One consumer, so frames leave in the order the exchange and the tests produced them.
        assert self._outbox is not None
        while True:
            delivery, done = await self._outbox.get()
            try:
                for conn in list(self._connections):
                    await delivery(conn)
            finally:
                if done is not None and not done.done():
                    done.set_result(None)

    @staticmethod
    async def _send(conn: _Connection, frames: Sequence[str | bytes]) -> None:
        for frame in frames:
            try:
                await conn.ws.send(frame)
            except (websockets.ConnectionClosed, OSError):
                return  # a connection going away misses what it was sent, as on Binance

    def _on_change(self, changes: Changes) -> None:
        """The exchange's listener: render the payloads now (the exchange is locked), send them later."""
        payloads: list[tuple[str, Any]] = []
        for change in changes.symbols:
            prefix = change.symbol.lower() + "@"
            names = [name for name in self._subscribed if name.startswith(prefix)]
            with self._skips_lock:
                skip = change.book_moved and self._skips.get(change.symbol, 0) > 0
                if skip:
                    self._skips[change.symbol] -= 1
            market = self.exchange.markets[change.symbol]
            for name in sorted(names):
                kind = name.removeprefix(prefix)
                if skip and kind in ("depth", "depth@100ms"):
                    continue
                payloads.extend(
                    (name, p) for p in stream_payload(kind, change, market, self.exchange.account, changes.time)
                )
        user_data = changes.user_data
        now = changes.time

        async def send(conn: _Connection) -> None:
            await self._send(conn, [*conn.stream_frames(payloads, now), *conn.user_data_frames(user_data)])

        if (payloads or user_data) and self._loop is not None and self._outbox is not None:
            self._loop.call_soon_threadsafe(self._outbox.put_nowait, (send, None))

    # -- connections ---------------------------------------------------------------------------------

    def _check_path(self, connection: ServerConnection, request: Request) -> Response | None:
        path = urlsplit(request.path).path
        streams = path.removeprefix(SBE_PREFIX)
        if path.startswith(SBE_PREFIX) and _is_streams_path(streams):
            key = self.exchange.api_keys.get(request.headers.get("X-MBX-APIKEY", ""))
            if key is None or key.key_type != "Ed25519":  # the SBE streams take Ed25519 keys only
                body = '{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}\n'
                return connection.respond(HTTPStatus.UNAUTHORIZED, body)
            return None
        if path == API_PATH:
            refusal = sbe_schema_refusal(parse_qs(urlsplit(request.path).query))
            if refusal is not None:  # Binance refuses the handshake itself, in JSON
                return connection.respond(HTTPStatus.BAD_REQUEST, _json({"code": -1000, "msg": refusal}) + "\n")
            return None
        if _is_streams_path(path):
            return None
        return connection.respond(HTTPStatus.NOT_FOUND, f"The fake exchange has no WebSocket endpoint {path}.\n")

    def _register(self, ws: ServerConnection, request: Request, response: Response) -> None:
        """Count the connection in before the client hears it is open: what happens next reaches it."""
        if response.status_code != HTTPStatus.SWITCHING_PROTOCOLS:
            return
        self.paths.append(request.path)
        target = urlsplit(request.path)
        query = parse_qs(target.query)
        path = target.path.removeprefix(SBE_PREFIX)
        conn = _Connection(ws, api=path == API_PATH, connected_since=self.exchange.clock.timestamp_ms())
        conn.sbe = path != target.path
        if conn.api:
            conn.return_rate_limits = query.get("returnRateLimits", ["true"])[0] != "false"
            conn.sbe = query.get("responseFormat") == ["sbe"]
        elif path == "/stream":
            conn.combined = True
            conn.streams = [name for name in query.get("streams", [""])[0].split("/") if name]
        else:
            conn.streams = [name for name in path.removeprefix("/ws").split("/") if name]
        self._connections.append(conn)
        self._resubscribed()

    async def _handle(self, ws: ServerConnection) -> None:
        conn = next(conn for conn in self._connections if conn.ws is ws)
        try:
            async for raw in ws:
                text = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
                answer = await self._api_answer(conn, text) if conn.api else self._stream_answer(conn, text)
                frame = sbe_api_reply(_method(text), answer) if conn.api and conn.sbe else None
                await ws.send(_json(answer) if frame is None else frame)
        except websockets.ConnectionClosed:
            pass
        finally:
            self._connections.remove(conn)
            self._resubscribed()

    def _resubscribed(self) -> None:
        self._subscribed = frozenset(name for conn in self._connections for name in conn.streams)

    # -- market streams ------------------------------------------------------------------------------

    def _stream_answer(self, conn: _Connection, text: str) -> dict[str, Any]:
        try:
            message = json.loads(text)
        except ValueError:
            return {"code": 3, "msg": "Invalid JSON: expected value at line 1 column 1"}
        if not isinstance(message, dict) or "method" not in message:
            return {"code": 2, "msg": "Invalid request: missing field `method`"}
        request_id = message.get("id")
        if not _stream_request_id(request_id):
            return {"code": 2, "msg": "Invalid request: request ID must be an unsigned integer"}
        method = message["method"]
        if method not in _STREAM_METHODS:
            expected = ", ".join(f"`{name}`" for name in (*_STREAM_METHODS, "SET_PROPERTY", "GET_PROPERTY"))
            return {"code": 2, "msg": f"Invalid request: unknown variant `{method}`, expected one of {expected}",
                    "id": request_id}  # fmt: skip
        if method == "LIST_SUBSCRIPTIONS":
            return {"result": list(conn.streams), "id": request_id}
        names = message.get("params", [])
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            return {"code": 2, "msg": "Invalid request: property name must be a string", "id": request_id}
        if method == "SUBSCRIBE":
            conn.streams.extend(name for name in names if name not in conn.streams)
        else:
            conn.streams = [name for name in conn.streams if name not in names]
        self._resubscribed()
        return {"result": None, "id": request_id}

    # -- WebSocket API -------------------------------------------------------------------------------

    async def _api_answer(self, conn: _Connection, text: str) -> dict[str, Any]:
        try:
            message = json.loads(text)
        except ValueError:
            message = None
        if not isinstance(message, dict) or not isinstance(message.get("method"), str):
            return _error(None, Rejection(-1000, "An unknown error occurred while processing the request."))
        request_id = message.get("id")
        method: str = message["method"]
        params = message.get("params", {})
        if not isinstance(params, dict):
            return _error(request_id, Rejection(-1000, "An unknown error occurred while processing the request."))
        row = ROWS.get(method)
        if row is None:
            return _error(request_id, Rejection(-1020, "This operation is not supported."))
        rest: str | None = row[3]
        if rest is not None:
            return await self._rest_answer(conn, request_id, rest, params)
        used = self.exchange.count_weight(row[2])
        try:
            reply = {"id": request_id, "status": 200, "result": self._session_method(conn, method, params)}
        except Rejection as rejection:
            reply = _error(request_id, rejection)
        if conn.return_rate_limits:
            reply["rateLimits"] = self._rate_limits({"X-MBX-USED-WEIGHT-1M": str(used)})
        return reply

    async def _rest_answer(
        self, conn: _Connection, request_id: Any, operation_id: str, params: dict[str, Any]
    ) -> dict[str, Any]:
        operation = OPERATIONS[operation_id]
        query = urlencode([(name, _text(value)) for name, value in params.items() if name != "apiKey"])
        api_key = params.get("apiKey") or conn.session_key or ""
        auth = SocketAuth(_signed_text(params), conn.session_key)
        answer = self.exchange.answer(
            operation.method, f"{operation.path}?{query}", {"x-mbx-apikey": str(api_key)}, b"", socket=auth
        )
        if answer.delay:
            await asyncio.sleep(answer.delay)
        try:
            body = json.loads(answer.body)
        except ValueError:  # a raw body a test asked for (a proxy's page): what Binance's gateway would say
            body = {"code": -1000, "msg": "An unknown error occurred while processing the request."}
        reply: dict[str, Any] = {"id": request_id, "status": answer.status}
        reply |= {"result": body} if answer.status < 400 else {"error": body}
        if conn.return_rate_limits:
            reply["rateLimits"] = self._rate_limits(answer.headers)
        return reply

    def _rate_limits(self, headers: Mapping[str, str]) -> list[dict[str, Any]]:
        limits = [
            {"rateLimitType": "ORDERS", "interval": interval, "intervalNum": number, "limit": limit,
             "count": int(headers[header])}
            for interval, number, limit, header in _ORDER_LIMITS
            if header in headers
        ]  # fmt: skip
        used = headers.get("X-MBX-USED-WEIGHT-1M")
        if used is not None:
            limits.append({"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1,
                           "limit": self.exchange.weight_limit, "count": int(used)})  # fmt: skip
        return limits

    def _session_method(self, conn: _Connection, method: str, params: dict[str, Any]) -> Any:
        """The methods without a REST twin: the session and its user data subscriptions."""
        now = self.exchange.clock.timestamp_ms()
        if method == "session.logon":
            key = self._check_signed(params)
            if key.key_type != "Ed25519":  # Binance logs sessions on with Ed25519 keys only
                raise _unauthorized()
            conn.session_key, conn.authorized_since = key.api_key, now
        elif method == "session.logout":
            conn.session_key = conn.authorized_since = None
            conn.subscriptions = {sid: by for sid, by in conn.subscriptions.items() if not by}
        elif method == "userDataStream.subscribe":
            if conn.session_key is None:
                raise _unauthorized()
            if any(conn.subscriptions.values()):
                raise Rejection(-2035, "User Data Stream subscription already active.")
            return {"subscriptionId": self._subscribe(conn, by_session=True)}
        elif method == "userDataStream.subscribe.signature":
            self._check_signed(params)
            return {"subscriptionId": self._subscribe(conn, by_session=False)}
        elif method == "userDataStream.unsubscribe":
            wanted = params.get("subscriptionId")
            if wanted is None:
                conn.subscriptions.clear()
            elif conn.subscriptions.pop(wanted, None) is None:
                raise Rejection(-2036, "User Data Stream subscription not active.")
            return {}
        elif method == "session.subscriptions":
            return [{"subscriptionId": sid} for sid in conn.subscriptions]
        if method.startswith("session."):
            return conn.session(now)
        raise Rejection(-1020, "This operation is not supported.")

    def _check_signed(self, params: Mapping[str, Any]) -> ApiKey:
        texts = {name: _text(value) for name, value in params.items()}
        return self.exchange.check_signed(str(params.get("apiKey", "")), _signed_text(params), texts)

    @staticmethod
    def _subscribe(conn: _Connection, *, by_session: bool) -> int:
        sid = conn.next_subscription
        conn.next_subscription += 1
        conn.subscriptions[sid] = by_session
        return sid


def _method(text: str) -> str:
    """The method a WebSocket API request names ("" for one that names none)."""
    with contextlib.suppress(ValueError, AttributeError):
        return str(json.loads(text).get("method", ""))
    return ""


def _is_streams_path(path: str) -> bool:
    return path == "/stream" or path == "/ws" or path.startswith("/ws/")


def _stream_request_id(value: Any) -> bool:
    """Whether the streams accept `value` as an id: a signed 64-bit integer, up to 36 letters and digits, or null."""
    if value is None:
        return True
    if isinstance(value, str):
        return len(value) <= 36 and value.isascii() and value.isalnum()
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _error(request_id: Any, rejection: Rejection) -> dict[str, Any]:
    return {"id": request_id, "status": rejection.status, "error": rejection.body}


def _text(value: Any) -> str:
    """A JSON param as Binance reads it for a signature: booleans and lists as JSON, the rest as written."""
    if isinstance(value, (bool, list, dict)) or value is None:
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _signed_text(params: Mapping[str, Any]) -> str:
    # Checked here on its own terms, not with the client's signing code: the fake must catch the client's bugs.
    return "&".join(f"{name}={_text(params[name])}" for name in sorted(params) if name != "signature")


def _json(payload: Any) -> str:
    return json.dumps(payload, separators=(",", ":"))
