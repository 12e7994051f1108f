"""The bounded queue between a socket and its reader, and what happens when it is full."""

from __future__ import annotations

import asyncio
import logging
from typing import Generic, TypeVar

__all__ = ["EventQueue"]

logger = logging.getLogger("binance_spot_client.websocket")

T = TypeVar("T")


class EventQueue(Generic[T]):
    """A bounded FIFO that drops the oldest item when full.

    The socket must keep being read (Binance disconnects a client that stops
    answering pings), so a slow consumer loses the oldest events, never the newest;
    `dropped` counts them. An order book helper sees the gap in update ids and resyncs.
    """

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self._queue: asyncio.Queue[T] = asyncio.Queue(maxsize)
        self.dropped: int = 0

    def put(self, item: T) -> None:
        if self._queue.full():
            self._queue.get_nowait()
            self.dropped += 1
            if self.dropped == 1 or self.dropped % 1000 == 0:
                logger.warning("event queue full: dropped %d oldest events so far", self.dropped)
        self._queue.put_nowait(item)

    async def get(self) -> T:
        return await self._queue.get()

    def qsize(self) -> int:
        return self._queue.qsize()
