"""The WebSocket API client: requests and responses over one long-lived connection.

Each request carries an `id` (the caller's or a generated one); a future waits for
the response with that id, under a per-request timeout. Signed methods get
`timestamp`, `recvWindow`, `apiKey` and a `signature` over the sorted params, unless
the connection is logged on with an Ed25519 key (`session.logon`), in which case
Binance authorises them by the session and only the timing parameters are sent.

The supervisor the streams use too (`_connection.Supervisor`) keeps the connection
alive: after a disconnect it reconnects with backoff, logs on again and resubscribes
the user data stream before any waiting request is sent; before the 24 h cut (or on
`serverShutdown`) it opens the next connection and retires the old one once the
answers still due on it are in. Ping frames are answered by the websockets library
with the ping's payload, as Binance asks.

`encoding="sbe"` (the client's option) opens SBE connections: `_sbe_api.py` asks for them on
the URL and turns each binary frame (answer or user data event) back into the JSON frame's shape,
read here as any other. Binance fixes the encoding per connection, so a call in the other encoding
(`encoding=` of `call` and of every typed method) goes through a second client of this one's
settings, opened on first use and closed with it; SBE asked of a method whose REST twin has no SBE
answer stays on JSON, as over REST.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self, Unpack

import websockets
from websockets.asyncio.client import ClientConnection

from binance_spot_client._stream_events import Event, UnknownEvent, parse_event
from binance_spot_client._websocket_methods import AsyncWebSocketMethods
from binance_spot_client.signing import (
    BinanceError,
    ClientOptionFields,
    ClientOptions,
    Clock,
    Ed25519Signer,
    ParameterError,
    RateLimits,
    RecvWindow,
    SbeDecodeError,
    Signer,
    TransportError,
)
from binance_spot_client.signing._answers import plain_json
from binance_spot_client.signing._credentials import credentials_from_environment
from binance_spot_client.signing._options import check_encoding
from binance_spot_client.signing._orders import settled_error, with_client_order_id
from binance_spot_client.signing._sbe import Encoding
from binance_spot_client.signing._signers import make_signer

from ._connection import WS_API_MAINNET, Reconnect, Supervisor
from ._methods import METHODS, ListenTokenSubscription, SessionStatus
from ._queue import EventQueue
from ._responses import ApiMessage, api_message_of, decode_api_message, error_from_message, rate_limits_from_message
from ._sbe_api import sbe_connect_query, sbe_message
from ._signing import sign_params

__all__ = ["AsyncWebSocketAPI", "UserDataEvent", "WebSocketResponse"]

logger = logging.getLogger("binance_spot_client.websocket")

# Methods that authenticate themselves: they are signed even on a logged-on session.
_SELF_SIGNED = frozenset({"session.logon", "userDataStream.subscribe.signature"})
_RETIRE_GRACE = 10.0  # seconds an old connection stays open for answers still due on it


@dataclass(frozen=True, slots=True)
class WebSocketResponse:
    """A successful response: its id, status, raw result and the rate limits it reported."""

    id: str | int | None
    status: int
    result: Any
    rate_limits: RateLimits | None = None


@dataclass(frozen=True, slots=True)
class UserDataEvent:
    """A user data event and the subscription it came from."""

    event: Event
    subscription_id: int | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


class AsyncWebSocketAPI(AsyncWebSocketMethods):
    """Binance's WebSocket API, async. Use `async with AsyncWebSocketAPI(...) as api:`.

    Every method of spec/websocket/api.yaml with a REST twin is a coroutine taking the
    twin's parameters and returning its model (`await api.depth("BTCUSDT", limit=5)`
    gives an OrderBook); `call(name, **arguments)` reaches any method by name and
    `request(name, params)` sends raw params. Errors are the REST client's classes.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        private_key: bytes | str | Path | None = None,
        private_key_password: str | bytes | None = None,
        signer: Signer | None = None,
        url: str = WS_API_MAINNET,
        clock: Clock | None = None,
        return_rate_limits: bool = True,
        auto_logon: bool | None = None,
        reconnect: Reconnect | None = None,
        event_queue_size: int = 10_000,
        request_id: Callable[[], str | int] | None = None,
        open_timeout: float = 10.0,
        options: ClientOptions | None = None,
        **option_fields: Unpack[ClientOptionFields],
    ) -> None:
        """Credentials, the WebSocket's own settings, and the REST client's options (`ClientOptions`,
        whole or as keywords): `recv_window`, `timeout`, `microseconds` and `client_order_id` apply
        here, so `AsyncWebSocketAPI(key, secret, options=spot.options)` signs and waits as `spot` does;
        `max_answer_bytes` caps a message once decompressed (a bigger one closes the connection), and
        `encoding="sbe"` (with `sbe_schema`) asks for every answer in SBE: Binance sets the encoding per
        connection, so it holds for every call of this client."""
        self.options: ClientOptions = (options or ClientOptions()).replace(option_fields)
        self.encoding = self.options.encoding
        # Checked now, so that a retired schema fails before anything is sent.
        self._sbe_query = sbe_connect_query(self.options.sbe_schema) if self.encoding == "sbe" else []
        api_key, api_secret, private_key = credentials_from_environment(api_key, api_secret, private_key, signer)
        self._api_key = api_key
        self._signer = signer or make_signer(api_secret, private_key, private_key_password)
        self.url = url
        self.recv_window: RecvWindow = self.options.recv_window
        self.timeout: float = self.options.timeout
        self.clock: Clock = clock or Clock()
        self.return_rate_limits = return_rate_limits
        # Only Ed25519 keys can log a session on; with one, logging on saves a signature per request.
        self.auto_logon: bool = isinstance(self._signer, Ed25519Signer) if auto_logon is None else auto_logon
        self.reconnect: Reconnect = reconnect or Reconnect()
        self.events: EventQueue[UserDataEvent] = EventQueue(event_queue_size)
        self.rate_limits: RateLimits = RateLimits()
        self.microseconds: bool = self.options.microseconds
        self.open_timeout = open_timeout
        self._client_order_id = self.options.client_order_id
        counter = itertools.count(1)
        self._next_id: Callable[[], str | int] = request_id or (lambda: next(counter))
        self._pending: dict[str | int, tuple[asyncio.Future[ApiMessage], ClientConnection]] = {}
        self._ws: ClientConnection | None = None
        self._supervisor = Supervisor("WebSocket API", self.reconnect, self._open, self._restore)
        self._logged_on = False
        self._user_data = False
        self._background: set[asyncio.Task[None]] = set()
        self._other_encoding: AsyncWebSocketAPI | None = None
        self._other_encoding_lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"AsyncWebSocketAPI(url={self.url!r}, signer={self._signer!r}, logged_on={self._logged_on})"

    # Connection lifecycle

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @property
    def reconnects(self) -> int:
        """How many times the connection was replaced (after a drop, at its planned age, on serverShutdown)."""
        return self._supervisor.reconnects

    @property
    def logged_on(self) -> bool:
        """Whether the session is (to be) authenticated by session.logon, also after reconnects."""
        return self._logged_on

    async def connect(self) -> None:
        """Open the connection and, with an Ed25519 key (or `auto_logon=True`), log it on."""
        await self._supervisor.start()
        if self.auto_logon and self._signer is not None and not self._logged_on:
            try:
                await self.session_logon()
            except BaseException:
                await self.close()
                raise

    async def close(self) -> None:
        """Close the connection; requests still waiting fail with TransportError."""
        await self._supervisor.stop()
        if self._other_encoding is not None:
            await self._other_encoding.close()
            self._other_encoding = None
        for task in list(self._background):
            task.cancel()
        if self._ws is not None:
            await self._ws.close()
        if self._supervisor.reader is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor.reader

    @property
    def connect_url(self) -> str:
        """The URL a connection opens: `url` with the answers' encoding, time unit and rate-limit reporting."""
        query = [*self._sbe_query] if self.return_rate_limits else [*self._sbe_query, "returnRateLimits=false"]
        if self.microseconds:  # the answers' times, not only the signed timestamp, in microseconds
            query.append("timeUnit=MICROSECOND")
        if not query:
            return self.url
        return f"{self.url}{'&' if '?' in self.url else '?'}{'&'.join(query)}"

    async def _open(self) -> asyncio.Task[None]:
        url = self.connect_url
        try:
            ws = await websockets.connect(url, open_timeout=self.open_timeout, max_size=self.options.max_answer_bytes)
        except (OSError, TimeoutError, websockets.InvalidHandshake) as exc:
            raise TransportError(f"cannot connect to {self.url}: {type(exc).__name__}: {exc}", not_sent=True) from exc
        old = self._ws
        self._ws = ws
        if old is not None:
            task = asyncio.create_task(self._retire(old))
            self._background.add(task)
            task.add_done_callback(self._background.discard)
        return asyncio.create_task(self._read(ws))

    async def _restore(self) -> None:
        """Log on again and resubscribe on a new connection, before other requests go out."""
        assert self._ws is not None
        if self._logged_on:
            await self._send(self._ws, "session.logon", self._signed("session.logon", {}, None), None, None)
        if self._user_data:
            await self._send(self._ws, "userDataStream.subscribe", {}, None, None)

    async def _retire(self, ws: ClientConnection) -> None:
        """Close a replaced connection once the answers still due on it have arrived."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _RETIRE_GRACE
        while any(owner is ws for _, owner in self._pending.values()) and loop.time() < deadline:
            await asyncio.sleep(0.05)
        await ws.close()

    async def _read(self, ws: ClientConnection) -> None:
        try:
            sbe = self.encoding == "sbe"
            while True:
                # Bytes even from a text frame, which msgspec reads without a UTF-8 decode first; but an SBE
                # session must tell its binary answers (bytes) from the JSON text frames it may also get (str).
                frame = await ws.recv(decode=None if sbe else False)
                if sbe and isinstance(frame, bytes):
                    try:
                        message: ApiMessage | None = api_message_of(
                            self._with_request_id(sbe_message(frame, self.microseconds))
                        )
                    except SbeDecodeError as exc:
                        logger.warning("ignoring a binary frame that is no SBE answer or event: %s", exc)
                        continue
                else:
                    message = decode_api_message(frame)
                if message is None:
                    logger.warning("ignoring a frame that is not a JSON object: %.200r", frame)
                    continue
                self._dispatch(message)
        except websockets.ConnectionClosed:
            pass
        finally:
            for request_id, (future, owner) in list(self._pending.items()):
                if owner is ws and not future.done():
                    future.set_exception(TransportError(f"connection closed before the answer to {request_id!r}"))

    def _with_request_id(self, message: dict[str, Any]) -> dict[str, Any]:
        """SBE answers carry every id as text: give back the id the request was sent with."""
        sent = message.get("id")
        if isinstance(sent, str) and sent not in self._pending:
            message["id"] = next((rid for rid in self._pending if str(rid) == sent), sent)
        return message

    def _dispatch(self, message: ApiMessage) -> None:
        if message.event:
            payload = plain_json(bytes(message.event), "user data event")
            if not isinstance(payload, dict):
                logger.warning("ignoring an event that is not a JSON object: %.200r", payload)
                return
            if payload.get("e") == "serverShutdown":
                logger.warning("server shutting down: moving to a new connection")
                self._supervisor.rotate()
                return
            try:
                event = parse_event(payload)
            except (KeyError, TypeError, ValueError) as exc:  # kept whole rather than ending the reader
                logger.warning("an event its model cannot read, kept as UnknownEvent: %s: %s", type(exc).__name__, exc)
                event_type = payload.get("e")
                event = UnknownEvent(event_type if isinstance(event_type, str) else None, payload)
            for item in event if isinstance(event, tuple) else (event,):
                self.events.put(UserDataEvent(item, message.subscription_id, payload))
            return
        request_id = message.id
        entry = self._pending.get(request_id) if isinstance(request_id, (str, int)) else None
        if entry is not None and not entry[0].done():
            entry[0].set_result(message)
        elif request_id is None and message.error is not None:
            # Binance revokes a session whose key became invalid with an id-less -2015.
            logger.error("session error: %s", message.error)
            self._logged_on = False

    # Requests

    def _signed(self, method: str, params: Mapping[str, Any], recv_window: RecvWindow | None) -> dict[str, Any]:
        by_session = self._logged_on and method not in _SELF_SIGNED
        if not by_session and self._signer is None:
            raise ParameterError("api_secret", f"{method} is signed: give an API secret or a private key")
        return sign_params(
            params,
            signer=None if by_session else self._signer,
            api_key=self._api_key,
            clock=self.clock,
            recv_window=self.recv_window if recv_window is None else recv_window,
            microseconds=self.microseconds,
        )

    async def request(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        *,
        request_id: str | int | None = None,
        timeout: float | None = None,
        sign: bool | None = None,
        recv_window: RecvWindow | None = None,
    ) -> WebSocketResponse:
        """Send one request as given (signed when the method's spec says so, or `sign=True`)."""
        answer = await self._exchange(method, params, request_id, timeout, sign, recv_window)
        result = plain_json(bytes(answer.result), method)
        limits = self.rate_limits if isinstance(answer.rate_limits, list) else None  # just read from this answer
        return WebSocketResponse(answer.id, int(answer.status), result, limits)

    async def _exchange(
        self,
        method: str,
        params: Mapping[str, Any] | None,
        request_id: str | int | None,
        timeout: float | None,
        sign: bool | None,
        recv_window: RecvWindow | None,
    ) -> ApiMessage:
        """Send one request and wait for its successful answer, `result` still JSON text."""
        spec = METHODS.get(method)
        params = dict(params or {})
        if sign if sign is not None else (spec is not None and spec.signed):
            params = self._signed(method, params, recv_window)
        seconds = self.timeout if timeout is None else timeout
        try:
            await asyncio.wait_for(self._supervisor.ready.wait(), seconds)
        except TimeoutError:
            raise TransportError(f"{method}: not connected within {seconds} s", not_sent=True) from None
        assert self._ws is not None
        return await self._send(self._ws, method, params, request_id, seconds)

    async def _send(
        self,
        ws: ClientConnection,
        method: str,
        params: Mapping[str, Any],
        request_id: str | int | None,
        timeout: float | None,
    ) -> ApiMessage:
        rid = self._next_id() if request_id is None else request_id
        if rid in self._pending:
            raise ParameterError("request_id", f"{rid!r} is already waiting for an answer")
        future: asyncio.Future[ApiMessage] = asyncio.get_running_loop().create_future()
        self._pending[rid] = (future, ws)
        message: dict[str, Any] = {"id": rid, "method": method}
        if params:
            message["params"] = dict(params)
        seconds = self.timeout if timeout is None else timeout
        try:
            try:
                await ws.send(json.dumps(message, separators=(",", ":"), ensure_ascii=False))
            except websockets.ConnectionClosed as exc:
                raise TransportError(f"{method}: connection closed before sending", not_sent=True) from exc
            try:
                answer = await asyncio.wait_for(future, seconds)
            except TimeoutError:
                raise TransportError(f"{method}: no answer to id {rid!r} within {seconds} s") from None
        finally:
            self._pending.pop(rid, None)
        if isinstance(answer.rate_limits, list):
            self.rate_limits = rate_limits_from_message(answer.rate_limits)
        status = int(answer.status)
        if status >= 400 or answer.error is not None:
            error = answer.error if isinstance(answer.error, Mapping) else {}
            raise error_from_message(status, error, self.clock.timestamp_ms())
        return answer

    async def call(
        self,
        method: str,
        /,
        *,
        request_id: str | int | None = None,
        timeout: float | None = None,
        recv_window: RecvWindow | None = None,
        encoding: Encoding | None = None,
        **arguments: Any,
    ) -> Any:
        """Call a method of the spec by name with Python-named arguments; return its parsed result.

        `encoding` other than the client's sends the call on a connection of that encoding, unless it
        asks for SBE where the method's REST twin has no SBE answer: such a call stays on JSON, as
        it would over REST (`WebSocketMethod.answers_in_sbe`)."""
        spec = METHODS.get(method)
        if spec is None:
            raise ParameterError("method", f"{method!r} is not a method of spec/websocket/api.yaml")
        if encoding is not None and encoding != self.encoding:
            check_encoding(encoding)  # before the method's answer plan is imported to decide
            if encoding == "json" or spec.answers_in_sbe:
                other = await self._in_encoding(encoding)
                return await other.call(
                    method, request_id=request_id, timeout=timeout, recv_window=recv_window, **arguments
                )
        if spec.rest is None:
            params = spec.build_params(arguments, self.microseconds)
            answer = await self._exchange(method, params, request_id, timeout, spec.signed, recv_window)
            return spec.read_result(bytes(answer.result), self.options)
        # As over REST: an order call carries a client order id, and an unknown outcome says which one to query.
        operation = spec.operation
        arguments = with_client_order_id(operation, arguments, self._client_order_id)
        params = spec.build_params(arguments, self.microseconds)
        try:
            answer = await self._exchange(method, params, request_id, timeout, spec.signed, recv_window)
        except BinanceError as error:
            settled = settled_error(operation, error, arguments)
            if settled is error:
                raise
            raise settled from error
        return spec.read_result(bytes(answer.result), self.options)

    async def _in_encoding(self, encoding: Encoding) -> AsyncWebSocketAPI:
        """The client of this one's settings in `encoding`, connected (and logged on as this one would be)."""
        async with self._other_encoding_lock:
            if self._other_encoding is None:
                other = AsyncWebSocketAPI(
                    self._api_key,
                    signer=self._signer,
                    url=self.url,
                    clock=self.clock,
                    return_rate_limits=self.return_rate_limits,
                    auto_logon=self.auto_logon,
                    reconnect=self.reconnect,
                    request_id=self._next_id,  # one sequence of ids for both connections
                    open_timeout=self.open_timeout,
                    options=self.options.replace({"encoding": encoding}),
                )
                await other.connect()
                self._other_encoding = other
            return self._other_encoding

    # Methods without a REST twin

    async def session_logon(self, *, recv_window: RecvWindow | None = None) -> SessionStatus:
        """session.logon: authenticate the connection (Ed25519 only); later requests need no signature.

        Remembered: after a reconnect the client logs on again before sending anything else.
        """
        result: SessionStatus = await self.call("session.logon", recv_window=recv_window)
        self._logged_on = True
        return result

    async def session_status(self) -> SessionStatus:
        """session.status: which API key (if any) authorises this connection."""
        result: SessionStatus = await self.call("session.status")
        return result

    async def session_logout(self) -> SessionStatus:
        """session.logout: forget the API key; signed requests need a signature again."""
        result: SessionStatus = await self.call("session.logout")
        self._logged_on = False
        self._user_data = False
        return result

    async def session_subscriptions(self) -> list[int]:
        """session.subscriptions: the ids of the active user data subscriptions."""
        result: list[int] = await self.call("session.subscriptions")
        return result

    async def user_data_stream_subscribe(self) -> int:
        """userDataStream.subscribe: the logged-on account's events arrive in `events`; resubscribed on reconnect."""
        result: int = await self.call("userDataStream.subscribe")
        self._user_data = True
        return result

    async def user_data_stream_subscribe_signature(self, *, recv_window: RecvWindow | None = None) -> int:
        """userDataStream.subscribe.signature: subscribe without session.logon (any key type)."""
        result: int = await self.call("userDataStream.subscribe.signature", recv_window=recv_window)
        return result

    async def user_data_stream_subscribe_listen_token(self, listen_token: str) -> ListenTokenSubscription:
        """userDataStream.subscribe.listenToken: a margin account's events, authorised by a token from
        `client.margin.new_margin_listen_token()`; no key or log-on needed. Not resubscribed on reconnect
        and not renewed: subscribe again with a new token before `expiration_time`."""
        result: ListenTokenSubscription = await self.call(
            "userDataStream.subscribe.listenToken", listenToken=listen_token
        )
        return result

    async def user_data_stream_unsubscribe(self, subscription_id: int | None = None) -> None:
        """userDataStream.unsubscribe: stop one subscription, or all of them."""
        await self.call("userDataStream.unsubscribe", subscriptionId=subscription_id)
        if subscription_id is None:
            self._user_data = False

    async def user_data(self) -> AsyncIterator[UserDataEvent]:
        """User data events as they arrive (execution reports, balance and account updates…)."""
        while True:
            yield await self.events.get()
