"""The `auto_invest` operations of the /sapi surface, reached as `client.auto_invest`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.auto_invest import AsyncAutoInvestPaging, AutoInvestPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.auto_invest_assets import AutoInvestAssets
    from ..models.auto_invest_index_info import AutoInvestIndexInfo
    from ..models.auto_invest_index_position import AutoInvestIndexPosition
    from ..models.auto_invest_one_time_transaction import AutoInvestOneTimeTransaction
    from ..models.auto_invest_one_time_transaction_status import AutoInvestOneTimeTransactionStatus
    from ..models.auto_invest_plan_change import AutoInvestPlanChange
    from ..models.auto_invest_plan_holdings import AutoInvestPlanHoldings
    from ..models.auto_invest_plan_list import AutoInvestPlanList
    from ..models.auto_invest_plan_status import AutoInvestPlanStatus
    from ..models.auto_invest_plan_status_change import AutoInvestPlanStatusChange
    from ..models.auto_invest_plan_type import AutoInvestPlanType
    from ..models.auto_invest_plan_type_filter import AutoInvestPlanTypeFilter
    from ..models.auto_invest_rebalance import AutoInvestRebalance
    from ..models.auto_invest_redemption import AutoInvestRedemption
    from ..models.auto_invest_redemption_record import AutoInvestRedemptionRecord
    from ..models.auto_invest_roi_period import AutoInvestRoiPeriod
    from ..models.auto_invest_roi_point import AutoInvestRoiPoint
    from ..models.auto_invest_source_asset_list import AutoInvestSourceAssetList
    from ..models.auto_invest_source_type import AutoInvestSourceType
    from ..models.auto_invest_subscription_cycle import AutoInvestSubscriptionCycle
    from ..models.auto_invest_subscription_record import AutoInvestSubscriptionRecord
    from ..models.auto_invest_target_asset_list import AutoInvestTargetAssetList
    from ..models.auto_invest_usage_type import AutoInvestUsageType
    from ..models.auto_invest_weekday import AutoInvestWeekday


DecimalLike = str | int | float | Decimal


class AutoInvest(AutoInvestPaging):
    """`auto_invest` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def change_investment_plan_status(
        self,
        plan_id: int,
        status: AutoInvestPlanStatus | Literal["ONGOING", "PAUSED", "REMOVED"],
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanStatusChange:
        """Pause, resume or remove a plan.

        Puts a plan in a new state: `ONGOING` resumes it, `PAUSED` suspends it, `REMOVED` ends it.
        Binance allows three calls per second per account.

        POST /sapi/v1/lending/auto-invest/plan/edit-status · security TRADE · weight 1


        Args:
            plan_id: Plan to change. Required.
            status: New state of the plan. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestPlanStatusChange
        """
        from ..api.auto_invest import change_investment_plan_status as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_id=plan_id,
                status=status,
            ),
            options,
        )

    def create_investment_plan(
        self,
        source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"],
        plan_type: AutoInvestPlanType | Literal["SINGLE", "PORTFOLIO", "INDEX"],
        subscription_amount: DecimalLike,
        subscription_cycle: AutoInvestSubscriptionCycle
        | Literal["H1", "H4", "H8", "H12", "WEEKLY", "DAILY", "MONTHLY", "BI_WEEKLY"],
        subscription_start_time: int,
        source_asset: str,
        details: Sequence[Mapping[str, object]],
        *,
        request_id: str | None = None,
        index_id: int | None = None,
        subscription_start_day: int | None = None,
        subscription_start_weekday: AutoInvestWeekday
        | Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
        | None = None,
        flexible_allowed_to_use: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanChange:
        """Create an Auto-Invest plan.

        Creates a recurring plan that buys one asset, a portfolio of assets or a Binance index on a
        schedule.

        POST /sapi/v1/lending/auto-invest/plan/add · security USER_DATA · weight 1


        Args:
            source_type: Binance site placing the request. Required.
            request_id: Your own identifier of the request, to query it later; Binance expects the source type
                followed by a unique value, such as `TR12354859`.
            plan_type: Kind of plan. Required.
            index_id: Index to follow, for `INDEX` plans.
            subscription_amount: Amount of the source asset spent at each investment. Required.
            subscription_cycle: How often the plan invests. Required.
            subscription_start_day: Day of the month to invest on, for `MONTHLY` plans.
            subscription_start_weekday: Day of the week to invest on, for `WEEKLY` and `BI_WEEKLY` plans.
            subscription_start_time: Hour of the day to invest at, 0 to 23 (UTC). Required.
            source_asset: Asset the plan pays with. Required.
            flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
                balance is short.
            details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
                `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
                1].percentage=40`, not as one JSON value. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestPlanChange
        """
        from ..api.auto_invest import create_investment_plan as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                source_type=source_type,
                request_id=request_id,
                plan_type=plan_type,
                index_id=index_id,
                subscription_amount=subscription_amount,
                subscription_cycle=subscription_cycle,
                subscription_start_day=subscription_start_day,
                subscription_start_weekday=subscription_start_weekday,
                subscription_start_time=subscription_start_time,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                details=details,
            ),
            options,
        )

    def edit_investment_plan(
        self,
        plan_id: int,
        subscription_amount: DecimalLike,
        subscription_cycle: AutoInvestSubscriptionCycle
        | Literal["H1", "H4", "H8", "H12", "WEEKLY", "DAILY", "MONTHLY", "BI_WEEKLY"],
        subscription_start_time: int,
        source_asset: str,
        *,
        subscription_start_day: int | None = None,
        subscription_start_weekday: AutoInvestWeekday
        | Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
        | None = None,
        flexible_allowed_to_use: bool | None = None,
        details: Sequence[Mapping[str, object]] | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanChange:
        """Adjust an Auto-Invest plan.

        Changes the amount, schedule, source asset or target assets of an existing plan.

        POST /sapi/v1/lending/auto-invest/plan/edit · security TRADE · weight 1


        Args:
            plan_id: Plan to adjust. Required.
            subscription_amount: Amount of the source asset spent at each investment. Required.
            subscription_cycle: How often the plan invests. Required.
            subscription_start_day: Day of the month to invest on, for `MONTHLY` plans.
            subscription_start_weekday: Day of the week to invest on, for `WEEKLY` and `BI_WEEKLY` plans.
            subscription_start_time: Hour of the day to invest at, 0 to 23 (UTC). Required.
            source_asset: Asset the plan pays with. Required.
            flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
                balance is short.
            details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
                `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
                1].percentage=40`, not as one JSON value.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestPlanChange
        """
        from ..api.auto_invest import edit_investment_plan as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_id=plan_id,
                subscription_amount=subscription_amount,
                subscription_cycle=subscription_cycle,
                subscription_start_day=subscription_start_day,
                subscription_start_weekday=subscription_start_weekday,
                subscription_start_time=subscription_start_time,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                details=details,
            ),
            options,
        )

    def index_linked_plan_position(
        self,
        index_id: int,
        **options: Unpack[CallOptions],
    ) -> AutoInvestIndexPosition:
        """Index-linked plan position.

        Shows the account's position in the plan following an index: totals, allocation and each asset's
        holding.

        GET /sapi/v1/lending/auto-invest/index/user-summary · security USER_DATA · weight 1


        Args:
            index_id: Index of the plan. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestIndexPosition
        """
        from ..api.auto_invest import index_linked_plan_position as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                index_id=index_id,
            ),
            options,
        )

    def index_linked_plan_rebalance_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AutoInvestRebalance]:
        """Index-linked rebalance history.

        Lists the rebalances of the account's index-linked plans and the trades each made. The window
        spans at most 30 days; without `start_time` and `end_time` the last 30 days are returned.

        GET /sapi/v1/lending/auto-invest/rebalance/history · security USER_DATA · weight 1


        Args:
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[AutoInvestRebalance]
        """
        from ..api.auto_invest import index_linked_plan_rebalance_history as _operation

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

    def index_linked_plan_redemption_history(
        self,
        request_id: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        asset: str | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AutoInvestRedemptionRecord]:
        """Index-linked redemption history.

        Lists what redemptions of index-linked plans sold. The window spans at most 30 days; without
        `start_time` and `end_time` the last 30 days are returned.

        GET /sapi/v1/lending/auto-invest/redeem/history · security USER_DATA · weight 1


        Args:
            request_id: Redemption request to show. Required.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            current: Page number, counted from 1; defaults to 1.
            asset: Only sales of this asset.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[AutoInvestRedemptionRecord]
        """
        from ..api.auto_invest import index_linked_plan_redemption_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                request_id=request_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                asset=asset,
                size=size,
            ),
            options,
        )

    def investment_assets(
        self,
        **options: Unpack[CallOptions],
    ) -> AutoInvestAssets:
        """All Auto-Invest assets.

        Lists every asset Auto-Invest plans can pay with and every asset they can buy.

        GET /sapi/v1/lending/auto-invest/all/asset · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestAssets
        """
        from ..api.auto_invest import investment_assets as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def investment_index_info(
        self,
        index_id: int,
        **options: Unpack[CallOptions],
    ) -> AutoInvestIndexInfo:
        """Index details.

        Describes a Binance index that Auto-Invest plans can follow: its name, state and asset weights.

        GET /sapi/v1/lending/auto-invest/index/info · security USER_DATA · weight 1


        Args:
            index_id: Index to describe. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestIndexInfo
        """
        from ..api.auto_invest import investment_index_info as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                index_id=index_id,
            ),
            options,
        )

    def investment_plan_holdings(
        self,
        *,
        plan_id: int | None = None,
        request_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanHoldings:
        """Plan holding details.

        Shows one plan's holdings asset by asset: amounts bought, average price, value and returns. Name
        the plan with `plan_id` or with the `request_id` used to create it.

        GET /sapi/v1/lending/auto-invest/plan/id · security USER_DATA · weight 1


        Args:
            plan_id: Plan to show.
            request_id: Your request identifier from the plan's creation.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestPlanHoldings
        """
        from ..api.auto_invest import investment_plan_holdings as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_id=plan_id,
                request_id=request_id,
            ),
            options,
        )

    def investment_plan_list(
        self,
        plan_type: AutoInvestPlanType | Literal["SINGLE", "PORTFOLIO", "INDEX"],
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanList:
        """List Auto-Invest plans.

        Lists the account's plans of one kind with their schedules, value and returns.

        GET /sapi/v1/lending/auto-invest/plan/list · security USER_DATA · weight 1


        Args:
            plan_type: Kind of plan to list. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestPlanList
        """
        from ..api.auto_invest import investment_plan_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_type=plan_type,
            ),
            options,
        )

    def investment_plan_subscription_history(
        self,
        *,
        plan_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        target_asset: str | None = None,
        plan_type: AutoInvestPlanTypeFilter | Literal["SINGLE", "PORTFOLIO", "INDEX", "ALL"] | None = None,
        size: int | None = None,
        current: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AutoInvestSubscriptionRecord]:
        """Auto-Invest purchase history.

        Lists the purchases made by the account's plans and one-time transactions.

        GET /sapi/v1/lending/auto-invest/history/list · security USER_DATA · weight 1


        Args:
            plan_id: Only purchases of this plan.
            start_time: Start of the time window, UTC milliseconds (inclusive).
            end_time: End of the time window, UTC milliseconds (inclusive).
            target_asset: Only purchases of this asset.
            plan_type: Only purchases of this kind of plan.
            size: Rows per page; defaults to 10, at most 100.
            current: Page number, counted from 1; defaults to 1.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[AutoInvestSubscriptionRecord]
        """
        from ..api.auto_invest import investment_plan_subscription_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_id=plan_id,
                start_time=start_time,
                end_time=end_time,
                target_asset=target_asset,
                plan_type=plan_type,
                size=size,
                current=current,
            ),
            options,
        )

    def investment_source_asset_list(
        self,
        usage_type: AutoInvestUsageType | Literal["RECURRING", "ONE_TIME"],
        *,
        target_asset: str | None = None,
        index_id: int | None = None,
        flexible_allowed_to_use: bool | None = None,
        source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"] | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestSourceAssetList:
        """List Auto-Invest source assets.

        Lists the assets a plan or one-time purchase can pay with, with amount limits and the fee rate.

        GET /sapi/v1/lending/auto-invest/source-asset/list · security USER_DATA · weight 1


        Args:
            target_asset: Only source assets usable for this target asset.
            index_id: Only source assets usable for this index.
            usage_type: Whether the assets are for a recurring plan or a one-time purchase. Required.
            flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
                balance is short.
            source_type: Binance site placing the request (filter from Binance's current page).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestSourceAssetList
        """
        from ..api.auto_invest import investment_source_asset_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                target_asset=target_asset,
                index_id=index_id,
                usage_type=usage_type,
                flexible_allowed_to_use=flexible_allowed_to_use,
                source_type=source_type,
            ),
            options,
        )

    def investment_target_asset_list(
        self,
        *,
        target_asset: str | None = None,
        size: int | None = None,
        current: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestTargetAssetList:
        """List Auto-Invest target assets.

        Lists the assets Auto-Invest plans can buy, each with simulated returns over several look-back
        periods.

        GET /sapi/v1/lending/auto-invest/target-asset/list · security USER_DATA · weight 1


        Args:
            target_asset: Only this target asset.
            size: Rows per page; defaults to 10, at most 100.
            current: Page number, counted from 1; defaults to 1.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestTargetAssetList
        """
        from ..api.auto_invest import investment_target_asset_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                target_asset=target_asset,
                size=size,
                current=current,
            ),
            options,
        )

    def one_time_investment_status(
        self,
        transaction_id: int,
        *,
        request_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestOneTimeTransactionStatus:
        """One-time purchase status.

        Tells whether a one-time Auto-Invest purchase has completed.

        GET /sapi/v1/lending/auto-invest/one-off/status · security USER_DATA · weight 1


        Args:
            transaction_id: Transaction to check. Required.
            request_id: Your own identifier of the request, to query it later; Binance expects the source type
                followed by a unique value, such as `TR12354859`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestOneTimeTransactionStatus
        """
        from ..api.auto_invest import one_time_investment_status as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                transaction_id=transaction_id,
                request_id=request_id,
            ),
            options,
        )

    def place_one_time_investment(
        self,
        source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"],
        subscription_amount: DecimalLike,
        source_asset: str,
        *,
        request_id: str | None = None,
        flexible_allowed_to_use: bool | None = None,
        plan_id: int | None = None,
        index_id: int | None = None,
        details: Sequence[Mapping[str, object]] | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestOneTimeTransaction:
        """One-time Auto-Invest purchase.

        Buys target assets once, for a new selection given in `details`, for an existing plan
        (`plan_id`) or for an index (`index_id`). Query the outcome with the one-time transaction status
        after `waitSecond` seconds.

        POST /sapi/v1/lending/auto-invest/one-off · security TRADE · weight 1


        Args:
            source_type: Binance site placing the request. Required.
            request_id: Your own identifier of the request, to query it later; Binance expects the source type
                followed by a unique value, such as `TR12354859`.
            subscription_amount: Amount of the source asset to spend. Required.
            source_asset: Asset to pay with. Required.
            flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
                balance is short.
            plan_id: Buy as this existing plan would.
            index_id: Buy the assets of this index.
            details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
                `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
                1].percentage=40`, not as one JSON value.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestOneTimeTransaction
        """
        from ..api.auto_invest import place_one_time_investment as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                source_type=source_type,
                request_id=request_id,
                subscription_amount=subscription_amount,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                plan_id=plan_id,
                index_id=index_id,
                details=details,
            ),
            options,
        )

    def redeem_index_linked_plan(
        self,
        index_id: int,
        redemption_percentage: int,
        *,
        request_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestRedemption:
        """Redeem an index-linked plan.

        Sells a percentage of the holdings of the plan following an index.

        POST /sapi/v1/lending/auto-invest/redeem · security TRADE · weight 1


        Args:
            index_id: Index of the plan to redeem. Required.
            request_id: Your own identifier of the request, to query it later; Binance expects the source type
                followed by a unique value, such as `TR12354859`.
            redemption_percentage: Share of the holdings to redeem, in percent (for example 10, 20 or 100). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            AutoInvestRedemption
        """
        from ..api.auto_invest import redeem_index_linked_plan as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                index_id=index_id,
                request_id=request_id,
                redemption_percentage=redemption_percentage,
            ),
            options,
        )

    def target_asset_roi_history(
        self,
        target_asset: str,
        his_roi_type: AutoInvestRoiPeriod
        | Literal["FIVE_YEAR", "THREE_YEAR", "ONE_YEAR", "SIX_MONTH", "THREE_MONTH", "SEVEN_DAY"],
        **options: Unpack[CallOptions],
    ) -> list[AutoInvestRoiPoint]:
        """Target asset ROI history.

        Returns the simulated return curve of regularly investing in one target asset over a look-back
        period.

        GET /sapi/v1/lending/auto-invest/target-asset/roi/list · security USER_DATA · weight 1


        Args:
            target_asset: Target asset. Required.
            his_roi_type: Look-back period. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[AutoInvestRoiPoint]
        """
        from ..api.auto_invest import target_asset_roi_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                target_asset=target_asset,
                his_roi_type=his_roi_type,
            ),
            options,
        )


