"""The `simple_earn` operations of the /sapi surface, reached as `client.simple_earn`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..signing import AsyncSpotClient, RecvWindow, SpotClient

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


class SimpleEarn:
    """`simple_earn` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def bfusd_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnBfusdAccount:
        """BFUSD holdings.

        Returns the account's BFUSD balance and the profit it has earned so far, counted in USDT and in
        BFUSD.

        GET /sapi/v1/bfusd/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnBfusdAccount
        """
        from ..api.simple_earn import bfusd_account as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def bfusd_quota_details(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnBfusdQuota:
        """BFUSD quotas.

        Returns what the account may still subscribe into BFUSD and what it may still redeem through the
        fast and the standard route, with their minimums and fees.

        GET /sapi/v1/bfusd/quota · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnBfusdQuota
        """
        from ..api.simple_earn import bfusd_quota_details as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def bfusd_rate_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRatePage:
        """BFUSD rate history.

        Lists past annual rates of BFUSD, newest first. The window spans at most 6 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, everything from
        it up to now; with only `endTime`, the month before it.

        GET /sapi/v1/bfusd/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRatePage
        """
        from ..api.simple_earn import bfusd_rate_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def bfusd_redemption_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRedemptionRecordPage:
        """BFUSD redemption history.

        Lists the account's BFUSD redemptions with their fees and arrival times. The window spans at
        most 6 months. Without `startTime` and `endTime` the last 30 days are returned; with only
        `startTime`, everything from it up to now; with only `endTime`, the month before it.

        GET /sapi/v1/bfusd/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRedemptionRecordPage
        """
        from ..api.simple_earn import bfusd_redemption_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def bfusd_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnBfusdRewardPage:
        """BFUSD rewards history.

        Lists the rewards paid on the account's BFUSD holding, with the position and rate each payout
        was based on. The window spans at most 6 months. Without `startTime` and `endTime` the last 30
        days are returned; with only `startTime`, everything from it up to now; with only `endTime`, the
        month before it.

        GET /sapi/v1/bfusd/history/rewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnBfusdRewardPage
        """
        from ..api.simple_earn import bfusd_rewards_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def bfusd_subscription_history(
        self,
        *,
        asset: SimpleEarnStableSourceAsset | str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableSubscriptionRecordPage:
        """BFUSD subscription history.

        Lists the account's conversions into BFUSD. The window spans at most 6 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, everything from
        it up to now. For the `endTime`-only case Binance's page sets the start a month after the
        current time, so send both bounds to be sure of the window.

        GET /sapi/v1/bfusd/history/subscriptionHistory · security USER_DATA · weight 150


        Args:
            asset: Only subscriptions paid with this stablecoin.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableSubscriptionRecordPage
        """
        from ..api.simple_earn import bfusd_subscription_history as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_personal_left_quota(
        self,
        product_id: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnPersonalLeftQuota:
        """Remaining flexible quota.

        Tells how much more the account may subscribe to a flexible product.

        GET /sapi/v1/simple-earn/flexible/personalLeftQuota · security USER_DATA · weight 150


        Args:
            product_id: Flexible product to check. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnPersonalLeftQuota
        """
        from ..api.simple_earn import flexible_personal_left_quota as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_product_collateral_record(
        self,
        *,
        product_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnCollateralRecordPage:
        """Flexible collateral history.

        Lists when flexible holdings were pledged as, or released from, loan collateral. The window
        spans at most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with
        only `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/collateralRecord · security USER_DATA · weight 150


        Args:
            product_id: Only records of this product.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnCollateralRecordPage
        """
        from ..api.simple_earn import flexible_product_collateral_record as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleProductPage:
        """List flexible products.

        Lists the flexible Simple Earn products on offer, with their current rates, limits and status.
        Filter by `asset`; the list is paged with `current` and `size`.

        GET /sapi/v1/simple-earn/flexible/list · security USER_DATA · weight 150


        Args:
            asset: Only products for this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleProductPage
        """
        from ..api.simple_earn import flexible_product_list as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_product_position(
        self,
        *,
        asset: str | None = None,
        product_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexiblePositionPage:
        """Flexible holdings.

        Shows the account's holdings in flexible products with their rates and rewards so far. Filter by
        `asset` or `productId`; paged with `current` and `size`.

        GET /sapi/v1/simple-earn/flexible/position · security USER_DATA · weight 150


        Args:
            asset: Only holdings of this asset.
            product_id: Only the holding in this product.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexiblePositionPage
        """
        from ..api.simple_earn import flexible_product_position as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            product_id=product_id,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_product_rate_history(
        self,
        product_id: str,
        *,
        apr_period: SimpleEarnAprPeriod | str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleRatePage:
        """Flexible rate history.

        Lists past annual rates of one flexible product. The window spans at most one year; without
        `startTime` and `endTime` the last 30 days are returned, with only `startTime` the 30 days from
        it, with only `endTime` the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/rateHistory · security USER_DATA · weight 150


        Args:
            product_id: Flexible product. Required.
            apr_period: Whether points are daily or yearly rates; defaults to `DAY`.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleRatePage
        """
        from ..api.simple_earn import flexible_product_rate_history as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            apr_period=apr_period,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_redemption_record(
        self,
        *,
        product_id: str | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleRedemptionRecordPage:
        """Flexible redemption history.

        Lists the account's redemptions from flexible products. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/redemptionRecord · security USER_DATA · weight 150


        Args:
            product_id: Only redemptions from this product.
            redeem_id: Only this redemption.
            asset: Only redemptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleRedemptionRecordPage
        """
        from ..api.simple_earn import flexible_redemption_record as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            redeem_id=redeem_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_rewards_history(
        self,
        *,
        product_id: str | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        type_: SimpleEarnFlexibleRewardType | str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleRewardPage:
        """Flexible rewards history.

        Lists reward payments from flexible products, of the kind chosen with `type`. The window spans
        at most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with only
        `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/rewardsRecord · security USER_DATA · weight 150


        Args:
            product_id: Only rewards from this product.
            asset: Only rewards in this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            type_: Kind of reward to list; defaults to `ALL`.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleRewardPage
        """
        from ..api.simple_earn import flexible_rewards_history as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            type_=type_,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_subscription_preview(
        self,
        product_id: str,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleSubscriptionPreview:
        """Preview a flexible subscription.

        Estimates the daily rewards a flexible subscription of `amount` would earn, without subscribing.

        GET /sapi/v1/simple-earn/flexible/subscriptionPreview · security USER_DATA · weight 150


        Args:
            product_id: Flexible product to preview. Required.
            amount: Amount that would be subscribed. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleSubscriptionPreview
        """
        from ..api.simple_earn import flexible_subscription_preview as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_subscription_record(
        self,
        *,
        product_id: str | None = None,
        purchase_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleSubscriptionRecordPage:
        """Flexible subscription history.

        Lists the account's subscriptions to flexible products. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/subscriptionRecord · security USER_DATA · weight 150


        Args:
            product_id: Only subscriptions to this product.
            purchase_id: Only this subscription.
            asset: Only subscriptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleSubscriptionRecordPage
        """
        from ..api.simple_earn import flexible_subscription_record as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            purchase_id=purchase_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def locked_personal_left_quota(
        self,
        project_id: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnPersonalLeftQuota:
        """Remaining locked quota.

        Tells how much more the account may subscribe to a locked product.

        GET /sapi/v1/simple-earn/locked/personalLeftQuota · security USER_DATA · weight 150


        Args:
            project_id: Locked product to check. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnPersonalLeftQuota
        """
        from ..api.simple_earn import locked_personal_left_quota as _operation

        return _operation.sync(
            client=self._client,
            project_id=project_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    def locked_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedProductPage:
        """List locked products.

        Lists the locked (fixed-term) Simple Earn products on offer with their duration, rate and
        subscription limits. Filter by `asset`; paged with `current` and `size`.

        GET /sapi/v1/simple-earn/locked/list · security USER_DATA · weight 150


        Args:
            asset: Only products for this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedProductPage
        """
        from ..api.simple_earn import locked_product_list as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def locked_product_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedPositionPage:
        """Locked positions.

        Shows the account's locked positions: amount, rate, accrued rewards, payment and maturity dates,
        and what can still be done with each. Filter by `asset`, `positionId` or `projectId`; paged with
        `current` and `size`.

        GET /sapi/v1/simple-earn/locked/position · security USER_DATA · weight 150


        Args:
            asset: Only positions in this asset.
            position_id: Only this position.
            project_id: Only positions in this product.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedPositionPage
        """
        from ..api.simple_earn import locked_product_position as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            position_id=position_id,
            project_id=project_id,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def locked_redemption_record(
        self,
        *,
        position_id: int | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedRedemptionRecordPage:
        """Locked redemption history.

        Lists the account's redemptions of locked positions, at maturity or early. The window spans at
        most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with only
        `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/locked/history/redemptionRecord · security USER_DATA · weight 150


        Args:
            position_id: Only redemptions of this position.
            redeem_id: Only this redemption.
            asset: Only redemptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedRedemptionRecordPage
        """
        from ..api.simple_earn import locked_redemption_record as _operation

        return _operation.sync(
            client=self._client,
            position_id=position_id,
            redeem_id=redeem_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def locked_rewards_history(
        self,
        *,
        position_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedRewardPage:
        """Locked rewards history.

        Lists reward payments from locked positions. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/locked/history/rewardsRecord · security USER_DATA · weight 150


        Args:
            position_id: Only rewards of this position.
            asset: Only rewards in this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedRewardPage
        """
        from ..api.simple_earn import locked_rewards_history as _operation

        return _operation.sync(
            client=self._client,
            position_id=position_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def locked_subscription_preview(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> list[SimpleEarnLockedSubscriptionPreview]:
        """Preview a locked subscription.

        Estimates the rewards and key dates of locking `amount` in a locked product, without
        subscribing.

        GET /sapi/v1/simple-earn/locked/subscriptionPreview · security USER_DATA · weight 150


        Args:
            project_id: Locked product to preview. Required.
            amount: Amount that would be locked. Required.
            auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            list[SimpleEarnLockedSubscriptionPreview]
        """
        from ..api.simple_earn import locked_subscription_preview as _operation

        return _operation.sync(
            client=self._client,
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    def locked_subscription_record(
        self,
        *,
        purchase_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedSubscriptionRecordPage:
        """Locked subscription history.

        Lists the account's subscriptions to locked products. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/locked/history/subscriptionRecord · security USER_DATA · weight 150


        Args:
            purchase_id: Only this subscription.
            asset: Only subscriptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedSubscriptionRecordPage
        """
        from ..api.simple_earn import locked_subscription_record as _operation

        return _operation.sync(
            client=self._client,
            purchase_id=purchase_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def redeem_bfusd(
        self,
        amount: DecimalLike,
        type_: SimpleEarnStableRedeemType | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRedemption:
        """Redeem BFUSD.

        Turns `amount` BFUSD back into USDT, paid into the spot wallet only. The fast route pays at once
        for a fee; the standard route waits for the redemption period. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/bfusd/redeem · security TRADE · weight 150


        Args:
            amount: Amount of BFUSD to redeem. Required.
            type_: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
                the field, so always send it. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRedemption
        """
        from ..api.simple_earn import redeem_bfusd as _operation

        return _operation.sync(
            client=self._client,
            amount=amount,
            type_=type_,
            recv_window=recv_window,
            timeout=timeout,
        )

    def redeem_flexible_product(
        self,
        product_id: str,
        *,
        redeem_all: bool | None = None,
        amount: DecimalLike | None = None,
        dest_account: SimpleEarnRedeemDestination | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRedemption:
        """Redeem from a flexible product.

        Takes `amount`, or everything with `redeemAll`, out of a flexible product. Binance allows one
        call every 3 seconds per account, and the API key needs the spot and margin trading permission.

        POST /sapi/v1/simple-earn/flexible/redeem · security TRADE · weight 1


        Args:
            product_id: Product to redeem from. Required.
            redeem_all: Redeem the whole holding; defaults to false.
            amount: Amount to redeem; mandatory unless `redeemAll` is true.
            dest_account: Wallet to pay into; defaults to `SPOT`.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRedemption
        """
        from ..api.simple_earn import redeem_flexible_product as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            redeem_all=redeem_all,
            amount=amount,
            dest_account=dest_account,
            recv_window=recv_window,
            timeout=timeout,
        )

    def redeem_locked_product(
        self,
        position_id: int,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRedemption:
        """Redeem a locked position early.

        Redeems a locked position before it matures; early redemption may forfeit rewards. Binance
        allows one call every 3 seconds per account, and the API key needs the spot and margin trading
        permission.

        POST /sapi/v1/simple-earn/locked/redeem · security TRADE · weight 1


        Args:
            position_id: Locked position to redeem. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRedemption
        """
        from ..api.simple_earn import redeem_locked_product as _operation

        return _operation.sync(
            client=self._client,
            position_id=position_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    def redeem_rwusd(
        self,
        amount: DecimalLike,
        type_: SimpleEarnStableRedeemType | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRedemption:
        """Redeem RWUSD.

        Turns `amount` RWUSD back into USDC, paid into the spot wallet only. The fast route pays at once
        for a fee; the standard route waits for the redemption period. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/rwusd/redeem · security TRADE · weight 150


        Args:
            amount: Amount of RWUSD to redeem. Required.
            type_: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
                the field, so always send it. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRedemption
        """
        from ..api.simple_earn import redeem_rwusd as _operation

        return _operation.sync(
            client=self._client,
            amount=amount,
            type_=type_,
            recv_window=recv_window,
            timeout=timeout,
        )

    def rwusd_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRwusdAccount:
        """RWUSD holdings.

        Returns the account's RWUSD balance and the total profit it has earned.

        GET /sapi/v1/rwusd/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRwusdAccount
        """
        from ..api.simple_earn import rwusd_account as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def rwusd_quota_details(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRwusdQuota:
        """RWUSD quotas.

        Returns which stablecoins can be converted into RWUSD and how much more, what may still be
        redeemed through the fast and the standard route with their minimums and fees, and whether
        subscribing and redeeming are open.

        GET /sapi/v1/rwusd/quota · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRwusdQuota
        """
        from ..api.simple_earn import rwusd_quota_details as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def rwusd_rate_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRatePage:
        """RWUSD rate history.

        Lists past annual rates of RWUSD, newest first. The window spans at most 6 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, everything from
        it up to now; with only `endTime`, the month before it.

        GET /sapi/v1/rwusd/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRatePage
        """
        from ..api.simple_earn import rwusd_rate_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def rwusd_redemption_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRedemptionRecordPage:
        """RWUSD redemption history.

        Lists the account's RWUSD redemptions with their fees and arrival times. The window spans at
        most 6 months. Without `startTime` and `endTime` the last 30 days are returned; with only
        `startTime`, everything from it up to now; with only `endTime`, the month before it.

        GET /sapi/v1/rwusd/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRedemptionRecordPage
        """
        from ..api.simple_earn import rwusd_redemption_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def rwusd_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRwusdRewardPage:
        """RWUSD rewards history.

        Lists the rewards paid on the account's RWUSD holding, with the position and rate each payout
        was based on. The window spans at most 6 months. Without `startTime` and `endTime` the last 30
        days are returned; with only `startTime`, everything from it up to now; with only `endTime`, the
        month before it.

        GET /sapi/v1/rwusd/history/rewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRwusdRewardPage
        """
        from ..api.simple_earn import rwusd_rewards_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def rwusd_subscription_history(
        self,
        *,
        asset: SimpleEarnStableSourceAsset | str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableSubscriptionRecordPage:
        """RWUSD subscription history.

        Lists the account's conversions into RWUSD. The window spans at most 6 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, everything from
        it up to now. For the `endTime`-only case Binance's page sets the start a month after the
        current time, so send both bounds to be sure of the window.

        GET /sapi/v1/rwusd/history/subscriptionHistory · security USER_DATA · weight 150


        Args:
            asset: Only subscriptions paid with this stablecoin.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableSubscriptionRecordPage
        """
        from ..api.simple_earn import rwusd_subscription_history as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def set_flexible_auto_subscribe(
        self,
        product_id: str,
        auto_subscribe: bool,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnSuccess:
        """Switch flexible auto-subscribe.

        Turns automatic re-subscription of a flexible product's rewards on or off.

        POST /sapi/v1/simple-earn/flexible/setAutoSubscribe · security USER_DATA · weight 150


        Args:
            product_id: Flexible product to change. Required.
            auto_subscribe: True to switch automatic subscription on, false to switch it off. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_flexible_auto_subscribe as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    def set_locked_auto_subscribe(
        self,
        position_id: int,
        auto_subscribe: bool,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnSuccess:
        """Switch locked auto-renewal.

        Turns automatic renewal of a locked position at maturity on or off.

        POST /sapi/v1/simple-earn/locked/setAutoSubscribe · security USER_DATA · weight 150


        Args:
            position_id: Locked position to change. Required.
            auto_subscribe: True to renew at maturity, false not to. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_locked_auto_subscribe as _operation

        return _operation.sync(
            client=self._client,
            position_id=position_id,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    def set_locked_redeem_option(
        self,
        position_id: int,
        redeem_to: SimpleEarnLockedRedeemTo | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnSuccess:
        """Set a locked position's payout.

        Chooses where a locked position's principal goes at maturity: the spot wallet or the matching
        flexible product.

        POST /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50


        Args:
            position_id: Locked position to change. Required.
            redeem_to: Where the principal goes at maturity. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_locked_redeem_option as _operation

        return _operation.sync(
            client=self._client,
            position_id=position_id,
            redeem_to=redeem_to,
            recv_window=recv_window,
            timeout=timeout,
        )

    def set_locked_redeem_option_with_get(
        self,
        position_id: int,
        *,
        redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnSuccess:
        """Set a locked position's payout (GET form).

        The GET form of setting where a locked position's principal goes at maturity, as Binance's 2024
        OpenAPI file describes it. Use `setLockedRedeemOption` (POST) instead.

        GET /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            position_id: Locked position to change. Required.
            redeem_to: Where the principal goes at maturity; the 2024 file gives `FLEXIBLE` as the default.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_locked_redeem_option_with_get as _operation

        return _operation.sync(
            client=self._client,
            position_id=position_id,
            redeem_to=redeem_to,
            recv_window=recv_window,
            timeout=timeout,
        )

    def simple_earn_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnAccount:
        """Simple Earn account summary.

        Values the account's Simple Earn holdings in BTC and USDT, in total and split into flexible and
        locked.

        GET /sapi/v1/simple-earn/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnAccount
        """
        from ..api.simple_earn import simple_earn_account as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def subscribe_bfusd(
        self,
        asset: str,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnBfusdSubscription:
        """Subscribe to BFUSD.

        Converts `amount` of a stablecoin held in the spot wallet into BFUSD; other wallets cannot be
        used as the source. The API key needs the spot and margin trading permission.

        POST /sapi/v1/bfusd/subscribe · security TRADE · weight 150


        Args:
            asset: Stablecoin to pay with (Binance's page names `USDT`). Required.
            amount: Amount of `asset` to convert. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnBfusdSubscription
        """
        from ..api.simple_earn import subscribe_bfusd as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    def subscribe_flexible_product(
        self,
        product_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: SimpleEarnSourceAccount | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleSubscription
        """
        from ..api.simple_earn import subscribe_flexible_product as _operation

        return _operation.sync(
            client=self._client,
            product_id=product_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            recv_window=recv_window,
            timeout=timeout,
        )

    def subscribe_locked_product(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: SimpleEarnSourceAccount | str | None = None,
        redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedSubscription
        """
        from ..api.simple_earn import subscribe_locked_product as _operation

        return _operation.sync(
            client=self._client,
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            recv_window=recv_window,
            timeout=timeout,
        )

    def subscribe_rwusd(
        self,
        asset: SimpleEarnStableSourceAsset | str,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRwusdSubscription:
        """Subscribe to RWUSD.

        Converts `amount` of USDT or USDC held in the spot wallet into RWUSD; other wallets cannot be
        used as the source. The API key needs the spot and margin trading permission.

        POST /sapi/v1/rwusd/subscribe · security TRADE · weight 150


        Args:
            asset: Stablecoin to pay with. Required.
            amount: Amount of `asset` to convert. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRwusdSubscription
        """
        from ..api.simple_earn import subscribe_rwusd as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    def yield_arena_activities(
        self,
        *,
        lang: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnYieldArenaActivities:
        """Yield Arena campaigns.

        Lists the Earn Yield Arena giveaway campaigns the account can currently join, with their reward
        pools, reward tokens, links and time spans.

        GET /sapi/v1/earn/arena/activities · security USER_DATA · weight 150


        Args:
            lang: Language of `title` and `description` as a locale tag (`en`, `zh-CN`, `pt-BR`…);
                defaults to `en`, which is also used when the tag is malformed or has no translation.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnYieldArenaActivities
        """
        from ..api.simple_earn import yield_arena_activities as _operation

        return _operation.sync(
            client=self._client,
            lang=lang,
            recv_window=recv_window,
            timeout=timeout,
        )


class AsyncSimpleEarn:
    """`simple_earn` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def bfusd_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnBfusdAccount:
        """BFUSD holdings.

        Returns the account's BFUSD balance and the profit it has earned so far, counted in USDT and in
        BFUSD.

        GET /sapi/v1/bfusd/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnBfusdAccount
        """
        from ..api.simple_earn import bfusd_account as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def bfusd_quota_details(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnBfusdQuota:
        """BFUSD quotas.

        Returns what the account may still subscribe into BFUSD and what it may still redeem through the
        fast and the standard route, with their minimums and fees.

        GET /sapi/v1/bfusd/quota · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnBfusdQuota
        """
        from ..api.simple_earn import bfusd_quota_details as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def bfusd_rate_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRatePage:
        """BFUSD rate history.

        Lists past annual rates of BFUSD, newest first. The window spans at most 6 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, everything from
        it up to now; with only `endTime`, the month before it.

        GET /sapi/v1/bfusd/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRatePage
        """
        from ..api.simple_earn import bfusd_rate_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def bfusd_redemption_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRedemptionRecordPage:
        """BFUSD redemption history.

        Lists the account's BFUSD redemptions with their fees and arrival times. The window spans at
        most 6 months. Without `startTime` and `endTime` the last 30 days are returned; with only
        `startTime`, everything from it up to now; with only `endTime`, the month before it.

        GET /sapi/v1/bfusd/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRedemptionRecordPage
        """
        from ..api.simple_earn import bfusd_redemption_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def bfusd_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnBfusdRewardPage:
        """BFUSD rewards history.

        Lists the rewards paid on the account's BFUSD holding, with the position and rate each payout
        was based on. The window spans at most 6 months. Without `startTime` and `endTime` the last 30
        days are returned; with only `startTime`, everything from it up to now; with only `endTime`, the
        month before it.

        GET /sapi/v1/bfusd/history/rewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnBfusdRewardPage
        """
        from ..api.simple_earn import bfusd_rewards_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def bfusd_subscription_history(
        self,
        *,
        asset: SimpleEarnStableSourceAsset | str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableSubscriptionRecordPage:
        """BFUSD subscription history.

        Lists the account's conversions into BFUSD. The window spans at most 6 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, everything from
        it up to now. For the `endTime`-only case Binance's page sets the start a month after the
        current time, so send both bounds to be sure of the window.

        GET /sapi/v1/bfusd/history/subscriptionHistory · security USER_DATA · weight 150


        Args:
            asset: Only subscriptions paid with this stablecoin.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableSubscriptionRecordPage
        """
        from ..api.simple_earn import bfusd_subscription_history as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_personal_left_quota(
        self,
        product_id: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnPersonalLeftQuota:
        """Remaining flexible quota.

        Tells how much more the account may subscribe to a flexible product.

        GET /sapi/v1/simple-earn/flexible/personalLeftQuota · security USER_DATA · weight 150


        Args:
            product_id: Flexible product to check. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnPersonalLeftQuota
        """
        from ..api.simple_earn import flexible_personal_left_quota as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_product_collateral_record(
        self,
        *,
        product_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnCollateralRecordPage:
        """Flexible collateral history.

        Lists when flexible holdings were pledged as, or released from, loan collateral. The window
        spans at most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with
        only `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/collateralRecord · security USER_DATA · weight 150


        Args:
            product_id: Only records of this product.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnCollateralRecordPage
        """
        from ..api.simple_earn import flexible_product_collateral_record as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleProductPage:
        """List flexible products.

        Lists the flexible Simple Earn products on offer, with their current rates, limits and status.
        Filter by `asset`; the list is paged with `current` and `size`.

        GET /sapi/v1/simple-earn/flexible/list · security USER_DATA · weight 150


        Args:
            asset: Only products for this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleProductPage
        """
        from ..api.simple_earn import flexible_product_list as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_product_position(
        self,
        *,
        asset: str | None = None,
        product_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexiblePositionPage:
        """Flexible holdings.

        Shows the account's holdings in flexible products with their rates and rewards so far. Filter by
        `asset` or `productId`; paged with `current` and `size`.

        GET /sapi/v1/simple-earn/flexible/position · security USER_DATA · weight 150


        Args:
            asset: Only holdings of this asset.
            product_id: Only the holding in this product.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexiblePositionPage
        """
        from ..api.simple_earn import flexible_product_position as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            product_id=product_id,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_product_rate_history(
        self,
        product_id: str,
        *,
        apr_period: SimpleEarnAprPeriod | str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleRatePage:
        """Flexible rate history.

        Lists past annual rates of one flexible product. The window spans at most one year; without
        `startTime` and `endTime` the last 30 days are returned, with only `startTime` the 30 days from
        it, with only `endTime` the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/rateHistory · security USER_DATA · weight 150


        Args:
            product_id: Flexible product. Required.
            apr_period: Whether points are daily or yearly rates; defaults to `DAY`.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleRatePage
        """
        from ..api.simple_earn import flexible_product_rate_history as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            apr_period=apr_period,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_redemption_record(
        self,
        *,
        product_id: str | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleRedemptionRecordPage:
        """Flexible redemption history.

        Lists the account's redemptions from flexible products. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/redemptionRecord · security USER_DATA · weight 150


        Args:
            product_id: Only redemptions from this product.
            redeem_id: Only this redemption.
            asset: Only redemptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleRedemptionRecordPage
        """
        from ..api.simple_earn import flexible_redemption_record as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            redeem_id=redeem_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_rewards_history(
        self,
        *,
        product_id: str | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        type_: SimpleEarnFlexibleRewardType | str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleRewardPage:
        """Flexible rewards history.

        Lists reward payments from flexible products, of the kind chosen with `type`. The window spans
        at most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with only
        `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/rewardsRecord · security USER_DATA · weight 150


        Args:
            product_id: Only rewards from this product.
            asset: Only rewards in this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            type_: Kind of reward to list; defaults to `ALL`.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleRewardPage
        """
        from ..api.simple_earn import flexible_rewards_history as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            type_=type_,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_subscription_preview(
        self,
        product_id: str,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleSubscriptionPreview:
        """Preview a flexible subscription.

        Estimates the daily rewards a flexible subscription of `amount` would earn, without subscribing.

        GET /sapi/v1/simple-earn/flexible/subscriptionPreview · security USER_DATA · weight 150


        Args:
            product_id: Flexible product to preview. Required.
            amount: Amount that would be subscribed. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleSubscriptionPreview
        """
        from ..api.simple_earn import flexible_subscription_preview as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_subscription_record(
        self,
        *,
        product_id: str | None = None,
        purchase_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnFlexibleSubscriptionRecordPage:
        """Flexible subscription history.

        Lists the account's subscriptions to flexible products. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/flexible/history/subscriptionRecord · security USER_DATA · weight 150


        Args:
            product_id: Only subscriptions to this product.
            purchase_id: Only this subscription.
            asset: Only subscriptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleSubscriptionRecordPage
        """
        from ..api.simple_earn import flexible_subscription_record as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            purchase_id=purchase_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def locked_personal_left_quota(
        self,
        project_id: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnPersonalLeftQuota:
        """Remaining locked quota.

        Tells how much more the account may subscribe to a locked product.

        GET /sapi/v1/simple-earn/locked/personalLeftQuota · security USER_DATA · weight 150


        Args:
            project_id: Locked product to check. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnPersonalLeftQuota
        """
        from ..api.simple_earn import locked_personal_left_quota as _operation

        return await _operation.asyncio(
            client=self._client,
            project_id=project_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def locked_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedProductPage:
        """List locked products.

        Lists the locked (fixed-term) Simple Earn products on offer with their duration, rate and
        subscription limits. Filter by `asset`; paged with `current` and `size`.

        GET /sapi/v1/simple-earn/locked/list · security USER_DATA · weight 150


        Args:
            asset: Only products for this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedProductPage
        """
        from ..api.simple_earn import locked_product_list as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def locked_product_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedPositionPage:
        """Locked positions.

        Shows the account's locked positions: amount, rate, accrued rewards, payment and maturity dates,
        and what can still be done with each. Filter by `asset`, `positionId` or `projectId`; paged with
        `current` and `size`.

        GET /sapi/v1/simple-earn/locked/position · security USER_DATA · weight 150


        Args:
            asset: Only positions in this asset.
            position_id: Only this position.
            project_id: Only positions in this product.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedPositionPage
        """
        from ..api.simple_earn import locked_product_position as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            position_id=position_id,
            project_id=project_id,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def locked_redemption_record(
        self,
        *,
        position_id: int | None = None,
        redeem_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedRedemptionRecordPage:
        """Locked redemption history.

        Lists the account's redemptions of locked positions, at maturity or early. The window spans at
        most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with only
        `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/locked/history/redemptionRecord · security USER_DATA · weight 150


        Args:
            position_id: Only redemptions of this position.
            redeem_id: Only this redemption.
            asset: Only redemptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedRedemptionRecordPage
        """
        from ..api.simple_earn import locked_redemption_record as _operation

        return await _operation.asyncio(
            client=self._client,
            position_id=position_id,
            redeem_id=redeem_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def locked_rewards_history(
        self,
        *,
        position_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedRewardPage:
        """Locked rewards history.

        Lists reward payments from locked positions. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/locked/history/rewardsRecord · security USER_DATA · weight 150


        Args:
            position_id: Only rewards of this position.
            asset: Only rewards in this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedRewardPage
        """
        from ..api.simple_earn import locked_rewards_history as _operation

        return await _operation.asyncio(
            client=self._client,
            position_id=position_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def locked_subscription_preview(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> list[SimpleEarnLockedSubscriptionPreview]:
        """Preview a locked subscription.

        Estimates the rewards and key dates of locking `amount` in a locked product, without
        subscribing.

        GET /sapi/v1/simple-earn/locked/subscriptionPreview · security USER_DATA · weight 150


        Args:
            project_id: Locked product to preview. Required.
            amount: Amount that would be locked. Required.
            auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            list[SimpleEarnLockedSubscriptionPreview]
        """
        from ..api.simple_earn import locked_subscription_preview as _operation

        return await _operation.asyncio(
            client=self._client,
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def locked_subscription_record(
        self,
        *,
        purchase_id: int | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnLockedSubscriptionRecordPage:
        """Locked subscription history.

        Lists the account's subscriptions to locked products. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/simple-earn/locked/history/subscriptionRecord · security USER_DATA · weight 150


        Args:
            purchase_id: Only this subscription.
            asset: Only subscriptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedSubscriptionRecordPage
        """
        from ..api.simple_earn import locked_subscription_record as _operation

        return await _operation.asyncio(
            client=self._client,
            purchase_id=purchase_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def redeem_bfusd(
        self,
        amount: DecimalLike,
        type_: SimpleEarnStableRedeemType | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRedemption:
        """Redeem BFUSD.

        Turns `amount` BFUSD back into USDT, paid into the spot wallet only. The fast route pays at once
        for a fee; the standard route waits for the redemption period. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/bfusd/redeem · security TRADE · weight 150


        Args:
            amount: Amount of BFUSD to redeem. Required.
            type_: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
                the field, so always send it. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRedemption
        """
        from ..api.simple_earn import redeem_bfusd as _operation

        return await _operation.asyncio(
            client=self._client,
            amount=amount,
            type_=type_,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def redeem_flexible_product(
        self,
        product_id: str,
        *,
        redeem_all: bool | None = None,
        amount: DecimalLike | None = None,
        dest_account: SimpleEarnRedeemDestination | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRedemption:
        """Redeem from a flexible product.

        Takes `amount`, or everything with `redeemAll`, out of a flexible product. Binance allows one
        call every 3 seconds per account, and the API key needs the spot and margin trading permission.

        POST /sapi/v1/simple-earn/flexible/redeem · security TRADE · weight 1


        Args:
            product_id: Product to redeem from. Required.
            redeem_all: Redeem the whole holding; defaults to false.
            amount: Amount to redeem; mandatory unless `redeemAll` is true.
            dest_account: Wallet to pay into; defaults to `SPOT`.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRedemption
        """
        from ..api.simple_earn import redeem_flexible_product as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            redeem_all=redeem_all,
            amount=amount,
            dest_account=dest_account,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def redeem_locked_product(
        self,
        position_id: int,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRedemption:
        """Redeem a locked position early.

        Redeems a locked position before it matures; early redemption may forfeit rewards. Binance
        allows one call every 3 seconds per account, and the API key needs the spot and margin trading
        permission.

        POST /sapi/v1/simple-earn/locked/redeem · security TRADE · weight 1


        Args:
            position_id: Locked position to redeem. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRedemption
        """
        from ..api.simple_earn import redeem_locked_product as _operation

        return await _operation.asyncio(
            client=self._client,
            position_id=position_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def redeem_rwusd(
        self,
        amount: DecimalLike,
        type_: SimpleEarnStableRedeemType | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRedemption:
        """Redeem RWUSD.

        Turns `amount` RWUSD back into USDC, paid into the spot wallet only. The fast route pays at once
        for a fee; the standard route waits for the redemption period. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/rwusd/redeem · security TRADE · weight 150


        Args:
            amount: Amount of RWUSD to redeem. Required.
            type_: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
                the field, so always send it. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRedemption
        """
        from ..api.simple_earn import redeem_rwusd as _operation

        return await _operation.asyncio(
            client=self._client,
            amount=amount,
            type_=type_,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def rwusd_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRwusdAccount:
        """RWUSD holdings.

        Returns the account's RWUSD balance and the total profit it has earned.

        GET /sapi/v1/rwusd/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRwusdAccount
        """
        from ..api.simple_earn import rwusd_account as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def rwusd_quota_details(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRwusdQuota:
        """RWUSD quotas.

        Returns which stablecoins can be converted into RWUSD and how much more, what may still be
        redeemed through the fast and the standard route with their minimums and fees, and whether
        subscribing and redeeming are open.

        GET /sapi/v1/rwusd/quota · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRwusdQuota
        """
        from ..api.simple_earn import rwusd_quota_details as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def rwusd_rate_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRatePage:
        """RWUSD rate history.

        Lists past annual rates of RWUSD, newest first. The window spans at most 6 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, everything from
        it up to now; with only `endTime`, the month before it.

        GET /sapi/v1/rwusd/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRatePage
        """
        from ..api.simple_earn import rwusd_rate_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def rwusd_redemption_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableRedemptionRecordPage:
        """RWUSD redemption history.

        Lists the account's RWUSD redemptions with their fees and arrival times. The window spans at
        most 6 months. Without `startTime` and `endTime` the last 30 days are returned; with only
        `startTime`, everything from it up to now; with only `endTime`, the month before it.

        GET /sapi/v1/rwusd/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableRedemptionRecordPage
        """
        from ..api.simple_earn import rwusd_redemption_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def rwusd_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRwusdRewardPage:
        """RWUSD rewards history.

        Lists the rewards paid on the account's RWUSD holding, with the position and rate each payout
        was based on. The window spans at most 6 months. Without `startTime` and `endTime` the last 30
        days are returned; with only `startTime`, everything from it up to now; with only `endTime`, the
        month before it.

        GET /sapi/v1/rwusd/history/rewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRwusdRewardPage
        """
        from ..api.simple_earn import rwusd_rewards_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def rwusd_subscription_history(
        self,
        *,
        asset: SimpleEarnStableSourceAsset | str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnStableSubscriptionRecordPage:
        """RWUSD subscription history.

        Lists the account's conversions into RWUSD. The window spans at most 6 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, everything from
        it up to now. For the `endTime`-only case Binance's page sets the start a month after the
        current time, so send both bounds to be sure of the window.

        GET /sapi/v1/rwusd/history/subscriptionHistory · security USER_DATA · weight 150


        Args:
            asset: Only subscriptions paid with this stablecoin.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnStableSubscriptionRecordPage
        """
        from ..api.simple_earn import rwusd_subscription_history as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def set_flexible_auto_subscribe(
        self,
        product_id: str,
        auto_subscribe: bool,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnSuccess:
        """Switch flexible auto-subscribe.

        Turns automatic re-subscription of a flexible product's rewards on or off.

        POST /sapi/v1/simple-earn/flexible/setAutoSubscribe · security USER_DATA · weight 150


        Args:
            product_id: Flexible product to change. Required.
            auto_subscribe: True to switch automatic subscription on, false to switch it off. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_flexible_auto_subscribe as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def set_locked_auto_subscribe(
        self,
        position_id: int,
        auto_subscribe: bool,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnSuccess:
        """Switch locked auto-renewal.

        Turns automatic renewal of a locked position at maturity on or off.

        POST /sapi/v1/simple-earn/locked/setAutoSubscribe · security USER_DATA · weight 150


        Args:
            position_id: Locked position to change. Required.
            auto_subscribe: True to renew at maturity, false not to. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_locked_auto_subscribe as _operation

        return await _operation.asyncio(
            client=self._client,
            position_id=position_id,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def set_locked_redeem_option(
        self,
        position_id: int,
        redeem_to: SimpleEarnLockedRedeemTo | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnSuccess:
        """Set a locked position's payout.

        Chooses where a locked position's principal goes at maturity: the spot wallet or the matching
        flexible product.

        POST /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50


        Args:
            position_id: Locked position to change. Required.
            redeem_to: Where the principal goes at maturity. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_locked_redeem_option as _operation

        return await _operation.asyncio(
            client=self._client,
            position_id=position_id,
            redeem_to=redeem_to,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def set_locked_redeem_option_with_get(
        self,
        position_id: int,
        *,
        redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnSuccess:
        """Set a locked position's payout (GET form).

        The GET form of setting where a locked position's principal goes at maturity, as Binance's 2024
        OpenAPI file describes it. Use `setLockedRedeemOption` (POST) instead.

        GET /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            position_id: Locked position to change. Required.
            redeem_to: Where the principal goes at maturity; the 2024 file gives `FLEXIBLE` as the default.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnSuccess
        """
        from ..api.simple_earn import set_locked_redeem_option_with_get as _operation

        return await _operation.asyncio(
            client=self._client,
            position_id=position_id,
            redeem_to=redeem_to,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def simple_earn_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnAccount:
        """Simple Earn account summary.

        Values the account's Simple Earn holdings in BTC and USDT, in total and split into flexible and
        locked.

        GET /sapi/v1/simple-earn/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnAccount
        """
        from ..api.simple_earn import simple_earn_account as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def subscribe_bfusd(
        self,
        asset: str,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnBfusdSubscription:
        """Subscribe to BFUSD.

        Converts `amount` of a stablecoin held in the spot wallet into BFUSD; other wallets cannot be
        used as the source. The API key needs the spot and margin trading permission.

        POST /sapi/v1/bfusd/subscribe · security TRADE · weight 150


        Args:
            asset: Stablecoin to pay with (Binance's page names `USDT`). Required.
            amount: Amount of `asset` to convert. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnBfusdSubscription
        """
        from ..api.simple_earn import subscribe_bfusd as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def subscribe_flexible_product(
        self,
        product_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: SimpleEarnSourceAccount | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnFlexibleSubscription
        """
        from ..api.simple_earn import subscribe_flexible_product as _operation

        return await _operation.asyncio(
            client=self._client,
            product_id=product_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def subscribe_locked_product(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: SimpleEarnSourceAccount | str | None = None,
        redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnLockedSubscription
        """
        from ..api.simple_earn import subscribe_locked_product as _operation

        return await _operation.asyncio(
            client=self._client,
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def subscribe_rwusd(
        self,
        asset: SimpleEarnStableSourceAsset | str,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnRwusdSubscription:
        """Subscribe to RWUSD.

        Converts `amount` of USDT or USDC held in the spot wallet into RWUSD; other wallets cannot be
        used as the source. The API key needs the spot and margin trading permission.

        POST /sapi/v1/rwusd/subscribe · security TRADE · weight 150


        Args:
            asset: Stablecoin to pay with. Required.
            amount: Amount of `asset` to convert. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnRwusdSubscription
        """
        from ..api.simple_earn import subscribe_rwusd as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def yield_arena_activities(
        self,
        *,
        lang: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> SimpleEarnYieldArenaActivities:
        """Yield Arena campaigns.

        Lists the Earn Yield Arena giveaway campaigns the account can currently join, with their reward
        pools, reward tokens, links and time spans.

        GET /sapi/v1/earn/arena/activities · security USER_DATA · weight 150


        Args:
            lang: Language of `title` and `description` as a locale tag (`en`, `zh-CN`, `pt-BR`…);
                defaults to `en`, which is also used when the tag is malformed or has no translation.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            SimpleEarnYieldArenaActivities
        """
        from ..api.simple_earn import yield_arena_activities as _operation

        return await _operation.asyncio(
            client=self._client,
            lang=lang,
            recv_window=recv_window,
            timeout=timeout,
        )


__all__ = ["AsyncSimpleEarn", "SimpleEarn"]
