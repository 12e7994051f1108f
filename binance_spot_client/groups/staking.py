"""The `staking` operations of the /sapi surface, reached as `client.staking`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.staking import AsyncStakingPaging, StakingPaging
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
    from ..models.staking_beth_reward_page import StakingBethRewardPage
    from ..models.staking_beth_wrap import StakingBethWrap
    from ..models.staking_bnsol_rate_page import StakingBnsolRatePage
    from ..models.staking_bnsol_reward_page import StakingBnsolRewardPage
    from ..models.staking_eth_account import StakingEthAccount
    from ..models.staking_eth_quota import StakingEthQuota
    from ..models.staking_eth_redeem_asset import StakingEthRedeemAsset
    from ..models.staking_eth_redemption import StakingEthRedemption
    from ..models.staking_eth_redemption_record_page import StakingEthRedemptionRecordPage
    from ..models.staking_eth_staking_record_page import StakingEthStakingRecordPage
    from ..models.staking_eth_subscription import StakingEthSubscription
    from ..models.staking_on_chain_account import StakingOnChainAccount
    from ..models.staking_on_chain_left_quota import StakingOnChainLeftQuota
    from ..models.staking_on_chain_position_page import StakingOnChainPositionPage
    from ..models.staking_on_chain_product_page import StakingOnChainProductPage
    from ..models.staking_on_chain_redeem_to import StakingOnChainRedeemTo
    from ..models.staking_on_chain_redemption import StakingOnChainRedemption
    from ..models.staking_on_chain_redemption_record_page import StakingOnChainRedemptionRecordPage
    from ..models.staking_on_chain_reward_page import StakingOnChainRewardPage
    from ..models.staking_on_chain_source_account import StakingOnChainSourceAccount
    from ..models.staking_on_chain_subscription import StakingOnChainSubscription
    from ..models.staking_on_chain_subscription_preview import StakingOnChainSubscriptionPreview
    from ..models.staking_on_chain_subscription_record_page import StakingOnChainSubscriptionRecordPage
    from ..models.staking_on_chain_success import StakingOnChainSuccess
    from ..models.staking_soft_product_page import StakingSoftProductPage
    from ..models.staking_soft_reward_page import StakingSoftRewardPage
    from ..models.staking_soft_staking_switch import StakingSoftStakingSwitch
    from ..models.staking_sol_account import StakingSolAccount
    from ..models.staking_sol_boost_reward_page import StakingSolBoostRewardPage
    from ..models.staking_sol_boost_reward_type import StakingSolBoostRewardType
    from ..models.staking_sol_claim import StakingSolClaim
    from ..models.staking_sol_quota import StakingSolQuota
    from ..models.staking_sol_redemption import StakingSolRedemption
    from ..models.staking_sol_redemption_record_page import StakingSolRedemptionRecordPage
    from ..models.staking_sol_staking_record_page import StakingSolStakingRecordPage
    from ..models.staking_sol_subscription import StakingSolSubscription
    from ..models.staking_sol_unclaimed_reward import StakingSolUnclaimedReward
    from ..models.staking_wbeth_conversion_page import StakingWbethConversionPage
    from ..models.staking_wbeth_rate_page import StakingWbethRatePage
    from ..models.staking_wbeth_reward_page import StakingWbethRewardPage


DecimalLike = str | int | float | Decimal


class Staking(StakingPaging):
    """`staking` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def beth_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingBethRewardPage:
        """BETH rewards history.

        Lists staking rewards paid on BETH holdings. The window spans at most 3 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the 30 days
        from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/rewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingBethRewardPage
        """
        from ..api.staking import beth_rewards_history as _operation

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

    def bnsol_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingBnsolRatePage:
        """BNSOL rate history.

        Lists the past BNSOL annual rate, SOL exchange rate and boost rates. The window spans at most 3
        months. Without `start_time` and `end_time` the last 30 days are returned; with only
        `start_time`, the 30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingBnsolRatePage
        """
        from ..api.staking import bnsol_rate_history as _operation

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

    def bnsol_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingBnsolRewardPage:
        """BNSOL rewards history.

        Lists the staking rewards accrued inside BNSOL holdings, day by day. The window spans at most 3
        months. Without `start_time` and `end_time` the last 30 days are returned; with only
        `start_time`, the 30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/bnsolRewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingBnsolRewardPage
        """
        from ..api.staking import bnsol_rewards_history as _operation

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

    def claim_sol_boost_rewards(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingSolClaim:
        """Claim SOL boost rewards.

        Claims the boost APR airdrop rewards earned by holding BNSOL. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/sol-staking/sol/claim · security TRADE · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSolClaim
        """
        from ..api.staking import claim_sol_boost_rewards as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def eth_redemption_history(
        self,
        *,
        redeem_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingEthRedemptionRecordPage:
        """ETH redemption history.

        Lists the account's redemptions of WBETH or BETH into ETH. The window spans at most 3 months.
        Without `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the
        30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            redeem_id: Only this redemption (filter from Binance's current page).
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingEthRedemptionRecordPage
        """
        from ..api.staking import eth_redemption_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                redeem_id=redeem_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def eth_staking_account(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingEthAccount:
        """ETH staking account.

        Summarises the account's ETH staking: WBETH and BETH held, their ETH value and the last 30 days'
        profit.

        GET /sapi/v2/eth-staking/account · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingEthAccount
        """
        from ..api.staking import eth_staking_account as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def eth_staking_history(
        self,
        *,
        purchase_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingEthStakingRecordPage:
        """ETH staking history.

        Lists the account's ETH stakes. The window spans at most 3 months. Without `start_time` and
        `end_time` the last 30 days are returned; with only `start_time`, the 30 days from it; with only
        `end_time`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/stakingHistory · security USER_DATA · weight 150


        Args:
            purchase_id: Only this stake (filter from Binance's current page).
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingEthStakingRecordPage
        """
        from ..api.staking import eth_staking_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                purchase_id=purchase_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def eth_staking_quota(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingEthQuota:
        """ETH staking quota.

        Tells how much ETH the account may still stake and redeem, with the minimum amounts and
        redemption period.

        GET /sapi/v1/eth-staking/eth/quota · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingEthQuota
        """
        from ..api.staking import eth_staking_quota as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def on_chain_locked_personal_left_quota(
        self,
        project_id: str,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainLeftQuota:
        """Remaining on-chain yields quota.

        Tells how much more the account may subscribe to an on-chain yields locked product.

        GET /sapi/v1/onchain-yields/locked/personalLeftQuota · security USER_DATA · weight 50


        Args:
            project_id: Product to check. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainLeftQuota
        """
        from ..api.staking import on_chain_locked_personal_left_quota as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
            ),
            options,
        )

    def on_chain_locked_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainPositionPage:
        """On-chain yields positions.

        Shows the account's on-chain yields locked positions with rates, rewards and key dates.

        GET /sapi/v1/onchain-yields/locked/position · security USER_DATA · weight 50


        Args:
            asset: Only positions in this asset.
            position_id: Only this position.
            project_id: Only positions in this product.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainPositionPage
        """
        from ..api.staking import on_chain_locked_position as _operation

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

    def on_chain_locked_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainProductPage:
        """List on-chain yields products.

        Lists the on-chain yields locked products on offer, with term, rate and limits. Paged with
        `current` and `size`.

        GET /sapi/v1/onchain-yields/locked/list · security USER_DATA · weight 50


        Args:
            asset: Only products for this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainProductPage
        """
        from ..api.staking import on_chain_locked_product_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    def on_chain_locked_redemption_record(
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
    ) -> StakingOnChainRedemptionRecordPage:
        """On-chain yields redemption history.

        Lists the account's redemptions of on-chain yields positions. The window spans at most 3 months.
        Without `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the
        30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/onchain-yields/locked/history/redemptionRecord · security USER_DATA · weight 50


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
            StakingOnChainRedemptionRecordPage
        """
        from ..api.staking import on_chain_locked_redemption_record as _operation

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

    def on_chain_locked_rewards_history(
        self,
        *,
        position_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainRewardPage:
        """On-chain yields rewards history.

        Lists reward payments from on-chain yields positions. The window spans at most 3 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the 30 days
        from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/onchain-yields/locked/history/rewardsRecord · security USER_DATA · weight 50


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
            StakingOnChainRewardPage
        """
        from ..api.staking import on_chain_locked_rewards_history as _operation

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

    def on_chain_locked_subscription_preview(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSubscriptionPreview:
        """Preview an on-chain yields subscription.

        Estimates the rewards and key dates of locking `amount` in an on-chain yields product, without
        subscribing.

        GET /sapi/v1/onchain-yields/locked/subscriptionPreview · security USER_DATA · weight 50


        Args:
            project_id: Product to preview. Required.
            amount: Amount that would be locked. Required.
            auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainSubscriptionPreview
        """
        from ..api.staking import on_chain_locked_subscription_preview as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    def on_chain_locked_subscription_record(
        self,
        *,
        purchase_id: int | None = None,
        client_id: str | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSubscriptionRecordPage:
        """On-chain yields subscription history.

        Lists the account's subscriptions to on-chain yields products. The window spans at most 3
        months. Without `start_time` and `end_time` the last 30 days are returned; with only
        `start_time`, the 30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/onchain-yields/locked/history/subscriptionRecord · security USER_DATA · weight 50


        Args:
            purchase_id: Only this subscription.
            client_id: Only the subscription with this identifier of yours.
            asset: Only subscriptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainSubscriptionRecordPage
        """
        from ..api.staking import on_chain_locked_subscription_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                purchase_id=purchase_id,
                client_id=client_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def on_chain_yields_account(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainAccount:
        """On-chain yields account summary.

        Values the account's on-chain yields holdings in BTC and USDT, in total and split into flexible
        and locked.

        GET /sapi/v1/onchain-yields/account · security USER_DATA · weight 50


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainAccount
        """
        from ..api.staking import on_chain_yields_account as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def redeem_eth(
        self,
        amount: DecimalLike,
        *,
        asset: StakingEthRedeemAsset | Literal["WBETH", "BETH"] | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingEthRedemption:
        """Redeem ETH.

        Gives back WBETH or BETH and schedules the matching ETH for payout. The API key needs the spot
        and margin trading permission.

        POST /sapi/v1/eth-staking/eth/redeem · security TRADE · weight 150


        Args:
            asset: Token to give back; defaults to `BETH`.
            amount: Amount of the token to redeem, at most 8 decimal places. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingEthRedemption
        """
        from ..api.staking import redeem_eth as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    def redeem_on_chain_locked_product(
        self,
        position_id: int,
        *,
        channel_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainRedemption:
        """Redeem an on-chain yields position.

        Redeems an on-chain yields locked position. Binance allows one call every 3 seconds per account.
        The API key needs the spot and margin trading permission.

        POST /sapi/v1/onchain-yields/locked/redeem · security TRADE · weight 1


        Args:
            position_id: Position to redeem. Required.
            channel_id: Channel identifier Binance may assign to partners.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainRedemption
        """
        from ..api.staking import redeem_on_chain_locked_product as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                channel_id=channel_id,
            ),
            options,
        )

    def redeem_sol(
        self,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> StakingSolRedemption:
        """Redeem SOL.

        Gives back BNSOL and schedules the matching SOL for payout. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/sol-staking/sol/redeem · security TRADE · weight 150


        Args:
            amount: BNSOL to redeem. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSolRedemption
        """
        from ..api.staking import redeem_sol as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
            ),
            options,
        )

    def set_on_chain_locked_auto_subscribe(
        self,
        position_id: int,
        auto_subscribe: bool,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSuccess:
        """Switch on-chain yields auto-renewal.

        Turns automatic renewal of an on-chain yields position on or off.

        POST /sapi/v1/onchain-yields/locked/setAutoSubscribe · security USER_DATA · weight 50


        Args:
            position_id: Position to change. Required.
            auto_subscribe: True to renew at maturity, false not to. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainSuccess
        """
        from ..api.staking import set_on_chain_locked_auto_subscribe as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    def set_on_chain_locked_redeem_option(
        self,
        position_id: int,
        redeem_to: StakingOnChainRedeemTo | Literal["SPOT", "FLEXIBLE"],
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSuccess:
        """Set an on-chain yields position's payout.

        Chooses where an on-chain yields position's principal goes at maturity.

        POST /sapi/v1/onchain-yields/locked/setRedeemOption · security USER_DATA · weight 50


        Args:
            position_id: Position to change. Required.
            redeem_to: Where the principal goes at maturity. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainSuccess
        """
        from ..api.staking import set_on_chain_locked_redeem_option as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                redeem_to=redeem_to,
            ),
            options,
        )

    def set_soft_staking(
        self,
        soft_staking: bool,
        **options: Unpack[CallOptions],
    ) -> StakingSoftStakingSwitch:
        """Switch Soft Staking on or off.

        Turns Soft Staking on or off for the account. Binance serves this change with GET.

        GET /sapi/v1/soft-staking/set · security USER_DATA · weight 50


        Args:
            soft_staking: True to switch Soft Staking on, false to switch it off. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSoftStakingSwitch
        """
        from ..api.staking import set_soft_staking as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                soft_staking=soft_staking,
            ),
            options,
        )

    def soft_staking_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSoftProductPage:
        """List Soft Staking products.

        Lists the assets that earn Soft Staking rewards while they sit in the spot wallet, with rates,
        limits and what the account has earned; also tells whether Soft Staking is switched on.

        GET /sapi/v1/soft-staking/list · security USER_DATA · weight 50


        Args:
            asset: Only this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSoftProductPage
        """
        from ..api.staking import soft_staking_product_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    def soft_staking_rewards_history(
        self,
        *,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSoftRewardPage:
        """Soft Staking rewards history.

        Lists Soft Staking reward payments. The window spans at most 3 months. Without `start_time` and
        `end_time` the last 30 days are returned; with only `start_time`, the 30 days from it; with only
        `end_time`, the 30 days up to it.

        GET /sapi/v1/soft-staking/history/rewardsRecord · security USER_DATA · weight 50


        Args:
            asset: Only rewards of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSoftRewardPage
        """
        from ..api.staking import soft_staking_rewards_history as _operation

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

    @former_keywords({"type_": "type"})
    def sol_boost_rewards_history(
        self,
        type: StakingSolBoostRewardType | Literal["CLAIM", "DISTRIBUTE"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSolBoostRewardPage:
        """SOL boost rewards history.

        Lists boost APR airdrop rewards, either claimed or distributed. The window spans at most 3
        months. Without `start_time` and `end_time` the last 30 days are returned; with only
        `start_time`, the 30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/boostRewardsHistory · security USER_DATA · weight 150


        Args:
            type: Which events to list; Binance's default is `CLAIM`. Required.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSolBoostRewardPage
        """
        from ..api.staking import sol_boost_rewards_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def sol_redemption_history(
        self,
        *,
        redeem_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSolRedemptionRecordPage:
        """SOL redemption history.

        Lists the account's redemptions of BNSOL into SOL. The window spans at most 3 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the 30 days
        from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            redeem_id: Only this redemption.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSolRedemptionRecordPage
        """
        from ..api.staking import sol_redemption_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                redeem_id=redeem_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def sol_staking_account(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingSolAccount:
        """SOL staking account.

        Summarises the account's SOL staking: BNSOL held, its SOL value and the last 30 days' profit.

        GET /sapi/v1/sol-staking/account · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSolAccount
        """
        from ..api.staking import sol_staking_account as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def sol_staking_history(
        self,
        *,
        purchase_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSolStakingRecordPage:
        """SOL staking history.

        Lists the account's SOL stakes. The window spans at most 3 months. Without `start_time` and
        `end_time` the last 30 days are returned; with only `start_time`, the 30 days from it; with only
        `end_time`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/stakingHistory · security USER_DATA · weight 150


        Args:
            purchase_id: Only this stake.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSolStakingRecordPage
        """
        from ..api.staking import sol_staking_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                purchase_id=purchase_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def sol_staking_quota(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingSolQuota:
        """SOL staking quota.

        Tells how much SOL the account may still stake and redeem, with minimum amounts, the redemption
        period and whether staking is open.

        GET /sapi/v1/sol-staking/sol/quota · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSolQuota
        """
        from ..api.staking import sol_staking_quota as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def sol_unclaimed_rewards(
        self,
        **options: Unpack[CallOptions],
    ) -> list[StakingSolUnclaimedReward]:
        """Unclaimed SOL boost rewards.

        Lists boost APR airdrop rewards the account has earned but not claimed yet.

        GET /sapi/v1/sol-staking/sol/history/unclaimedRewards · security USER_DATA · weight 150


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[StakingSolUnclaimedReward]
        """
        from ..api.staking import sol_unclaimed_rewards as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def subscribe_eth_staking(
        self,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> StakingEthSubscription:
        """Stake ETH.

        Stakes ETH and credits WBETH at the current conversion ratio. The API key needs the spot and
        margin trading permission.

        POST /sapi/v2/eth-staking/eth/stake · security TRADE · weight 150


        Args:
            amount: ETH to stake, at most 4 decimal places. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingEthSubscription
        """
        from ..api.staking import subscribe_eth_staking as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
            ),
            options,
        )

    def subscribe_on_chain_locked_product(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: StakingOnChainSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
        redeem_to: StakingOnChainRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
        channel_id: str | None = None,
        client_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSubscription:
        """Subscribe to an on-chain yields product.

        Locks `amount` in an on-chain yields product and opens a position. The API key needs the spot
        and margin trading permission.

        POST /sapi/v1/onchain-yields/locked/subscribe · security TRADE · weight 200


        Args:
            project_id: Product to subscribe to. Required.
            amount: Amount to lock. Required.
            auto_subscribe: Whether the position renews automatically at maturity; defaults to true.
            source_account: Wallet to pay from; defaults to `SPOT`.
            redeem_to: Where the principal goes at maturity.
            channel_id: Channel identifier Binance may assign to partners.
            client_id: Your own identifier of the subscription, shown in the subscription history.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingOnChainSubscription
        """
        from ..api.staking import subscribe_on_chain_locked_product as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
                redeem_to=redeem_to,
                channel_id=channel_id,
                client_id=client_id,
            ),
            options,
        )

    def subscribe_sol_staking(
        self,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> StakingSolSubscription:
        """Stake SOL.

        Stakes SOL and credits BNSOL at the current exchange rate. The API key needs the spot and margin
        trading permission.

        POST /sapi/v1/sol-staking/sol/stake · security TRADE · weight 150


        Args:
            amount: SOL to stake. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingSolSubscription
        """
        from ..api.staking import subscribe_sol_staking as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
            ),
            options,
        )

    def wbeth_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingWbethRatePage:
        """WBETH rate history.

        Lists the past BETH annual rate and WBETH exchange rate. The window spans at most 3 months.
        Without `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the
        30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingWbethRatePage
        """
        from ..api.staking import wbeth_rate_history as _operation

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

    def wbeth_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingWbethRewardPage:
        """WBETH rewards history.

        Lists the rewards accrued inside WBETH holdings, day by day. The window spans at most 3 months.
        Without `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the
        30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/wbethRewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingWbethRewardPage
        """
        from ..api.staking import wbeth_rewards_history as _operation

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

    def wbeth_unwrap_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingWbethConversionPage:
        """WBETH unwrap history.

        Lists the account's conversions of WBETH back into BETH. The window spans at most 3 months.
        Without `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the
        30 days from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/eth-staking/wbeth/history/unwrapHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingWbethConversionPage
        """
        from ..api.staking import wbeth_unwrap_history as _operation

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

    def wbeth_wrap_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingWbethConversionPage:
        """WBETH wrap history.

        Lists the account's conversions of BETH into WBETH. The window spans at most 3 months. Without
        `start_time` and `end_time` the last 30 days are returned; with only `start_time`, the 30 days
        from it; with only `end_time`, the 30 days up to it.

        GET /sapi/v1/eth-staking/wbeth/history/wrapHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingWbethConversionPage
        """
        from ..api.staking import wbeth_wrap_history as _operation

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

    def wrap_beth(
        self,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> StakingBethWrap:
        """Wrap BETH into WBETH.

        Converts BETH into WBETH at the current exchange rate. The API key needs the spot and margin
        trading permission.

        POST /sapi/v1/eth-staking/wbeth/wrap · security TRADE · weight 150


        Args:
            amount: BETH to wrap, at most 4 decimal places. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            StakingBethWrap
        """
        from ..api.staking import wrap_beth as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
            ),
            options,
        )


class AsyncStaking(AsyncStakingPaging):
    """`staking` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def beth_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingBethRewardPage:
        """BETH rewards history (the coroutine of `Spot.staking.beth_rewards_history`, which describes it)."""
        from ..api.staking import beth_rewards_history as _operation

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

    async def bnsol_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingBnsolRatePage:
        """BNSOL rate history (the coroutine of `Spot.staking.bnsol_rate_history`, which describes it)."""
        from ..api.staking import bnsol_rate_history as _operation

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

    async def bnsol_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingBnsolRewardPage:
        """BNSOL rewards history (the coroutine of `Spot.staking.bnsol_rewards_history`, which describes it)."""
        from ..api.staking import bnsol_rewards_history as _operation

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

    async def claim_sol_boost_rewards(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingSolClaim:
        """Claim SOL boost rewards (the coroutine of `Spot.staking.claim_sol_boost_rewards`, which describes it)."""
        from ..api.staking import claim_sol_boost_rewards as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def eth_redemption_history(
        self,
        *,
        redeem_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingEthRedemptionRecordPage:
        """ETH redemption history (the coroutine of `Spot.staking.eth_redemption_history`, which describes it)."""
        from ..api.staking import eth_redemption_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                redeem_id=redeem_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def eth_staking_account(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingEthAccount:
        """ETH staking account (the coroutine of `Spot.staking.eth_staking_account`, which describes it)."""
        from ..api.staking import eth_staking_account as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def eth_staking_history(
        self,
        *,
        purchase_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingEthStakingRecordPage:
        """ETH staking history (the coroutine of `Spot.staking.eth_staking_history`, which describes it)."""
        from ..api.staking import eth_staking_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                purchase_id=purchase_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def eth_staking_quota(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingEthQuota:
        """ETH staking quota (the coroutine of `Spot.staking.eth_staking_quota`, which describes it)."""
        from ..api.staking import eth_staking_quota as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def on_chain_locked_personal_left_quota(
        self,
        project_id: str,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainLeftQuota:
        """Remaining on-chain yields quota (the coroutine of `Spot.staking.on_chain_locked_personal_left_quota`, which describes it)."""
        from ..api.staking import on_chain_locked_personal_left_quota as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
            ),
            options,
        )

    async def on_chain_locked_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainPositionPage:
        """On-chain yields positions (the coroutine of `Spot.staking.on_chain_locked_position`, which describes it)."""
        from ..api.staking import on_chain_locked_position as _operation

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

    async def on_chain_locked_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainProductPage:
        """List on-chain yields products (the coroutine of `Spot.staking.on_chain_locked_product_list`, which describes it)."""
        from ..api.staking import on_chain_locked_product_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    async def on_chain_locked_redemption_record(
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
    ) -> StakingOnChainRedemptionRecordPage:
        """On-chain yields redemption history (the coroutine of `Spot.staking.on_chain_locked_redemption_record`, which describes it)."""
        from ..api.staking import on_chain_locked_redemption_record as _operation

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

    async def on_chain_locked_rewards_history(
        self,
        *,
        position_id: int | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainRewardPage:
        """On-chain yields rewards history (the coroutine of `Spot.staking.on_chain_locked_rewards_history`, which describes it)."""
        from ..api.staking import on_chain_locked_rewards_history as _operation

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

    async def on_chain_locked_subscription_preview(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSubscriptionPreview:
        """Preview an on-chain yields subscription (the coroutine of `Spot.staking.on_chain_locked_subscription_preview`, which describes it)."""
        from ..api.staking import on_chain_locked_subscription_preview as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    async def on_chain_locked_subscription_record(
        self,
        *,
        purchase_id: int | None = None,
        client_id: str | None = None,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSubscriptionRecordPage:
        """On-chain yields subscription history (the coroutine of `Spot.staking.on_chain_locked_subscription_record`, which describes it)."""
        from ..api.staking import on_chain_locked_subscription_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                purchase_id=purchase_id,
                client_id=client_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def on_chain_yields_account(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainAccount:
        """On-chain yields account summary (the coroutine of `Spot.staking.on_chain_yields_account`, which describes it)."""
        from ..api.staking import on_chain_yields_account as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def redeem_eth(
        self,
        amount: DecimalLike,
        *,
        asset: StakingEthRedeemAsset | Literal["WBETH", "BETH"] | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingEthRedemption:
        """Redeem ETH (the coroutine of `Spot.staking.redeem_eth`, which describes it)."""
        from ..api.staking import redeem_eth as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    async def redeem_on_chain_locked_product(
        self,
        position_id: int,
        *,
        channel_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainRedemption:
        """Redeem an on-chain yields position (the coroutine of `Spot.staking.redeem_on_chain_locked_product`, which describes it)."""
        from ..api.staking import redeem_on_chain_locked_product as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                channel_id=channel_id,
            ),
            options,
        )

    async def redeem_sol(
        self,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> StakingSolRedemption:
        """Redeem SOL (the coroutine of `Spot.staking.redeem_sol`, which describes it)."""
        from ..api.staking import redeem_sol as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
            ),
            options,
        )

    async def set_on_chain_locked_auto_subscribe(
        self,
        position_id: int,
        auto_subscribe: bool,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSuccess:
        """Switch on-chain yields auto-renewal (the coroutine of `Spot.staking.set_on_chain_locked_auto_subscribe`, which describes it)."""
        from ..api.staking import set_on_chain_locked_auto_subscribe as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                auto_subscribe=auto_subscribe,
            ),
            options,
        )

    async def set_on_chain_locked_redeem_option(
        self,
        position_id: int,
        redeem_to: StakingOnChainRedeemTo | Literal["SPOT", "FLEXIBLE"],
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSuccess:
        """Set an on-chain yields position's payout (the coroutine of `Spot.staking.set_on_chain_locked_redeem_option`, which describes it)."""
        from ..api.staking import set_on_chain_locked_redeem_option as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                redeem_to=redeem_to,
            ),
            options,
        )

    async def set_soft_staking(
        self,
        soft_staking: bool,
        **options: Unpack[CallOptions],
    ) -> StakingSoftStakingSwitch:
        """Switch Soft Staking on or off (the coroutine of `Spot.staking.set_soft_staking`, which describes it)."""
        from ..api.staking import set_soft_staking as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                soft_staking=soft_staking,
            ),
            options,
        )

    async def soft_staking_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSoftProductPage:
        """List Soft Staking products (the coroutine of `Spot.staking.soft_staking_product_list`, which describes it)."""
        from ..api.staking import soft_staking_product_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    async def soft_staking_rewards_history(
        self,
        *,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSoftRewardPage:
        """Soft Staking rewards history (the coroutine of `Spot.staking.soft_staking_rewards_history`, which describes it)."""
        from ..api.staking import soft_staking_rewards_history as _operation

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

    @former_keywords({"type_": "type"})
    async def sol_boost_rewards_history(
        self,
        type: StakingSolBoostRewardType | Literal["CLAIM", "DISTRIBUTE"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSolBoostRewardPage:
        """SOL boost rewards history (the coroutine of `Spot.staking.sol_boost_rewards_history`, which describes it)."""
        from ..api.staking import sol_boost_rewards_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def sol_redemption_history(
        self,
        *,
        redeem_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSolRedemptionRecordPage:
        """SOL redemption history (the coroutine of `Spot.staking.sol_redemption_history`, which describes it)."""
        from ..api.staking import sol_redemption_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                redeem_id=redeem_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def sol_staking_account(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingSolAccount:
        """SOL staking account (the coroutine of `Spot.staking.sol_staking_account`, which describes it)."""
        from ..api.staking import sol_staking_account as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def sol_staking_history(
        self,
        *,
        purchase_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingSolStakingRecordPage:
        """SOL staking history (the coroutine of `Spot.staking.sol_staking_history`, which describes it)."""
        from ..api.staking import sol_staking_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                purchase_id=purchase_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def sol_staking_quota(
        self,
        **options: Unpack[CallOptions],
    ) -> StakingSolQuota:
        """SOL staking quota (the coroutine of `Spot.staking.sol_staking_quota`, which describes it)."""
        from ..api.staking import sol_staking_quota as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def sol_unclaimed_rewards(
        self,
        **options: Unpack[CallOptions],
    ) -> list[StakingSolUnclaimedReward]:
        """Unclaimed SOL boost rewards (the coroutine of `Spot.staking.sol_unclaimed_rewards`, which describes it)."""
        from ..api.staking import sol_unclaimed_rewards as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def subscribe_eth_staking(
        self,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> StakingEthSubscription:
        """Stake ETH (the coroutine of `Spot.staking.subscribe_eth_staking`, which describes it)."""
        from ..api.staking import subscribe_eth_staking as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
            ),
            options,
        )

    async def subscribe_on_chain_locked_product(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: StakingOnChainSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
        redeem_to: StakingOnChainRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
        channel_id: str | None = None,
        client_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingOnChainSubscription:
        """Subscribe to an on-chain yields product (the coroutine of `Spot.staking.subscribe_on_chain_locked_product`, which describes it)."""
        from ..api.staking import subscribe_on_chain_locked_product as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
                redeem_to=redeem_to,
                channel_id=channel_id,
                client_id=client_id,
            ),
            options,
        )

    async def subscribe_sol_staking(
        self,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> StakingSolSubscription:
        """Stake SOL (the coroutine of `Spot.staking.subscribe_sol_staking`, which describes it)."""
        from ..api.staking import subscribe_sol_staking as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
            ),
            options,
        )

    async def wbeth_rate_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingWbethRatePage:
        """WBETH rate history (the coroutine of `Spot.staking.wbeth_rate_history`, which describes it)."""
        from ..api.staking import wbeth_rate_history as _operation

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

    async def wbeth_rewards_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingWbethRewardPage:
        """WBETH rewards history (the coroutine of `Spot.staking.wbeth_rewards_history`, which describes it)."""
        from ..api.staking import wbeth_rewards_history as _operation

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

    async def wbeth_unwrap_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingWbethConversionPage:
        """WBETH unwrap history (the coroutine of `Spot.staking.wbeth_unwrap_history`, which describes it)."""
        from ..api.staking import wbeth_unwrap_history as _operation

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

    async def wbeth_wrap_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> StakingWbethConversionPage:
        """WBETH wrap history (the coroutine of `Spot.staking.wbeth_wrap_history`, which describes it)."""
        from ..api.staking import wbeth_wrap_history as _operation

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

    async def wrap_beth(
        self,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> StakingBethWrap:
        """Wrap BETH into WBETH (the coroutine of `Spot.staking.wrap_beth`, which describes it)."""
        from ..api.staking import wrap_beth as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
            ),
            options,
        )


class StakingWithRawResponse:
    """`staking` operations, each returning the whole `Response`."""

    def __init__(self, group: Staking) -> None:
        self._group = group
        self.beth_rewards_history: Final = raw_response_wrapper(group.beth_rewards_history)
        self.bnsol_rate_history: Final = raw_response_wrapper(group.bnsol_rate_history)
        self.bnsol_rewards_history: Final = raw_response_wrapper(group.bnsol_rewards_history)
        self.claim_sol_boost_rewards: Final = raw_response_wrapper(group.claim_sol_boost_rewards)
        self.eth_redemption_history: Final = raw_response_wrapper(group.eth_redemption_history)
        self.eth_staking_account: Final = raw_response_wrapper(group.eth_staking_account)
        self.eth_staking_history: Final = raw_response_wrapper(group.eth_staking_history)
        self.eth_staking_quota: Final = raw_response_wrapper(group.eth_staking_quota)
        self.on_chain_locked_personal_left_quota: Final = raw_response_wrapper(
            group.on_chain_locked_personal_left_quota
        )
        self.on_chain_locked_position: Final = raw_response_wrapper(group.on_chain_locked_position)
        self.on_chain_locked_product_list: Final = raw_response_wrapper(group.on_chain_locked_product_list)
        self.on_chain_locked_redemption_record: Final = raw_response_wrapper(group.on_chain_locked_redemption_record)
        self.on_chain_locked_rewards_history: Final = raw_response_wrapper(group.on_chain_locked_rewards_history)
        self.on_chain_locked_subscription_preview: Final = raw_response_wrapper(
            group.on_chain_locked_subscription_preview
        )
        self.on_chain_locked_subscription_record: Final = raw_response_wrapper(
            group.on_chain_locked_subscription_record
        )
        self.on_chain_yields_account: Final = raw_response_wrapper(group.on_chain_yields_account)
        self.redeem_eth: Final = raw_response_wrapper(group.redeem_eth)
        self.redeem_on_chain_locked_product: Final = raw_response_wrapper(group.redeem_on_chain_locked_product)
        self.redeem_sol: Final = raw_response_wrapper(group.redeem_sol)
        self.set_on_chain_locked_auto_subscribe: Final = raw_response_wrapper(group.set_on_chain_locked_auto_subscribe)
        self.set_on_chain_locked_redeem_option: Final = raw_response_wrapper(group.set_on_chain_locked_redeem_option)
        self.set_soft_staking: Final = raw_response_wrapper(group.set_soft_staking)
        self.soft_staking_product_list: Final = raw_response_wrapper(group.soft_staking_product_list)
        self.soft_staking_rewards_history: Final = raw_response_wrapper(group.soft_staking_rewards_history)
        self.sol_boost_rewards_history: Final = raw_response_wrapper(group.sol_boost_rewards_history)
        self.sol_redemption_history: Final = raw_response_wrapper(group.sol_redemption_history)
        self.sol_staking_account: Final = raw_response_wrapper(group.sol_staking_account)
        self.sol_staking_history: Final = raw_response_wrapper(group.sol_staking_history)
        self.sol_staking_quota: Final = raw_response_wrapper(group.sol_staking_quota)
        self.sol_unclaimed_rewards: Final = raw_response_wrapper(group.sol_unclaimed_rewards)
        self.subscribe_eth_staking: Final = raw_response_wrapper(group.subscribe_eth_staking)
        self.subscribe_on_chain_locked_product: Final = raw_response_wrapper(group.subscribe_on_chain_locked_product)
        self.subscribe_sol_staking: Final = raw_response_wrapper(group.subscribe_sol_staking)
        self.wbeth_rate_history: Final = raw_response_wrapper(group.wbeth_rate_history)
        self.wbeth_rewards_history: Final = raw_response_wrapper(group.wbeth_rewards_history)
        self.wbeth_unwrap_history: Final = raw_response_wrapper(group.wbeth_unwrap_history)
        self.wbeth_wrap_history: Final = raw_response_wrapper(group.wbeth_wrap_history)
        self.wrap_beth: Final = raw_response_wrapper(group.wrap_beth)


class AsyncStakingWithRawResponse:
    """`staking` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncStaking) -> None:
        self._group = group
        self.beth_rewards_history: Final = async_raw_response_wrapper(group.beth_rewards_history)
        self.bnsol_rate_history: Final = async_raw_response_wrapper(group.bnsol_rate_history)
        self.bnsol_rewards_history: Final = async_raw_response_wrapper(group.bnsol_rewards_history)
        self.claim_sol_boost_rewards: Final = async_raw_response_wrapper(group.claim_sol_boost_rewards)
        self.eth_redemption_history: Final = async_raw_response_wrapper(group.eth_redemption_history)
        self.eth_staking_account: Final = async_raw_response_wrapper(group.eth_staking_account)
        self.eth_staking_history: Final = async_raw_response_wrapper(group.eth_staking_history)
        self.eth_staking_quota: Final = async_raw_response_wrapper(group.eth_staking_quota)
        self.on_chain_locked_personal_left_quota: Final = async_raw_response_wrapper(
            group.on_chain_locked_personal_left_quota
        )
        self.on_chain_locked_position: Final = async_raw_response_wrapper(group.on_chain_locked_position)
        self.on_chain_locked_product_list: Final = async_raw_response_wrapper(group.on_chain_locked_product_list)
        self.on_chain_locked_redemption_record: Final = async_raw_response_wrapper(
            group.on_chain_locked_redemption_record
        )
        self.on_chain_locked_rewards_history: Final = async_raw_response_wrapper(group.on_chain_locked_rewards_history)
        self.on_chain_locked_subscription_preview: Final = async_raw_response_wrapper(
            group.on_chain_locked_subscription_preview
        )
        self.on_chain_locked_subscription_record: Final = async_raw_response_wrapper(
            group.on_chain_locked_subscription_record
        )
        self.on_chain_yields_account: Final = async_raw_response_wrapper(group.on_chain_yields_account)
        self.redeem_eth: Final = async_raw_response_wrapper(group.redeem_eth)
        self.redeem_on_chain_locked_product: Final = async_raw_response_wrapper(group.redeem_on_chain_locked_product)
        self.redeem_sol: Final = async_raw_response_wrapper(group.redeem_sol)
        self.set_on_chain_locked_auto_subscribe: Final = async_raw_response_wrapper(
            group.set_on_chain_locked_auto_subscribe
        )
        self.set_on_chain_locked_redeem_option: Final = async_raw_response_wrapper(
            group.set_on_chain_locked_redeem_option
        )
        self.set_soft_staking: Final = async_raw_response_wrapper(group.set_soft_staking)
        self.soft_staking_product_list: Final = async_raw_response_wrapper(group.soft_staking_product_list)
        self.soft_staking_rewards_history: Final = async_raw_response_wrapper(group.soft_staking_rewards_history)
        self.sol_boost_rewards_history: Final = async_raw_response_wrapper(group.sol_boost_rewards_history)
        self.sol_redemption_history: Final = async_raw_response_wrapper(group.sol_redemption_history)
        self.sol_staking_account: Final = async_raw_response_wrapper(group.sol_staking_account)
        self.sol_staking_history: Final = async_raw_response_wrapper(group.sol_staking_history)
        self.sol_staking_quota: Final = async_raw_response_wrapper(group.sol_staking_quota)
        self.sol_unclaimed_rewards: Final = async_raw_response_wrapper(group.sol_unclaimed_rewards)
        self.subscribe_eth_staking: Final = async_raw_response_wrapper(group.subscribe_eth_staking)
        self.subscribe_on_chain_locked_product: Final = async_raw_response_wrapper(
            group.subscribe_on_chain_locked_product
        )
        self.subscribe_sol_staking: Final = async_raw_response_wrapper(group.subscribe_sol_staking)
        self.wbeth_rate_history: Final = async_raw_response_wrapper(group.wbeth_rate_history)
        self.wbeth_rewards_history: Final = async_raw_response_wrapper(group.wbeth_rewards_history)
        self.wbeth_unwrap_history: Final = async_raw_response_wrapper(group.wbeth_unwrap_history)
        self.wbeth_wrap_history: Final = async_raw_response_wrapper(group.wbeth_wrap_history)
        self.wrap_beth: Final = async_raw_response_wrapper(group.wrap_beth)


__all__ = ["AsyncStaking", "AsyncStakingWithRawResponse", "Staking", "StakingWithRawResponse"]
