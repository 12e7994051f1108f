"""A local order book kept from a REST depth snapshot and the diff. depth stream.

The procedure is Binance's own ("How to manage a local order book correctly"):

1. buffer `<symbol>@depth` events, noting the first event's `U`;
2. fetch a snapshot; while its `lastUpdateId` is below that first `U`, fetch again;
3. drop buffered events with `u <= lastUpdateId`; the first one left must contain
   `lastUpdateId + 1` in `[U, u]`;
4. apply the rest, then every new event: ignore one with `u` below the book's id,
   and treat `U > id + 1` as a gap: discard the book and start again from 1;
5. a level's quantity replaces the old one; a zero quantity removes the level.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from decimal import Decimal
from typing import Protocol

from binance_spot_client._stream_events import DepthUpdate

__all__ = ["LocalOrderBook"]

logger = logging.getLogger("binance_spot_client.websocket")

_SNAPSHOT_ATTEMPTS = 5


class _Level(Protocol):
    price: str
    quantity: str


class _Snapshot(Protocol):
    """What the generated REST `OrderBook` model offers."""

    # Read-only, so that a model holding a list of its own level type fits (a list is invariant).
    @property
    def last_update_id(self) -> int: ...
    @property
    def bids(self) -> Sequence[_Level]: ...
    @property
    def asks(self) -> Sequence[_Level]: ...


class LocalOrderBook:
    """One symbol's book, fed with DepthUpdate events; `snapshot` fetches REST depth.

        book = LocalOrderBook("BNBBTC", lambda: spot.depth("BNBBTC", limit=5000))   # spot: AsyncSpot
        async for message in streams:          # AsyncMarketStreams(["bnbbtc@depth"])
            await book.apply(message.event)
            if book.synced: print(book.best_bid(), book.best_ask())

    Prices and quantities stay Binance's exact text; levels are ordered by their
    decimal value. `resyncs` counts how often a gap forced a new snapshot.
    """

    def __init__(self, symbol: str, snapshot: Callable[[], Awaitable[_Snapshot]]) -> None:
        self.symbol: str = symbol.upper()
        self._snapshot = snapshot
        self._bids: dict[Decimal, tuple[str, str]] = {}
        self._asks: dict[Decimal, tuple[str, str]] = {}
        self._buffer: list[DepthUpdate] = []
        self.last_update_id: int | None = None
        self.resyncs: int = 0

    def __repr__(self) -> str:
        return f"LocalOrderBook({self.symbol!r}, synced={self.synced}, last_update_id={self.last_update_id})"

    @property
    def synced(self) -> bool:
        return self.last_update_id is not None

    @property
    def bids(self) -> list[tuple[str, str]]:
        """(price, quantity), best (highest) first."""
        return [self._bids[price] for price in sorted(self._bids, reverse=True)]

    @property
    def asks(self) -> list[tuple[str, str]]:
        """(price, quantity), best (lowest) first."""
        return [self._asks[price] for price in sorted(self._asks)]

    def best_bid(self) -> tuple[str, str] | None:
        return self._bids[max(self._bids)] if self._bids else None

    def best_ask(self) -> tuple[str, str] | None:
        return self._asks[min(self._asks)] if self._asks else None

    async def apply(self, event: object) -> None:
        """Feed one stream event; events of other types or symbols are ignored."""
        if not isinstance(event, DepthUpdate) or event.symbol.upper() != self.symbol:
            return
        if self.last_update_id is None:
            self._buffer.append(event)
            await self._sync()
            return
        if event.final_update_id < self.last_update_id:
            return  # older than the book: already contained in it
        if event.first_update_id > self.last_update_id + 1:
            self._restart(event)
            await self._sync()
            return
        self._update(event)

    def _restart(self, event: DepthUpdate) -> None:
        logger.warning(
            "%s: depth gap (book at %s, event starts at %d): resyncing",
            self.symbol,
            self.last_update_id,
            event.first_update_id,
        )
        self.resyncs += 1
        self.last_update_id = None
        self._bids.clear()
        self._asks.clear()
        self._buffer = [event]

    async def _sync(self) -> None:
        first_u = self._buffer[0].first_update_id
        for _ in range(_SNAPSHOT_ATTEMPTS):
            snapshot = await self._snapshot()
            if snapshot.last_update_id >= first_u:
                break
        else:
            return  # still older than the buffered events: try again with the next event
        start = snapshot.last_update_id
        pending = [event for event in self._buffer if event.final_update_id > start]
        if pending and pending[0].first_update_id > start + 1:
            # The buffered events themselves skip ids: start buffering again from the next event.
            self._buffer = []
            return
        self._bids = {Decimal(level.price): (level.price, level.quantity) for level in snapshot.bids}
        self._asks = {Decimal(level.price): (level.price, level.quantity) for level in snapshot.asks}
        self.last_update_id = start
        self._buffer = []
        for event in pending:
            self._update(event)

    def _update(self, event: DepthUpdate) -> None:
        for side, levels in ((self._bids, event.bids), (self._asks, event.asks)):
            for price, quantity in levels:
                key = Decimal(price)
                if Decimal(quantity) == 0:
                    side.pop(key, None)
                else:
                    side[key] = (price, quantity)
        self.last_update_id = event.final_update_id
