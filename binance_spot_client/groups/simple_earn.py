"""The `simple_earn` operations of the /sapi surface, reached as `client.simple_earn`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.simple_earn import AsyncSimpleEarnPaging, SimpleEarnPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    former_keywords,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.simple_earn_account import SimpleEarnAccount
    from ..models.simple_earn_apr_period import SimpleEarnAprPeriod
    from ..models.simple_earn_bfusd_account import SimpleEarnBfusdAccount
    from ..models.simple_earn_bfusd_quota import SimpleEarnBfusdQuota
    from ..models.simple_earn_bfusd_reward_page import SimpleEarnBfusdRewardPage
    from ..models.simple_earn_bfusd_subscription import SimpleEarnBfusdSubscription
    from ..models.simple_earn_collateral_record_page import SimpleEarnCollateralRecordPage
    from ..models.simple_earn_flexible_position_page import SimpleEarnFlexiblePositionPage
    from ..models.simple_earn_flexible_product_page import SimpleEarnFlexibleProductPage
    from ..models.simple_earn_flexible_rate_page import SimpleEarnFlexibleRatePage
    from ..models.simple_earn_flexible_redemption_record_page import SimpleEarnFlexibleRedemptionRecordPage
    from ..models.simple_earn_flexible_reward_page import SimpleEarnFlexibleRewardPage
    from ..models.simple_earn_flexible_reward_type import SimpleEarnFlexibleRewardType
    from ..models.simple_earn_flexible_subscription import SimpleEarnFlexibleSubscription
    from ..models.simple_earn_flexible_subscription_preview import SimpleEarnFlexibleSubscriptionPreview
    from ..models.simple_earn_flexible_subscription_record_page import SimpleEarnFlexibleSubscriptionRecordPage
    from ..models.simple_earn_locked_position_page import SimpleEarnLockedPositionPage
    from ..models.simple_earn_locked_product_page import SimpleEarnLockedProductPage
    from ..models.simple_earn_locked_redeem_to import SimpleEarnLockedRedeemTo
    from ..models.simple_earn_locked_redemption_record_page import SimpleEarnLockedRedemptionRecordPage
    from ..models.simple_earn_locked_reward_page import SimpleEarnLockedRewardPage
    from ..models.simple_earn_locked_subscription import SimpleEarnLockedSubscription
    from ..models.simple_earn_locked_subscription_preview import SimpleEarnLockedSubscriptionPreview
    from ..models.simple_earn_locked_subscription_record_page import SimpleEarnLockedSubscriptionRecordPage
    from ..models.simple_earn_personal_left_quota import SimpleEarnPersonalLeftQuota
    from ..models.simple_earn_redeem_destination import SimpleEarnRedeemDestination
    from ..models.simple_earn_redemption import SimpleEarnRedemption
    from ..models.simple_earn_rwusd_account import SimpleEarnRwusdAccount
    from ..models.simple_earn_rwusd_quota import SimpleEarnRwusdQuota
    from ..models.simple_earn_rwusd_reward_page import SimpleEarnRwusdRewardPage
    from ..models.simple_earn_rwusd_subscription import SimpleEarnRwusdSubscription
    from ..models.simple_earn_source_account import SimpleEarnSourceAccount
    from ..models.simple_earn_stable_rate_page import SimpleEarnStableRatePage
    from ..models.simple_earn_stable_redeem_type import SimpleEarnStableRedeemType
    from ..models.simple_earn_stable_redemption import SimpleEarnStableRedemption
    from ..models.simple_earn_stable_redemption_record_page import SimpleEarnStableRedemptionRecordPage
    from ..models.simple_earn_stable_source_asset import SimpleEarnStableSourceAsset
    from ..models.simple_earn_stable_subscription_record_page import SimpleEarnStableSubscriptionRecordPage
    from ..models.simple_earn_success import SimpleEarnSuccess
    from ..models.simple_earn_yield_arena_activities import SimpleEarnYieldArenaActivities


DecimalLike = str | int | float | Decimal


class SimpleEarn(SimpleEarnPaging):
    """`simple_earn` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def bfusd_account(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnBfusdAccount:
        """BFUSD holdings.

        Returns the account's BFUSD balance and the profit it has earned so far, counted in USDT and in
        BFUSD.

        GET /sapi/v1/bfusd/account · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnBfusdAccount
        """
        from ..api.simple_earn import bfusd_account as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def bfusd_quota_details(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnBfusdQuota:
        """BFUSD quotas.

        Returns what the account may still subscribe into BFUSD and what it may still redeem through the
        fast and the standard route, with their minimums and fees.

        GET /sapi/v1/bfusd/quota · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnBfusdQuota
        """
        from ..api.simple_earn import bfusd_quota_details as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def bfusd_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRatePage:
        """BFUSD rate history.

        Lists past annual rates of BFUSD, newest first. The window spans at most 6 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, everything
        from it up to now; with only `end_time`, the month before it.

        GET /sapi/v1/bfusd/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnStableRatePage
        """
        from ..api.simple_earn import bfusd_rate_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def bfusd_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRedemptionRecordPage:
        """BFUSD redemption history.

        Lists the account's BFUSD redemptions with their fees and arrival times. The window spans at
        most 6 months. Without `start_time` and `end_time` the last 30 days are returned; with only
        `start_time`, everything from it up to now; with only `end_time`, the month before it.

        GET /sapi/v1/bfusd/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnStableRedemptionRecordPage
        """
        from ..api.simple_earn import bfusd_redemption_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def bfusd_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnBfusdRewardPage:
        """BFUSD rewards history.

        Lists the rewards paid on the account's BFUSD holding, with the position and rate each payout
        was based on. The window spans at most 6 months. Without `start_time` and `end_time` the last 30
        days are returned; with only `start_time`, everything from it up to now; with only `end_time`,
        the month before it.

        GET /sapi/v1/bfusd/history/rewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnBfusdRewardPage
        """
        from ..api.simple_earn import bfusd_rewards_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def bfusd_subscription_history(
        self,
        *,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableSubscriptionRecordPage:
        """BFUSD subscription history.

        Lists the account's conversions into BFUSD. The window spans at most 6 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, everything
        from it up to now. For the `end_time`-only case Binance's page sets the start a month after the
        current time, so send both bounds to be sure of the window.

        GET /sapi/v1/bfusd/history/subscriptionHistory · security USER_DATA · weight 150


        Args:
            asset: Only subscriptions paid with this stablecoin.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnStableSubscriptionRecordPage
        """
        from ..api.simple_earn import bfusd_subscription_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def flexible_personal_left_quota(
        self,
        product_id: str,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnPersonalLeftQuota:
        """Remaining flexible quota.

        Tells how much more the account may subscribe to a flexible product.

        GET /sapi/v1/simple-earn/flexible/personalLeftQuota · security USER_DATA · weight 150


        Args:
            product_id: Flexible product to check. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnPersonalLeftQuota
        """
        from ..api.simple_earn import flexible_personal_left_quota as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
            ),
            options,
        )

    def flexible_product_collateral_record(
        self,
        *,
        product_id: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnCollateralRecordPage:
        """Flexible collateral history.

        Lists when flexible holdings were pledged as, or released from, loan collateral. The window
        spans at most 3 months. Without `start_time` and `end_time` the last 30 days are returned; with
        only `start_time`, the 30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/collateralRecord · security USER_DATA · weight 150


        Args:
            product_id: Only records of this product.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnCollateralRecordPage
        """
        from ..api.simple_earn import flexible_product_collateral_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def flexible_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleProductPage:
        """List flexible products.

        Lists the flexible Simple Earn products on offer, with their current rates, limits and status.
        Filter by `asset`; the list is paged with `current` and `size`.

        GET /sapi/v1/simple-earn/flexible/list · security USER_DATA · weight 150


        Args:
            asset: Only products for this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnFlexibleProductPage
        """
        from ..api.simple_earn import flexible_product_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    def flexible_product_position(
        self,
        *,
        asset: str | None = None,
        product_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexiblePositionPage:
        """Flexible holdings.

        Shows the account's holdings in flexible products with their rates and rewards so far. Filter by
        `asset` or `product_id`; paged with `current` and `size`.

        GET /sapi/v1/simple-earn/flexible/position · security USER_DATA · weight 150


        Args:
            asset: Only holdings of this asset.
            product_id: Only the holding in this product.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnFlexiblePositionPage
        """
        from ..api.simple_earn import flexible_product_position as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                product_id=product_id,
                current=current,
                size=size,
            ),
            options,
        )

    def flexible_product_rate_history(
        self,
        product_id: str,
        *,
        apr_period: SimpleEarnAprPeriod | Literal["DAY", "YEAR"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleRatePage:
        """Flexible rate history.

        Lists past annual rates of one flexible product. The window spans at most one year; without
        `start_time` and `end_time` the last 30 days are returned, with only `start_time` the 30 days
        from it, with only `end_time` the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/rateHistory · security USER_DATA · weight 150


        Args:
            product_id: Flexible product. Required.
            apr_period: Whether points are daily or yearly rates; defaults to `DAY`.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnFlexibleRatePage
        """
        from ..api.simple_earn import flexible_product_rate_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                apr_period=apr_period,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def flexible_redemption_record(
        self,
        *,
        product_id: str | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleRedemptionRecordPage:
        """Flexible redemption history.

        Lists the account's redemptions from flexible products. The window spans at most 3 months.
        Without `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the
        30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/redemptionRecord · security USER_DATA · weight 150


        Args:
            product_id: Only redemptions from this product.
            redeem_id: Only this redemption.
            asset: Only redemptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnFlexibleRedemptionRecordPage
        """
        from ..api.simple_earn import flexible_redemption_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                redeem_id=redeem_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def flexible_rewards_history(
        self,
        *,
        product_id: str | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        type: SimpleEarnFlexibleRewardType | Literal["BONUS", "REALTIME", "REWARDS", "ALL"] | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleRewardPage:
        """Flexible rewards history.

        Lists reward payments from flexible products, of the kind chosen with `type`. The window spans
        at most 3 months. Without `start_time` and `end_time` the last 30 days are returned; with only
        `start_time`, the 30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/rewardsRecord · security USER_DATA · weight 150


        Args:
            product_id: Only rewards from this product.
            asset: Only rewards in this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            type: Kind of reward to list; defaults to `ALL`.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnFlexibleRewardPage
        """
        from ..api.simple_earn import flexible_rewards_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                type=type,
                current=current,
                size=size,
            ),
            options,
        )

    def flexible_subscription_preview(
        self,
        product_id: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleSubscriptionPreview:
        """Preview a flexible subscription.

        Estimates the daily rewards a flexible subscription of `amount` would earn, without subscribing.

        GET /sapi/v1/simple-earn/flexible/subscriptionPreview · security USER_DATA · weight 150


        Args:
            product_id: Flexible product to preview. Required.
            amount: Amount that would be subscribed. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnFlexibleSubscriptionPreview
        """
        from ..api.simple_earn import flexible_subscription_preview as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                amount=amount,
            ),
            options,
        )

    def flexible_subscription_record(
        self,
        *,
        product_id: str | None = None,
        purchase_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleSubscriptionRecordPage:
        """Flexible subscription history.

        Lists the account's subscriptions to flexible products. The window spans at most 3 months.
        Without `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the
        30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/subscriptionRecord · security USER_DATA · weight 150


        Args:
            product_id: Only subscriptions to this product.
            purchase_id: Only this subscription.
            asset: Only subscriptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnFlexibleSubscriptionRecordPage
        """
        from ..api.simple_earn import flexible_subscription_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                purchase_id=purchase_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def locked_personal_left_quota(
        self,
        project_id: str,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnPersonalLeftQuota:
        """Remaining locked quota.

        Tells how much more the account may subscribe to a locked product.

        GET /sapi/v1/simple-earn/locked/personalLeftQuota · security USER_DATA · weight 150


        Args:
            project_id: Locked product to check. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnPersonalLeftQuota
        """
        from ..api.simple_earn import locked_personal_left_quota as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
            ),
            options,
        )

    def locked_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedProductPage:
        """List locked products.

        Lists the locked (fixed-term) Simple Earn products on offer with their duration, rate and
        subscription limits. Filter by `asset`; paged with `current` and `size`.

        GET /sapi/v1/simple-earn/locked/list · security USER_DATA · weight 150


        Args:
            asset: Only products for this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnLockedProductPage
        """
        from ..api.simple_earn import locked_product_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    def locked_product_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedPositionPage:
        """Locked positions.

        Shows the account's locked positions: amount, rate, accrued rewards, payment and maturity dates,
        and what can still be done with each. Filter by `asset`, `position_id` or `project_id`; paged
        with `current` and `size`.

        GET /sapi/v1/simple-earn/locked/position · security USER_DATA · weight 150


        Args:
            asset: Only positions in this asset.
            position_id: Only this position.
            project_id: Only positions in this product.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnLockedPositionPage
        """
        from ..api.simple_earn import locked_product_position as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                position_id=position_id,
                project_id=project_id,
                current=current,
                size=size,
            ),
            options,
        )

    def locked_redemption_record(
        self,
        *,
        position_id: int | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedRedemptionRecordPage:
        """Locked redemption history.

        Lists the account's redemptions of locked positions, at maturity or early. The window spans at
        most 3 months. Without `start_time` and `end_time` the last 30 days are returned; with only
        `start_time`, the 30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/simple-earn/locked/history/redemptionRecord · security USER_DATA · weight 150


        Args:
            position_id: Only redemptions of this position.
            redeem_id: Only this redemption.
            asset: Only redemptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnLockedRedemptionRecordPage
        """
        from ..api.simple_earn import locked_redemption_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                redeem_id=redeem_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def locked_rewards_history(
        self,
        *,
        position_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedRewardPage:
        """Locked rewards history.

        Lists reward payments from locked positions. The window spans at most 3 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the 30 days
        from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/simple-earn/locked/history/rewardsRecord · security USER_DATA · weight 150


        Args:
            position_id: Only rewards of this position.
            asset: Only rewards in this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnLockedRewardPage
        """
        from ..api.simple_earn import locked_rewards_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def locked_subscription_preview(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SimpleEarnLockedSubscriptionPreview]:
        """Preview a locked subscription.

        Estimates the rewards and key dates of locking `amount` in a locked product, without
        subscribing.

        GET /sapi/v1/simple-earn/locked/subscriptionPreview · security USER_DATA · weight 150


        Args:
            project_id: Locked product to preview. Required.
            amount: Amount that would be locked. Required.
            auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[SimpleEarnLockedSubscriptionPreview]
        """
        from ..api.simple_earn import locked_subscription_preview as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    def locked_subscription_record(
        self,
        *,
        purchase_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedSubscriptionRecordPage:
        """Locked subscription history.

        Lists the account's subscriptions to locked products. The window spans at most 3 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the 30 days
        from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/simple-earn/locked/history/subscriptionRecord · security USER_DATA · weight 150


        Args:
            purchase_id: Only this subscription.
            asset: Only subscriptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnLockedSubscriptionRecordPage
        """
        from ..api.simple_earn import locked_subscription_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                purchase_id=purchase_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def redeem_bfusd(
        self,
        amount: DecimalLike,
        type: SimpleEarnStableRedeemType | Literal["FAST", "STANDARD"],
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRedemption:
        """Redeem BFUSD.

        Turns `amount` BFUSD back into USDT, paid into the spot wallet only. The fast route pays at once
        for a fee; the standard route waits for the redemption period. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/bfusd/redeem · security TRADE · weight 150


        Args:
            amount: Amount of BFUSD to redeem. Required.
            type: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
                the field, so always send it. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnStableRedemption
        """
        from ..api.simple_earn import redeem_bfusd as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
                type=type,
            ),
            options,
        )

    def redeem_flexible_product(
        self,
        product_id: str,
        *,
        redeem_all: bool | None = None,
        amount: DecimalLike | None = None,
        dest_account: SimpleEarnRedeemDestination | Literal["SPOT", "FUND"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRedemption:
        """Redeem from a flexible product.

        Takes `amount`, or everything with `redeem_all`, out of a flexible product. Binance allows one
        call every 3 seconds per account, and the API key needs the spot and margin trading permission.

        POST /sapi/v1/simple-earn/flexible/redeem · security TRADE · weight 1


        Args:
            product_id: Product to redeem from. Required.
            redeem_all: Redeem the whole holding; defaults to false.
            amount: Amount to redeem; mandatory unless `redeem_all` is true.
            dest_account: Wallet to pay into; defaults to `SPOT`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnRedemption
        """
        from ..api.simple_earn import redeem_flexible_product as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                redeem_all=redeem_all,
                amount=amount,
                dest_account=dest_account,
            ),
            options,
        )

    def redeem_locked_product(
        self,
        position_id: int,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRedemption:
        """Redeem a locked position early.

        Redeems a locked position before it matures; early redemption may forfeit rewards. Binance
        allows one call every 3 seconds per account, and the API key needs the spot and margin trading
        permission.

        POST /sapi/v1/simple-earn/locked/redeem · security TRADE · weight 1


        Args:
            position_id: Locked position to redeem. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnRedemption
        """
        from ..api.simple_earn import redeem_locked_product as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def redeem_rwusd(
        self,
        amount: DecimalLike,
        type: SimpleEarnStableRedeemType | Literal["FAST", "STANDARD"],
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRedemption:
        """Redeem RWUSD.

        Turns `amount` RWUSD back into USDC, paid into the spot wallet only. The fast route pays at once
        for a fee; the standard route waits for the redemption period. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/rwusd/redeem · security TRADE · weight 150


        Args:
            amount: Amount of RWUSD to redeem. Required.
            type: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
                the field, so always send it. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnStableRedemption
        """
        from ..api.simple_earn import redeem_rwusd as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
                type=type,
            ),
            options,
        )

    def rwusd_account(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRwusdAccount:
        """RWUSD holdings.

        Returns the account's RWUSD balance and the total profit it has earned.

        GET /sapi/v1/rwusd/account · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnRwusdAccount
        """
        from ..api.simple_earn import rwusd_account as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def rwusd_quota_details(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRwusdQuota:
        """RWUSD quotas.

        Returns which stablecoins can be converted into RWUSD and how much more, what may still be
        redeemed through the fast and the standard route with their minimums and fees, and whether
        subscribing and redeeming are open.

        GET /sapi/v1/rwusd/quota · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnRwusdQuota
        """
        from ..api.simple_earn import rwusd_quota_details as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def rwusd_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRatePage:
        """RWUSD rate history.

        Lists past annual rates of RWUSD, newest first. The window spans at most 6 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, everything
        from it up to now; with only `end_time`, the month before it.

        GET /sapi/v1/rwusd/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnStableRatePage
        """
        from ..api.simple_earn import rwusd_rate_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def rwusd_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRedemptionRecordPage:
        """RWUSD redemption history.

        Lists the account's RWUSD redemptions with their fees and arrival times. The window spans at
        most 6 months. Without `start_time` and `end_time` the last 30 days are returned; with only
        `start_time`, everything from it up to now; with only `end_time`, the month before it.

        GET /sapi/v1/rwusd/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnStableRedemptionRecordPage
        """
        from ..api.simple_earn import rwusd_redemption_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def rwusd_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRwusdRewardPage:
        """RWUSD rewards history.

        Lists the rewards paid on the account's RWUSD holding, with the position and rate each payout
        was based on. The window spans at most 6 months. Without `start_time` and `end_time` the last 30
        days are returned; with only `start_time`, everything from it up to now; with only `end_time`,
        the month before it.

        GET /sapi/v1/rwusd/history/rewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnRwusdRewardPage
        """
        from ..api.simple_earn import rwusd_rewards_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def rwusd_subscription_history(
        self,
        *,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableSubscriptionRecordPage:
        """RWUSD subscription history.

        Lists the account's conversions into RWUSD. The window spans at most 6 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, everything
        from it up to now. For the `end_time`-only case Binance's page sets the start a month after the
        current time, so send both bounds to be sure of the window.

        GET /sapi/v1/rwusd/history/subscriptionHistory · security USER_DATA · weight 150


        Args:
            asset: Only subscriptions paid with this stablecoin.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnStableSubscriptionRecordPage
        """
        from ..api.simple_earn import rwusd_subscription_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def set_flexible_auto_subscribe(
        self,
        product_id: str,
        auto_subscribe: bool,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnSuccess:
        """Switch flexible auto-subscribe.

        Turns automatic re-subscription of a flexible product's rewards on or off.

        POST /sapi/v1/simple-earn/flexible/setAutoSubscribe · security USER_DATA · weight 150


        Args:
            product_id: Flexible product to change. Required.
            auto_subscribe: True to switch automatic subscription on, false to switch it off. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_flexible_auto_subscribe as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    def set_locked_auto_subscribe(
        self,
        position_id: int,
        auto_subscribe: bool,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnSuccess:
        """Switch locked auto-renewal.

        Turns automatic renewal of a locked position at maturity on or off.

        POST /sapi/v1/simple-earn/locked/setAutoSubscribe · security USER_DATA · weight 150


        Args:
            position_id: Locked position to change. Required.
            auto_subscribe: True to renew at maturity, false not to. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_locked_auto_subscribe as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    def set_locked_redeem_option(
        self,
        position_id: int,
        redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"],
        **options: Unpack[CallOptions],
    ) -> SimpleEarnSuccess:
        """Set a locked position's payout.

        Chooses where a locked position's principal goes at maturity: the spot wallet or the matching
        flexible product.

        POST /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50


        Args:
            position_id: Locked position to change. Required.
            redeem_to: Where the principal goes at maturity. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_locked_redeem_option as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                redeem_to=redeem_to,
            ),
            options,
        )

    def set_locked_redeem_option_with_get(
        self,
        position_id: int,
        *,
        redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnSuccess:
        """Set a locked position's payout (GET form).

        The GET form of setting where a locked position's principal goes at maturity, as Binance's 2024
        OpenAPI file describes it. Use `setLockedRedeemOption` (POST) instead.

        GET /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            position_id: Locked position to change. Required.
            redeem_to: Where the principal goes at maturity; the 2024 file gives `FLEXIBLE` as the default.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_locked_redeem_option_with_get as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                redeem_to=redeem_to,
            ),
            options,
        )

    def simple_earn_account(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnAccount:
        """Simple Earn account summary.

        Values the account's Simple Earn holdings in BTC and USDT, in total and split into flexible and
        locked.

        GET /sapi/v1/simple-earn/account · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnAccount
        """
        from ..api.simple_earn import simple_earn_account as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def subscribe_bfusd(
        self,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnBfusdSubscription:
        """Subscribe to BFUSD.

        Converts `amount` of a stablecoin held in the spot wallet into BFUSD; other wallets cannot be
        used as the source. The API key needs the spot and margin trading permission.

        POST /sapi/v1/bfusd/subscribe · security TRADE · weight 150


        Args:
            asset: Stablecoin to pay with (Binance's page names `USDT`). Required.
            amount: Amount of `asset` to convert. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnBfusdSubscription
        """
        from ..api.simple_earn import subscribe_bfusd as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    def subscribe_flexible_product(
        self,
        product_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleSubscription:
        """Subscribe to a flexible product.

        Moves `amount` of the product's asset into a flexible Simple Earn product. Binance allows one
        call every 3 seconds per account, and the API key needs the spot and margin trading permission.

        POST /sapi/v1/simple-earn/flexible/subscribe · security TRADE · weight 1


        Args:
            product_id: Product to subscribe to, as listed by the flexible product list. Required.
            amount: Amount of the product's asset to subscribe. Required.
            auto_subscribe: Whether rewards and matured amounts are subscribed again automatically; defaults to
                true.
            source_account: Wallet to pay from; defaults to `SPOT`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnFlexibleSubscription
        """
        from ..api.simple_earn import subscribe_flexible_product as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
            ),
            options,
        )

    def subscribe_locked_product(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
        redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedSubscription:
        """Subscribe to a locked product.

        Locks `amount` in a fixed-term Simple Earn product and opens a position. Binance allows one call
        every 3 seconds per account, and the API key needs the spot and margin trading permission.

        POST /sapi/v1/simple-earn/locked/subscribe · security TRADE · weight 1


        Args:
            project_id: Product to subscribe to, as listed by the locked product list. Required.
            amount: Amount of the product's asset to lock. Required.
            auto_subscribe: Whether the position is renewed automatically when it matures. Binance's 2024 file gives
                true as the default, its current pages false; send it explicitly.
            source_account: Wallet to pay from; defaults to `SPOT`.
            redeem_to: Where the principal goes at maturity when it is not renewed: `SPOT` or `FLEXIBLE`
                (Binance's pages disagree on the default).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnLockedSubscription
        """
        from ..api.simple_earn import subscribe_locked_product as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
                redeem_to=redeem_to,
            ),
            options,
        )

    def subscribe_rwusd(
        self,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"],
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRwusdSubscription:
        """Subscribe to RWUSD.

        Converts `amount` of USDT or USDC held in the spot wallet into RWUSD; other wallets cannot be
        used as the source. The API key needs the spot and margin trading permission.

        POST /sapi/v1/rwusd/subscribe · security TRADE · weight 150


        Args:
            asset: Stablecoin to pay with. Required.
            amount: Amount of `asset` to convert. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnRwusdSubscription
        """
        from ..api.simple_earn import subscribe_rwusd as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    def yield_arena_activities(
        self,
        *,
        lang: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnYieldArenaActivities:
        """Yield Arena campaigns.

        Lists the Earn Yield Arena giveaway campaigns the account can currently join, with their reward
        pools, reward tokens, links and time spans.

        GET /sapi/v1/earn/arena/activities · security USER_DATA · weight 150


        Args:
            lang: Language of `title` and `description` as a locale tag (`en`, `zh-CN`, `pt-BR`…);
                defaults to `en`, which is also used when the tag is malformed or has no translation.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SimpleEarnYieldArenaActivities
        """
        from ..api.simple_earn import yield_arena_activities as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                lang=lang,
            ),
            options,
        )


class AsyncSimpleEarn(AsyncSimpleEarnPaging):
    """`simple_earn` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def bfusd_account(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnBfusdAccount:
        """BFUSD holdings (the coroutine of `Spot.simple_earn.bfusd_account`, which describes it)."""
        from ..api.simple_earn import bfusd_account as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def bfusd_quota_details(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnBfusdQuota:
        """BFUSD quotas (the coroutine of `Spot.simple_earn.bfusd_quota_details`, which describes it)."""
        from ..api.simple_earn import bfusd_quota_details as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def bfusd_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRatePage:
        """BFUSD rate history (the coroutine of `Spot.simple_earn.bfusd_rate_history`, which describes it)."""
        from ..api.simple_earn import bfusd_rate_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def bfusd_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRedemptionRecordPage:
        """BFUSD redemption history (the coroutine of `Spot.simple_earn.bfusd_redemption_history`, which describes it)."""
        from ..api.simple_earn import bfusd_redemption_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def bfusd_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnBfusdRewardPage:
        """BFUSD rewards history (the coroutine of `Spot.simple_earn.bfusd_rewards_history`, which describes it)."""
        from ..api.simple_earn import bfusd_rewards_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def bfusd_subscription_history(
        self,
        *,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableSubscriptionRecordPage:
        """BFUSD subscription history (the coroutine of `Spot.simple_earn.bfusd_subscription_history`, which describes it)."""
        from ..api.simple_earn import bfusd_subscription_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def flexible_personal_left_quota(
        self,
        product_id: str,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnPersonalLeftQuota:
        """Remaining flexible quota (the coroutine of `Spot.simple_earn.flexible_personal_left_quota`, which describes it)."""
        from ..api.simple_earn import flexible_personal_left_quota as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
            ),
            options,
        )

    async def flexible_product_collateral_record(
        self,
        *,
        product_id: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnCollateralRecordPage:
        """Flexible collateral history (the coroutine of `Spot.simple_earn.flexible_product_collateral_record`, which describes it)."""
        from ..api.simple_earn import flexible_product_collateral_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def flexible_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleProductPage:
        """List flexible products (the coroutine of `Spot.simple_earn.flexible_product_list`, which describes it)."""
        from ..api.simple_earn import flexible_product_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    async def flexible_product_position(
        self,
        *,
        asset: str | None = None,
        product_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexiblePositionPage:
        """Flexible holdings (the coroutine of `Spot.simple_earn.flexible_product_position`, which describes it)."""
        from ..api.simple_earn import flexible_product_position as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                product_id=product_id,
                current=current,
                size=size,
            ),
            options,
        )

    async def flexible_product_rate_history(
        self,
        product_id: str,
        *,
        apr_period: SimpleEarnAprPeriod | Literal["DAY", "YEAR"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleRatePage:
        """Flexible rate history (the coroutine of `Spot.simple_earn.flexible_product_rate_history`, which describes it)."""
        from ..api.simple_earn import flexible_product_rate_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                apr_period=apr_period,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def flexible_redemption_record(
        self,
        *,
        product_id: str | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleRedemptionRecordPage:
        """Flexible redemption history (the coroutine of `Spot.simple_earn.flexible_redemption_record`, which describes it)."""
        from ..api.simple_earn import flexible_redemption_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                redeem_id=redeem_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def flexible_rewards_history(
        self,
        *,
        product_id: str | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        type: SimpleEarnFlexibleRewardType | Literal["BONUS", "REALTIME", "REWARDS", "ALL"] | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleRewardPage:
        """Flexible rewards history (the coroutine of `Spot.simple_earn.flexible_rewards_history`, which describes it)."""
        from ..api.simple_earn import flexible_rewards_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                type=type,
                current=current,
                size=size,
            ),
            options,
        )

    async def flexible_subscription_preview(
        self,
        product_id: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleSubscriptionPreview:
        """Preview a flexible subscription (the coroutine of `Spot.simple_earn.flexible_subscription_preview`, which describes it)."""
        from ..api.simple_earn import flexible_subscription_preview as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                amount=amount,
            ),
            options,
        )

    async def flexible_subscription_record(
        self,
        *,
        product_id: str | None = None,
        purchase_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleSubscriptionRecordPage:
        """Flexible subscription history (the coroutine of `Spot.simple_earn.flexible_subscription_record`, which describes it)."""
        from ..api.simple_earn import flexible_subscription_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                purchase_id=purchase_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def locked_personal_left_quota(
        self,
        project_id: str,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnPersonalLeftQuota:
        """Remaining locked quota (the coroutine of `Spot.simple_earn.locked_personal_left_quota`, which describes it)."""
        from ..api.simple_earn import locked_personal_left_quota as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
            ),
            options,
        )

    async def locked_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedProductPage:
        """List locked products (the coroutine of `Spot.simple_earn.locked_product_list`, which describes it)."""
        from ..api.simple_earn import locked_product_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    async def locked_product_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedPositionPage:
        """Locked positions (the coroutine of `Spot.simple_earn.locked_product_position`, which describes it)."""
        from ..api.simple_earn import locked_product_position as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                position_id=position_id,
                project_id=project_id,
                current=current,
                size=size,
            ),
            options,
        )

    async def locked_redemption_record(
        self,
        *,
        position_id: int | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedRedemptionRecordPage:
        """Locked redemption history (the coroutine of `Spot.simple_earn.locked_redemption_record`, which describes it)."""
        from ..api.simple_earn import locked_redemption_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                redeem_id=redeem_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def locked_rewards_history(
        self,
        *,
        position_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedRewardPage:
        """Locked rewards history (the coroutine of `Spot.simple_earn.locked_rewards_history`, which describes it)."""
        from ..api.simple_earn import locked_rewards_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def locked_subscription_preview(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SimpleEarnLockedSubscriptionPreview]:
        """Preview a locked subscription (the coroutine of `Spot.simple_earn.locked_subscription_preview`, which describes it)."""
        from ..api.simple_earn import locked_subscription_preview as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    async def locked_subscription_record(
        self,
        *,
        purchase_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedSubscriptionRecordPage:
        """Locked subscription history (the coroutine of `Spot.simple_earn.locked_subscription_record`, which describes it)."""
        from ..api.simple_earn import locked_subscription_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                purchase_id=purchase_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def redeem_bfusd(
        self,
        amount: DecimalLike,
        type: SimpleEarnStableRedeemType | Literal["FAST", "STANDARD"],
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRedemption:
        """Redeem BFUSD (the coroutine of `Spot.simple_earn.redeem_bfusd`, which describes it)."""
        from ..api.simple_earn import redeem_bfusd as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
                type=type,
            ),
            options,
        )

    async def redeem_flexible_product(
        self,
        product_id: str,
        *,
        redeem_all: bool | None = None,
        amount: DecimalLike | None = None,
        dest_account: SimpleEarnRedeemDestination | Literal["SPOT", "FUND"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRedemption:
        """Redeem from a flexible product (the coroutine of `Spot.simple_earn.redeem_flexible_product`, which describes it)."""
        from ..api.simple_earn import redeem_flexible_product as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                redeem_all=redeem_all,
                amount=amount,
                dest_account=dest_account,
            ),
            options,
        )

    async def redeem_locked_product(
        self,
        position_id: int,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRedemption:
        """Redeem a locked position early (the coroutine of `Spot.simple_earn.redeem_locked_product`, which describes it)."""
        from ..api.simple_earn import redeem_locked_product as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def redeem_rwusd(
        self,
        amount: DecimalLike,
        type: SimpleEarnStableRedeemType | Literal["FAST", "STANDARD"],
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRedemption:
        """Redeem RWUSD (the coroutine of `Spot.simple_earn.redeem_rwusd`, which describes it)."""
        from ..api.simple_earn import redeem_rwusd as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
                type=type,
            ),
            options,
        )

    async def rwusd_account(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRwusdAccount:
        """RWUSD holdings (the coroutine of `Spot.simple_earn.rwusd_account`, which describes it)."""
        from ..api.simple_earn import rwusd_account as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def rwusd_quota_details(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRwusdQuota:
        """RWUSD quotas (the coroutine of `Spot.simple_earn.rwusd_quota_details`, which describes it)."""
        from ..api.simple_earn import rwusd_quota_details as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def rwusd_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRatePage:
        """RWUSD rate history (the coroutine of `Spot.simple_earn.rwusd_rate_history`, which describes it)."""
        from ..api.simple_earn import rwusd_rate_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def rwusd_redemption_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableRedemptionRecordPage:
        """RWUSD redemption history (the coroutine of `Spot.simple_earn.rwusd_redemption_history`, which describes it)."""
        from ..api.simple_earn import rwusd_redemption_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def rwusd_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRwusdRewardPage:
        """RWUSD rewards history (the coroutine of `Spot.simple_earn.rwusd_rewards_history`, which describes it)."""
        from ..api.simple_earn import rwusd_rewards_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def rwusd_subscription_history(
        self,
        *,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnStableSubscriptionRecordPage:
        """RWUSD subscription history (the coroutine of `Spot.simple_earn.rwusd_subscription_history`, which describes it)."""
        from ..api.simple_earn import rwusd_subscription_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def set_flexible_auto_subscribe(
        self,
        product_id: str,
        auto_subscribe: bool,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnSuccess:
        """Switch flexible auto-subscribe (the coroutine of `Spot.simple_earn.set_flexible_auto_subscribe`, which describes it)."""
        from ..api.simple_earn import set_flexible_auto_subscribe as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    async def set_locked_auto_subscribe(
        self,
        position_id: int,
        auto_subscribe: bool,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnSuccess:
        """Switch locked auto-renewal (the coroutine of `Spot.simple_earn.set_locked_auto_subscribe`, which describes it)."""
        from ..api.simple_earn import set_locked_auto_subscribe as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    async def set_locked_redeem_option(
        self,
        position_id: int,
        redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"],
        **options: Unpack[CallOptions],
    ) -> SimpleEarnSuccess:
        """Set a locked position's payout (the coroutine of `Spot.simple_earn.set_locked_redeem_option`, which describes it)."""
        from ..api.simple_earn import set_locked_redeem_option as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                redeem_to=redeem_to,
            ),
            options,
        )

    async def set_locked_redeem_option_with_get(
        self,
        position_id: int,
        *,
        redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnSuccess:
        """Set a locked position's payout (GET form) (the coroutine of `Spot.simple_earn.set_locked_redeem_option_with_get`, which describes it)."""
        from ..api.simple_earn import set_locked_redeem_option_with_get as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                redeem_to=redeem_to,
            ),
            options,
        )

    async def simple_earn_account(
        self,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnAccount:
        """Simple Earn account summary (the coroutine of `Spot.simple_earn.simple_earn_account`, which describes it)."""
        from ..api.simple_earn import simple_earn_account as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def subscribe_bfusd(
        self,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnBfusdSubscription:
        """Subscribe to BFUSD (the coroutine of `Spot.simple_earn.subscribe_bfusd`, which describes it)."""
        from ..api.simple_earn import subscribe_bfusd as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    async def subscribe_flexible_product(
        self,
        product_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnFlexibleSubscription:
        """Subscribe to a flexible product (the coroutine of `Spot.simple_earn.subscribe_flexible_product`, which describes it)."""
        from ..api.simple_earn import subscribe_flexible_product as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                product_id=product_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
            ),
            options,
        )

    async def subscribe_locked_product(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
        redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnLockedSubscription:
        """Subscribe to a locked product (the coroutine of `Spot.simple_earn.subscribe_locked_product`, which describes it)."""
        from ..api.simple_earn import subscribe_locked_product as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
                redeem_to=redeem_to,
            ),
            options,
        )

    async def subscribe_rwusd(
        self,
        asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"],
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnRwusdSubscription:
        """Subscribe to RWUSD (the coroutine of `Spot.simple_earn.subscribe_rwusd`, which describes it)."""
        from ..api.simple_earn import subscribe_rwusd as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    async def yield_arena_activities(
        self,
        *,
        lang: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SimpleEarnYieldArenaActivities:
        """Yield Arena campaigns (the coroutine of `Spot.simple_earn.yield_arena_activities`, which describes it)."""
        from ..api.simple_earn import yield_arena_activities as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                lang=lang,
            ),
            options,
        )


class SimpleEarnWithRawResponse:
    """`simple_earn` operations, each returning the whole `Response`."""

    def __init__(self, group: SimpleEarn) -> None:
        self._group = group
        self.bfusd_account: Final = raw_response_wrapper(group.bfusd_account)
        self.bfusd_quota_details: Final = raw_response_wrapper(group.bfusd_quota_details)
        self.bfusd_rate_history: Final = raw_response_wrapper(group.bfusd_rate_history)
        self.bfusd_redemption_history: Final = raw_response_wrapper(group.bfusd_redemption_history)
        self.bfusd_rewards_history: Final = raw_response_wrapper(group.bfusd_rewards_history)
        self.bfusd_subscription_history: Final = raw_response_wrapper(group.bfusd_subscription_history)
        self.flexible_personal_left_quota: Final = raw_response_wrapper(group.flexible_personal_left_quota)
        self.flexible_product_collateral_record: Final = raw_response_wrapper(group.flexible_product_collateral_record)
        self.flexible_product_list: Final = raw_response_wrapper(group.flexible_product_list)
        self.flexible_product_position: Final = raw_response_wrapper(group.flexible_product_position)
        self.flexible_product_rate_history: Final = raw_response_wrapper(group.flexible_product_rate_history)
        self.flexible_redemption_record: Final = raw_response_wrapper(group.flexible_redemption_record)
        self.flexible_rewards_history: Final = raw_response_wrapper(group.flexible_rewards_history)
        self.flexible_subscription_preview: Final = raw_response_wrapper(group.flexible_subscription_preview)
        self.flexible_subscription_record: Final = raw_response_wrapper(group.flexible_subscription_record)
        self.locked_personal_left_quota: Final = raw_response_wrapper(group.locked_personal_left_quota)
        self.locked_product_list: Final = raw_response_wrapper(group.locked_product_list)
        self.locked_product_position: Final = raw_response_wrapper(group.locked_product_position)
        self.locked_redemption_record: Final = raw_response_wrapper(group.locked_redemption_record)
        self.locked_rewards_history: Final = raw_response_wrapper(group.locked_rewards_history)
        self.locked_subscription_preview: Final = raw_response_wrapper(group.locked_subscription_preview)
        self.locked_subscription_record: Final = raw_response_wrapper(group.locked_subscription_record)
        self.redeem_bfusd: Final = raw_response_wrapper(group.redeem_bfusd)
        self.redeem_flexible_product: Final = raw_response_wrapper(group.redeem_flexible_product)
        self.redeem_locked_product: Final = raw_response_wrapper(group.redeem_locked_product)
        self.redeem_rwusd: Final = raw_response_wrapper(group.redeem_rwusd)
        self.rwusd_account: Final = raw_response_wrapper(group.rwusd_account)
        self.rwusd_quota_details: Final = raw_response_wrapper(group.rwusd_quota_details)
        self.rwusd_rate_history: Final = raw_response_wrapper(group.rwusd_rate_history)
        self.rwusd_redemption_history: Final = raw_response_wrapper(group.rwusd_redemption_history)
        self.rwusd_rewards_history: Final = raw_response_wrapper(group.rwusd_rewards_history)
        self.rwusd_subscription_history: Final = raw_response_wrapper(group.rwusd_subscription_history)
        self.set_flexible_auto_subscribe: Final = raw_response_wrapper(group.set_flexible_auto_subscribe)
        self.set_locked_auto_subscribe: Final = raw_response_wrapper(group.set_locked_auto_subscribe)
        self.set_locked_redeem_option: Final = raw_response_wrapper(group.set_locked_redeem_option)
        self.set_locked_redeem_option_with_get: Final = raw_response_wrapper(group.set_locked_redeem_option_with_get)
        self.simple_earn_account: Final = raw_response_wrapper(group.simple_earn_account)
        self.subscribe_bfusd: Final = raw_response_wrapper(group.subscribe_bfusd)
        self.subscribe_flexible_product: Final = raw_response_wrapper(group.subscribe_flexible_product)
        self.subscribe_locked_product: Final = raw_response_wrapper(group.subscribe_locked_product)
        self.subscribe_rwusd: Final = raw_response_wrapper(group.subscribe_rwusd)
        self.yield_arena_activities: Final = raw_response_wrapper(group.yield_arena_activities)


class AsyncSimpleEarnWithRawResponse:
    """`simple_earn` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncSimpleEarn) -> None:
        self._group = group
        self.bfusd_account: Final = async_raw_response_wrapper(group.bfusd_account)
        self.bfusd_quota_details: Final = async_raw_response_wrapper(group.bfusd_quota_details)
        self.bfusd_rate_history: Final = async_raw_response_wrapper(group.bfusd_rate_history)
        self.bfusd_redemption_history: Final = async_raw_response_wrapper(group.bfusd_redemption_history)
        self.bfusd_rewards_history: Final = async_raw_response_wrapper(group.bfusd_rewards_history)
        self.bfusd_subscription_history: Final = async_raw_response_wrapper(group.bfusd_subscription_history)
        self.flexible_personal_left_quota: Final = async_raw_response_wrapper(group.flexible_personal_left_quota)
        self.flexible_product_collateral_record: Final = async_raw_response_wrapper(
            group.flexible_product_collateral_record
        )
        self.flexible_product_list: Final = async_raw_response_wrapper(group.flexible_product_list)
        self.flexible_product_position: Final = async_raw_response_wrapper(group.flexible_product_position)
        self.flexible_product_rate_history: Final = async_raw_response_wrapper(group.flexible_product_rate_history)
        self.flexible_redemption_record: Final = async_raw_response_wrapper(group.flexible_redemption_record)
        self.flexible_rewards_history: Final = async_raw_response_wrapper(group.flexible_rewards_history)
        self.flexible_subscription_preview: Final = async_raw_response_wrapper(group.flexible_subscription_preview)
        self.flexible_subscription_record: Final = async_raw_response_wrapper(group.flexible_subscription_record)
        self.locked_personal_left_quota: Final = async_raw_response_wrapper(group.locked_personal_left_quota)
        self.locked_product_list: Final = async_raw_response_wrapper(group.locked_product_list)
        self.locked_product_position: Final = async_raw_response_wrapper(group.locked_product_position)
        self.locked_redemption_record: Final = async_raw_response_wrapper(group.locked_redemption_record)
        self.locked_rewards_history: Final = async_raw_response_wrapper(group.locked_rewards_history)
        self.locked_subscription_preview: Final = async_raw_response_wrapper(group.locked_subscription_preview)
        self.locked_subscription_record: Final = async_raw_response_wrapper(group.locked_subscription_record)
        self.redeem_bfusd: Final = async_raw_response_wrapper(group.redeem_bfusd)
        self.redeem_flexible_product: Final = async_raw_response_wrapper(group.redeem_flexible_product)
        self.redeem_locked_product: Final = async_raw_response_wrapper(group.redeem_locked_product)
        self.redeem_rwusd: Final = async_raw_response_wrapper(group.redeem_rwusd)
        self.rwusd_account: Final = async_raw_response_wrapper(group.rwusd_account)
        self.rwusd_quota_details: Final = async_raw_response_wrapper(group.rwusd_quota_details)
        self.rwusd_rate_history: Final = async_raw_response_wrapper(group.rwusd_rate_history)
        self.rwusd_redemption_history: Final = async_raw_response_wrapper(group.rwusd_redemption_history)
        self.rwusd_rewards_history: Final = async_raw_response_wrapper(group.rwusd_rewards_history)
        self.rwusd_subscription_history: Final = async_raw_response_wrapper(group.rwusd_subscription_history)
        self.set_flexible_auto_subscribe: Final = async_raw_response_wrapper(group.set_flexible_auto_subscribe)
        self.set_locked_auto_subscribe: Final = async_raw_response_wrapper(group.set_locked_auto_subscribe)
        self.set_locked_redeem_option: Final = async_raw_response_wrapper(group.set_locked_redeem_option)
        self.set_locked_redeem_option_with_get: Final = async_raw_response_wrapper(
            group.set_locked_redeem_option_with_get
        )
        self.simple_earn_account: Final = async_raw_response_wrapper(group.simple_earn_account)
        self.subscribe_bfusd: Final = async_raw_response_wrapper(group.subscribe_bfusd)
        self.subscribe_flexible_product: Final = async_raw_response_wrapper(group.subscribe_flexible_product)
        self.subscribe_locked_product: Final = async_raw_response_wrapper(group.subscribe_locked_product)
        self.subscribe_rwusd: Final = async_raw_response_wrapper(group.subscribe_rwusd)
        self.yield_arena_activities: Final = async_raw_response_wrapper(group.yield_arena_activities)


__all__ = ["AsyncSimpleEarn", "AsyncSimpleEarnWithRawResponse", "SimpleEarn", "SimpleEarnWithRawResponse"]
