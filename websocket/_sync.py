"""Blocking twins of the async clients, each driving its own event loop in a thread.

One loop per client keeps the socket read (and pings answered) while the caller's
thread is busy; every public coroutine of the async client is offered as a plain
method that waits for its result.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from types import TracebackType
from typing import Any, Self, TypeVar

from ._api import AsyncWebSocketAPI, UserDataEvent
from ._streams import AsyncMarketStreams, StreamMessage

__all__ = ["MarketStreams", "WebSocketAPI"]

T = TypeVar("T")


class _LoopThread:
    """An event loop running in a daemon thread, and a way to wait for coroutines on it."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="binance-websocket", daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()


class _Blocking:
    _client: Any

    def __init__(self) -> None:
        self._loop = _LoopThread()

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)  # never proxy private names (and no recursion before _client exists)
        attribute = getattr(self._client, name)
        if not asyncio.iscoroutinefunction(attribute):
            return attribute  # type: ignore[no-any-return]

        def blocking(*args: Any, **kwargs: Any) -> Any:
            return self._loop.run(attribute(*args, **kwargs))

        blocking.__doc__ = attribute.__doc__
        return blocking

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def connect(self) -> None:
        self._loop.run(self._client.connect())

    def close(self) -> None:
        try:
            self._loop.run(self._client.close())
        finally:
            self._loop.stop()


class WebSocketAPI(_Blocking):
    """`AsyncWebSocketAPI` with blocking methods: `with WebSocketAPI(...) as api: api.time()`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._client = self._loop.run(_build(AsyncWebSocketAPI, args, kwargs))

    def next_event(self, timeout: float | None = None) -> UserDataEvent:
        """The next user data event, waiting up to `timeout` seconds."""
        event: UserDataEvent = self._loop.run(self._client.events.get(), timeout)
        return event


class MarketStreams(_Blocking):
    """`AsyncMarketStreams` with blocking methods; iterate it for messages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._client = self._loop.run(_build(AsyncMarketStreams, args, kwargs))

    def next_message(self, timeout: float | None = None) -> StreamMessage:
        """The next stream message, waiting up to `timeout` seconds."""
        message: StreamMessage = self._loop.run(self._client.recv(), timeout)
        return message

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> StreamMessage:
        return self.next_message()


async def _build(cls: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    # Built on the client's own loop, so its queues and events belong to that loop.
    return cls(*args, **kwargs)
