"""The iterators of the `margin` operations: mixins of its group classes (see `_paging.py`).

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
    former_keywords,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..models import (
        MarginBorrowRepayRecord,
        MarginBorrowRepayType,
        MarginForceLiquidation,
        MarginInterest,
        MarginIsolatedFlag,
        MarginOrder,
        MarginOrderList,
        MarginSmallLiabilityExchange,
        MarginTrade,
        MarginTransfer,
        MarginTransferDirection,
    )

DecimalLike = str | int | float | Decimal

_MARGIN_ALL_ORDER_LISTS = Paging(
    "id",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=86400000,
    cursor="from_id",
    item_id="order_list_id",
    item_time="transaction_time",
)
_MARGIN_ALL_ORDERS = Paging(
    "id",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=86400000,
    cursor="order_id",
    item_id="order_id",
    item_time="time",
)
_MARGIN_BORROW_REPAY_RECORDS = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)
_MARGIN_FORCE_LIQUIDATION_RECORD = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_MARGIN_INTEREST_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_MARGIN_MY_TRADES = Paging(
    "id",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=86400000,
    cursor="from_id",
    item_id="id",
    item_time="time",
)
_MARGIN_SMALL_LIABILITY_EXCHANGE_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)
_MARGIN_TRANSFER_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)


class MarginPaging:
    """The iterators of the `margin` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_margin_all_order_lists(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginOrderList]:
        """All margin order lists: every item, page by page.

        Walks the pages of `Spot.margin.margin_all_order_lists` by id: from the first item at or after
        the start, each page starts after the last item's id (the range cut into windows of at most 1
        day, the most one call covers), and yields each item once, in order, with no gap and no
        duplicate where pages meet. Before each page it waits out the local rate-limit guard (a 429's
        Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 200.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            is_isolated: As for `Spot.margin.margin_all_order_lists`.
            symbol: As for `Spot.margin.margin_all_order_lists`.
            from_id: As for `Spot.margin.margin_all_order_lists`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.margin import margin_all_order_lists as _operation

        walk = PageWalk(
            _MARGIN_ALL_ORDER_LISTS,
            {
                "is_isolated": is_isolated,
                "symbol": symbol,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_all_orders(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginOrder]:
        """All margin orders: every item, page by page.

        Walks the pages of `Spot.margin.margin_all_orders` by id: from the first item at or after the
        start, each page starts after the last item's id (the range cut into windows of at most 1 day,
        the most one call covers), and yields each item once, in order, with no gap and no duplicate
        where pages meet. Before each page it waits out the local rate-limit guard (a 429's Retry-After,
        up to the retry policy's `max_rate_limit_wait`), and it asks again for a page refused with a
        429. Each page is one call of weight 200.

        Args:
            symbol: As for `Spot.margin.margin_all_orders`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            is_isolated: As for `Spot.margin.margin_all_orders`.
            order_id: As for `Spot.margin.margin_all_orders`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.margin import margin_all_orders as _operation

        walk = PageWalk(
            _MARGIN_ALL_ORDERS,
            {
                "symbol": symbol,
                "is_isolated": is_isolated,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_margin_borrow_repay_records(
        self,
        type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        tx_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginBorrowRepayRecord]:
        """Borrow and repay records: every item, page by page.

        Walks the pages of `Spot.margin.margin_borrow_repay_records` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 10.

        Args:
            type: As for `Spot.margin.margin_borrow_repay_records`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.margin.margin_borrow_repay_records`.
            isolated_symbol: As for `Spot.margin.margin_borrow_repay_records`.
            tx_id: As for `Spot.margin.margin_borrow_repay_records`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.margin import margin_borrow_repay_records as _operation

        walk = PageWalk(
            _MARGIN_BORROW_REPAY_RECORDS,
            {
                "type": type,
                "asset": asset,
                "isolated_symbol": isolated_symbol,
                "tx_id": tx_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_force_liquidation_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        isolated_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginForceLiquidation]:
        """Forced liquidation record: every item, page by page.

        Walks the pages of `Spot.margin.margin_force_liquidation_record` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            isolated_symbol: As for `Spot.margin.margin_force_liquidation_record`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.margin import margin_force_liquidation_record as _operation

        walk = PageWalk(
            _MARGIN_FORCE_LIQUIDATION_RECORD,
            {
                "isolated_symbol": isolated_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_interest_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        archived: bool | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginInterest]:
        """Interest history: every item, page by page.

        Walks the pages of `Spot.margin.margin_interest_history` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.margin.margin_interest_history`.
            isolated_symbol: As for `Spot.margin.margin_interest_history`.
            archived: As for `Spot.margin.margin_interest_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.margin import margin_interest_history as _operation

        walk = PageWalk(
            _MARGIN_INTEREST_HISTORY,
            {
                "asset": asset,
                "isolated_symbol": isolated_symbol,
                "archived": archived,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_my_trades(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginTrade]:
        """Margin trades: every item, page by page.

        Walks the pages of `Spot.margin.margin_my_trades` by id: from the first item at or after the
        start, each page starts after the last item's id (the range cut into windows of at most 1 day,
        the most one call covers), and yields each item once, in order, with no gap and no duplicate
        where pages meet. Before each page it waits out the local rate-limit guard (a 429's Retry-After,
        up to the retry policy's `max_rate_limit_wait`), and it asks again for a page refused with a
        429. Each page is one call of weight 10.

        Args:
            symbol: As for `Spot.margin.margin_my_trades`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            is_isolated: As for `Spot.margin.margin_my_trades`.
            order_id: As for `Spot.margin.margin_my_trades`.
            from_id: As for `Spot.margin.margin_my_trades`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.margin import margin_my_trades as _operation

        walk = PageWalk(
            _MARGIN_MY_TRADES,
            {
                "symbol": symbol,
                "is_isolated": is_isolated,
                "order_id": order_id,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_small_liability_exchange_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginSmallLiabilityExchange]:
        """Small liability exchange history: every item, page by page.

        Walks the pages of `Spot.margin.margin_small_liability_exchange_history` by page number, and
        yields each item once, in time order within each window of the range. Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 100.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.margin import margin_small_liability_exchange_history as _operation

        walk = PageWalk(
            _MARGIN_SMALL_LIABILITY_EXCHANGE_HISTORY,
            {},
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_margin_transfer_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
        isolated_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginTransfer]:
        """Margin transfer history: every item, page by page.

        Walks the pages of `Spot.margin.margin_transfer_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.margin.margin_transfer_history`.
            type: As for `Spot.margin.margin_transfer_history`.
            isolated_symbol: As for `Spot.margin.margin_transfer_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.margin import margin_transfer_history as _operation

        walk = PageWalk(
            _MARGIN_TRANSFER_HISTORY,
            {
                "asset": asset,
                "type": type,
                "isolated_symbol": isolated_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncMarginPaging:
    """The iterators of the `margin` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_margin_all_order_lists(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginOrderList]:
        """Every item of `Spot.margin.margin_all_order_lists` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_all_order_lists`)."""
        from ..api.margin import margin_all_order_lists as _operation

        walk = PageWalk(
            _MARGIN_ALL_ORDER_LISTS,
            {
                "is_isolated": is_isolated,
                "symbol": symbol,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_all_orders(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginOrder]:
        """Every item of `Spot.margin.margin_all_orders` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_all_orders`)."""
        from ..api.margin import margin_all_orders as _operation

        walk = PageWalk(
            _MARGIN_ALL_ORDERS,
            {
                "symbol": symbol,
                "is_isolated": is_isolated,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_margin_borrow_repay_records(
        self,
        type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        tx_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginBorrowRepayRecord]:
        """Every item of `Spot.margin.margin_borrow_repay_records` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_borrow_repay_records`)."""
        from ..api.margin import margin_borrow_repay_records as _operation

        walk = PageWalk(
            _MARGIN_BORROW_REPAY_RECORDS,
            {
                "type": type,
                "asset": asset,
                "isolated_symbol": isolated_symbol,
                "tx_id": tx_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_force_liquidation_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        isolated_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginForceLiquidation]:
        """Every item of `Spot.margin.margin_force_liquidation_record` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_force_liquidation_record`)."""
        from ..api.margin import margin_force_liquidation_record as _operation

        walk = PageWalk(
            _MARGIN_FORCE_LIQUIDATION_RECORD,
            {
                "isolated_symbol": isolated_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_interest_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        archived: bool | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginInterest]:
        """Every item of `Spot.margin.margin_interest_history` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_interest_history`)."""
        from ..api.margin import margin_interest_history as _operation

        walk = PageWalk(
            _MARGIN_INTEREST_HISTORY,
            {
                "asset": asset,
                "isolated_symbol": isolated_symbol,
                "archived": archived,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_my_trades(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginTrade]:
        """Every item of `Spot.margin.margin_my_trades` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_my_trades`)."""
        from ..api.margin import margin_my_trades as _operation

        walk = PageWalk(
            _MARGIN_MY_TRADES,
            {
                "symbol": symbol,
                "is_isolated": is_isolated,
                "order_id": order_id,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_small_liability_exchange_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginSmallLiabilityExchange]:
        """Every item of `Spot.margin.margin_small_liability_exchange_history` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_small_liability_exchange_history`)."""
        from ..api.margin import margin_small_liability_exchange_history as _operation

        walk = PageWalk(
            _MARGIN_SMALL_LIABILITY_EXCHANGE_HISTORY,
            {},
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_margin_transfer_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
        isolated_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginTransfer]:
        """Every item of `Spot.margin.margin_transfer_history` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_transfer_history`)."""
        from ..api.margin import margin_transfer_history as _operation

        walk = PageWalk(
            _MARGIN_TRANSFER_HISTORY,
            {
                "asset": asset,
                "type": type,
                "isolated_symbol": isolated_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
