"""The iterators of the `vip_loans` operations: mixins of its group classes (see `_paging.py`).

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Unpack

from ..signing import (
    AsyncSpotClient,
    CallOptions,
    DurationLike,
    PageWalk,
    Paging,
    SpotClient,
    TimeLike,
    aiterate_pages,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..models import (
        VipLoansAccruedInterest,
        VipLoansApplication,
        VipLoansFixedRateOffer,
        VipLoansInterestRate,
        VipLoansOngoingOrder,
        VipLoansRepayRecord,
    )

DecimalLike = str | int | float | Decimal

_VIP_LOAN_ACCRUED_INTEREST = Paging(
    "page", limit="limit", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_VIP_LOAN_APPLICATION_STATUS = Paging("page", limit="limit", page_size=100, cursor="current", items="rows")
_VIP_LOAN_FIXED_RATE_MARKET = Paging("page", limit="size", page_size=100, cursor="current", items="rows")
_VIP_LOAN_INTEREST_RATE_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_VIP_LOAN_ONGOING_ORDERS = Paging("page", limit="limit", page_size=100, cursor="current", items="rows")
_VIP_LOAN_REPAY_HISTORY = Paging(
    "page", limit="limit", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)


class VipLoansPaging:
    """The iterators of the `vip_loans` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_vip_loan_accrued_interest(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansAccruedInterest]:
        """VIP loan interest records: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_accrued_interest` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.vip_loans.vip_loan_accrued_interest`.
            loan_coin: As for `Spot.vip_loans.vip_loan_accrued_interest`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.vip_loans import vip_loan_accrued_interest as _operation

        walk = PageWalk(
            _VIP_LOAN_ACCRUED_INTEREST,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_application_status(
        self,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansApplication]:
        """VIP loan applications: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_application_status` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.vip_loans import vip_loan_application_status as _operation

        walk = PageWalk(_VIP_LOAN_APPLICATION_STATUS, {}, None, None, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_fixed_rate_market(
        self,
        loan_coin: str,
        *,
        duration: DurationLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansFixedRateOffer]:
        """VIP fixed-rate market: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_fixed_rate_market` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 6000.

        Args:
            loan_coin: As for `Spot.vip_loans.vip_loan_fixed_rate_market`.
            duration: As for `Spot.vip_loans.vip_loan_fixed_rate_market`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.vip_loans import vip_loan_fixed_rate_market as _operation

        walk = PageWalk(
            _VIP_LOAN_FIXED_RATE_MARKET,
            {
                "loan_coin": loan_coin,
                "duration": duration,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansInterestRate]:
        """VIP loan interest rate history: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_interest_rate_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            coin: As for `Spot.vip_loans.vip_loan_interest_rate_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.vip_loans import vip_loan_interest_rate_history as _operation

        walk = PageWalk(
            _VIP_LOAN_INTEREST_RATE_HISTORY,
            {
                "coin": coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        collateral_account_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansOngoingOrder]:
        """Ongoing VIP loans: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_ongoing_orders` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            order_id: As for `Spot.vip_loans.vip_loan_ongoing_orders`.
            collateral_account_id: As for `Spot.vip_loans.vip_loan_ongoing_orders`.
            loan_coin: As for `Spot.vip_loans.vip_loan_ongoing_orders`.
            collateral_coin: As for `Spot.vip_loans.vip_loan_ongoing_orders`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.vip_loans import vip_loan_ongoing_orders as _operation

        walk = PageWalk(
            _VIP_LOAN_ONGOING_ORDERS,
            {
                "order_id": order_id,
                "collateral_account_id": collateral_account_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansRepayRecord]:
        """VIP loan repayment history: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_repay_history` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.vip_loans.vip_loan_repay_history`.
            loan_coin: As for `Spot.vip_loans.vip_loan_repay_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.vip_loans import vip_loan_repay_history as _operation

        walk = PageWalk(
            _VIP_LOAN_REPAY_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncVipLoansPaging:
    """The iterators of the `vip_loans` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_vip_loan_accrued_interest(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansAccruedInterest]:
        """Every item of `Spot.vip_loans.vip_loan_accrued_interest` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_accrued_interest`)."""
        from ..api.vip_loans import vip_loan_accrued_interest as _operation

        walk = PageWalk(
            _VIP_LOAN_ACCRUED_INTEREST,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_application_status(
        self,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansApplication]:
        """Every item of `Spot.vip_loans.vip_loan_application_status` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_application_status`)."""
        from ..api.vip_loans import vip_loan_application_status as _operation

        walk = PageWalk(_VIP_LOAN_APPLICATION_STATUS, {}, None, None, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_fixed_rate_market(
        self,
        loan_coin: str,
        *,
        duration: DurationLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansFixedRateOffer]:
        """Every item of `Spot.vip_loans.vip_loan_fixed_rate_market` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_fixed_rate_market`)."""
        from ..api.vip_loans import vip_loan_fixed_rate_market as _operation

        walk = PageWalk(
            _VIP_LOAN_FIXED_RATE_MARKET,
            {
                "loan_coin": loan_coin,
                "duration": duration,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansInterestRate]:
        """Every item of `Spot.vip_loans.vip_loan_interest_rate_history` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_interest_rate_history`)."""
        from ..api.vip_loans import vip_loan_interest_rate_history as _operation

        walk = PageWalk(
            _VIP_LOAN_INTEREST_RATE_HISTORY,
            {
                "coin": coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        collateral_account_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansOngoingOrder]:
        """Every item of `Spot.vip_loans.vip_loan_ongoing_orders` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_ongoing_orders`)."""
        from ..api.vip_loans import vip_loan_ongoing_orders as _operation

        walk = PageWalk(
            _VIP_LOAN_ONGOING_ORDERS,
            {
                "order_id": order_id,
                "collateral_account_id": collateral_account_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansRepayRecord]:
        """Every item of `Spot.vip_loans.vip_loan_repay_history` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_repay_history`)."""
        from ..api.vip_loans import vip_loan_repay_history as _operation

        walk = PageWalk(
            _VIP_LOAN_REPAY_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
