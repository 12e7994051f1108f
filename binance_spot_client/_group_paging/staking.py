"""The iterators of the `staking` operations: mixins of its group classes (see `_paging.py`).

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
        StakingBethReward,
        StakingBnsolRate,
        StakingBnsolReward,
        StakingEthRedemptionRecord,
        StakingEthStakingRecord,
        StakingOnChainPosition,
        StakingOnChainProduct,
        StakingOnChainRedemptionRecord,
        StakingOnChainReward,
        StakingOnChainSubscriptionRecord,
        StakingSoftProduct,
        StakingSoftReward,
        StakingSolBoostReward,
        StakingSolBoostRewardType,
        StakingSolRedemptionRecord,
        StakingSolStakingRecord,
        StakingWbethConversion,
        StakingWbethRate,
        StakingWbethReward,
    )

DecimalLike = str | int | float | Decimal

_BETH_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_BNSOL_RATE_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_BNSOL_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_ETH_REDEMPTION_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_ETH_STAKING_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_ON_CHAIN_LOCKED_POSITION = Paging("page", limit="size", page_size=100, cursor="current", items="rows")
_ON_CHAIN_LOCKED_PRODUCT_LIST = Paging("page", limit="size", page_size=100, cursor="current", items="rows")
_ON_CHAIN_LOCKED_REDEMPTION_RECORD = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_ON_CHAIN_LOCKED_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_ON_CHAIN_LOCKED_SUBSCRIPTION_RECORD = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_SOFT_STAKING_PRODUCT_LIST = Paging("page", limit="size", page_size=100, cursor="current", items="rows")
_SOFT_STAKING_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_SOL_BOOST_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_SOL_REDEMPTION_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_SOL_STAKING_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_WBETH_RATE_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_WBETH_REWARDS_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_WBETH_UNWRAP_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_WBETH_WRAP_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)


class StakingPaging:
    """The iterators of the `staking` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_beth_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingBethReward]:
        """BETH rewards history: every item, page by page.

        Walks the pages of `Spot.staking.beth_rewards_history` by page number, and yields each item
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
        from ..api.staking import beth_rewards_history as _operation

        walk = PageWalk(_BETH_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bnsol_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingBnsolRate]:
        """BNSOL rate history: every item, page by page.

        Walks the pages of `Spot.staking.bnsol_rate_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import bnsol_rate_history as _operation

        walk = PageWalk(_BNSOL_RATE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bnsol_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingBnsolReward]:
        """BNSOL rewards history: every item, page by page.

        Walks the pages of `Spot.staking.bnsol_rewards_history` by page number, and yields each item
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
        from ..api.staking import bnsol_rewards_history as _operation

        walk = PageWalk(_BNSOL_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_eth_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        redeem_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingEthRedemptionRecord]:
        """ETH redemption history: every item, page by page.

        Walks the pages of `Spot.staking.eth_redemption_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            redeem_id: As for `Spot.staking.eth_redemption_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import eth_redemption_history as _operation

        walk = PageWalk(
            _ETH_REDEMPTION_HISTORY,
            {
                "redeem_id": redeem_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_eth_staking_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        purchase_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingEthStakingRecord]:
        """ETH staking history: every item, page by page.

        Walks the pages of `Spot.staking.eth_staking_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            purchase_id: As for `Spot.staking.eth_staking_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import eth_staking_history as _operation

        walk = PageWalk(
            _ETH_STAKING_HISTORY,
            {
                "purchase_id": purchase_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_on_chain_locked_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingOnChainPosition]:
        """On-chain yields positions: every item, page by page.

        Walks the pages of `Spot.staking.on_chain_locked_position` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 50.

        Args:
            asset: As for `Spot.staking.on_chain_locked_position`.
            position_id: As for `Spot.staking.on_chain_locked_position`.
            project_id: As for `Spot.staking.on_chain_locked_position`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import on_chain_locked_position as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_POSITION,
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

    def iter_on_chain_locked_product_list(
        self,
        *,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingOnChainProduct]:
        """List on-chain yields products: every item, page by page.

        Walks the pages of `Spot.staking.on_chain_locked_product_list` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 50.

        Args:
            asset: As for `Spot.staking.on_chain_locked_product_list`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import on_chain_locked_product_list as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_PRODUCT_LIST,
            {
                "asset": asset,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_on_chain_locked_redemption_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        position_id: int | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingOnChainRedemptionRecord]:
        """On-chain yields redemption history: every item, page by page.

        Walks the pages of `Spot.staking.on_chain_locked_redemption_record` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 50.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            position_id: As for `Spot.staking.on_chain_locked_redemption_record`.
            redeem_id: As for `Spot.staking.on_chain_locked_redemption_record`.
            asset: As for `Spot.staking.on_chain_locked_redemption_record`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import on_chain_locked_redemption_record as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_REDEMPTION_RECORD,
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

    def iter_on_chain_locked_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        position_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingOnChainReward]:
        """On-chain yields rewards history: every item, page by page.

        Walks the pages of `Spot.staking.on_chain_locked_rewards_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 50.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            position_id: As for `Spot.staking.on_chain_locked_rewards_history`.
            asset: As for `Spot.staking.on_chain_locked_rewards_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import on_chain_locked_rewards_history as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_REWARDS_HISTORY,
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

    def iter_on_chain_locked_subscription_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        purchase_id: int | None = None,
        client_id: str | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingOnChainSubscriptionRecord]:
        """On-chain yields subscription history: every item, page by page.

        Walks the pages of `Spot.staking.on_chain_locked_subscription_record` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 50.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            purchase_id: As for `Spot.staking.on_chain_locked_subscription_record`.
            client_id: As for `Spot.staking.on_chain_locked_subscription_record`.
            asset: As for `Spot.staking.on_chain_locked_subscription_record`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import on_chain_locked_subscription_record as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_SUBSCRIPTION_RECORD,
            {
                "purchase_id": purchase_id,
                "client_id": client_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_soft_staking_product_list(
        self,
        *,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingSoftProduct]:
        """List Soft Staking products: every item, page by page.

        Walks the pages of `Spot.staking.soft_staking_product_list` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 50.

        Args:
            asset: As for `Spot.staking.soft_staking_product_list`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import soft_staking_product_list as _operation

        walk = PageWalk(
            _SOFT_STAKING_PRODUCT_LIST,
            {
                "asset": asset,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_soft_staking_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingSoftReward]:
        """Soft Staking rewards history: every item, page by page.

        Walks the pages of `Spot.staking.soft_staking_rewards_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 50.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.staking.soft_staking_rewards_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import soft_staking_rewards_history as _operation

        walk = PageWalk(
            _SOFT_STAKING_REWARDS_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_sol_boost_rewards_history(
        self,
        type: StakingSolBoostRewardType | Literal["CLAIM", "DISTRIBUTE"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingSolBoostReward]:
        """SOL boost rewards history: every item, page by page.

        Walks the pages of `Spot.staking.sol_boost_rewards_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            type: As for `Spot.staking.sol_boost_rewards_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import sol_boost_rewards_history as _operation

        walk = PageWalk(
            _SOL_BOOST_REWARDS_HISTORY,
            {
                "type": type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_sol_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        redeem_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingSolRedemptionRecord]:
        """SOL redemption history: every item, page by page.

        Walks the pages of `Spot.staking.sol_redemption_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            redeem_id: As for `Spot.staking.sol_redemption_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import sol_redemption_history as _operation

        walk = PageWalk(
            _SOL_REDEMPTION_HISTORY,
            {
                "redeem_id": redeem_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_sol_staking_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        purchase_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingSolStakingRecord]:
        """SOL staking history: every item, page by page.

        Walks the pages of `Spot.staking.sol_staking_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            purchase_id: As for `Spot.staking.sol_staking_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import sol_staking_history as _operation

        walk = PageWalk(
            _SOL_STAKING_HISTORY,
            {
                "purchase_id": purchase_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_wbeth_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingWbethRate]:
        """WBETH rate history: every item, page by page.

        Walks the pages of `Spot.staking.wbeth_rate_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import wbeth_rate_history as _operation

        walk = PageWalk(_WBETH_RATE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_wbeth_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingWbethReward]:
        """WBETH rewards history: every item, page by page.

        Walks the pages of `Spot.staking.wbeth_rewards_history` by page number, and yields each item
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
        from ..api.staking import wbeth_rewards_history as _operation

        walk = PageWalk(_WBETH_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_wbeth_unwrap_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingWbethConversion]:
        """WBETH unwrap history: every item, page by page.

        Walks the pages of `Spot.staking.wbeth_unwrap_history` by page number, and yields each item
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
        from ..api.staking import wbeth_unwrap_history as _operation

        walk = PageWalk(_WBETH_UNWRAP_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_wbeth_wrap_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[StakingWbethConversion]:
        """WBETH wrap history: every item, page by page.

        Walks the pages of `Spot.staking.wbeth_wrap_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 150.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from ..api.staking import wbeth_wrap_history as _operation

        walk = PageWalk(_WBETH_WRAP_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncStakingPaging:
    """The iterators of the `staking` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_beth_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingBethReward]:
        """Every item of `Spot.staking.beth_rewards_history` over a range, page by page (an async iterator; see `Spot.staking.iter_beth_rewards_history`)."""
        from ..api.staking import beth_rewards_history as _operation

        walk = PageWalk(_BETH_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bnsol_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingBnsolRate]:
        """Every item of `Spot.staking.bnsol_rate_history` over a range, page by page (an async iterator; see `Spot.staking.iter_bnsol_rate_history`)."""
        from ..api.staking import bnsol_rate_history as _operation

        walk = PageWalk(_BNSOL_RATE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_bnsol_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingBnsolReward]:
        """Every item of `Spot.staking.bnsol_rewards_history` over a range, page by page (an async iterator; see `Spot.staking.iter_bnsol_rewards_history`)."""
        from ..api.staking import bnsol_rewards_history as _operation

        walk = PageWalk(_BNSOL_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_eth_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        redeem_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingEthRedemptionRecord]:
        """Every item of `Spot.staking.eth_redemption_history` over a range, page by page (an async iterator; see `Spot.staking.iter_eth_redemption_history`)."""
        from ..api.staking import eth_redemption_history as _operation

        walk = PageWalk(
            _ETH_REDEMPTION_HISTORY,
            {
                "redeem_id": redeem_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_eth_staking_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        purchase_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingEthStakingRecord]:
        """Every item of `Spot.staking.eth_staking_history` over a range, page by page (an async iterator; see `Spot.staking.iter_eth_staking_history`)."""
        from ..api.staking import eth_staking_history as _operation

        walk = PageWalk(
            _ETH_STAKING_HISTORY,
            {
                "purchase_id": purchase_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_on_chain_locked_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingOnChainPosition]:
        """Every item of `Spot.staking.on_chain_locked_position` over a range, page by page (an async iterator; see `Spot.staking.iter_on_chain_locked_position`)."""
        from ..api.staking import on_chain_locked_position as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_POSITION,
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

    def iter_on_chain_locked_product_list(
        self,
        *,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingOnChainProduct]:
        """Every item of `Spot.staking.on_chain_locked_product_list` over a range, page by page (an async iterator; see `Spot.staking.iter_on_chain_locked_product_list`)."""
        from ..api.staking import on_chain_locked_product_list as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_PRODUCT_LIST,
            {
                "asset": asset,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_on_chain_locked_redemption_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        position_id: int | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingOnChainRedemptionRecord]:
        """Every item of `Spot.staking.on_chain_locked_redemption_record` over a range, page by page (an async iterator; see `Spot.staking.iter_on_chain_locked_redemption_record`)."""
        from ..api.staking import on_chain_locked_redemption_record as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_REDEMPTION_RECORD,
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

    def iter_on_chain_locked_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        position_id: int | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingOnChainReward]:
        """Every item of `Spot.staking.on_chain_locked_rewards_history` over a range, page by page (an async iterator; see `Spot.staking.iter_on_chain_locked_rewards_history`)."""
        from ..api.staking import on_chain_locked_rewards_history as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_REWARDS_HISTORY,
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

    def iter_on_chain_locked_subscription_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        purchase_id: int | None = None,
        client_id: str | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingOnChainSubscriptionRecord]:
        """Every item of `Spot.staking.on_chain_locked_subscription_record` over a range, page by page (an async iterator; see `Spot.staking.iter_on_chain_locked_subscription_record`)."""
        from ..api.staking import on_chain_locked_subscription_record as _operation

        walk = PageWalk(
            _ON_CHAIN_LOCKED_SUBSCRIPTION_RECORD,
            {
                "purchase_id": purchase_id,
                "client_id": client_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_soft_staking_product_list(
        self,
        *,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingSoftProduct]:
        """Every item of `Spot.staking.soft_staking_product_list` over a range, page by page (an async iterator; see `Spot.staking.iter_soft_staking_product_list`)."""
        from ..api.staking import soft_staking_product_list as _operation

        walk = PageWalk(
            _SOFT_STAKING_PRODUCT_LIST,
            {
                "asset": asset,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_soft_staking_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingSoftReward]:
        """Every item of `Spot.staking.soft_staking_rewards_history` over a range, page by page (an async iterator; see `Spot.staking.iter_soft_staking_rewards_history`)."""
        from ..api.staking import soft_staking_rewards_history as _operation

        walk = PageWalk(
            _SOFT_STAKING_REWARDS_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_sol_boost_rewards_history(
        self,
        type: StakingSolBoostRewardType | Literal["CLAIM", "DISTRIBUTE"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingSolBoostReward]:
        """Every item of `Spot.staking.sol_boost_rewards_history` over a range, page by page (an async iterator; see `Spot.staking.iter_sol_boost_rewards_history`)."""
        from ..api.staking import sol_boost_rewards_history as _operation

        walk = PageWalk(
            _SOL_BOOST_REWARDS_HISTORY,
            {
                "type": type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_sol_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        redeem_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingSolRedemptionRecord]:
        """Every item of `Spot.staking.sol_redemption_history` over a range, page by page (an async iterator; see `Spot.staking.iter_sol_redemption_history`)."""
        from ..api.staking import sol_redemption_history as _operation

        walk = PageWalk(
            _SOL_REDEMPTION_HISTORY,
            {
                "redeem_id": redeem_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_sol_staking_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        purchase_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingSolStakingRecord]:
        """Every item of `Spot.staking.sol_staking_history` over a range, page by page (an async iterator; see `Spot.staking.iter_sol_staking_history`)."""
        from ..api.staking import sol_staking_history as _operation

        walk = PageWalk(
            _SOL_STAKING_HISTORY,
            {
                "purchase_id": purchase_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_wbeth_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingWbethRate]:
        """Every item of `Spot.staking.wbeth_rate_history` over a range, page by page (an async iterator; see `Spot.staking.iter_wbeth_rate_history`)."""
        from ..api.staking import wbeth_rate_history as _operation

        walk = PageWalk(_WBETH_RATE_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_wbeth_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingWbethReward]:
        """Every item of `Spot.staking.wbeth_rewards_history` over a range, page by page (an async iterator; see `Spot.staking.iter_wbeth_rewards_history`)."""
        from ..api.staking import wbeth_rewards_history as _operation

        walk = PageWalk(_WBETH_REWARDS_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_wbeth_unwrap_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingWbethConversion]:
        """Every item of `Spot.staking.wbeth_unwrap_history` over a range, page by page (an async iterator; see `Spot.staking.iter_wbeth_unwrap_history`)."""
        from ..api.staking import wbeth_unwrap_history as _operation

        walk = PageWalk(_WBETH_UNWRAP_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_wbeth_wrap_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[StakingWbethConversion]:
        """Every item of `Spot.staking.wbeth_wrap_history` over a range, page by page (an async iterator; see `Spot.staking.iter_wbeth_wrap_history`)."""
        from ..api.staking import wbeth_wrap_history as _operation

        walk = PageWalk(_WBETH_WRAP_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
