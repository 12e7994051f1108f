"""User data events in SBE sessions: the fake sends what it sends in JSON as schema 3:5 event messages,
and the client reads both into equal events (types, values, subscription ids and the JSON payload)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from binance_spot_client import Spot
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, FakeServer
from binance_spot_client.websocket import (
    AsyncWebSocketAPI,
    BalanceUpdate,
    EventStreamTerminated,
    ExecutionReport,
    ExternalLockUpdate,
    ListStatus,
    OutboundAccountPosition,
    Reconnect,
    UserDataEvent,
)
from tests.patience import PATIENCE
from tests.sbe_messages import record_sbe_messages

from .conftest import NOW_MS, fixed_clock

FAST = Reconnect(backoff=0.01, max_backoff=0.05, jitter=False)


@pytest.fixture
async def sessions(server: FakeServer) -> AsyncIterator[tuple[AsyncWebSocketAPI, AsyncWebSocketAPI]]:
    """A JSON and an SBE session of the same account, each subscribed to its user data."""
    url = server.websocket.api_url
    async with (
        AsyncWebSocketAPI(DEMO_API_KEY, DEMO_SECRET_KEY, url=url, clock=fixed_clock(), reconnect=FAST) as plain,
        AsyncWebSocketAPI(
            DEMO_API_KEY, DEMO_SECRET_KEY, url=url, clock=fixed_clock(), reconnect=FAST, encoding="sbe"
        ) as binary,
    ):
        assert await plain.user_data_stream_subscribe_signature() == 0
        assert await binary.user_data_stream_subscribe_signature() == 0
        yield plain, binary


@pytest.fixture
def event_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the SBE event messages the client decodes from here on."""
    return record_sbe_messages(monkeypatch, ending="Event")


async def both(sessions: tuple[AsyncWebSocketAPI, AsyncWebSocketAPI], count: int) -> list[list[UserDataEvent]]:
    return [[await asyncio.wait_for(api.events.get(), PATIENCE) for _ in range(count)] for api in sessions]


async def test_an_orders_life_gives_equal_events_in_json_and_sbe(
    exchange: FakeExchange,
    spot: Spot,
    sessions: tuple[AsyncWebSocketAPI, AsyncWebSocketAPI],
    event_messages: list[str],
) -> None:
    order = spot.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="0.2", price="29000")
    exchange.fill_resting("BTCUSDT")
    resting = spot.new_order("BTCUSDT", "SELL", "LIMIT", time_in_force="GTC", quantity="0.1", price="31000")
    spot.cancel_order("BTCUSDT", order_id=resting.order_id)
    plain, binary = await both(sessions, 8)
    assert binary == plain
    assert [type(item.event) for item in binary] == [ExecutionReport, OutboundAccountPosition] * 4
    assert event_messages == ["ExecutionReportEvent", "OutboundAccountPositionEvent"] * 4
    placed, _, filled, _, _, _, canceled, _ = (item.event for item in binary)
    assert isinstance(placed, ExecutionReport) and isinstance(filled, ExecutionReport)
    assert isinstance(canceled, ExecutionReport)
    assert (placed.order_id, placed.execution_type, placed.price, placed.event_time) == (
        order.order_id, "NEW", "29000.00000000", NOW_MS,
    )  # fmt: skip
    assert (filled.execution_type, filled.last_executed_quantity, filled.commission, filled.commission_asset) == (
        "TRADE", "0.20000000", "0.00020000", "BTC",
    )  # fmt: skip
    assert (canceled.order_status, canceled.original_client_order_id) == ("CANCELED", resting.client_order_id)
    assert {item.subscription_id for item in binary} == {0}


async def test_an_order_list_reports_its_list_status_in_sbe_too(
    exchange: FakeExchange, spot: Spot, sessions: tuple[AsyncWebSocketAPI, AsyncWebSocketAPI]
) -> None:
    spot.order_list_oco(
        "BTCUSDT", "SELL", "0.1", "LIMIT_MAKER", "STOP_LOSS", above_price="31000", below_stop_price="29000",
        list_client_order_id="my-oco",
    )  # fmt: skip
    plain, binary = await both(sessions, 4)
    assert binary == plain
    listed = binary[2].event
    assert isinstance(listed, ListStatus) and listed.list_client_order_id == "my-oco"
    assert (listed.list_reject_reason, len(listed.orders)) == ("NONE", 2)


async def test_pushed_events_of_every_type_json_has_read_the_same(
    server: FakeServer, sessions: tuple[AsyncWebSocketAPI, AsyncWebSocketAPI], event_messages: list[str]
) -> None:
    server.websocket.push_user_data({"e": "balanceUpdate", "E": NOW_MS, "a": "BTC", "d": "-1.50000000", "T": NOW_MS})
    server.websocket.push_user_data({"e": "externalLockUpdate", "E": NOW_MS, "a": "USDT", "d": "25.5", "T": NOW_MS - 1})
    server.websocket.push_user_data({"e": "eventStreamTerminated", "E": NOW_MS})
    plain, binary = await both(sessions, 3)
    assert binary == plain
    assert [type(item.event) for item in binary] == [BalanceUpdate, ExternalLockUpdate, EventStreamTerminated]
    assert event_messages == ["BalanceUpdateEvent", "ExternalLockUpdateEvent", "EventStreamTerminatedEvent"]
    lock = binary[1].event
    assert isinstance(lock, ExternalLockUpdate) and (lock.delta, lock.transaction_time) == ("25.5", NOW_MS - 1)


async def test_server_shutdown_in_an_sbe_session_moves_to_a_new_connection(
    server: FakeServer, sessions: tuple[AsyncWebSocketAPI, AsyncWebSocketAPI], event_messages: list[str]
) -> None:
    _, binary = sessions
    server.websocket.send_server_shutdown()
    for _ in range(500):
        if binary.reconnects:
            break
        await asyncio.sleep(0.01)
    assert binary.reconnects == 1
    assert "ServerShutdownEvent" in event_messages
    assert (await binary.time()).server_time == NOW_MS
