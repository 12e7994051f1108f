"""The async client's sockets, on asyncio's own transports under httpcore's connection pool.

httpcore reaches the network through a pluggable backend (`httpcore.AsyncNetworkBackend`); the one it
picks under asyncio goes through anyio, which wraps every read and write of a call in a cancel scope
(`fail_after`), a checkpoint and an exception map: a quarter of a small signed call's CPU on loopback.
This backend keeps the same contract on an `asyncio.Protocol`: bytes received wait in a queue until
httpcore reads them, a read waits at most its timeout on a single future, a write hands its bytes to the
transport. HTTP stays httpcore's and h11's (or h2's), TLS asyncio's `ssl` transport, so proxies, HTTP/2
and TLS behave as before. It is installed only on the transports httpx builds for clients we create
(`use_asyncio_sockets`); a caller's own transport or `http_client` is left as given.
"""

from __future__ import annotations

import asyncio
import select
import socket
import ssl
from collections import deque
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

__all__ = ["AsyncioBackend", "use_asyncio_sockets"]

# Bytes received but not yet read past which the socket stops being read, and below which it is read again:
# httpcore reads 64 KiB at a time, and a large answer must not pile up in memory faster than it is read.
_PAUSE_AT = 1024 * 1024
_RESUME_AT = 256 * 1024
_ErrorClass = type[httpcore.ReadTimeout] | type[httpcore.WriteTimeout]


def _expire(waiter: asyncio.Future[None], error: _ErrorClass) -> None:
    if not waiter.done():
        waiter.set_exception(error("timed out"))


class _Inbox(asyncio.Protocol):
    """What the connection has received and what has happened to it, for its stream to read."""

    def __init__(self) -> None:
        self.chunks: deque[bytes] = deque()
        self.size = 0
        self.eof = False
        self.lost: BaseException | None = None
        self.transport: asyncio.Transport | None = None
        self.reading_paused = False
        self.waiter: asyncio.Future[None] | None = None
        self.drained: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport), "a stream connection has a stream transport"
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.size > _PAUSE_AT and self.transport is not None and not self.reading_paused:
            self.reading_paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # close the transport: HTTP/1.1 and HTTP/2 send nothing after the server's EOF

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.lost = exc
        self._wake()
        drained, self.drained = self.drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    def pause_writing(self) -> None:
        self.drained = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        drained, self.drained = self.drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        """Up to `max_bytes` of what was received, in order, without copying a chunk that fits."""
        chunk = self.chunks.popleft()
        if len(chunk) > max_bytes:
            self.chunks.appendleft(chunk[max_bytes:])
            chunk = chunk[:max_bytes]
        self.size -= len(chunk)
        if self.reading_paused and self.size <= _RESUME_AT and self.transport is not None:
            self.reading_paused = False
            self.transport.resume_reading()
        return chunk


async def _wait(waiter: asyncio.Future[None], timeout: float | None, error: _ErrorClass) -> None:
    """Wait for `waiter`; after `timeout` seconds it fails with `error` instead (one timer, no cancel scope)."""
    if timeout is None:
        await waiter
        return
    timer = asyncio.get_running_loop().call_later(timeout, _expire, waiter, error)
    try:
        await waiter
    finally:
        timer.cancel()


def _readable(sock: Any) -> bool:
    """Whether the socket has something to read right now (an idle connection that does was closed by the
    server): httpcore's own test of a pooled connection, made on the socket asyncio holds."""
    fileno = -1 if sock is None else sock.fileno()
    if fileno == -1:
        return True
    if hasattr(select, "poll"):
        poll = select.poll()
        poll.register(fileno, select.POLLIN)
        return bool(poll.poll(0))
    readable, _, _ = select.select([fileno], [], [], 0)
    return bool(readable)


