"""The iterators of the `stocks` operations: mixins of its group classes (see `_paging.py`).

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
    from ..models import EquityOrder, EquityOrderType, EquityTrade, OrderSide

DecimalLike = str | int | float | Decimal

_EQUITY_ORDER_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_EQUITY_TRADE_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)


class StocksPaging:
    """The iterators of the `stocks` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_equity_order_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        symbol: str | None = None,
        order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_status: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[EquityOrder]:
        """US equity order history: every item, page by page.

        Walks the pages of `Spot.stocks.equity_order_history` by page number, and yields each item once,
        in the order Binance lists them (it gives no time to sort by). Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            symbol: As for `Spot.stocks.equity_order_history`.
            order_type: As for `Spot.stocks.equity_order_history`.
            side: As for `Spot.stocks.equity_order_history`.
            order_status: As for `Spot.stocks.equity_order_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.stocks import equity_order_history as _operation

        walk = PageWalk(
            _EQUITY_ORDER_HISTORY,
            {
                "symbol": symbol,
                "order_type": order_type,
                "side": side,
                "order_status": order_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_equity_trade_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[EquityTrade]:
        """US equity executions: every item, page by page.

        Walks the pages of `Spot.stocks.equity_trade_history` by page number, and yields each item once,
        in the order Binance lists them (it gives no time to sort by). Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            symbol: As for `Spot.stocks.equity_trade_history`.
            side: As for `Spot.stocks.equity_trade_history`.
            order_id: As for `Spot.stocks.equity_trade_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.stocks import equity_trade_history as _operation

        walk = PageWalk(
            _EQUITY_TRADE_HISTORY,
            {
                "symbol": symbol,
                "side": side,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncStocksPaging:
    """The iterators of the `stocks` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_equity_order_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        symbol: str | None = None,
        order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_status: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[EquityOrder]:
        """Every item of `Spot.stocks.equity_order_history` over a range, page by page (an async iterator; see `Spot.stocks.iter_equity_order_history`)."""
        from ..api.stocks import equity_order_history as _operation

        walk = PageWalk(
            _EQUITY_ORDER_HISTORY,
            {
                "symbol": symbol,
                "order_type": order_type,
                "side": side,
                "order_status": order_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_equity_trade_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[EquityTrade]:
        """Every item of `Spot.stocks.equity_trade_history` over a range, page by page (an async iterator; see `Spot.stocks.iter_equity_trade_history`)."""
        from ..api.stocks import equity_trade_history as _operation

        walk = PageWalk(
            _EQUITY_TRADE_HISTORY,
            {
                "symbol": symbol,
                "side": side,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
