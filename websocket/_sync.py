"""Blocking twins of the async clients, each driving its own event loop in a thread.

One loop per client keeps the socket read (and pings answered) while the caller's
thread is busy. Every method is a typed, plain method that runs its async twin on that
loop and waits for the result: the methods of the spec come generated
(`binance_spot_client._websocket_methods.WebSocketMethods`), the rest are written here.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine, Mapping
from types import TracebackType
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar

from binance_spot_client._websocket_methods import WebSocketMethods
from binance_spot_client.signing import RateLimits, RecvWindow
from binance_spot_client.signing._sbe import Encoding

from ._api import AsyncWebSocketAPI, UserDataEvent, WebSocketResponse
from ._methods import ListenTokenSubscription, SessionStatus
from ._queue import EventQueue
from ._streams import AsyncMarketStreams, StreamMessage

__all__ = ["MarketStreams", "WebSocketAPI"]

T = TypeVar("T")
Client = TypeVar("Client", AsyncWebSocketAPI, AsyncMarketStreams)
Arguments = ParamSpec("Arguments")
Instance = TypeVar("Instance")


def _takes_arguments_of(
    _: Callable[Arguments, object],
) -> Callable[[Callable[Concatenate[Instance, ...], None]], Callable[Concatenate[Instance, Arguments], None]]:
    """Give an `__init__(self, *args, **kwargs)` the parameters of another callable, for type checkers.

    The blocking clients pass their arguments on to the async client unchanged; this keeps them
    checked without writing the async client's options out a second time.
    """

    def typed(init: Callable[Concatenate[Instance, ...], None]) -> Callable[Concatenate[Instance, Arguments], None]:
        return init

    return typed


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


class _Blocking(Generic[Client]):
    """An async client living on its own loop thread: connecting, closing, and waiting for its coroutines."""

    def __init__(self, build: Callable[[], Client]) -> None:
        self._loop = _LoopThread()
        self._async_client: Client = self._loop.run(_built(build))

    def _wait(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self._loop.run(coroutine)

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def reconnects(self) -> int:
        """How many times the connection was replaced (after a drop, at its planned age, on serverShutdown)."""
        return self._async_client.reconnects

    @property
    def url(self) -> str:
        return self._async_client.url

    def connect(self) -> None:
        self._wait(self._async_client.connect())

    def close(self) -> None:
        try:
            self._wait(self._async_client.close())
        finally:
            self._loop.stop()


async def _built(build: Callable[[], Client]) -> Client:
    # Built on the client's own loop, so its queues and events belong to that loop.
    return build()


class WebSocketAPI(_Blocking[AsyncWebSocketAPI], WebSocketMethods):
    """`AsyncWebSocketAPI` with blocking methods: `with WebSocketAPI(...) as api: api.time()`.

    Takes the arguments of `AsyncWebSocketAPI`.
    """

    @_takes_arguments_of(AsyncWebSocketAPI)
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(lambda: AsyncWebSocketAPI(*args, **kwargs))

    def __repr__(self) -> str:
        return repr(self._async_client).replace("AsyncWebSocketAPI(", "WebSocketAPI(", 1)

    @property
    def _async_methods(self) -> AsyncWebSocketAPI:
        return self._async_client

    @property
    def logged_on(self) -> bool:
        """Whether the session is (to be) authenticated by session.logon, also after reconnects."""
        return self._async_client.logged_on

    @property
    def rate_limits(self) -> RateLimits:
        """The rate limits the last response reported."""
        return self._async_client.rate_limits

    @property
    def events(self) -> EventQueue[UserDataEvent]:
        """The user data events waiting to be read (`next_event`); `events.dropped` counts those lost."""
        return self._async_client.events

    def request(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        *,
        request_id: str | int | None = None,
        timeout: float | None = None,
        sign: bool | None = None,
        recv_window: RecvWindow | None = None,
    ) -> WebSocketResponse:
        """Send one request as given (signed when the method's spec says so, or `sign=True`)."""
        return self._wait(
            self._async_client.request(
                method, params, request_id=request_id, timeout=timeout, sign=sign, recv_window=recv_window
            )
        )

    def call(
        self,
        method: str,
        /,
        *,
        request_id: str | int | None = None,
        timeout: float | None = None,
        recv_window: RecvWindow | None = None,
        encoding: Encoding | None = None,
        **arguments: Any,
    ) -> Any:
        """Call a method of the spec by name with Python-named arguments; return its parsed result
        (`encoding`: as `AsyncWebSocketAPI.call` takes it)."""
        return self._wait(
            self._async_client.call(
                method, request_id=request_id, timeout=timeout, recv_window=recv_window, encoding=encoding, **arguments
            )
        )

    def session_logon(self, *, recv_window: RecvWindow | None = None) -> SessionStatus:
        """session.logon: authenticate the connection (Ed25519 only); later requests need no signature."""
        return self._wait(self._async_client.session_logon(recv_window=recv_window))

    def session_status(self) -> SessionStatus:
        """session.status: which API key (if any) authorises this connection."""
        return self._wait(self._async_client.session_status())

    def session_logout(self) -> SessionStatus:
        """session.logout: forget the API key; signed requests need a signature again."""
        return self._wait(self._async_client.session_logout())

    def session_subscriptions(self) -> list[int]:
        """session.subscriptions: the ids of the active user data subscriptions."""
        return self._wait(self._async_client.session_subscriptions())

    def user_data_stream_subscribe(self) -> int:
        """userDataStream.subscribe: the logged-on account's events arrive in `events`; resubscribed on reconnect."""
        return self._wait(self._async_client.user_data_stream_subscribe())

    def user_data_stream_subscribe_signature(self, *, recv_window: RecvWindow | None = None) -> int:
        """userDataStream.subscribe.signature: subscribe without session.logon (any key type)."""
        return self._wait(self._async_client.user_data_stream_subscribe_signature(recv_window=recv_window))

    def user_data_stream_subscribe_listen_token(self, listen_token: str) -> ListenTokenSubscription:
        """userDataStream.subscribe.listenToken: a margin account's events, authorised by a listen token."""
        return self._wait(self._async_client.user_data_stream_subscribe_listen_token(listen_token))

    def user_data_stream_unsubscribe(self, subscription_id: int | None = None) -> None:
        """userDataStream.unsubscribe: stop one subscription, or all of them."""
        self._wait(self._async_client.user_data_stream_unsubscribe(subscription_id))

    def next_event(self, timeout: float | None = None) -> UserDataEvent:
        """The next user data event, waiting up to `timeout` seconds."""
        return self._loop.run(self._async_client.events.get(), timeout)


class MarketStreams(_Blocking[AsyncMarketStreams]):
    """`AsyncMarketStreams` with blocking methods; iterate it for messages.

    Takes the arguments of `AsyncMarketStreams`.
    """

    @_takes_arguments_of(AsyncMarketStreams)
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(lambda: AsyncMarketStreams(*args, **kwargs))

    def __repr__(self) -> str:
        return repr(self._async_client).replace("AsyncMarketStreams(", "MarketStreams(", 1)

    @property
    def streams(self) -> list[str]:
        """The streams subscribed to, kept across reconnects."""
        return list(self._async_client.streams)

    @property
    def messages(self) -> EventQueue[StreamMessage]:
        """The messages waiting to be read (`next_message`); `messages.dropped` counts those lost."""
        return self._async_client.messages

    def subscribe(self, *streams: str) -> None:
        """Add streams on the live connection; they are kept across reconnects."""
        self._wait(self._async_client.subscribe(*streams))

    def unsubscribe(self, *streams: str) -> None:
        self._wait(self._async_client.unsubscribe(*streams))

    def list_subscriptions(self) -> list[str]:
        return self._wait(self._async_client.list_subscriptions())

    def recv(self) -> StreamMessage:
        """The next message (waits for one)."""
        return self._wait(self._async_client.recv())

    def next_message(self, timeout: float | None = None) -> StreamMessage:
        """The next stream message, waiting up to `timeout` seconds."""
        return self._loop.run(self._async_client.recv(), timeout)

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> StreamMessage:
        return self.next_message()
