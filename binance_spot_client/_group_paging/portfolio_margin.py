"""The iterators of the `portfolio_margin` operations: mixins of its group classes (see `_paging.py`).

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
    from ..models import PortfolioMarginLoanRepay

DecimalLike = str | int | float | Decimal

_PORTFOLIO_MARGIN_BANKRUPTCY_LOAN_REPAY_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="repay_time",
    items="rows",
)


class PortfolioMarginPaging:
    """The iterators of the `portfolio_margin` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_portfolio_margin_bankruptcy_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[PortfolioMarginLoanRepay]:
        """Bankruptcy loan repayments: every item, page by page.

        Walks the pages of `Spot.portfolio_margin.portfolio_margin_bankruptcy_loan_repay_history` by
        page number, and yields each item once, in time order within each window of the range. Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 500.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.portfolio_margin import portfolio_margin_bankruptcy_loan_repay_history as _operation

        walk = PageWalk(
            _PORTFOLIO_MARGIN_BANKRUPTCY_LOAN_REPAY_HISTORY,
            {},
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncPortfolioMarginPaging:
    """The iterators of the `portfolio_margin` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_portfolio_margin_bankruptcy_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[PortfolioMarginLoanRepay]:
        """Every item of `Spot.portfolio_margin.portfolio_margin_bankruptcy_loan_repay_history` over a range, page by page (an async iterator; see `Spot.portfolio_margin.iter_portfolio_margin_bankruptcy_loan_repay_history`)."""
        from ..api.portfolio_margin import portfolio_margin_bankruptcy_loan_repay_history as _operation

        walk = PageWalk(
            _PORTFOLIO_MARGIN_BANKRUPTCY_LOAN_REPAY_HISTORY,
            {},
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