class _Stream(httpcore.AsyncNetworkStream):
    def __init__(self, transport: asyncio.Transport, inbox: _Inbox) -> None:
        self._transport = transport
        self._inbox = inbox

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        inbox = self._inbox
        if not inbox.chunks and not inbox.eof:
            waiter = inbox.waiter = asyncio.get_running_loop().create_future()
            try:
                await _wait(waiter, timeout, httpcore.ReadTimeout)
            finally:
                inbox.waiter = None
        if inbox.chunks:
            return inbox.take(max_bytes)
        if inbox.lost is not None:
            raise httpcore.ReadError(f"{type(inbox.lost).__name__}: {inbox.lost}")
        return b""  # the server closed the connection: httpcore tells what that means

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        inbox = self._inbox
        if inbox.lost is not None or self._transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        self._transport.write(buffer)
        if inbox.drained is not None:
            await _wait(inbox.drained, timeout, httpcore.WriteTimeout)
            if inbox.lost is not None:
                raise httpcore.WriteError(f"{type(inbox.lost).__name__}: {inbox.lost}")

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport, self._inbox, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError as exc:  # before OSError, of which it is one
            self._transport.close()
            raise httpcore.ConnectTimeout("TLS handshake timed out") from exc
        except OSError as exc:  # ssl.SSLError included
            self._transport.close()
            raise httpcore.ConnectError(f"{type(exc).__name__}: {exc}") from exc
        if transport is None:
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        assert isinstance(transport, asyncio.Transport), "TLS over a stream is a stream"
        self._inbox.transport = transport
        return _Stream(transport, self._inbox)

    def get_extra_info(self, info: str) -> Any:
        transport = self._transport
        if info == "is_readable":
            inbox = self._inbox
            return bool(inbox.chunks) or inbox.eof or _readable(transport.get_extra_info("socket"))
        if info == "client_addr":
            return transport.get_extra_info("sockname")
        if info == "server_addr":
            return transport.get_extra_info("peername")
        if info in ("ssl_object", "socket"):
            return transport.get_extra_info(info)
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend on asyncio's transports (see the module's docstring)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        local = None if local_address is None else (local_address, 0)
        try:
            async with asyncio.timeout(timeout):
                if isinstance(loop, asyncio.BaseEventLoop):
                    # Happy eyeballs as anyio tries addresses: the next one after 250 ms without an answer.
                    transport, inbox = await loop.create_connection(
                        _Inbox, host, port, local_addr=local, happy_eyeballs_delay=0.25
                    )
                else:  # another loop (uvloop) may not take the option
                    transport, inbox = await loop.create_connection(_Inbox, host, port, local_addr=local)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"no connection to {host}:{port} within {timeout} s") from exc
        except OSError as exc:
            raise httpcore.ConnectError(f"{type(exc).__name__}: {exc}") from exc
        return _connected(transport, inbox, socket_options)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, inbox = await loop.create_unix_connection(_Inbox, path)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"no connection to {path} within {timeout} s") from exc
        except OSError as exc:
            raise httpcore.ConnectError(f"{type(exc).__name__}: {exc}") from exc
        return _connected(transport, inbox, socket_options)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _connected(
    transport: asyncio.BaseTransport, inbox: _Inbox, socket_options: Iterable[Any] | None
) -> httpcore.AsyncNetworkStream:
    assert isinstance(transport, asyncio.Transport), "a stream connection has a stream transport"
    sock: socket.socket | None = transport.get_extra_info("socket")
    for option in socket_options or ():
        if sock is not None:
            sock.setsockopt(*option)
    return _Stream(transport, inbox)


def use_asyncio_sockets(http: httpx.AsyncClient, *, own_transport: bool) -> None:
    """Put `AsyncioBackend` under the connection pools httpx built for `http`: its default transport (when
    `own_transport`, i.e. the caller gave none) and the proxy transports it mounted. A pool of another
    shape, from another httpx or httpcore, is left with its own backend."""
    transports: list[object] = list(getattr(http, "_mounts", {}).values())
    if own_transport:
        transports.append(getattr(http, "_transport", None))
    backend = AsyncioBackend()
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if (
            type(transport) is httpx.AsyncHTTPTransport
            and isinstance(pool, httpcore.AsyncConnectionPool)
            and hasattr(pool, "_network_backend")
            and not pool.connections
        ):
            pool._network_backend = backend
