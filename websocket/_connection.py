"""What the API client and the streams share: endpoints, reconnect backoff and the supervisor."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from binance_spot_client.signing import BinanceError

__all__ = [
    "STREAMS_DEMO",
    "STREAMS_MAINNET",
    "STREAMS_MARKET_DATA_ONLY",
    "STREAMS_SBE_MAINNET",
    "STREAMS_TESTNET",
    "WS_API_DEMO",
    "WS_API_MAINNET",
    "WS_API_TESTNET",
    "Reconnect",
    "Supervisor",
]

logger = logging.getLogger("binance_spot_client.websocket")

WS_API_MAINNET = "wss://ws-api.binance.com:443/ws-api/v3"
WS_API_TESTNET = "wss://ws-api.testnet.binance.vision/ws-api/v3"
WS_API_DEMO = "wss://demo-ws-api.binance.com/ws-api/v3"
STREAMS_MAINNET = "wss://stream.binance.com:9443"
STREAMS_MARKET_DATA_ONLY = "wss://data-stream.binance.vision"
STREAMS_TESTNET = "wss://stream.testnet.binance.vision"
STREAMS_DEMO = "wss://demo-stream.binance.com"
STREAMS_SBE_MAINNET = "wss://stream-sbe.binance.com:9443"  # the SBE market data streams: Ed25519 keys only
# Binance's demo mode (2026-01): real market data and the mainnet's rules, with demo balances; the REST
# side is signing's DEMO base URL.


@dataclass(frozen=True, slots=True)
class Reconnect:
    """When and how fast to reconnect.

    Binance closes every connection after 24 hours, so the client opens a fresh one
    at `max_age` seconds (23.5 h by default) on its own terms. After an unplanned
    disconnect it waits `backoff * 2**(attempt-1)` (at most `max_backoff`, with full
    jitter) between attempts: Binance allows 300 connection attempts per 5 minutes
    per IP, and a tight loop would burn them.
    """

    max_age: float = 23.5 * 3600
    backoff: float = 0.5
    max_backoff: float = 30.0
    jitter: bool = True
    attempts: int | None = None
    """Give up after this many failed attempts in a row; None retries for ever."""

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_backoff, self.backoff * 2 ** max(0, attempt - 1))
        return random.uniform(0, ceiling) if self.jitter else ceiling


async def _wait_for_drop_or_rotation(reader: asyncio.Task[None], rotate: asyncio.Event, age_left: float) -> bool:
    """Wait until the connection's reader ends, a rotation is asked for, or the connection
    reaches its planned age; True when the reader ended (an unplanned drop)."""
    rotation = asyncio.create_task(rotate.wait())
    try:
        done, _ = await asyncio.wait({reader, rotation}, timeout=max(0.0, age_left), return_when="FIRST_COMPLETED")
    finally:
        rotation.cancel()  # also when the caller is cancelled: no task left pending
    return reader in done


class Supervisor:
    """Keeps one client's connection alive: the reconnect loop of the API client and the streams.

    The client gives two coroutine functions: `open_connection` opens a new connection,
    makes it the current one and returns the task reading it (it ends when the connection
    drops); `restore` puts the client's state back on a new connection (log on, resubscribe)
    before anything else is sent on it. `ready` is set while requests may be sent.

    A connection is replaced when its reader ends (after a backoff between failed
    attempts), when the client asks (`rotate`, on `serverShutdown`), and when it reaches
    `reconnect.max_age`, ahead of Binance's 24 h cut. Requests wait on `ready` during the
    move, so none is sent on a connection that is being replaced or not yet restored.
    """

    def __init__(
        self,
        what: str,
        reconnect: Reconnect,
        open_connection: Callable[[], Awaitable[asyncio.Task[None]]],
        restore: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._what = what
        self._reconnect = reconnect
        self._open_connection = open_connection
        self._restore = restore
        self.ready = asyncio.Event()
        self.reconnects = 0
        self.closing = False
        self.reader: asyncio.Task[None] | None = None
        self._rotation = asyncio.Event()
        self._opened_at = 0.0
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Open the first connection (its failure is the caller's) and start watching it."""
        self.closing = False
        await self._open()
        self.ready.set()
        self._task = asyncio.create_task(self._watch())

    async def stop(self) -> None:
        """Stop watching: no reconnect happens after this. Closing the connection is the client's."""
        self.closing = True
        self.ready.clear()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def rotate(self) -> None:
        """Move to a new connection now, as at the planned age."""
        self._rotation.set()

    async def _open(self) -> None:
        self.reader = await self._open_connection()
        self._opened_at = asyncio.get_running_loop().time()

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        while not self.closing:
            assert self.reader is not None
            age_left = self._reconnect.max_age - (loop.time() - self._opened_at)
            dropped = await _wait_for_drop_or_rotation(self.reader, self._rotation, age_left)
            if self.closing:
                return
            self._rotation.clear()
            self.ready.clear()
            if dropped:
                logger.warning("%s connection lost; reconnecting", self._what)
            await self._reestablish()

    async def _reestablish(self) -> None:
        failures = 0
        while not self.closing:
            if failures:
                await asyncio.sleep(self._reconnect.delay(failures))
            try:
                await self._open()
                if self._restore is not None:
                    await self._restore()
            except BinanceError as exc:
                failures += 1
                logger.warning("%s reconnect attempt %d failed: %s", self._what, failures, exc)
                if self._reconnect.attempts is not None and failures >= self._reconnect.attempts:
                    self.closing = True
                    return
                continue
            self.reconnects += 1
            self.ready.set()
            return
