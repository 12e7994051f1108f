"""A WebSocket server on 127.0.0.1 that records what it receives and answers as Binance would."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from websockets.asyncio.server import Server, ServerConnection, serve

from binance_spot_client.websocket import Reconnect
from tests.patience import eventually

Reply = Callable[[dict[str, Any]], dict[str, Any] | list[dict[str, Any]] | None]
RATE_LIMITS = [
    {"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 6000, "count": 70},
    {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": 50, "count": 12},
]
SESSION = {
    "apiKey": "key",
    "authorizedSince": 1649729878532,
    "connectedSince": 1649729873021,
    "returnRateLimits": False,
    "serverTime": 1649729878630,
    "userDataStream": False,
}
RESULTS: dict[str, Any] = {
    "ping": {},
    "time": {"serverTime": 1656400526260},
    "depth": {"lastUpdateId": 100, "bids": [["0.0137", "3.4"]], "asks": [["0.0138", "5.9"]]},
    "session.logon": SESSION,
    "session.status": SESSION,
    "session.logout": {**SESSION, "apiKey": None, "authorizedSince": None},
    "userDataStream.subscribe": {"subscriptionId": 0},
    "userDataStream.unsubscribe": {},
    "SUBSCRIBE": None,
    "UNSUBSCRIBE": None,
}
FAST = Reconnect(backoff=0.01, max_backoff=0.05, jitter=False)


def answer(message: dict[str, Any]) -> dict[str, Any]:
    """A WebSocket API success for a known method, or Binance's reply to a stream control message."""
    method = message["method"]
    if method.isupper():
        return {"result": RESULTS.get(method), "id": message["id"]}
    return {"id": message["id"], "status": 200, "result": RESULTS.get(method, {}), "rateLimits": RATE_LIMITS}


class LocalServer:
    """websockets.serve on a free port; `reply` decides each answer (None: stay silent)."""

    def __init__(self, reply: Reply = answer) -> None:
        self.reply = reply
        self.received: list[dict[str, Any]] = []
        self.connections: list[ServerConnection] = []
        self.paths: list[str] = []
        self._server: Server | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = next(iter(self._server.sockets)).getsockname()[:2]
        return f"ws://{host}:{port}"

    async def start(self) -> None:
        self._server = await serve(self._handle, "127.0.0.1", 0)

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def __aenter__(self) -> LocalServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _handle(self, ws: ServerConnection) -> None:
        self.connections.append(ws)
        assert ws.request is not None
        self.paths.append(ws.request.path)
        async for raw in ws:
            message = json.loads(raw)
            self.received.append(message)
            reply = self.reply(message)
            for item in reply if isinstance(reply, list) else [reply] if reply is not None else []:
                await ws.send(json.dumps(item))

    async def push(self, payload: Any, connection: int = -1) -> None:
        """Send an unsolicited frame (an event) on a connection."""
        await self.connections[connection].send(json.dumps(payload))

    def methods(self) -> list[str]:
        return [message["method"] for message in self.received]

    async def wait_for(self, condition: Callable[[], bool]) -> None:
        await eventually(condition)


@pytest.fixture
async def server() -> AsyncIterator[LocalServer]:
    local = LocalServer()
    await local.start()
    yield local
    await local.stop()
