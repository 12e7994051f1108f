"""One reconnect supervisor keeps both the API client's and the streams' connections alive."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from binance_spot_client.signing import TransportError
from binance_spot_client.websocket import AsyncMarketStreams, AsyncWebSocketAPI, Reconnect
from binance_spot_client.websocket._connection import Supervisor
from tests.patience import PATIENCE, eventually

from .conftest import FAST, LocalServer


@dataclass(frozen=True, slots=True)
class RecordedReconnect(Reconnect):
    """FAST's timing, writing down each backoff asked for."""

    asked: list[int] | None = None

    def delay(self, attempt: int) -> float:
        assert self.asked is not None
        self.asked.append(attempt)
        return 0.001


class FakeConnections:
    """Connections as reader tasks: `drop()` ends the current one; `failures` opens refuse first."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.log: list[str] = []
        self.ended: asyncio.Event | None = None

    async def open(self) -> asyncio.Task[None]:
        if self.failures:
            self.failures -= 1
            self.log.append("refused")
            raise TransportError("refused", not_sent=True)
        self.log.append("open")
        ended = self.ended = asyncio.Event()

        async def read_until_dropped() -> None:
            await ended.wait()

        return asyncio.create_task(read_until_dropped())

    async def restore(self) -> None:
        self.log.append("restore")

    def drop(self) -> None:
        assert self.ended is not None
        self.ended.set()


async def test_both_clients_are_kept_alive_by_the_same_supervisor(server: LocalServer) -> None:
    api = AsyncWebSocketAPI(url=server.url, reconnect=FAST, timeout=PATIENCE)
    streams = AsyncMarketStreams(["bnbbtc@trade"], base_url=server.url, reconnect=FAST, timeout=PATIENCE)
    async with api, streams:
        assert type(api._supervisor) is Supervisor and type(streams._supervisor) is Supervisor
        await server.wait_for(lambda: len(server.connections) == 2)
        for connection in list(server.connections):
            await connection.close()
        await server.wait_for(lambda: len(server.connections) == 4)
        await api.ping()
        assert await streams.list_subscriptions() == []  # the local server lists nothing, but answers
    assert (api.reconnects, streams.reconnects) == (1, 1)
    assert sorted(server.paths) == ["/", "/", "/stream?streams=bnbbtc@trade", "/stream?streams=bnbbtc@trade"]


async def test_a_drop_reopens_and_restores_before_requests_may_go_out() -> None:
    connections = FakeConnections()
    supervisor = Supervisor("test", FAST, connections.open, connections.restore)
    await supervisor.start()
    assert supervisor.ready.is_set() and connections.log == ["open"]
    connections.drop()
    await eventually(lambda: supervisor.reconnects == 1)
    assert supervisor.ready.is_set()
    assert connections.log == ["open", "open", "restore"]
    await supervisor.stop()
    assert not supervisor.ready.is_set()


async def test_failed_attempts_back_off_and_give_up_after_the_limit() -> None:
    asked: list[int] = []
    connections = FakeConnections()
    supervisor = Supervisor("test", RecordedReconnect(attempts=3, asked=asked), connections.open, connections.restore)
    await supervisor.start()
    connections.failures = 5
    connections.drop()
    await eventually(lambda: supervisor.closing)
    assert connections.log == ["open", "refused", "refused", "refused"]
    assert asked == [1, 2]  # no wait before the first attempt after a drop
    assert (supervisor.reconnects, supervisor.ready.is_set()) == (0, False)
    await supervisor.stop()


async def test_a_refused_attempt_is_retried_until_one_succeeds() -> None:
    asked: list[int] = []
    connections = FakeConnections()
    supervisor = Supervisor("test", RecordedReconnect(asked=asked), connections.open)
    await supervisor.start()
    connections.failures = 2
    connections.drop()
    await eventually(lambda: supervisor.reconnects == 1)
    assert connections.log == ["open", "refused", "refused", "open"]
    assert asked == [1, 2]
    await supervisor.stop()


async def test_rotation_and_age_move_to_a_new_connection_without_a_drop() -> None:
    connections = FakeConnections()
    supervisor = Supervisor("test", FAST, connections.open, connections.restore)
    await supervisor.start()
    supervisor.rotate()
    await eventually(lambda: supervisor.reconnects == 1)
    assert connections.log == ["open", "open", "restore"]
    await supervisor.stop()

    aged = Supervisor("test", Reconnect(max_age=0.01, jitter=False), connections.open)
    await aged.start()
    await eventually(lambda: aged.reconnects >= 2)
    await aged.stop()