class AsyncAutoInvest(AsyncAutoInvestPaging):
    """`auto_invest` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def change_investment_plan_status(
        self,
        plan_id: int,
        status: AutoInvestPlanStatus | Literal["ONGOING", "PAUSED", "REMOVED"],
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanStatusChange:
        """Pause, resume or remove a plan (the coroutine of `Spot.auto_invest.change_investment_plan_status`, which describes it)."""
        from ..api.auto_invest import change_investment_plan_status as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_id=plan_id,
                status=status,
            ),
            options,
        )

    async def create_investment_plan(
        self,
        source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"],
        plan_type: AutoInvestPlanType | Literal["SINGLE", "PORTFOLIO", "INDEX"],
        subscription_amount: DecimalLike,
        subscription_cycle: AutoInvestSubscriptionCycle
        | Literal["H1", "H4", "H8", "H12", "WEEKLY", "DAILY", "MONTHLY", "BI_WEEKLY"],
        subscription_start_time: int,
        source_asset: str,
        details: Sequence[Mapping[str, object]],
        *,
        request_id: str | None = None,
        index_id: int | None = None,
        subscription_start_day: int | None = None,
        subscription_start_weekday: AutoInvestWeekday
        | Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
        | None = None,
        flexible_allowed_to_use: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanChange:
        """Create an Auto-Invest plan (the coroutine of `Spot.auto_invest.create_investment_plan`, which describes it)."""
        from ..api.auto_invest import create_investment_plan as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                source_type=source_type,
                request_id=request_id,
                plan_type=plan_type,
                index_id=index_id,
                subscription_amount=subscription_amount,
                subscription_cycle=subscription_cycle,
                subscription_start_day=subscription_start_day,
                subscription_start_weekday=subscription_start_weekday,
                subscription_start_time=subscription_start_time,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                details=details,
            ),
            options,
        )

    async def edit_investment_plan(
        self,
        plan_id: int,
        subscription_amount: DecimalLike,
        subscription_cycle: AutoInvestSubscriptionCycle
        | Literal["H1", "H4", "H8", "H12", "WEEKLY", "DAILY", "MONTHLY", "BI_WEEKLY"],
        subscription_start_time: int,
        source_asset: str,
        *,
        subscription_start_day: int | None = None,
        subscription_start_weekday: AutoInvestWeekday
        | Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
        | None = None,
        flexible_allowed_to_use: bool | None = None,
        details: Sequence[Mapping[str, object]] | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanChange:
        """Adjust an Auto-Invest plan (the coroutine of `Spot.auto_invest.edit_investment_plan`, which describes it)."""
        from ..api.auto_invest import edit_investment_plan as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_id=plan_id,
                subscription_amount=subscription_amount,
                subscription_cycle=subscription_cycle,
                subscription_start_day=subscription_start_day,
                subscription_start_weekday=subscription_start_weekday,
                subscription_start_time=subscription_start_time,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                details=details,
            ),
            options,
        )

    async def index_linked_plan_position(
        self,
        index_id: int,
        **options: Unpack[CallOptions],
    ) -> AutoInvestIndexPosition:
        """Index-linked plan position (the coroutine of `Spot.auto_invest.index_linked_plan_position`, which describes it)."""
        from ..api.auto_invest import index_linked_plan_position as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                index_id=index_id,
            ),
            options,
        )

    async def index_linked_plan_rebalance_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AutoInvestRebalance]:
        """Index-linked rebalance history (the coroutine of `Spot.auto_invest.index_linked_plan_rebalance_history`, which describes it)."""
        from ..api.auto_invest import index_linked_plan_rebalance_history as _operation

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

    async def index_linked_plan_redemption_history(
        self,
        request_id: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        asset: str | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AutoInvestRedemptionRecord]:
        """Index-linked redemption history (the coroutine of `Spot.auto_invest.index_linked_plan_redemption_history`, which describes it)."""
        from ..api.auto_invest import index_linked_plan_redemption_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                request_id=request_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                asset=asset,
                size=size,
            ),
            options,
        )

    async def investment_assets(
        self,
        **options: Unpack[CallOptions],
    ) -> AutoInvestAssets:
        """All Auto-Invest assets (the coroutine of `Spot.auto_invest.investment_assets`, which describes it)."""
        from ..api.auto_invest import investment_assets as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def investment_index_info(
        self,
        index_id: int,
        **options: Unpack[CallOptions],
    ) -> AutoInvestIndexInfo:
        """Index details (the coroutine of `Spot.auto_invest.investment_index_info`, which describes it)."""
        from ..api.auto_invest import investment_index_info as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                index_id=index_id,
            ),
            options,
        )

    async def investment_plan_holdings(
        self,
        *,
        plan_id: int | None = None,
        request_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanHoldings:
        """Plan holding details (the coroutine of `Spot.auto_invest.investment_plan_holdings`, which describes it)."""
        from ..api.auto_invest import investment_plan_holdings as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_id=plan_id,
                request_id=request_id,
            ),
            options,
        )

    async def investment_plan_list(
        self,
        plan_type: AutoInvestPlanType | Literal["SINGLE", "PORTFOLIO", "INDEX"],
        **options: Unpack[CallOptions],
    ) -> AutoInvestPlanList:
        """List Auto-Invest plans (the coroutine of `Spot.auto_invest.investment_plan_list`, which describes it)."""
        from ..api.auto_invest import investment_plan_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_type=plan_type,
            ),
            options,
        )

    async def investment_plan_subscription_history(
        self,
        *,
        plan_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        target_asset: str | None = None,
        plan_type: AutoInvestPlanTypeFilter | Literal["SINGLE", "PORTFOLIO", "INDEX", "ALL"] | None = None,
        size: int | None = None,
        current: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[AutoInvestSubscriptionRecord]:
        """Auto-Invest purchase history (the coroutine of `Spot.auto_invest.investment_plan_subscription_history`, which describes it)."""
        from ..api.auto_invest import investment_plan_subscription_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                plan_id=plan_id,
                start_time=start_time,
                end_time=end_time,
                target_asset=target_asset,
                plan_type=plan_type,
                size=size,
                current=current,
            ),
            options,
        )

    async def investment_source_asset_list(
        self,
        usage_type: AutoInvestUsageType | Literal["RECURRING", "ONE_TIME"],
        *,
        target_asset: str | None = None,
        index_id: int | None = None,
        flexible_allowed_to_use: bool | None = None,
        source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"] | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestSourceAssetList:
        """List Auto-Invest source assets (the coroutine of `Spot.auto_invest.investment_source_asset_list`, which describes it)."""
        from ..api.auto_invest import investment_source_asset_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                target_asset=target_asset,
                index_id=index_id,
                usage_type=usage_type,
                flexible_allowed_to_use=flexible_allowed_to_use,
                source_type=source_type,
            ),
            options,
        )

    async def investment_target_asset_list(
        self,
        *,
        target_asset: str | None = None,
        size: int | None = None,
        current: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestTargetAssetList:
        """List Auto-Invest target assets (the coroutine of `Spot.auto_invest.investment_target_asset_list`, which describes it)."""
        from ..api.auto_invest import investment_target_asset_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                target_asset=target_asset,
                size=size,
                current=current,
            ),
            options,
        )

    async def one_time_investment_status(
        self,
        transaction_id: int,
        *,
        request_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestOneTimeTransactionStatus:
        """One-time purchase status (the coroutine of `Spot.auto_invest.one_time_investment_status`, which describes it)."""
        from ..api.auto_invest import one_time_investment_status as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                transaction_id=transaction_id,
                request_id=request_id,
            ),
            options,
        )

    async def place_one_time_investment(
        self,
        source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"],
        subscription_amount: DecimalLike,
        source_asset: str,
        *,
        request_id: str | None = None,
        flexible_allowed_to_use: bool | None = None,
        plan_id: int | None = None,
        index_id: int | None = None,
        details: Sequence[Mapping[str, object]] | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestOneTimeTransaction:
        """One-time Auto-Invest purchase (the coroutine of `Spot.auto_invest.place_one_time_investment`, which describes it)."""
        from ..api.auto_invest import place_one_time_investment as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                source_type=source_type,
                request_id=request_id,
                subscription_amount=subscription_amount,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                plan_id=plan_id,
                index_id=index_id,
                details=details,
            ),
            options,
        )

    async def redeem_index_linked_plan(
        self,
        index_id: int,
        redemption_percentage: int,
        *,
        request_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoInvestRedemption:
        """Redeem an index-linked plan (the coroutine of `Spot.auto_invest.redeem_index_linked_plan`, which describes it)."""
        from ..api.auto_invest import redeem_index_linked_plan as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                index_id=index_id,
                request_id=request_id,
                redemption_percentage=redemption_percentage,
            ),
            options,
        )

    async def target_asset_roi_history(
        self,
        target_asset: str,
        his_roi_type: AutoInvestRoiPeriod
        | Literal["FIVE_YEAR", "THREE_YEAR", "ONE_YEAR", "SIX_MONTH", "THREE_MONTH", "SEVEN_DAY"],
        **options: Unpack[CallOptions],
    ) -> list[AutoInvestRoiPoint]:
        """Target asset ROI history (the coroutine of `Spot.auto_invest.target_asset_roi_history`, which describes it)."""
        from ..api.auto_invest import target_asset_roi_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                target_asset=target_asset,
                his_roi_type=his_roi_type,
            ),
            options,
        )


class AutoInvestWithRawResponse:
    """`auto_invest` operations, each returning the whole `Response`."""

    def __init__(self, group: AutoInvest) -> None:
        self._group = group
        self.change_investment_plan_status: Final = raw_response_wrapper(group.change_investment_plan_status)
        self.create_investment_plan: Final = raw_response_wrapper(group.create_investment_plan)
        self.edit_investment_plan: Final = raw_response_wrapper(group.edit_investment_plan)
        self.index_linked_plan_position: Final = raw_response_wrapper(group.index_linked_plan_position)
        self.index_linked_plan_rebalance_history: Final = raw_response_wrapper(
            group.index_linked_plan_rebalance_history
        )
        self.index_linked_plan_redemption_history: Final = raw_response_wrapper(
            group.index_linked_plan_redemption_history
        )
        self.investment_assets: Final = raw_response_wrapper(group.investment_assets)
        self.investment_index_info: Final = raw_response_wrapper(group.investment_index_info)
        self.investment_plan_holdings: Final = raw_response_wrapper(group.investment_plan_holdings)
        self.investment_plan_list: Final = raw_response_wrapper(group.investment_plan_list)
        self.investment_plan_subscription_history: Final = raw_response_wrapper(
            group.investment_plan_subscription_history
        )
        self.investment_source_asset_list: Final = raw_response_wrapper(group.investment_source_asset_list)
        self.investment_target_asset_list: Final = raw_response_wrapper(group.investment_target_asset_list)
        self.one_time_investment_status: Final = raw_response_wrapper(group.one_time_investment_status)
        self.place_one_time_investment: Final = raw_response_wrapper(group.place_one_time_investment)
        self.redeem_index_linked_plan: Final = raw_response_wrapper(group.redeem_index_linked_plan)
        self.target_asset_roi_history: Final = raw_response_wrapper(group.target_asset_roi_history)


class AsyncAutoInvestWithRawResponse:
    """`auto_invest` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncAutoInvest) -> None:
        self._group = group
        self.change_investment_plan_status: Final = async_raw_response_wrapper(group.change_investment_plan_status)
        self.create_investment_plan: Final = async_raw_response_wrapper(group.create_investment_plan)
        self.edit_investment_plan: Final = async_raw_response_wrapper(group.edit_investment_plan)
        self.index_linked_plan_position: Final = async_raw_response_wrapper(group.index_linked_plan_position)
        self.index_linked_plan_rebalance_history: Final = async_raw_response_wrapper(
            group.index_linked_plan_rebalance_history
        )
        self.index_linked_plan_redemption_history: Final = async_raw_response_wrapper(
            group.index_linked_plan_redemption_history
        )
        self.investment_assets: Final = async_raw_response_wrapper(group.investment_assets)
        self.investment_index_info: Final = async_raw_response_wrapper(group.investment_index_info)
        self.investment_plan_holdings: Final = async_raw_response_wrapper(group.investment_plan_holdings)
        self.investment_plan_list: Final = async_raw_response_wrapper(group.investment_plan_list)
        self.investment_plan_subscription_history: Final = async_raw_response_wrapper(
            group.investment_plan_subscription_history
        )
        self.investment_source_asset_list: Final = async_raw_response_wrapper(group.investment_source_asset_list)
        self.investment_target_asset_list: Final = async_raw_response_wrapper(group.investment_target_asset_list)
        self.one_time_investment_status: Final = async_raw_response_wrapper(group.one_time_investment_status)
        self.place_one_time_investment: Final = async_raw_response_wrapper(group.place_one_time_investment)
        self.redeem_index_linked_plan: Final = async_raw_response_wrapper(group.redeem_index_linked_plan)
        self.target_asset_roi_history: Final = async_raw_response_wrapper(group.target_asset_roi_history)


__all__ = ["AsyncAutoInvest", "AsyncAutoInvestWithRawResponse", "AutoInvest", "AutoInvestWithRawResponse"]
