"""The iterators of the `auto_invest` operations: mixins of its group classes (see `_paging.py`).

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
    from ..models import (
        AutoInvestPlanTypeFilter,
        AutoInvestRebalance,
        AutoInvestRedemptionRecord,
        AutoInvestSubscriptionRecord,
    )

DecimalLike = str | int | float | Decimal

_INDEX_LINKED_PLAN_REBALANCE_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current"
)
_INDEX_LINKED_PLAN_REDEMPTION_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current"
)
_INVESTMENT_PLAN_SUBSCRIPTION_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current"
)


class AutoInvestPaging:
    """The iterators of the `auto_invest` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_index_linked_plan_rebalance_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[AutoInvestRebalance]:
        """Index-linked rebalance history: every item, page by page.

        Walks the pages of `Spot.auto_invest.index_linked_plan_rebalance_history` by page number, and
        yields each item once, in the order Binance lists them (it gives no time to sort by). Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.auto_invest import index_linked_plan_rebalance_history as _operation

        walk = PageWalk(
            _INDEX_LINKED_PLAN_REBALANCE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms()
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_index_linked_plan_redemption_history(
        self,
        request_id: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[AutoInvestRedemptionRecord]:
        """Index-linked redemption history: every item, page by page.

        Walks the pages of `Spot.auto_invest.index_linked_plan_redemption_history` by page number, and
        yields each item once, in the order Binance lists them (it gives no time to sort by). Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            request_id: As for `Spot.auto_invest.index_linked_plan_redemption_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.auto_invest.index_linked_plan_redemption_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.auto_invest import index_linked_plan_redemption_history as _operation

        walk = PageWalk(
            _INDEX_LINKED_PLAN_REDEMPTION_HISTORY,
            {
                "request_id": request_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_investment_plan_subscription_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        plan_id: int | None = None,
        target_asset: str | None = None,
        plan_type: AutoInvestPlanTypeFilter | Literal["SINGLE", "PORTFOLIO", "INDEX", "ALL"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[AutoInvestSubscriptionRecord]:
        """Auto-Invest purchase history: every item, page by page.

        Walks the pages of `Spot.auto_invest.investment_plan_subscription_history` by page number, and
        yields each item once, in the order Binance lists them (it gives no time to sort by). Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            plan_id: As for `Spot.auto_invest.investment_plan_subscription_history`.
            target_asset: As for `Spot.auto_invest.investment_plan_subscription_history`.
            plan_type: As for `Spot.auto_invest.investment_plan_subscription_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.auto_invest import investment_plan_subscription_history as _operation

        walk = PageWalk(
            _INVESTMENT_PLAN_SUBSCRIPTION_HISTORY,
            {
                "plan_id": plan_id,
                "target_asset": target_asset,
                "plan_type": plan_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncAutoInvestPaging:
    """The iterators of the `auto_invest` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_index_linked_plan_rebalance_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AutoInvestRebalance]:
        """Every item of `Spot.auto_invest.index_linked_plan_rebalance_history` over a range, page by page (an async iterator; see `Spot.auto_invest.iter_index_linked_plan_rebalance_history`)."""
        from ..api.auto_invest import index_linked_plan_rebalance_history as _operation

        walk = PageWalk(
            _INDEX_LINKED_PLAN_REBALANCE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms()
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_index_linked_plan_redemption_history(
        self,
        request_id: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AutoInvestRedemptionRecord]:
        """Every item of `Spot.auto_invest.index_linked_plan_redemption_history` over a range, page by page (an async iterator; see `Spot.auto_invest.iter_index_linked_plan_redemption_history`)."""
        from ..api.auto_invest import index_linked_plan_redemption_history as _operation

        walk = PageWalk(
            _INDEX_LINKED_PLAN_REDEMPTION_HISTORY,
            {
                "request_id": request_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_investment_plan_subscription_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        plan_id: int | None = None,
        target_asset: str | None = None,
        plan_type: AutoInvestPlanTypeFilter | Literal["SINGLE", "PORTFOLIO", "INDEX", "ALL"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AutoInvestSubscriptionRecord]:
        """Every item of `Spot.auto_invest.investment_plan_subscription_history` over a range, page by page (an async iterator; see `Spot.auto_invest.iter_investment_plan_subscription_history`)."""
        from ..api.auto_invest import investment_plan_subscription_history as _operation

        walk = PageWalk(
            _INVESTMENT_PLAN_SUBSCRIPTION_HISTORY,
            {
                "plan_id": plan_id,
                "target_asset": target_asset,
                "plan_type": plan_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
