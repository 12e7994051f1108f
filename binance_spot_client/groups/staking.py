"""The `staking` operations of the /sapi surface, reached as `client.staking`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..signing import AsyncSpotClient, RecvWindow, SpotClient

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


class Staking:
    """`staking` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def beth_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingBethRewardPage:
        """BETH rewards history.

        Lists staking rewards paid on BETH holdings. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/rewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingBethRewardPage
        """
        from ..api.staking import beth_rewards_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def bnsol_rate_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingBnsolRatePage:
        """BNSOL rate history.

        Lists the past BNSOL annual rate, SOL exchange rate and boost rates. The window spans at most 3
        months. Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`,
        the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingBnsolRatePage
        """
        from ..api.staking import bnsol_rate_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def bnsol_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingBnsolRewardPage:
        """BNSOL rewards history.

        Lists the staking rewards accrued inside BNSOL holdings, day by day. The window spans at most 3
        months. Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`,
        the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/bnsolRewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingBnsolRewardPage
        """
        from ..api.staking import bnsol_rewards_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def claim_sol_boost_rewards(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolClaim:
        """Claim SOL boost rewards.

        Claims the boost APR airdrop rewards earned by holding BNSOL. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/sol-staking/sol/claim · security TRADE · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolClaim
        """
        from ..api.staking import claim_sol_boost_rewards as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def eth_redemption_history(
        self,
        *,
        redeem_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthRedemptionRecordPage:
        """ETH redemption history.

        Lists the account's redemptions of WBETH or BETH into ETH. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            redeem_id: Only this redemption (filter from Binance's current page).
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthRedemptionRecordPage
        """
        from ..api.staking import eth_redemption_history as _operation

        return _operation.sync(
            client=self._client,
            redeem_id=redeem_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def eth_staking_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthAccount:
        """ETH staking account.

        Summarises the account's ETH staking: WBETH and BETH held, their ETH value and the last 30 days'
        profit.

        GET /sapi/v2/eth-staking/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthAccount
        """
        from ..api.staking import eth_staking_account as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def eth_staking_history(
        self,
        *,
        purchase_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthStakingRecordPage:
        """ETH staking history.

        Lists the account's ETH stakes. The window spans at most 3 months. Without `startTime` and
        `endTime` the last 30 days are returned; with only `startTime`, the 30 days from it; with only
        `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/stakingHistory · security USER_DATA · weight 150


        Args:
            purchase_id: Only this stake (filter from Binance's current page).
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthStakingRecordPage
        """
        from ..api.staking import eth_staking_history as _operation

        return _operation.sync(
            client=self._client,
            purchase_id=purchase_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def eth_staking_quota(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthQuota:
        """ETH staking quota.

        Tells how much ETH the account may still stake and redeem, with the minimum amounts and
        redemption period.

        GET /sapi/v1/eth-staking/eth/quota · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthQuota
        """
        from ..api.staking import eth_staking_quota as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def on_chain_locked_personal_left_quota(
        self,
        project_id: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainLeftQuota:
        """Remaining on-chain yields quota.

        Tells how much more the account may subscribe to an on-chain yields locked product.

        GET /sapi/v1/onchain-yields/locked/personalLeftQuota · security USER_DATA · weight 50


        Args:
            project_id: Product to check. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainLeftQuota
        """
        from ..api.staking import on_chain_locked_personal_left_quota as _operation

        return _operation.sync(
            client=self._client,
            project_id=project_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    def on_chain_locked_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainPositionPage
        """
        from ..api.staking import on_chain_locked_position as _operation

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

    def on_chain_locked_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainProductPage:
        """List on-chain yields products.

        Lists the on-chain yields locked products on offer, with term, rate and limits. Paged with
        `current` and `size`.

        GET /sapi/v1/onchain-yields/locked/list · security USER_DATA · weight 50


        Args:
            asset: Only products for this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainProductPage
        """
        from ..api.staking import on_chain_locked_product_list as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def on_chain_locked_redemption_record(
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
    ) -> StakingOnChainRedemptionRecordPage:
        """On-chain yields redemption history.

        Lists the account's redemptions of on-chain yields positions. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/onchain-yields/locked/history/redemptionRecord · security USER_DATA · weight 50


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
            StakingOnChainRedemptionRecordPage
        """
        from ..api.staking import on_chain_locked_redemption_record as _operation

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

    def on_chain_locked_rewards_history(
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
    ) -> StakingOnChainRewardPage:
        """On-chain yields rewards history.

        Lists reward payments from on-chain yields positions. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/onchain-yields/locked/history/rewardsRecord · security USER_DATA · weight 50


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
            StakingOnChainRewardPage
        """
        from ..api.staking import on_chain_locked_rewards_history as _operation

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

    def on_chain_locked_subscription_preview(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainSubscriptionPreview:
        """Preview an on-chain yields subscription.

        Estimates the rewards and key dates of locking `amount` in an on-chain yields product, without
        subscribing.

        GET /sapi/v1/onchain-yields/locked/subscriptionPreview · security USER_DATA · weight 50


        Args:
            project_id: Product to preview. Required.
            amount: Amount that would be locked. Required.
            auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSubscriptionPreview
        """
        from ..api.staking import on_chain_locked_subscription_preview as _operation

        return _operation.sync(
            client=self._client,
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    def on_chain_locked_subscription_record(
        self,
        *,
        purchase_id: int | None = None,
        client_id: str | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainSubscriptionRecordPage:
        """On-chain yields subscription history.

        Lists the account's subscriptions to on-chain yields products. The window spans at most 3
        months. Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`,
        the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/onchain-yields/locked/history/subscriptionRecord · security USER_DATA · weight 50


        Args:
            purchase_id: Only this subscription.
            client_id: Only the subscription with this identifier of yours.
            asset: Only subscriptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSubscriptionRecordPage
        """
        from ..api.staking import on_chain_locked_subscription_record as _operation

        return _operation.sync(
            client=self._client,
            purchase_id=purchase_id,
            client_id=client_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def on_chain_yields_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainAccount:
        """On-chain yields account summary.

        Values the account's on-chain yields holdings in BTC and USDT, in total and split into flexible
        and locked.

        GET /sapi/v1/onchain-yields/account · security USER_DATA · weight 50


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainAccount
        """
        from ..api.staking import on_chain_yields_account as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def redeem_eth(
        self,
        amount: DecimalLike,
        *,
        asset: StakingEthRedeemAsset | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthRedemption:
        """Redeem ETH.

        Gives back WBETH or BETH and schedules the matching ETH for payout. The API key needs the spot
        and margin trading permission.

        POST /sapi/v1/eth-staking/eth/redeem · security TRADE · weight 150


        Args:
            asset: Token to give back; defaults to `BETH`.
            amount: Amount of the token to redeem, at most 8 decimal places. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthRedemption
        """
        from ..api.staking import redeem_eth as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    def redeem_on_chain_locked_product(
        self,
        position_id: int,
        *,
        channel_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainRedemption:
        """Redeem an on-chain yields position.

        Redeems an on-chain yields locked position. Binance allows one call every 3 seconds per account.
        The API key needs the spot and margin trading permission.

        POST /sapi/v1/onchain-yields/locked/redeem · security TRADE · weight 1


        Args:
            position_id: Position to redeem. Required.
            channel_id: Channel identifier Binance may assign to partners.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainRedemption
        """
        from ..api.staking import redeem_on_chain_locked_product as _operation

        return _operation.sync(
            client=self._client,
            position_id=position_id,
            channel_id=channel_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    def redeem_sol(
        self,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolRedemption:
        """Redeem SOL.

        Gives back BNSOL and schedules the matching SOL for payout. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/sol-staking/sol/redeem · security TRADE · weight 150


        Args:
            amount: BNSOL to redeem. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolRedemption
        """
        from ..api.staking import redeem_sol as _operation

        return _operation.sync(
            client=self._client,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    def set_on_chain_locked_auto_subscribe(
        self,
        position_id: int,
        auto_subscribe: bool,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainSuccess:
        """Switch on-chain yields auto-renewal.

        Turns automatic renewal of an on-chain yields position on or off.

        POST /sapi/v1/onchain-yields/locked/setAutoSubscribe · security USER_DATA · weight 50


        Args:
            position_id: Position to change. Required.
            auto_subscribe: True to renew at maturity, false not to. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSuccess
        """
        from ..api.staking import set_on_chain_locked_auto_subscribe as _operation

        return _operation.sync(
            client=self._client,
            position_id=position_id,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    def set_on_chain_locked_redeem_option(
        self,
        position_id: int,
        redeem_to: StakingOnChainRedeemTo | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainSuccess:
        """Set an on-chain yields position's payout.

        Chooses where an on-chain yields position's principal goes at maturity.

        POST /sapi/v1/onchain-yields/locked/setRedeemOption · security USER_DATA · weight 50


        Args:
            position_id: Position to change. Required.
            redeem_to: Where the principal goes at maturity. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSuccess
        """
        from ..api.staking import set_on_chain_locked_redeem_option as _operation

        return _operation.sync(
            client=self._client,
            position_id=position_id,
            redeem_to=redeem_to,
            recv_window=recv_window,
            timeout=timeout,
        )

    def set_soft_staking(
        self,
        soft_staking: bool,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSoftStakingSwitch:
        """Switch Soft Staking on or off.

        Turns Soft Staking on or off for the account. Binance serves this change with GET.

        GET /sapi/v1/soft-staking/set · security USER_DATA · weight 50


        Args:
            soft_staking: True to switch Soft Staking on, false to switch it off. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSoftStakingSwitch
        """
        from ..api.staking import set_soft_staking as _operation

        return _operation.sync(
            client=self._client,
            soft_staking=soft_staking,
            recv_window=recv_window,
            timeout=timeout,
        )

    def soft_staking_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSoftProductPage:
        """List Soft Staking products.

        Lists the assets that earn Soft Staking rewards while they sit in the spot wallet, with rates,
        limits and what the account has earned; also tells whether Soft Staking is switched on.

        GET /sapi/v1/soft-staking/list · security USER_DATA · weight 50


        Args:
            asset: Only this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSoftProductPage
        """
        from ..api.staking import soft_staking_product_list as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def soft_staking_rewards_history(
        self,
        *,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSoftRewardPage:
        """Soft Staking rewards history.

        Lists Soft Staking reward payments. The window spans at most 3 months. Without `startTime` and
        `endTime` the last 30 days are returned; with only `startTime`, the 30 days from it; with only
        `endTime`, the 30 days up to it.

        GET /sapi/v1/soft-staking/history/rewardsRecord · security USER_DATA · weight 50


        Args:
            asset: Only rewards of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSoftRewardPage
        """
        from ..api.staking import soft_staking_rewards_history as _operation

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

    def sol_boost_rewards_history(
        self,
        type_: StakingSolBoostRewardType | str,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolBoostRewardPage:
        """SOL boost rewards history.

        Lists boost APR airdrop rewards, either claimed or distributed. The window spans at most 3
        months. Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`,
        the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/boostRewardsHistory · security USER_DATA · weight 150


        Args:
            type_: Which events to list; Binance's default is `CLAIM`. Required.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolBoostRewardPage
        """
        from ..api.staking import sol_boost_rewards_history as _operation

        return _operation.sync(
            client=self._client,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def sol_redemption_history(
        self,
        *,
        redeem_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolRedemptionRecordPage:
        """SOL redemption history.

        Lists the account's redemptions of BNSOL into SOL. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            redeem_id: Only this redemption.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolRedemptionRecordPage
        """
        from ..api.staking import sol_redemption_history as _operation

        return _operation.sync(
            client=self._client,
            redeem_id=redeem_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def sol_staking_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolAccount:
        """SOL staking account.

        Summarises the account's SOL staking: BNSOL held, its SOL value and the last 30 days' profit.

        GET /sapi/v1/sol-staking/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolAccount
        """
        from ..api.staking import sol_staking_account as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def sol_staking_history(
        self,
        *,
        purchase_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolStakingRecordPage:
        """SOL staking history.

        Lists the account's SOL stakes. The window spans at most 3 months. Without `startTime` and
        `endTime` the last 30 days are returned; with only `startTime`, the 30 days from it; with only
        `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/stakingHistory · security USER_DATA · weight 150


        Args:
            purchase_id: Only this stake.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolStakingRecordPage
        """
        from ..api.staking import sol_staking_history as _operation

        return _operation.sync(
            client=self._client,
            purchase_id=purchase_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def sol_staking_quota(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolQuota:
        """SOL staking quota.

        Tells how much SOL the account may still stake and redeem, with minimum amounts, the redemption
        period and whether staking is open.

        GET /sapi/v1/sol-staking/sol/quota · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolQuota
        """
        from ..api.staking import sol_staking_quota as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def sol_unclaimed_rewards(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> list[StakingSolUnclaimedReward]:
        """Unclaimed SOL boost rewards.

        Lists boost APR airdrop rewards the account has earned but not claimed yet.

        GET /sapi/v1/sol-staking/sol/history/unclaimedRewards · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            list[StakingSolUnclaimedReward]
        """
        from ..api.staking import sol_unclaimed_rewards as _operation

        return _operation.sync(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    def subscribe_eth_staking(
        self,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthSubscription:
        """Stake ETH.

        Stakes ETH and credits WBETH at the current conversion ratio. The API key needs the spot and
        margin trading permission.

        POST /sapi/v2/eth-staking/eth/stake · security TRADE · weight 150


        Args:
            amount: ETH to stake, at most 4 decimal places. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthSubscription
        """
        from ..api.staking import subscribe_eth_staking as _operation

        return _operation.sync(
            client=self._client,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    def subscribe_on_chain_locked_product(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: StakingOnChainSourceAccount | str | None = None,
        redeem_to: StakingOnChainRedeemTo | str | None = None,
        channel_id: str | None = None,
        client_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSubscription
        """
        from ..api.staking import subscribe_on_chain_locked_product as _operation

        return _operation.sync(
            client=self._client,
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            channel_id=channel_id,
            client_id=client_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    def subscribe_sol_staking(
        self,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolSubscription:
        """Stake SOL.

        Stakes SOL and credits BNSOL at the current exchange rate. The API key needs the spot and margin
        trading permission.

        POST /sapi/v1/sol-staking/sol/stake · security TRADE · weight 150


        Args:
            amount: SOL to stake. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolSubscription
        """
        from ..api.staking import subscribe_sol_staking as _operation

        return _operation.sync(
            client=self._client,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    def wbeth_rate_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingWbethRatePage:
        """WBETH rate history.

        Lists the past BETH annual rate and WBETH exchange rate. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingWbethRatePage
        """
        from ..api.staking import wbeth_rate_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def wbeth_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingWbethRewardPage:
        """WBETH rewards history.

        Lists the rewards accrued inside WBETH holdings, day by day. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/wbethRewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingWbethRewardPage
        """
        from ..api.staking import wbeth_rewards_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def wbeth_unwrap_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingWbethConversionPage:
        """WBETH unwrap history.

        Lists the account's conversions of WBETH back into BETH. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/wbeth/history/unwrapHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingWbethConversionPage
        """
        from ..api.staking import wbeth_unwrap_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def wbeth_wrap_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingWbethConversionPage:
        """WBETH wrap history.

        Lists the account's conversions of BETH into WBETH. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/wbeth/history/wrapHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingWbethConversionPage
        """
        from ..api.staking import wbeth_wrap_history as _operation

        return _operation.sync(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    def wrap_beth(
        self,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingBethWrap:
        """Wrap BETH into WBETH.

        Converts BETH into WBETH at the current exchange rate. The API key needs the spot and margin
        trading permission.

        POST /sapi/v1/eth-staking/wbeth/wrap · security TRADE · weight 150


        Args:
            amount: BETH to wrap, at most 4 decimal places. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingBethWrap
        """
        from ..api.staking import wrap_beth as _operation

        return _operation.sync(
            client=self._client,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )


class AsyncStaking:
    """`staking` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def beth_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingBethRewardPage:
        """BETH rewards history.

        Lists staking rewards paid on BETH holdings. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/rewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingBethRewardPage
        """
        from ..api.staking import beth_rewards_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def bnsol_rate_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingBnsolRatePage:
        """BNSOL rate history.

        Lists the past BNSOL annual rate, SOL exchange rate and boost rates. The window spans at most 3
        months. Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`,
        the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingBnsolRatePage
        """
        from ..api.staking import bnsol_rate_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def bnsol_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingBnsolRewardPage:
        """BNSOL rewards history.

        Lists the staking rewards accrued inside BNSOL holdings, day by day. The window spans at most 3
        months. Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`,
        the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/bnsolRewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingBnsolRewardPage
        """
        from ..api.staking import bnsol_rewards_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def claim_sol_boost_rewards(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolClaim:
        """Claim SOL boost rewards.

        Claims the boost APR airdrop rewards earned by holding BNSOL. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/sol-staking/sol/claim · security TRADE · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolClaim
        """
        from ..api.staking import claim_sol_boost_rewards as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def eth_redemption_history(
        self,
        *,
        redeem_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthRedemptionRecordPage:
        """ETH redemption history.

        Lists the account's redemptions of WBETH or BETH into ETH. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            redeem_id: Only this redemption (filter from Binance's current page).
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthRedemptionRecordPage
        """
        from ..api.staking import eth_redemption_history as _operation

        return await _operation.asyncio(
            client=self._client,
            redeem_id=redeem_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def eth_staking_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthAccount:
        """ETH staking account.

        Summarises the account's ETH staking: WBETH and BETH held, their ETH value and the last 30 days'
        profit.

        GET /sapi/v2/eth-staking/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthAccount
        """
        from ..api.staking import eth_staking_account as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def eth_staking_history(
        self,
        *,
        purchase_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthStakingRecordPage:
        """ETH staking history.

        Lists the account's ETH stakes. The window spans at most 3 months. Without `startTime` and
        `endTime` the last 30 days are returned; with only `startTime`, the 30 days from it; with only
        `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/stakingHistory · security USER_DATA · weight 150


        Args:
            purchase_id: Only this stake (filter from Binance's current page).
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthStakingRecordPage
        """
        from ..api.staking import eth_staking_history as _operation

        return await _operation.asyncio(
            client=self._client,
            purchase_id=purchase_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def eth_staking_quota(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthQuota:
        """ETH staking quota.

        Tells how much ETH the account may still stake and redeem, with the minimum amounts and
        redemption period.

        GET /sapi/v1/eth-staking/eth/quota · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthQuota
        """
        from ..api.staking import eth_staking_quota as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def on_chain_locked_personal_left_quota(
        self,
        project_id: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainLeftQuota:
        """Remaining on-chain yields quota.

        Tells how much more the account may subscribe to an on-chain yields locked product.

        GET /sapi/v1/onchain-yields/locked/personalLeftQuota · security USER_DATA · weight 50


        Args:
            project_id: Product to check. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainLeftQuota
        """
        from ..api.staking import on_chain_locked_personal_left_quota as _operation

        return await _operation.asyncio(
            client=self._client,
            project_id=project_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def on_chain_locked_position(
        self,
        *,
        asset: str | None = None,
        position_id: int | None = None,
        project_id: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainPositionPage
        """
        from ..api.staking import on_chain_locked_position as _operation

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

    async def on_chain_locked_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainProductPage:
        """List on-chain yields products.

        Lists the on-chain yields locked products on offer, with term, rate and limits. Paged with
        `current` and `size`.

        GET /sapi/v1/onchain-yields/locked/list · security USER_DATA · weight 50


        Args:
            asset: Only products for this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainProductPage
        """
        from ..api.staking import on_chain_locked_product_list as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def on_chain_locked_redemption_record(
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
    ) -> StakingOnChainRedemptionRecordPage:
        """On-chain yields redemption history.

        Lists the account's redemptions of on-chain yields positions. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/onchain-yields/locked/history/redemptionRecord · security USER_DATA · weight 50


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
            StakingOnChainRedemptionRecordPage
        """
        from ..api.staking import on_chain_locked_redemption_record as _operation

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

    async def on_chain_locked_rewards_history(
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
    ) -> StakingOnChainRewardPage:
        """On-chain yields rewards history.

        Lists reward payments from on-chain yields positions. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/onchain-yields/locked/history/rewardsRecord · security USER_DATA · weight 50


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
            StakingOnChainRewardPage
        """
        from ..api.staking import on_chain_locked_rewards_history as _operation

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

    async def on_chain_locked_subscription_preview(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainSubscriptionPreview:
        """Preview an on-chain yields subscription.

        Estimates the rewards and key dates of locking `amount` in an on-chain yields product, without
        subscribing.

        GET /sapi/v1/onchain-yields/locked/subscriptionPreview · security USER_DATA · weight 50


        Args:
            project_id: Product to preview. Required.
            amount: Amount that would be locked. Required.
            auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSubscriptionPreview
        """
        from ..api.staking import on_chain_locked_subscription_preview as _operation

        return await _operation.asyncio(
            client=self._client,
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def on_chain_locked_subscription_record(
        self,
        *,
        purchase_id: int | None = None,
        client_id: str | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainSubscriptionRecordPage:
        """On-chain yields subscription history.

        Lists the account's subscriptions to on-chain yields products. The window spans at most 3
        months. Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`,
        the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/onchain-yields/locked/history/subscriptionRecord · security USER_DATA · weight 50


        Args:
            purchase_id: Only this subscription.
            client_id: Only the subscription with this identifier of yours.
            asset: Only subscriptions of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSubscriptionRecordPage
        """
        from ..api.staking import on_chain_locked_subscription_record as _operation

        return await _operation.asyncio(
            client=self._client,
            purchase_id=purchase_id,
            client_id=client_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def on_chain_yields_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainAccount:
        """On-chain yields account summary.

        Values the account's on-chain yields holdings in BTC and USDT, in total and split into flexible
        and locked.

        GET /sapi/v1/onchain-yields/account · security USER_DATA · weight 50


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainAccount
        """
        from ..api.staking import on_chain_yields_account as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def redeem_eth(
        self,
        amount: DecimalLike,
        *,
        asset: StakingEthRedeemAsset | str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthRedemption:
        """Redeem ETH.

        Gives back WBETH or BETH and schedules the matching ETH for payout. The API key needs the spot
        and margin trading permission.

        POST /sapi/v1/eth-staking/eth/redeem · security TRADE · weight 150


        Args:
            asset: Token to give back; defaults to `BETH`.
            amount: Amount of the token to redeem, at most 8 decimal places. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthRedemption
        """
        from ..api.staking import redeem_eth as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def redeem_on_chain_locked_product(
        self,
        position_id: int,
        *,
        channel_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainRedemption:
        """Redeem an on-chain yields position.

        Redeems an on-chain yields locked position. Binance allows one call every 3 seconds per account.
        The API key needs the spot and margin trading permission.

        POST /sapi/v1/onchain-yields/locked/redeem · security TRADE · weight 1


        Args:
            position_id: Position to redeem. Required.
            channel_id: Channel identifier Binance may assign to partners.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainRedemption
        """
        from ..api.staking import redeem_on_chain_locked_product as _operation

        return await _operation.asyncio(
            client=self._client,
            position_id=position_id,
            channel_id=channel_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def redeem_sol(
        self,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolRedemption:
        """Redeem SOL.

        Gives back BNSOL and schedules the matching SOL for payout. The API key needs the spot and
        margin trading permission.

        POST /sapi/v1/sol-staking/sol/redeem · security TRADE · weight 150


        Args:
            amount: BNSOL to redeem. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolRedemption
        """
        from ..api.staking import redeem_sol as _operation

        return await _operation.asyncio(
            client=self._client,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def set_on_chain_locked_auto_subscribe(
        self,
        position_id: int,
        auto_subscribe: bool,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainSuccess:
        """Switch on-chain yields auto-renewal.

        Turns automatic renewal of an on-chain yields position on or off.

        POST /sapi/v1/onchain-yields/locked/setAutoSubscribe · security USER_DATA · weight 50


        Args:
            position_id: Position to change. Required.
            auto_subscribe: True to renew at maturity, false not to. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSuccess
        """
        from ..api.staking import set_on_chain_locked_auto_subscribe as _operation

        return await _operation.asyncio(
            client=self._client,
            position_id=position_id,
            auto_subscribe=auto_subscribe,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def set_on_chain_locked_redeem_option(
        self,
        position_id: int,
        redeem_to: StakingOnChainRedeemTo | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingOnChainSuccess:
        """Set an on-chain yields position's payout.

        Chooses where an on-chain yields position's principal goes at maturity.

        POST /sapi/v1/onchain-yields/locked/setRedeemOption · security USER_DATA · weight 50


        Args:
            position_id: Position to change. Required.
            redeem_to: Where the principal goes at maturity. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSuccess
        """
        from ..api.staking import set_on_chain_locked_redeem_option as _operation

        return await _operation.asyncio(
            client=self._client,
            position_id=position_id,
            redeem_to=redeem_to,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def set_soft_staking(
        self,
        soft_staking: bool,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSoftStakingSwitch:
        """Switch Soft Staking on or off.

        Turns Soft Staking on or off for the account. Binance serves this change with GET.

        GET /sapi/v1/soft-staking/set · security USER_DATA · weight 50


        Args:
            soft_staking: True to switch Soft Staking on, false to switch it off. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSoftStakingSwitch
        """
        from ..api.staking import set_soft_staking as _operation

        return await _operation.asyncio(
            client=self._client,
            soft_staking=soft_staking,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def soft_staking_product_list(
        self,
        *,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSoftProductPage:
        """List Soft Staking products.

        Lists the assets that earn Soft Staking rewards while they sit in the spot wallet, with rates,
        limits and what the account has earned; also tells whether Soft Staking is switched on.

        GET /sapi/v1/soft-staking/list · security USER_DATA · weight 50


        Args:
            asset: Only this asset.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSoftProductPage
        """
        from ..api.staking import soft_staking_product_list as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def soft_staking_rewards_history(
        self,
        *,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSoftRewardPage:
        """Soft Staking rewards history.

        Lists Soft Staking reward payments. The window spans at most 3 months. Without `startTime` and
        `endTime` the last 30 days are returned; with only `startTime`, the 30 days from it; with only
        `endTime`, the 30 days up to it.

        GET /sapi/v1/soft-staking/history/rewardsRecord · security USER_DATA · weight 50


        Args:
            asset: Only rewards of this asset.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSoftRewardPage
        """
        from ..api.staking import soft_staking_rewards_history as _operation

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

    async def sol_boost_rewards_history(
        self,
        type_: StakingSolBoostRewardType | str,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolBoostRewardPage:
        """SOL boost rewards history.

        Lists boost APR airdrop rewards, either claimed or distributed. The window spans at most 3
        months. Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`,
        the 30 days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/boostRewardsHistory · security USER_DATA · weight 150


        Args:
            type_: Which events to list; Binance's default is `CLAIM`. Required.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolBoostRewardPage
        """
        from ..api.staking import sol_boost_rewards_history as _operation

        return await _operation.asyncio(
            client=self._client,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def sol_redemption_history(
        self,
        *,
        redeem_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolRedemptionRecordPage:
        """SOL redemption history.

        Lists the account's redemptions of BNSOL into SOL. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/redemptionHistory · security USER_DATA · weight 150


        Args:
            redeem_id: Only this redemption.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolRedemptionRecordPage
        """
        from ..api.staking import sol_redemption_history as _operation

        return await _operation.asyncio(
            client=self._client,
            redeem_id=redeem_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def sol_staking_account(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolAccount:
        """SOL staking account.

        Summarises the account's SOL staking: BNSOL held, its SOL value and the last 30 days' profit.

        GET /sapi/v1/sol-staking/account · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolAccount
        """
        from ..api.staking import sol_staking_account as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def sol_staking_history(
        self,
        *,
        purchase_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolStakingRecordPage:
        """SOL staking history.

        Lists the account's SOL stakes. The window spans at most 3 months. Without `startTime` and
        `endTime` the last 30 days are returned; with only `startTime`, the 30 days from it; with only
        `endTime`, the 30 days up to it.

        GET /sapi/v1/sol-staking/sol/history/stakingHistory · security USER_DATA · weight 150


        Args:
            purchase_id: Only this stake.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolStakingRecordPage
        """
        from ..api.staking import sol_staking_history as _operation

        return await _operation.asyncio(
            client=self._client,
            purchase_id=purchase_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def sol_staking_quota(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolQuota:
        """SOL staking quota.

        Tells how much SOL the account may still stake and redeem, with minimum amounts, the redemption
        period and whether staking is open.

        GET /sapi/v1/sol-staking/sol/quota · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolQuota
        """
        from ..api.staking import sol_staking_quota as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def sol_unclaimed_rewards(
        self,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> list[StakingSolUnclaimedReward]:
        """Unclaimed SOL boost rewards.

        Lists boost APR airdrop rewards the account has earned but not claimed yet.

        GET /sapi/v1/sol-staking/sol/history/unclaimedRewards · security USER_DATA · weight 150


        Args:
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            list[StakingSolUnclaimedReward]
        """
        from ..api.staking import sol_unclaimed_rewards as _operation

        return await _operation.asyncio(
            client=self._client,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def subscribe_eth_staking(
        self,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingEthSubscription:
        """Stake ETH.

        Stakes ETH and credits WBETH at the current conversion ratio. The API key needs the spot and
        margin trading permission.

        POST /sapi/v2/eth-staking/eth/stake · security TRADE · weight 150


        Args:
            amount: ETH to stake, at most 4 decimal places. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingEthSubscription
        """
        from ..api.staking import subscribe_eth_staking as _operation

        return await _operation.asyncio(
            client=self._client,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def subscribe_on_chain_locked_product(
        self,
        project_id: str,
        amount: DecimalLike,
        *,
        auto_subscribe: bool | None = None,
        source_account: StakingOnChainSourceAccount | str | None = None,
        redeem_to: StakingOnChainRedeemTo | str | None = None,
        channel_id: str | None = None,
        client_id: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingOnChainSubscription
        """
        from ..api.staking import subscribe_on_chain_locked_product as _operation

        return await _operation.asyncio(
            client=self._client,
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            channel_id=channel_id,
            client_id=client_id,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def subscribe_sol_staking(
        self,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingSolSubscription:
        """Stake SOL.

        Stakes SOL and credits BNSOL at the current exchange rate. The API key needs the spot and margin
        trading permission.

        POST /sapi/v1/sol-staking/sol/stake · security TRADE · weight 150


        Args:
            amount: SOL to stake. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingSolSubscription
        """
        from ..api.staking import subscribe_sol_staking as _operation

        return await _operation.asyncio(
            client=self._client,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def wbeth_rate_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingWbethRatePage:
        """WBETH rate history.

        Lists the past BETH annual rate and WBETH exchange rate. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/rateHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingWbethRatePage
        """
        from ..api.staking import wbeth_rate_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def wbeth_rewards_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingWbethRewardPage:
        """WBETH rewards history.

        Lists the rewards accrued inside WBETH holdings, day by day. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/eth/history/wbethRewardsHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingWbethRewardPage
        """
        from ..api.staking import wbeth_rewards_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def wbeth_unwrap_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingWbethConversionPage:
        """WBETH unwrap history.

        Lists the account's conversions of WBETH back into BETH. The window spans at most 3 months.
        Without `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30
        days from it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/wbeth/history/unwrapHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingWbethConversionPage
        """
        from ..api.staking import wbeth_unwrap_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def wbeth_wrap_history(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        size: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingWbethConversionPage:
        """WBETH wrap history.

        Lists the account's conversions of BETH into WBETH. The window spans at most 3 months. Without
        `startTime` and `endTime` the last 30 days are returned; with only `startTime`, the 30 days from
        it; with only `endTime`, the 30 days up to it.

        GET /sapi/v1/eth-staking/wbeth/history/wrapHistory · security USER_DATA · weight 150


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingWbethConversionPage
        """
        from ..api.staking import wbeth_wrap_history as _operation

        return await _operation.asyncio(
            client=self._client,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def wrap_beth(
        self,
        amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> StakingBethWrap:
        """Wrap BETH into WBETH.

        Converts BETH into WBETH at the current exchange rate. The API key needs the spot and margin
        trading permission.

        POST /sapi/v1/eth-staking/wbeth/wrap · security TRADE · weight 150


        Args:
            amount: BETH to wrap, at most 4 decimal places. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            StakingBethWrap
        """
        from ..api.staking import wrap_beth as _operation

        return await _operation.asyncio(
            client=self._client,
            amount=amount,
            recv_window=recv_window,
            timeout=timeout,
        )


__all__ = ["AsyncStaking", "Staking"]
