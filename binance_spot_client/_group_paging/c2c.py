"""The iterators of the `c2c` operations: mixins of its group classes (see `_paging.py`).

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, Unpack

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
    from ..models import C2CTrade, OrderSide

DecimalLike = str | int | float | Decimal

_C_2_C_TRADE_HISTORY = Paging("page", limit="rows", page_size=100, cursor="page", item_time="create_time", items="data")


class C2cPaging:
    """The iterators of the `c2c` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_c_2_c_trade_history(
        self,
        *,
        trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_timestamp: TimeLike | None = None,
        end_timestamp: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[C2CTrade]:
        """C2C trade history: every item, page by page.

        Walks the pages of `Spot.c2c.c_2_c_trade_history` by page number, and yields each item once, in
        time order within each window of the range. Before each page it waits out the local rate-limit
        guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again
        for a page refused with a 429. Each page is one call of weight 1.

        Args:
            trade_type: As for `Spot.c2c.c_2_c_trade_history`.
            start_timestamp: As for `Spot.c2c.c_2_c_trade_history`.
            end_timestamp: As for `Spot.c2c.c_2_c_trade_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.c2c import c_2_c_trade_history as _operation

        walk = PageWalk(
            _C_2_C_TRADE_HISTORY,
            {
                "trade_type": trade_type,
                "start_timestamp": start_timestamp,
                "end_timestamp": end_timestamp,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncC2cPaging:
    """The iterators of the `c2c` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_c_2_c_trade_history(
        self,
        *,
        trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_timestamp: TimeLike | None = None,
        end_timestamp: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[C2CTrade]:
        """Every item of `Spot.c2c.c_2_c_trade_history` over a range, page by page (an async iterator; see `Spot.c2c.iter_c_2_c_trade_history`)."""
        from ..api.c2c import c_2_c_trade_history as _operation

        walk = PageWalk(
            _C_2_C_TRADE_HISTORY,
            {
                "trade_type": trade_type,
                "start_timestamp": start_timestamp,
                "end_timestamp": end_timestamp,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
