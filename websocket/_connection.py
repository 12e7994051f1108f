"""What the API client and the streams share: endpoints, reconnect backoff and timing."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass

__all__ = [
    "STREAMS_MAINNET",
    "STREAMS_MARKET_DATA_ONLY",
    "STREAMS_TESTNET",
    "WS_API_MAINNET",
    "WS_API_TESTNET",
    "Reconnect",
    "wait_for_drop_or_rotation",
]

WS_API_MAINNET = "wss://ws-api.binance.com:443/ws-api/v3"
WS_API_TESTNET = "wss://ws-api.testnet.binance.vision/ws-api/v3"
STREAMS_MAINNET = "wss://stream.binance.com:9443"
STREAMS_MARKET_DATA_ONLY = "wss://data-stream.binance.vision"
STREAMS_TESTNET = "wss://stream.testnet.binance.vision"


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


async def wait_for_drop_or_rotation(reader: asyncio.Task[None], rotate: asyncio.Event, age_left: float) -> bool:
    """Wait until the connection's reader ends, a rotation is asked for, or the connection
    reaches its planned age; True when the reader ended (an unplanned drop)."""
    rotation = asyncio.create_task(rotate.wait())
    try:
        done, _ = await asyncio.wait({reader, rotation}, timeout=max(0.0, age_left), return_when="FIRST_COMPLETED")
    finally:
        rotation.cancel()  # also when the caller is cancelled: no task left pending
    return reader in done
