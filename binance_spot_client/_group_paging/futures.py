"""The iterators of the `futures` operations: mixins of its group classes (see `_paging.py`).

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Unpack

from ..signing import (
    AsyncSpotClient,
    CallOptions,
    PageWalk,
    Paging,
    SpotClient,
    TimeLike,
    aiterate_pages,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..models import FuturesTransferRecord

DecimalLike = str | int | float | Decimal

_FUTURES_TRANSFER_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)


class FuturesPaging:
    """The iterators of the `futures` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_futures_transfer_history(
        self,
        asset: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[FuturesTransferRecord]:
        """History of spot–futures transfers: every item, page by page.

        Walks the pages of `Spot.futures.futures_transfer_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 10.

        Args:
            asset: As for `Spot.futures.futures_transfer_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.futures import futures_transfer_history as _operation

        walk = PageWalk(
            _FUTURES_TRANSFER_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncFuturesPaging:
    """The iterators of the `futures` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_futures_transfer_history(
        self,
        asset: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FuturesTransferRecord]:
        """Every item of `Spot.futures.futures_transfer_history` over a range, page by page (an async iterator; see `Spot.futures.iter_futures_transfer_history`)."""
        from ..api.futures import futures_transfer_history as _operation

        walk = PageWalk(
            _FUTURES_TRANSFER_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
