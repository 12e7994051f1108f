"""What the API client and the streams share: endpoints, reconnect backoff and timing."""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = [
    "STREAMS_MAINNET",
    "STREAMS_MARKET_DATA_ONLY",
    "STREAMS_TESTNET",
    "WS_API_MAINNET",
    "WS_API_TESTNET",
    "Reconnect",
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
