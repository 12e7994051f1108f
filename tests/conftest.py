"""Shared fixtures: the bundled spec, and a client whose requests are recorded and answered locally."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client.signing import Clock, OAuthSession
from generator.bundle import bundle

# Property tests check what holds, not how fast examples come: on a busy shared CI machine the
# default deadline and slowness health check fail tests that are right. Each test draws its examples
# from a seed of its own (derandomize), so a run passes or fails alike every time; to hunt for new
# counterexamples, run with --hypothesis-profile=explore.
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True, database=None
)
settings.register_profile("explore", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")

TEST_KEY = "test-api-key"
TEST_SECRET = "test-api-secret"
FIXED_TIME_NS = 1_700_000_000_123 * 1_000_000
TEST_ORDER_ID = "test-order-id-000000000000000001"  # 32 characters: valid where Binance wants 32 to 36
TEST_ACCESS_TOKEN = "test-access-token"

Answer = Callable[[httpx.Request], httpx.Response]


@functools.cache
def bundled_spec() -> dict[str, Any]:
    """The bundled spec, read once per run and shared: a test that changes it must change a copy."""
    return bundle()


@pytest.fixture(autouse=True)
def no_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients read keys from BINANCE_* variables when given none; a developer's own keys must not reach a test."""
    for name in ("BINANCE_API_KEY", "BINANCE_API_SECRET", "BINANCE_PRIVATE_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return bundled_spec()


class Recorder:
    """Answers every request with a fixed JSON body and keeps the requests it saw."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.status = 200
        self.body: Any = {}
        self.headers: dict[str, str] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body, headers=self.headers)

    async def answer_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Spot:
    return Spot(
        TEST_KEY,
        TEST_SECRET,
        clock=Clock(now_ns=lambda: FIXED_TIME_NS),
        client_order_id=lambda: TEST_ORDER_ID,
        oauth=OAuthSession(TEST_ACCESS_TOKEN),
        transport=httpx.MockTransport(recorder),
    )


@pytest.fixture
def aclient(recorder: Recorder) -> AsyncSpot:
    return AsyncSpot(
        TEST_KEY,
        TEST_SECRET,
        clock=Clock(now_ns=lambda: FIXED_TIME_NS),
        client_order_id=lambda: TEST_ORDER_ID,
        oauth=OAuthSession(TEST_ACCESS_TOKEN),
        transport=httpx.MockTransport(recorder.answer_async),
    )
