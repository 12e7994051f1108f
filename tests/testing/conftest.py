"""A fake exchange and a client on it, both reading one fixed clock, so every answer is reproducible."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from binance_spot_client import Spot
from binance_spot_client.signing import Clock, RetryPolicy
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeServer

NOW_MS = 1_767_225_600_000  # 2026-01-01 00:00:00 UTC
KEYS_DIR = "tests/signing/keys"


def fixed_clock(offset_ms: float = 0.0) -> Clock:
    return Clock(offset_ms=offset_ms, now_ns=lambda: NOW_MS * 1_000_000)


@pytest.fixture
def exchange() -> FakeExchange:
    return FakeExchange(clock=fixed_clock())


@pytest.fixture
def client(exchange: FakeExchange) -> Iterator[Spot]:
    with Spot(
        DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange, clock=fixed_clock(), retry=RetryPolicy(attempts=1)
    ) as spot:
        yield spot


@pytest.fixture
def server(exchange: FakeExchange) -> Iterator[FakeServer]:
    """The exchange served on 127.0.0.1 (REST and WebSocket)."""
    with FakeServer(exchange) as served:
        yield served


@pytest.fixture
def spot(server: FakeServer) -> Iterator[Spot]:
    """A client of `server` over HTTP, on the fixed clock, that never retries."""
    with Spot(
        DEMO_API_KEY, DEMO_SECRET_KEY, base_url=server.base_url, clock=fixed_clock(), retry=RetryPolicy(attempts=1)
    ) as client:
        yield client
