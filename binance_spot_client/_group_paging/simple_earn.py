"""The iterators of the `simple_earn` operations: mixins of its group classes (see `_paging.py`).

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
        SimpleEarnAprPeriod,
        SimpleEarnBfusdReward,
        SimpleEarnCollateralRecord,
        SimpleEarnFlexiblePosition,
        SimpleEarnFlexibleProduct,
        SimpleEarnFlexibleRate,
        SimpleEarnFlexibleRedemptionRecord,
        SimpleEarnFlexibleReward,
        SimpleEarnFlexibleRewardType,
        SimpleEarnFlexibleSubscriptionRecord,
        SimpleEarnLockedPosition,
        SimpleEarnLockedProduct,
        SimpleEarnLockedRedemptionRecord,
        SimpleEarnLockedReward,
        SimpleEarnLockedSubscriptionRecord,
        SimpleEarnRwusdReward,
        SimpleEarnStableRate,
        SimpleEarnStableRedemptionRecord,
        SimpleEarnStableSourceAsset,
        SimpleEarnStableSubscriptionRecord,
    )

DecimalLike = str | int | float | Decimal

_BFUSD_RATE_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_BFUSD_REDEMPTION_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_BFUSD_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_BFUSD_SUBSCRIPTION_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_FLEXIBLE_PRODUCT_COLLATERAL_RECORD = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="create_time",
    items="rows",
)
_FLEXIBLE_PRODUCT_LIST = Paging("page", limit="size", page_size=100, cursor="current", items="rows")
_FLEXIBLE_PRODUCT_POSITION = Paging("page", limit="size", page_size=100, cursor="current", items="rows")
_FLEXIBLE_PRODUCT_RATE_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_FLEXIBLE_REDEMPTION_RECORD = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_FLEXIBLE_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_FLEXIBLE_SUBSCRIPTION_RECORD = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_LOCKED_PRODUCT_LIST = Paging("page", limit="size", page_size=100, cursor="current", items="rows")
_LOCKED_PRODUCT_POSITION = Paging(
    "page", limit="size", page_size=100, cursor="current", item_time="purchase_time", items="rows"
)
_LOCKED_REDEMPTION_RECORD = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_LOCKED_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_LOCKED_SUBSCRIPTION_RECORD = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_RWUSD_RATE_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_RWUSD_REDEMPTION_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_RWUSD_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_RWUSD_SUBSCRIPTION_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)


class SimpleEarnPaging:
    """The iterators of the `simple_earn` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_bfusd_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnStableRate]:
        """BFUSD rate history: every item, page by page.

        Walks the pages of `Spot.simple_earn.bfusd_rate_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import bfusd_rate_history as _operation

        walk = PageWalk(_BFUSD_RATE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bfusd_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnStableRedemptionRecord]:
        """BFUSD redemption history: every item, page by page.

        Walks the pages of `Spot.simple_earn.bfusd_redemption_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import bfusd_redemption_history as _operation

        walk = PageWalk(
            _BFUSD_REDEMPTION_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms()
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bfusd_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnBfusdReward]:
        """BFUSD rewards history: every item, page by page.

        Walks the pages of `Spot.simple_earn.bfusd_rewards_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import bfusd_rewards_history as _operation

        walk = PageWalk(_BFUSD_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bfusd_subscription_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnStableSubscriptionRecord]:
        """BFUSD subscription history: every item, page by page.

        Walks the pages of `Spot.simple_earn.bfusd_subscription_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.simple_earn.bfusd_subscription_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import bfusd_subscription_history as _operation

        walk = PageWalk(
            _BFUSD_SUBSCRIPTION_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_product_collateral_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        product_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnCollateralRecord]:
        """Flexible collateral history: every item, page by page.

        Walks the pages of `Spot.simple_earn.flexible_product_collateral_record` by page number, and
        yields each item once, in time order within each window of the range. Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            product_id: As for `Spot.simple_earn.flexible_product_collateral_record`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import flexible_product_collateral_record as _operation

        walk = PageWalk(
            _FLEXIBLE_PRODUCT_COLLATERAL_RECORD,
            {
                "product_id": product_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_product_list(
        self,
        *,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnFlexibleProduct]:
        """List flexible products: every item, page by page.

        Walks the pages of `Spot.simple_earn.flexible_product_list` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 150.

        Args:
            asset: As for `Spot.simple_earn.flexible_product_list`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import flexible_product_list as _operation

        walk = PageWalk(
            _FLEXIBLE_PRODUCT_LIST,
            {
                "asset": asset,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_product_position(
        self,
        *,
        asset: str | None = None,
        product_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnFlexiblePosition]:
        """Flexible holdings: every item, page by page.

        Walks the pages of `Spot.simple_earn.flexible_product_position` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 150.

        Args:
            asset: As for `Spot.simple_earn.flexible_product_position`.
            product_id: As for `Spot.simple_earn.flexible_product_position`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import flexible_product_position as _operation

        walk = PageWalk(
            _FLEXIBLE_PRODUCT_POSITION,
            {
                "asset": asset,
                "product_id": product_id,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_product_rate_history(
        self,
        product_id: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        apr_period: SimpleEarnAprPeriod | Literal["DAY", "YEAR"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnFlexibleRate]:
        """Flexible rate history: every item, page by page.

        Walks the pages of `Spot.simple_earn.flexible_product_rate_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            product_id: As for `Spot.simple_earn.flexible_product_rate_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            apr_period: As for `Spot.simple_earn.flexible_product_rate_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import flexible_product_rate_history as _operation

        walk = PageWalk(
            _FLEXIBLE_PRODUCT_RATE_HISTORY,
            {
                "product_id": product_id,
                "apr_period": apr_period,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_redemption_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        product_id: str | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnFlexibleRedemptionRecord]:
        """Flexible redemption history: every item, page by page.

        Walks the pages of `Spot.simple_earn.flexible_redemption_record` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            product_id: As for `Spot.simple_earn.flexible_redemption_record`.
            redeem_id: As for `Spot.simple_earn.flexible_redemption_record`.
            asset: As for `Spot.simple_earn.flexible_redemption_record`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import flexible_redemption_record as _operation

        walk = PageWalk(
            _FLEXIBLE_REDEMPTION_RECORD,
            {
                "product_id": product_id,
                "redeem_id": redeem_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_flexible_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        product_id: str | None = None,
        asset: str | None = None,
        type: SimpleEarnFlexibleRewardType | Literal["BONUS", "REALTIME", "REWARDS", "ALL"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnFlexibleReward]:
        """Flexible rewards history: every item, page by page.

        Walks the pages of `Spot.simple_earn.flexible_rewards_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            product_id: As for `Spot.simple_earn.flexible_rewards_history`.
            asset: As for `Spot.simple_earn.flexible_rewards_history`.
            type: As for `Spot.simple_earn.flexible_rewards_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import flexible_rewards_history as _operation

        walk = PageWalk(
            _FLEXIBLE_REWARDS_HISTORY,
            {
                "product_id": product_id,
                "asset": asset,
                "type": type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_subscription_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        product_id: str | None = None,
        purchase_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnFlexibleSubscriptionRecord]:
        """Flexible subscription history: every item, page by page.

        Walks the pages of `Spot.simple_earn.flexible_subscription_record` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            product_id: As for `Spot.simple_earn.flexible_subscription_record`.
            purchase_id: As for `Spot.simple_earn.flexible_subscription_record`.
            asset: As for `Spot.simple_earn.flexible_subscription_record`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import flexible_subscription_record as _operation

        walk = PageWalk(
            _FLEXIBLE_SUBSCRIPTION_RECORD,
            {
                "product_id": product_id,
                "purchase_id": purchase_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_product_list(
        self,
        *,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnLockedProduct]:
        """List locked products: every item, page by page.

        Walks the pages of `Spot.simple_earn.locked_product_list` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 150.

        Args:
            asset: As for `Spot.simple_earn.locked_product_list`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import locked_product_list as _operation

        walk = PageWalk(
            _LOCKED_PRODUCT_LIST,
            {
                "asset": asset,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_product_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnLockedPosition]:
        """Locked positions: every item, page by page.

        Walks the pages of `Spot.simple_earn.locked_product_position` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            asset: As for `Spot.simple_earn.locked_product_position`.
            position_id: As for `Spot.simple_earn.locked_product_position`.
            project_id: As for `Spot.simple_earn.locked_product_position`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import locked_product_position as _operation

        walk = PageWalk(
            _LOCKED_PRODUCT_POSITION,
            {
                "asset": asset,
                "position_id": position_id,
                "project_id": project_id,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_redemption_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        position_id: int | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnLockedRedemptionRecord]:
        """Locked redemption history: every item, page by page.

        Walks the pages of `Spot.simple_earn.locked_redemption_record` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            position_id: As for `Spot.simple_earn.locked_redemption_record`.
            redeem_id: As for `Spot.simple_earn.locked_redemption_record`.
            asset: As for `Spot.simple_earn.locked_redemption_record`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import locked_redemption_record as _operation

        walk = PageWalk(
            _LOCKED_REDEMPTION_RECORD,
            {
                "position_id": position_id,
                "redeem_id": redeem_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        position_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnLockedReward]:
        """Locked rewards history: every item, page by page.

        Walks the pages of `Spot.simple_earn.locked_rewards_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            position_id: As for `Spot.simple_earn.locked_rewards_history`.
            asset: As for `Spot.simple_earn.locked_rewards_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import locked_rewards_history as _operation

        walk = PageWalk(
            _LOCKED_REWARDS_HISTORY,
            {
                "position_id": position_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_subscription_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        purchase_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnLockedSubscriptionRecord]:
        """Locked subscription history: every item, page by page.

        Walks the pages of `Spot.simple_earn.locked_subscription_record` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            purchase_id: As for `Spot.simple_earn.locked_subscription_record`.
            asset: As for `Spot.simple_earn.locked_subscription_record`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import locked_subscription_record as _operation

        walk = PageWalk(
            _LOCKED_SUBSCRIPTION_RECORD,
            {
                "purchase_id": purchase_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_rwusd_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnStableRate]:
        """RWUSD rate history: every item, page by page.

        Walks the pages of `Spot.simple_earn.rwusd_rate_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import rwusd_rate_history as _operation

        walk = PageWalk(_RWUSD_RATE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_rwusd_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnStableRedemptionRecord]:
        """RWUSD redemption history: every item, page by page.

        Walks the pages of `Spot.simple_earn.rwusd_redemption_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import rwusd_redemption_history as _operation

        walk = PageWalk(
            _RWUSD_REDEMPTION_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms()
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_rwusd_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnRwusdReward]:
        """RWUSD rewards history: every item, page by page.

        Walks the pages of `Spot.simple_earn.rwusd_rewards_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import rwusd_rewards_history as _operation

        walk = PageWalk(_RWUSD_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_rwusd_subscription_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SimpleEarnStableSubscriptionRecord]:
        """RWUSD subscription history: every item, page by page.

        Walks the pages of `Spot.simple_earn.rwusd_subscription_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.simple_earn.rwusd_subscription_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.simple_earn import rwusd_subscription_history as _operation

        walk = PageWalk(
            _RWUSD_SUBSCRIPTION_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncSimpleEarnPaging:
    """The iterators of the `simple_earn` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_bfusd_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnStableRate]:
        """Every item of `Spot.simple_earn.bfusd_rate_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_bfusd_rate_history`)."""
        from ..api.simple_earn import bfusd_rate_history as _operation

        walk = PageWalk(_BFUSD_RATE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bfusd_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnStableRedemptionRecord]:
        """Every item of `Spot.simple_earn.bfusd_redemption_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_bfusd_redemption_history`)."""
        from ..api.simple_earn import bfusd_redemption_history as _operation

        walk = PageWalk(
            _BFUSD_REDEMPTION_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms()
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bfusd_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnBfusdReward]:
        """Every item of `Spot.simple_earn.bfusd_rewards_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_bfusd_rewards_history`)."""
        from ..api.simple_earn import bfusd_rewards_history as _operation

        walk = PageWalk(_BFUSD_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bfusd_subscription_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnStableSubscriptionRecord]:
        """Every item of `Spot.simple_earn.bfusd_subscription_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_bfusd_subscription_history`)."""
        from ..api.simple_earn import bfusd_subscription_history as _operation

        walk = PageWalk(
            _BFUSD_SUBSCRIPTION_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_product_collateral_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        product_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnCollateralRecord]:
        """Every item of `Spot.simple_earn.flexible_product_collateral_record` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_flexible_product_collateral_record`)."""
        from ..api.simple_earn import flexible_product_collateral_record as _operation

        walk = PageWalk(
            _FLEXIBLE_PRODUCT_COLLATERAL_RECORD,
            {
                "product_id": product_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_product_list(
        self,
        *,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnFlexibleProduct]:
        """Every item of `Spot.simple_earn.flexible_product_list` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_flexible_product_list`)."""
        from ..api.simple_earn import flexible_product_list as _operation

        walk = PageWalk(
            _FLEXIBLE_PRODUCT_LIST,
            {
                "asset": asset,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_product_position(
        self,
        *,
        asset: str | None = None,
        product_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnFlexiblePosition]:
        """Every item of `Spot.simple_earn.flexible_product_position` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_flexible_product_position`)."""
        from ..api.simple_earn import flexible_product_position as _operation

        walk = PageWalk(
            _FLEXIBLE_PRODUCT_POSITION,
            {
                "asset": asset,
                "product_id": product_id,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_product_rate_history(
        self,
        product_id: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        apr_period: SimpleEarnAprPeriod | Literal["DAY", "YEAR"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnFlexibleRate]:
        """Every item of `Spot.simple_earn.flexible_product_rate_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_flexible_product_rate_history`)."""
        from ..api.simple_earn import flexible_product_rate_history as _operation

        walk = PageWalk(
            _FLEXIBLE_PRODUCT_RATE_HISTORY,
            {
                "product_id": product_id,
                "apr_period": apr_period,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_redemption_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        product_id: str | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnFlexibleRedemptionRecord]:
        """Every item of `Spot.simple_earn.flexible_redemption_record` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_flexible_redemption_record`)."""
        from ..api.simple_earn import flexible_redemption_record as _operation

        walk = PageWalk(
            _FLEXIBLE_REDEMPTION_RECORD,
            {
                "product_id": product_id,
                "redeem_id": redeem_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_flexible_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        product_id: str | None = None,
        asset: str | None = None,
        type: SimpleEarnFlexibleRewardType | Literal["BONUS", "REALTIME", "REWARDS", "ALL"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnFlexibleReward]:
        """Every item of `Spot.simple_earn.flexible_rewards_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_flexible_rewards_history`)."""
        from ..api.simple_earn import flexible_rewards_history as _operation

        walk = PageWalk(
            _FLEXIBLE_REWARDS_HISTORY,
            {
                "product_id": product_id,
                "asset": asset,
                "type": type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_subscription_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        product_id: str | None = None,
        purchase_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnFlexibleSubscriptionRecord]:
        """Every item of `Spot.simple_earn.flexible_subscription_record` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_flexible_subscription_record`)."""
        from ..api.simple_earn import flexible_subscription_record as _operation

        walk = PageWalk(
            _FLEXIBLE_SUBSCRIPTION_RECORD,
            {
                "product_id": product_id,
                "purchase_id": purchase_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_product_list(
        self,
        *,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnLockedProduct]:
        """Every item of `Spot.simple_earn.locked_product_list` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_locked_product_list`)."""
        from ..api.simple_earn import locked_product_list as _operation

        walk = PageWalk(
            _LOCKED_PRODUCT_LIST,
            {
                "asset": asset,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_product_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnLockedPosition]:
        """Every item of `Spot.simple_earn.locked_product_position` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_locked_product_position`)."""
        from ..api.simple_earn import locked_product_position as _operation

        walk = PageWalk(
            _LOCKED_PRODUCT_POSITION,
            {
                "asset": asset,
                "position_id": position_id,
                "project_id": project_id,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_redemption_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        position_id: int | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnLockedRedemptionRecord]:
        """Every item of `Spot.simple_earn.locked_redemption_record` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_locked_redemption_record`)."""
        from ..api.simple_earn import locked_redemption_record as _operation

        walk = PageWalk(
            _LOCKED_REDEMPTION_RECORD,
            {
                "position_id": position_id,
                "redeem_id": redeem_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        position_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnLockedReward]:
        """Every item of `Spot.simple_earn.locked_rewards_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_locked_rewards_history`)."""
        from ..api.simple_earn import locked_rewards_history as _operation

        walk = PageWalk(
            _LOCKED_REWARDS_HISTORY,
            {
                "position_id": position_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_locked_subscription_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        purchase_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnLockedSubscriptionRecord]:
        """Every item of `Spot.simple_earn.locked_subscription_record` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_locked_subscription_record`)."""
        from ..api.simple_earn import locked_subscription_record as _operation

        walk = PageWalk(
            _LOCKED_SUBSCRIPTION_RECORD,
            {
                "purchase_id": purchase_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_rwusd_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnStableRate]:
        """Every item of `Spot.simple_earn.rwusd_rate_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_rwusd_rate_history`)."""
        from ..api.simple_earn import rwusd_rate_history as _operation

        walk = PageWalk(_RWUSD_RATE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_rwusd_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnStableRedemptionRecord]:
        """Every item of `Spot.simple_earn.rwusd_redemption_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_rwusd_redemption_history`)."""
        from ..api.simple_earn import rwusd_redemption_history as _operation

        walk = PageWalk(
            _RWUSD_REDEMPTION_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms()
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_rwusd_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnRwusdReward]:
        """Every item of `Spot.simple_earn.rwusd_rewards_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_rwusd_rewards_history`)."""
        from ..api.simple_earn import rwusd_rewards_history as _operation

        walk = PageWalk(_RWUSD_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_rwusd_subscription_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimpleEarnStableSubscriptionRecord]:
        """Every item of `Spot.simple_earn.rwusd_subscription_history` over a range, page by page (an async iterator; see `Spot.simple_earn.iter_rwusd_subscription_history`)."""
        from ..api.simple_earn import rwusd_subscription_history as _operation

        walk = PageWalk(
            _RWUSD_SUBSCRIPTION_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
