"""The iterators of the `crypto_loans` operations: mixins of its group classes (see `_paging.py`).

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
    from ..models import (
        CryptoLoansFlexibleBorrowRecord,
        CryptoLoansFlexibleInterestRate,
        CryptoLoansFlexibleLiquidation,
        CryptoLoansFlexibleLtvAdjustment,
        CryptoLoansFlexibleOngoingOrder,
        CryptoLoansFlexibleRepayRecord,
        CryptoLoansStableBorrowRecord,
        CryptoLoansStableLtvAdjustment,
        CryptoLoansStableOngoingOrder,
        CryptoLoansStableRepayRecord,
    )

DecimalLike = str | int | float | Decimal

_FLEXIBLE_LOAN_BORROW_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="borrow_time",
    items="rows",
)
_FLEXIBLE_LOAN_INTEREST_RATE_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_FLEXIBLE_LOAN_LIQUIDATION_HISTORY = Paging(
    "page", limit="limit", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_FLEXIBLE_LOAN_LTV_ADJUSTMENT_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="adjust_time",
    items="rows",
)
_FLEXIBLE_LOAN_ONGOING_ORDERS = Paging("page", limit="limit", page_size=100, cursor="current", items="rows")
_FLEXIBLE_LOAN_REPAY_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="repay_time",
    items="rows",
)
_STABLE_LOAN_BORROW_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="borrow_time",
    items="rows",
)
_STABLE_LOAN_LTV_ADJUSTMENT_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="adjust_time",
    items="rows",
)
_STABLE_LOAN_ONGOING_ORDERS = Paging("page", limit="limit", page_size=100, cursor="current", items="rows")
_STABLE_LOAN_REPAY_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="repay_time",
    items="rows",
)


class CryptoLoansPaging:
    """The iterators of the `crypto_loans` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_flexible_loan_borrow_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleBorrowRecord]:
        """Flexible-rate loan borrow history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_borrow_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            loan_coin: As for `Spot.crypto_loans.flexible_loan_borrow_history`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_borrow_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import flexible_loan_borrow_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_BORROW_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleInterestRate]:
        """Flexible-rate interest rate history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_interest_rate_history` by page number, and
        yields each item once, in time order within each window of the range. Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            coin: As for `Spot.crypto_loans.flexible_loan_interest_rate_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import flexible_loan_interest_rate_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_INTEREST_RATE_HISTORY,
            {
                "coin": coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_liquidation_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleLiquidation]:
        """Flexible-rate loan liquidation history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_liquidation_history` by page number, and
        yields each item once, in the order Binance lists them (it gives no time to sort by). Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            loan_coin: As for `Spot.crypto_loans.flexible_loan_liquidation_history`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_liquidation_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import flexible_loan_liquidation_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_LIQUIDATION_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_ltv_adjustment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleLtvAdjustment]:
        """Flexible-rate loan LTV adjustment history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_ltv_adjustment_history` by page number, and
        yields each item once, in time order within each window of the range. Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            loan_coin: As for `Spot.crypto_loans.flexible_loan_ltv_adjustment_history`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_ltv_adjustment_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import flexible_loan_ltv_adjustment_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_LTV_ADJUSTMENT_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_ongoing_orders(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleOngoingOrder]:
        """Ongoing flexible-rate loans: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_ongoing_orders` by page number, and yields
        each item once, in the order Binance lists them (it gives no time to sort by). Before each page
        it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 300.

        Args:
            loan_coin: As for `Spot.crypto_loans.flexible_loan_ongoing_orders`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_ongoing_orders`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import flexible_loan_ongoing_orders as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_ONGOING_ORDERS,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleRepayRecord]:
        """Flexible-rate loan repayment history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_repay_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            loan_coin: As for `Spot.crypto_loans.flexible_loan_repay_history`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_repay_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import flexible_loan_repay_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_REPAY_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_borrow_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansStableBorrowRecord]:
        """Stable-rate loan borrow history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.stable_loan_borrow_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.crypto_loans.stable_loan_borrow_history`.
            loan_coin: As for `Spot.crypto_loans.stable_loan_borrow_history`.
            collateral_coin: As for `Spot.crypto_loans.stable_loan_borrow_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import stable_loan_borrow_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_BORROW_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_ltv_adjustment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansStableLtvAdjustment]:
        """Stable-rate loan LTV adjustment history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.stable_loan_ltv_adjustment_history` by page number, and
        yields each item once, in time order within each window of the range. Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.crypto_loans.stable_loan_ltv_adjustment_history`.
            loan_coin: As for `Spot.crypto_loans.stable_loan_ltv_adjustment_history`.
            collateral_coin: As for `Spot.crypto_loans.stable_loan_ltv_adjustment_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import stable_loan_ltv_adjustment_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_LTV_ADJUSTMENT_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansStableOngoingOrder]:
        """Ongoing stable-rate loans (retired): every item, page by page.

        Walks the pages of `Spot.crypto_loans.stable_loan_ongoing_orders` by page number, and yields
        each item once, in the order Binance lists them (it gives no time to sort by). Before each page
        it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 300.

        Args:
            order_id: As for `Spot.crypto_loans.stable_loan_ongoing_orders`.
            loan_coin: As for `Spot.crypto_loans.stable_loan_ongoing_orders`.
            collateral_coin: As for `Spot.crypto_loans.stable_loan_ongoing_orders`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import stable_loan_ongoing_orders as _operation

        walk = PageWalk(
            _STABLE_LOAN_ONGOING_ORDERS,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansStableRepayRecord]:
        """Stable-rate loan repayment history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.stable_loan_repay_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.crypto_loans.stable_loan_repay_history`.
            loan_coin: As for `Spot.crypto_loans.stable_loan_repay_history`.
            collateral_coin: As for `Spot.crypto_loans.stable_loan_repay_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.crypto_loans import stable_loan_repay_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_REPAY_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncCryptoLoansPaging:
    """The iterators of the `crypto_loans` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_flexible_loan_borrow_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleBorrowRecord]:
        """Every item of `Spot.crypto_loans.flexible_loan_borrow_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_borrow_history`)."""
        from ..api.crypto_loans import flexible_loan_borrow_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_BORROW_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleInterestRate]:
        """Every item of `Spot.crypto_loans.flexible_loan_interest_rate_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_interest_rate_history`)."""
        from ..api.crypto_loans import flexible_loan_interest_rate_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_INTEREST_RATE_HISTORY,
            {
                "coin": coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_liquidation_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleLiquidation]:
        """Every item of `Spot.crypto_loans.flexible_loan_liquidation_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_liquidation_history`)."""
        from ..api.crypto_loans import flexible_loan_liquidation_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_LIQUIDATION_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_ltv_adjustment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleLtvAdjustment]:
        """Every item of `Spot.crypto_loans.flexible_loan_ltv_adjustment_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_ltv_adjustment_history`)."""
        from ..api.crypto_loans import flexible_loan_ltv_adjustment_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_LTV_ADJUSTMENT_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_ongoing_orders(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleOngoingOrder]:
        """Every item of `Spot.crypto_loans.flexible_loan_ongoing_orders` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_ongoing_orders`)."""
        from ..api.crypto_loans import flexible_loan_ongoing_orders as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_ONGOING_ORDERS,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleRepayRecord]:
        """Every item of `Spot.crypto_loans.flexible_loan_repay_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_repay_history`)."""
        from ..api.crypto_loans import flexible_loan_repay_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_REPAY_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_borrow_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansStableBorrowRecord]:
        """Every item of `Spot.crypto_loans.stable_loan_borrow_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_stable_loan_borrow_history`)."""
        from ..api.crypto_loans import stable_loan_borrow_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_BORROW_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_ltv_adjustment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansStableLtvAdjustment]:
        """Every item of `Spot.crypto_loans.stable_loan_ltv_adjustment_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_stable_loan_ltv_adjustment_history`)."""
        from ..api.crypto_loans import stable_loan_ltv_adjustment_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_LTV_ADJUSTMENT_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansStableOngoingOrder]:
        """Every item of `Spot.crypto_loans.stable_loan_ongoing_orders` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_stable_loan_ongoing_orders`)."""
        from ..api.crypto_loans import stable_loan_ongoing_orders as _operation

        walk = PageWalk(
            _STABLE_LOAN_ONGOING_ORDERS,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansStableRepayRecord]:
        """Every item of `Spot.crypto_loans.stable_loan_repay_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_stable_loan_repay_history`)."""
        from ..api.crypto_loans import stable_loan_repay_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_REPAY_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
