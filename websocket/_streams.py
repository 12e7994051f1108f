"""Market data streams: raw (/ws/<name>) and combined (/stream?streams=a/b) connections.

Streams can be added and removed at run time (SUBSCRIBE / UNSUBSCRIBE, answered by
id). Every payload becomes a typed event (spec/websocket/streams.yaml), decoded from the
frame's bytes in C where it can be (`_decode.py`), in a bounded
queue that drops the oldest message when full. The supervisor the API client uses too
(`_connection.Supervisor`) reconnects with backoff after a disconnect, and moves to a
new connection before the 24 h cut or on `serverShutdown`; every stream the client had
is in the new connection's URL, so it is subscribed again.

`encoding="sbe"` connects to Binance's SBE streams instead (`_sbe_streams.py`): events come
as binary frames and become the same event types, with microsecond times; control answers
and `serverShutdown` stay JSON text frames, read as here.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import websockets
from websockets.asyncio.client import ClientConnection

from binance_spot_client._stream_events import Event, ServerShutdown, parse_event
from binance_spot_client.signing import ClientError, ClientOptions, SbeDecodeError, Signer, TransportError
from binance_spot_client.signing._credentials import credentials_from_environment
from binance_spot_client.signing._options import check_encoding, check_seconds
from binance_spot_client.signing._sbe import Encoding
from binance_spot_client.signing._signers import make_signer

from ._connection import STREAMS_MAINNET, STREAMS_SBE_MAINNET, Reconnect, Supervisor
from ._decode import decode_combined, decode_typed
from ._queue import EventQueue
from ._sbe_streams import check_sbe_credentials, sbe_stream_events

__all__ = ["AsyncMarketStreams", "StreamMessage"]

logger = logging.getLogger("binance_spot_client.websocket")


@dataclass(frozen=True, slots=True)
class StreamMessage:
    """One payload: the stream it came from (None on a raw connection) and its typed event(s)."""

    stream: str | None
    event: Event | tuple[Event, ...]


class AsyncMarketStreams:
    """Binance market data streams, async: `async with AsyncMarketStreams(["btcusdt@trade"]) as s:`.

    `combined=True` (the default) connects to /stream and tags each message with its
    stream name; `combined=False` uses /ws, where payloads arrive bare. Names are sent
    lowercase, as Binance requires.

    `encoding="sbe"` uses Binance's SBE streams (`<symbol>@trade`, `@bestBidAsk`, `@depth`,
    `@depth20`, at stream-sbe.binance.com unless `base_url` says otherwise), which need an
    Ed25519 API key: `api_key` with its `private_key` (or `signer`), or BINANCE_API_KEY and
    BINANCE_PRIVATE_KEY. Any other key type is a `ParameterError` before connecting. Their
    events are the JSON streams' types with every time in microseconds.
    """

    def __init__(
        self,
        streams: Iterable[str] = (),
        *,
        base_url: str | None = None,
        combined: bool = True,
        queue_size: int = 10_000,
        reconnect: Reconnect | None = None,
        timeout: float | None = None,
        open_timeout: float = 10.0,
        options: ClientOptions | None = None,
        encoding: Encoding = "json",
        api_key: str | None = None,
        private_key: bytes | str | Path | None = None,
        private_key_password: str | bytes | None = None,
        signer: Signer | None = None,
    ) -> None:
        """`timeout` (seconds to wait for a subscription's answer) defaults to `options.timeout`, so
        streams can share the REST client's `ClientOptions`; `options.microseconds` asks for event times in
        microseconds, and `options.max_answer_bytes` caps a message once decompressed (a bigger one closes the
        connection, which reconnects). Nothing else of them applies here. The key arguments serve
        `encoding="sbe"` alone: the JSON streams are public."""
        check_encoding(encoding)
        self.encoding: Encoding = encoding
        self._headers: dict[str, str] = {}
        if encoding == "sbe":
            api_key, _, private_key = credentials_from_environment(api_key, None, private_key, signer)
            signer = signer or make_signer(None, private_key, private_key_password)
            self._headers["X-MBX-APIKEY"] = check_sbe_credentials(api_key, signer)
        if base_url is None:
            base_url = STREAMS_SBE_MAINNET if encoding == "sbe" else STREAMS_MAINNET
        self.base_url: str = base_url.rstrip("/")
        self.combined = combined
        self.streams: list[str] = []
        for name in map(_stream_name, streams):
            if name not in self.streams:
                self.streams.append(name)
        self.messages: EventQueue[StreamMessage] = EventQueue(queue_size)
        self.reconnect: Reconnect = reconnect or Reconnect()
        options = options or ClientOptions()
        self.timeout: float = options.timeout if timeout is None else check_seconds("timeout", timeout)
        # SBE events always carry microseconds; JSON ones when asked for.
        self.microseconds: bool = options.microseconds or encoding == "sbe"
        self.max_message_bytes: int = options.max_answer_bytes
        self.open_timeout = open_timeout
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._ws: ClientConnection | None = None
        self._supervisor = Supervisor("stream", self.reconnect, self._open)

    def __repr__(self) -> str:
        return f"AsyncMarketStreams(base_url={self.base_url!r}, streams={self.streams!r})"

    @property
    def reconnects(self) -> int:
        """How many times the connection was replaced (after a drop, at its planned age, on serverShutdown)."""
        return self._supervisor.reconnects

    @property
    def url(self) -> str:
        """Where the next connection goes: every current stream is in it, so a reconnect resubscribes."""
        unit = ["timeUnit=MICROSECOND"] if self.microseconds and self.encoding == "json" else []
        if self.combined:
            query = "&".join([f"streams={'/'.join(self.streams)}"] * bool(self.streams) + unit)
            return f"{self.base_url}/stream" + (f"?{query}" if query else "")
        path = f"{self.base_url}/ws" + (f"/{'/'.join(self.streams)}" if self.streams else "")
        return path + (f"?{unit[0]}" if unit else "")

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def connect(self) -> None:
        await self._supervisor.start()

    async def close(self) -> None:
        await self._supervisor.stop()
        if self._ws is not None:
            await self._ws.close()
        if self._supervisor.reader is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor.reader

    async def _open(self) -> asyncio.Task[None]:
        try:
            ws = await websockets.connect(
                self.url,
                open_timeout=self.open_timeout,
                max_size=self.max_message_bytes,
                additional_headers=self._headers,
            )
        except (OSError, TimeoutError, websockets.InvalidHandshake) as exc:
            raise TransportError(f"cannot connect to {self.base_url}: {type(exc).__name__}: {exc}", True) from exc
        old = self._ws
        self._ws = ws
        if old is not None:
            await old.close()
        return asyncio.create_task(self._read(ws))

    async def _read(self, ws: ClientConnection) -> None:
        try:
            while True:
                if self.encoding == "sbe":
                    frame = await ws.recv()  # bytes for a binary frame (an event), str for a text one
                    if isinstance(frame, bytes):
                        self._deliver_sbe(frame)
                        continue
                    raw = frame.encode()
                else:
                    raw = await ws.recv(decode=False)  # bytes: msgspec reads them without a UTF-8 decode first
                typed = self._decode(raw)
                if typed is not None:
                    self._deliver(*typed)
                    continue
                try:
                    message = json.loads(raw)
                except ValueError:
                    logger.warning("ignoring a frame that is not JSON: %.200r", raw)
                    continue
                self._dispatch(message)
        except websockets.ConnectionClosed:
            pass
        finally:
            for future in self._pending.values():
                if not future.done():
                    future.set_exception(TransportError("connection closed before the answer arrived"))

    def _decode(self, raw: bytes) -> tuple[str | None, Event | tuple[Event, ...]] | None:
        """The frame's stream and event(s) decoded in C; None for what `_dispatch` reads (answers, unknown keys)."""
        if self.combined:
            return decode_combined(raw)
        event = decode_typed(raw, self.streams[0] if len(self.streams) == 1 else None)
        return None if event is None else (None, event)

    def _deliver_sbe(self, frame: bytes) -> None:
        """A binary frame: one SBE message, one or more events (each trade of a message on its own)."""
        try:
            stream, events = sbe_stream_events(frame)
        except SbeDecodeError as exc:
            logger.warning("ignoring a binary frame that is no SBE stream event: %s", exc)
            return
        for event in events:
            self.messages.put(StreamMessage(stream if self.combined else None, event))

    def _dispatch(self, message: Any) -> None:
        if isinstance(message, dict) and "id" in message and ("result" in message or "code" in message):
            future = self._pending.get(message["id"])
            if future is not None and not future.done():
                future.set_result(message)
            return
        stream: str | None = None
        payload = message
        if self.combined and isinstance(message, dict) and "stream" in message and "data" in message:
            stream, payload = message["stream"], message["data"]
        self._deliver(stream, parse_event(payload))

    def _deliver(self, stream: str | None, event: Event | tuple[Event, ...]) -> None:
        if isinstance(event, ServerShutdown):
            logger.warning("stream server shutting down: moving to a new connection")
            self._supervisor.rotate()
        self.messages.put(StreamMessage(stream, event))

    async def _control(self, method: str, params: list[Any] | None = None) -> Any:
        """Send SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS…; return the result or raise ClientError."""
        try:
            await asyncio.wait_for(self._supervisor.ready.wait(), self.timeout)
        except TimeoutError:
            raise TransportError(f"{method}: not connected within {self.timeout} s", not_sent=True) from None
        assert self._ws is not None
        request_id = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        request: dict[str, Any] = {"method": method, "id": request_id}
        if params is not None:
            request["params"] = params
        try:
            await self._ws.send(json.dumps(request))
            answer = await asyncio.wait_for(future, self.timeout)
        except TimeoutError:
            raise TransportError(f"{method}: no answer within {self.timeout} s") from None
        except websockets.ConnectionClosed as exc:
            raise TransportError(f"{method}: connection closed", not_sent=True) from exc
        finally:
            self._pending.pop(request_id, None)
        if "code" in answer:
            raise ClientError(400, answer.get("code"), str(answer.get("msg", "")), {}, answer)
        return answer.get("result")

    async def subscribe(self, *streams: str) -> None:
        """Add streams on the live connection; they are kept across reconnects."""
        names = [_stream_name(name) for name in streams]
        await self._control("SUBSCRIBE", names)
        self.streams.extend(name for name in names if name not in self.streams)

    async def unsubscribe(self, *streams: str) -> None:
        names = [_stream_name(name) for name in streams]
        await self._control("UNSUBSCRIBE", names)
        self.streams = [name for name in self.streams if name not in names]

    async def list_subscriptions(self) -> list[str]:
        result = await self._control("LIST_SUBSCRIPTIONS")
        return [str(name) for name in result or []]

    async def recv(self) -> StreamMessage:
        """The next message (waits for one)."""
        return await self.messages.get()

    def __aiter__(self) -> AsyncIterator[StreamMessage]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[StreamMessage]:
        while True:
            yield await self.messages.get()


def _stream_name(name: str) -> str:
    # Symbols must be lowercase; the rest of a name is case-sensitive (aggTrade, bookTicker, kline_1M).
    symbol, at, rest = name.partition("@")
    return f"{symbol.lower()}{at}{rest}" if not symbol.startswith("!") else name
