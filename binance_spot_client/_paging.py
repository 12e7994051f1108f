"""Iterators over every paged operation: `iter_<operation>` methods, generated from `x-binance-paging`.

`Spot` and `AsyncSpot` inherit `SpotPaging` and `AsyncSpotPaging`; each /sapi group class its
family's mixin (`client.wallet.iter_deposit_history(...)`), from `_group_paging/<family>.py`,
imported with its group, so a client holds only the iterators of the families it uses. The walk between
pages is the core's (`PageWalk`, `iterate_pages`); each method hands it the operation's plan below.
Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, Unpack

from .signing import (
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
    from .models import (
        AccountTrade,
        AggregateTrade,
        Allocation,
        HistoricalBlockTrade,
        Kline,
        KlineInterval,
        Order,
        OrderList,
        PreventedMatch,
        RecentTrade,
    )

DecimalLike = str | int | float | Decimal

_AGG_TRADES = Paging(
    "id",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=3600000,
    cursor="from_id",
    item_id="a",
    item_time="t",
)
_ALL_ORDER_LISTS = Paging(
    "id",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=86400000,
    cursor="from_id",
    item_id="order_list_id",
    item_time="transaction_time",
)
_ALL_ORDERS = Paging(
    "id",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=86400000,
    cursor="order_id",
    item_id="order_id",
    item_time="time",
)
_HISTORICAL_BLOCK_TRADES = Paging("id", limit="limit", page_size=1000, cursor="from_id", item_id="id")
_HISTORICAL_TRADES = Paging("id", limit="limit", page_size=1000, cursor="from_id", item_id="id")
_KLINES = Paging("time", limit="limit", page_size=1000, start="start_time", end="end_time", item_time="open_time")
_MY_ALLOCATIONS = Paging(
    "id",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=86400000,
    cursor="from_allocation_id",
    item_id="allocation_id",
    item_time="time",
)
_MY_PREVENTED_MATCHES = Paging(
    "id", limit="limit", page_size=1000, cursor="from_prevented_match_id", item_id="prevented_match_id"
)
_MY_TRADES = Paging(
    "id",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=86400000,
    cursor="from_id",
    item_id="id",
    item_time="time",
)
_UI_KLINES = Paging("time", limit="limit", page_size=1000, start="start_time", end="end_time", item_time="open_time")

PAGED_OPERATIONS: Mapping[str, str] = {
    "aggTrades": "Spot.iter_agg_trades",
    "allOrderLists": "Spot.iter_all_order_lists",
    "allOrders": "Spot.iter_all_orders",
    "bethRewardsHistory": "Spot.staking.iter_beth_rewards_history",
    "bfusdRateHistory": "Spot.simple_earn.iter_bfusd_rate_history",
    "bfusdRedemptionHistory": "Spot.simple_earn.iter_bfusd_redemption_history",
    "bfusdRewardsHistory": "Spot.simple_earn.iter_bfusd_rewards_history",
    "bfusdSubscriptionHistory": "Spot.simple_earn.iter_bfusd_subscription_history",
    "bnsolRateHistory": "Spot.staking.iter_bnsol_rate_history",
    "bnsolRewardsHistory": "Spot.staking.iter_bnsol_rewards_history",
    "busdConvertHistory": "Spot.wallet.iter_busd_convert_history",
    "c2cTradeHistory": "Spot.c2c.iter_c_2_c_trade_history",
    "cloudMiningPaymentHistory": "Spot.wallet.iter_cloud_mining_payment_history",
    "delegationHistory": "Spot.wallet.iter_delegation_history",
    "depositHistory": "Spot.wallet.iter_deposit_history",
    "depositHistoryTravelRule": "Spot.wallet.iter_deposit_history_travel_rule",
    "dualInvestmentPositions": "Spot.dual_investment.iter_dual_investment_positions",
    "dualInvestmentProductList": "Spot.dual_investment.iter_dual_investment_product_list",
    "equityOrderHistory": "Spot.stocks.iter_equity_order_history",
    "equityTradeHistory": "Spot.stocks.iter_equity_trade_history",
    "ethRedemptionHistory": "Spot.staking.iter_eth_redemption_history",
    "ethStakingHistory": "Spot.staking.iter_eth_staking_history",
    "fiatDepositWithdrawHistory": "Spot.fiat.iter_fiat_deposit_withdraw_history",
    "fiatPaymentsHistory": "Spot.fiat.iter_fiat_payments_history",
    "flexibleLoanBorrowHistory": "Spot.crypto_loans.iter_flexible_loan_borrow_history",
    "flexibleLoanInterestRateHistory": "Spot.crypto_loans.iter_flexible_loan_interest_rate_history",
    "flexibleLoanLiquidationHistory": "Spot.crypto_loans.iter_flexible_loan_liquidation_history",
    "flexibleLoanLtvAdjustmentHistory": "Spot.crypto_loans.iter_flexible_loan_ltv_adjustment_history",
    "flexibleLoanOngoingOrders": "Spot.crypto_loans.iter_flexible_loan_ongoing_orders",
    "flexibleLoanRepayHistory": "Spot.crypto_loans.iter_flexible_loan_repay_history",
    "flexibleProductCollateralRecord": "Spot.simple_earn.iter_flexible_product_collateral_record",
    "flexibleProductList": "Spot.simple_earn.iter_flexible_product_list",
    "flexibleProductPosition": "Spot.simple_earn.iter_flexible_product_position",
    "flexibleProductRateHistory": "Spot.simple_earn.iter_flexible_product_rate_history",
    "flexibleRedemptionRecord": "Spot.simple_earn.iter_flexible_redemption_record",
    "flexibleRewardsHistory": "Spot.simple_earn.iter_flexible_rewards_history",
    "flexibleSubscriptionRecord": "Spot.simple_earn.iter_flexible_subscription_record",
    "futuresTransferHistory": "Spot.futures.iter_futures_transfer_history",
    "historicalBlockTrades": "Spot.iter_historical_block_trades",
    "historicalTrades": "Spot.iter_historical_trades",
    "indexLinkedPlanRebalanceHistory": "Spot.auto_invest.iter_index_linked_plan_rebalance_history",
    "indexLinkedPlanRedemptionHistory": "Spot.auto_invest.iter_index_linked_plan_redemption_history",
    "investmentPlanSubscriptionHistory": "Spot.auto_invest.iter_investment_plan_subscription_history",
    "klines": "Spot.iter_klines",
    "lockedProductList": "Spot.simple_earn.iter_locked_product_list",
    "lockedProductPosition": "Spot.simple_earn.iter_locked_product_position",
    "lockedRedemptionRecord": "Spot.simple_earn.iter_locked_redemption_record",
    "lockedRewardsHistory": "Spot.simple_earn.iter_locked_rewards_history",
    "lockedSubscriptionRecord": "Spot.simple_earn.iter_locked_subscription_record",
    "marginAllOrderLists": "Spot.margin.iter_margin_all_order_lists",
    "marginAllOrders": "Spot.margin.iter_margin_all_orders",
    "marginBorrowRepayRecords": "Spot.margin.iter_margin_borrow_repay_records",
    "marginForceLiquidationRecord": "Spot.margin.iter_margin_force_liquidation_record",
    "marginInterestHistory": "Spot.margin.iter_margin_interest_history",
    "marginMyTrades": "Spot.margin.iter_margin_my_trades",
    "marginSmallLiabilityExchangeHistory": "Spot.margin.iter_margin_small_liability_exchange_history",
    "marginTransferHistory": "Spot.margin.iter_margin_transfer_history",
    "myAllocations": "Spot.iter_my_allocations",
    "myPreventedMatches": "Spot.iter_my_prevented_matches",
    "myTrades": "Spot.iter_my_trades",
    "nftAssets": "Spot.nft.iter_nft_assets",
    "nftDepositHistory": "Spot.nft.iter_nft_deposit_history",
    "nftTransactionHistory": "Spot.nft.iter_nft_transaction_history",
    "nftWithdrawHistory": "Spot.nft.iter_nft_withdraw_history",
    "onChainLockedPosition": "Spot.staking.iter_on_chain_locked_position",
    "onChainLockedProductList": "Spot.staking.iter_on_chain_locked_product_list",
    "onChainLockedRedemptionRecord": "Spot.staking.iter_on_chain_locked_redemption_record",
    "onChainLockedRewardsHistory": "Spot.staking.iter_on_chain_locked_rewards_history",
    "onChainLockedSubscriptionRecord": "Spot.staking.iter_on_chain_locked_subscription_record",
    "portfolioMarginBankruptcyLoanRepayHistory": "Spot.portfolio_margin.iter_portfolio_margin_bankruptcy_loan_repay_history",
    "rwusdRateHistory": "Spot.simple_earn.iter_rwusd_rate_history",
    "rwusdRedemptionHistory": "Spot.simple_earn.iter_rwusd_redemption_history",
    "rwusdRewardsHistory": "Spot.simple_earn.iter_rwusd_rewards_history",
    "rwusdSubscriptionHistory": "Spot.simple_earn.iter_rwusd_subscription_history",
    "savingsFixedProjectList": "Spot.savings.iter_savings_fixed_project_list",
    "softStakingProductList": "Spot.staking.iter_soft_staking_product_list",
    "softStakingRewardsHistory": "Spot.staking.iter_soft_staking_rewards_history",
    "solBoostRewardsHistory": "Spot.staking.iter_sol_boost_rewards_history",
    "solRedemptionHistory": "Spot.staking.iter_sol_redemption_history",
    "solStakingHistory": "Spot.staking.iter_sol_staking_history",
    "stableLoanBorrowHistory": "Spot.crypto_loans.iter_stable_loan_borrow_history",
    "stableLoanLtvAdjustmentHistory": "Spot.crypto_loans.iter_stable_loan_ltv_adjustment_history",
    "stableLoanOngoingOrders": "Spot.crypto_loans.iter_stable_loan_ongoing_orders",
    "stableLoanRepayHistory": "Spot.crypto_loans.iter_stable_loan_repay_history",
    "subAccountApiKeys": "Spot.sub_account.iter_sub_account_api_keys",
    "uiKlines": "Spot.iter_ui_klines",
    "universalTransferHistory": "Spot.wallet.iter_universal_transfer_history",
    "vipLoanAccruedInterest": "Spot.vip_loans.iter_vip_loan_accrued_interest",
    "vipLoanApplicationStatus": "Spot.vip_loans.iter_vip_loan_application_status",
    "vipLoanFixedRateMarket": "Spot.vip_loans.iter_vip_loan_fixed_rate_market",
    "vipLoanInterestRateHistory": "Spot.vip_loans.iter_vip_loan_interest_rate_history",
    "vipLoanOngoingOrders": "Spot.vip_loans.iter_vip_loan_ongoing_orders",
    "vipLoanRepayHistory": "Spot.vip_loans.iter_vip_loan_repay_history",
    "wbethRateHistory": "Spot.staking.iter_wbeth_rate_history",
    "wbethRewardsHistory": "Spot.staking.iter_wbeth_rewards_history",
    "wbethUnwrapHistory": "Spot.staking.iter_wbeth_unwrap_history",
    "wbethWrapHistory": "Spot.staking.iter_wbeth_wrap_history",
    "withdrawHistory": "Spot.wallet.iter_withdraw_history",
    "withdrawHistoryTravelRule": "Spot.wallet.iter_withdraw_history_travel_rule",
    "withdrawHistoryTravelRuleV2": "Spot.wallet.iter_withdraw_history_travel_rule_v2",
}
"""Each operation with an iterator (operationId -> the iterator's place on `Spot`)."""


class SpotPaging(SpotClient):
    """The iterators of the /api operations, on `Spot`."""

    def iter_agg_trades(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[AggregateTrade]:
        """Aggregate trades: every item, page by page.

        Walks the pages of `Spot.agg_trades` by id: from the first item at or after the start, each page
        starts after the last item's id (the range cut into windows of at most 1 hour, the most one call
        covers), and yields each item once, in order, with no gap and no duplicate where pages meet.
        Before each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry
        policy's `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is
        one call of weight 4.

        Args:
            symbol: As for `Spot.agg_trades`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            from_id: As for `Spot.agg_trades`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.market import agg_trades as _operation

        walk = PageWalk(
            _AGG_TRADES,
            {
                "symbol": symbol,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_all_order_lists(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[OrderList]:
        """All order lists: every item, page by page.

        Walks the pages of `Spot.all_order_lists` by id: from the first item at or after the start, each
        page starts after the last item's id (the range cut into windows of at most 1 day, the most one
        call covers), and yields each item once, in order, with no gap and no duplicate where pages
        meet. Before each page it waits out the local rate-limit guard (a 429's Retry-After, up to the
        retry policy's `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each
        page is one call of weight 20.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            from_id: As for `Spot.all_order_lists`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.account import all_order_lists as _operation

        walk = PageWalk(
            _ALL_ORDER_LISTS,
            {
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_all_orders(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[Order]:
        """All orders: every item, page by page.

        Walks the pages of `Spot.all_orders` by id: from the first item at or after the start, each page
        starts after the last item's id (the range cut into windows of at most 1 day, the most one call
        covers), and yields each item once, in order, with no gap and no duplicate where pages meet.
        Before each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry
        policy's `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is
        one call of weight 20.

        Args:
            symbol: As for `Spot.all_orders`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            order_id: As for `Spot.all_orders`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.account import all_orders as _operation

        walk = PageWalk(
            _ALL_ORDERS,
            {
                "symbol": symbol,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_historical_block_trades(
        self,
        symbol: str,
        from_id: int,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[HistoricalBlockTrade]:
        """Block trades: every item, page by page.

        Walks the pages of `Spot.historical_block_trades` by id: each page starts after the last item's
        id, and yields each item once, in order, with no gap and no duplicate where pages meet. Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 25.

        Args:
            symbol: As for `Spot.historical_block_trades`.
            from_id: As for `Spot.historical_block_trades`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.market import historical_block_trades as _operation

        walk = PageWalk(
            _HISTORICAL_BLOCK_TRADES,
            {
                "symbol": symbol,
                "from_id": from_id,
            },
            None,
            None,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_historical_trades(
        self,
        symbol: str,
        *,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[RecentTrade]:
        """Older trades: every item, page by page.

        Walks the pages of `Spot.historical_trades` by id: each page starts after the last item's id,
        and yields each item once, in order, with no gap and no duplicate where pages meet. Before each
        page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 25.

        Args:
            symbol: As for `Spot.historical_trades`.
            from_id: As for `Spot.historical_trades`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.market import historical_trades as _operation

        walk = PageWalk(
            _HISTORICAL_TRADES,
            {
                "symbol": symbol,
                "from_id": from_id,
            },
            None,
            None,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_klines(
        self,
        symbol: str,
        interval: KlineInterval
        | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        time_zone: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[Kline]:
        """Klines (candlesticks): every item, page by page.

        Walks the pages of `Spot.klines` by time: each page starts a millisecond after the last item's
        time, and yields each item once, in order, with no gap and no duplicate where pages meet. Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 2.

        Args:
            symbol: As for `Spot.klines`.
            interval: As for `Spot.klines`.
            start_time: The start of the range (required): milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            time_zone: As for `Spot.klines`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.market import klines as _operation

        walk = PageWalk(
            _KLINES,
            {
                "symbol": symbol,
                "interval": interval,
                "time_zone": time_zone,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_my_allocations(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_allocation_id: int | None = None,
        order_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[Allocation]:
        """Allocations: every item, page by page.

        Walks the pages of `Spot.my_allocations` by id: from the first item at or after the start, each
        page starts after the last item's id (the range cut into windows of at most 1 day, the most one
        call covers), and yields each item once, in order, with no gap and no duplicate where pages
        meet. Before each page it waits out the local rate-limit guard (a 429's Retry-After, up to the
        retry policy's `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each
        page is one call of weight 20.

        Args:
            symbol: As for `Spot.my_allocations`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            from_allocation_id: As for `Spot.my_allocations`.
            order_id: As for `Spot.my_allocations`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.account import my_allocations as _operation

        walk = PageWalk(
            _MY_ALLOCATIONS,
            {
                "symbol": symbol,
                "from_allocation_id": from_allocation_id,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_my_prevented_matches(
        self,
        symbol: str,
        *,
        prevented_match_id: int | None = None,
        order_id: int | None = None,
        from_prevented_match_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[PreventedMatch]:
        """Prevented matches: every item, page by page.

        Walks the pages of `Spot.my_prevented_matches` by id: each page starts after the last item's id,
        and yields each item once, in order, with no gap and no duplicate where pages meet. Before each
        page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 20.

        Args:
            symbol: As for `Spot.my_prevented_matches`.
            prevented_match_id: As for `Spot.my_prevented_matches`.
            order_id: As for `Spot.my_prevented_matches`.
            from_prevented_match_id: As for `Spot.my_prevented_matches`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.account import my_prevented_matches as _operation

        walk = PageWalk(
            _MY_PREVENTED_MATCHES,
            {
                "symbol": symbol,
                "prevented_match_id": prevented_match_id,
                "order_id": order_id,
                "from_prevented_match_id": from_prevented_match_id,
            },
            None,
            None,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_my_trades(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[AccountTrade]:
        """Account trade list: every item, page by page.

        Walks the pages of `Spot.my_trades` by id: from the first item at or after the start, each page
        starts after the last item's id (the range cut into windows of at most 1 day, the most one call
        covers), and yields each item once, in order, with no gap and no duplicate where pages meet.
        Before each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry
        policy's `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is
        one call of weight 20.

        Args:
            symbol: As for `Spot.my_trades`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            order_id: As for `Spot.my_trades`.
            from_id: As for `Spot.my_trades`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.account import my_trades as _operation

        walk = PageWalk(
            _MY_TRADES,
            {
                "symbol": symbol,
                "order_id": order_id,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_ui_klines(
        self,
        symbol: str,
        interval: KlineInterval
        | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        time_zone: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[Kline]:
        """Klines tuned for charts: every item, page by page.

        Walks the pages of `Spot.ui_klines` by time: each page starts a millisecond after the last
        item's time, and yields each item once, in order, with no gap and no duplicate where pages meet.
        Before each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry
        policy's `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is
        one call of weight 2.

        Args:
            symbol: As for `Spot.ui_klines`.
            interval: As for `Spot.ui_klines`.
            start_time: The start of the range (required): milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            time_zone: As for `Spot.ui_klines`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.market import ui_klines as _operation

        walk = PageWalk(
            _UI_KLINES,
            {
                "symbol": symbol,
                "interval": interval,
                "time_zone": time_zone,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return iterate_pages(self, _operation.ENDPOINT, walk, options)


class AsyncSpotPaging(AsyncSpotClient):
    """The iterators of the /api operations, on `AsyncSpot`."""

    def iter_agg_trades(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AggregateTrade]:
        """Every item of `Spot.agg_trades` over a range, page by page (an async iterator; see `Spot.iter_agg_trades`)."""
        from .api.market import agg_trades as _operation

        walk = PageWalk(
            _AGG_TRADES,
            {
                "symbol": symbol,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_all_order_lists(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[OrderList]:
        """Every item of `Spot.all_order_lists` over a range, page by page (an async iterator; see `Spot.iter_all_order_lists`)."""
        from .api.account import all_order_lists as _operation

        walk = PageWalk(
            _ALL_ORDER_LISTS,
            {
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_all_orders(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Order]:
        """Every item of `Spot.all_orders` over a range, page by page (an async iterator; see `Spot.iter_all_orders`)."""
        from .api.account import all_orders as _operation

        walk = PageWalk(
            _ALL_ORDERS,
            {
                "symbol": symbol,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_historical_block_trades(
        self,
        symbol: str,
        from_id: int,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[HistoricalBlockTrade]:
        """Every item of `Spot.historical_block_trades` over a range, page by page (an async iterator; see `Spot.iter_historical_block_trades`)."""
        from .api.market import historical_block_trades as _operation

        walk = PageWalk(
            _HISTORICAL_BLOCK_TRADES,
            {
                "symbol": symbol,
                "from_id": from_id,
            },
            None,
            None,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_historical_trades(
        self,
        symbol: str,
        *,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[RecentTrade]:
        """Every item of `Spot.historical_trades` over a range, page by page (an async iterator; see `Spot.iter_historical_trades`)."""
        from .api.market import historical_trades as _operation

        walk = PageWalk(
            _HISTORICAL_TRADES,
            {
                "symbol": symbol,
                "from_id": from_id,
            },
            None,
            None,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_klines(
        self,
        symbol: str,
        interval: KlineInterval
        | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        time_zone: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Kline]:
        """Every item of `Spot.klines` over a range, page by page (an async iterator; see `Spot.iter_klines`)."""
        from .api.market import klines as _operation

        walk = PageWalk(
            _KLINES,
            {
                "symbol": symbol,
                "interval": interval,
                "time_zone": time_zone,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_my_allocations(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_allocation_id: int | None = None,
        order_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Allocation]:
        """Every item of `Spot.my_allocations` over a range, page by page (an async iterator; see `Spot.iter_my_allocations`)."""
        from .api.account import my_allocations as _operation

        walk = PageWalk(
            _MY_ALLOCATIONS,
            {
                "symbol": symbol,
                "from_allocation_id": from_allocation_id,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_my_prevented_matches(
        self,
        symbol: str,
        *,
        prevented_match_id: int | None = None,
        order_id: int | None = None,
        from_prevented_match_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[PreventedMatch]:
        """Every item of `Spot.my_prevented_matches` over a range, page by page (an async iterator; see `Spot.iter_my_prevented_matches`)."""
        from .api.account import my_prevented_matches as _operation

        walk = PageWalk(
            _MY_PREVENTED_MATCHES,
            {
                "symbol": symbol,
                "prevented_match_id": prevented_match_id,
                "order_id": order_id,
                "from_prevented_match_id": from_prevented_match_id,
            },
            None,
            None,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_my_trades(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AccountTrade]:
        """Every item of `Spot.my_trades` over a range, page by page (an async iterator; see `Spot.iter_my_trades`)."""
        from .api.account import my_trades as _operation

        walk = PageWalk(
            _MY_TRADES,
            {
                "symbol": symbol,
                "order_id": order_id,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)

    def iter_ui_klines(
        self,
        symbol: str,
        interval: KlineInterval
        | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        time_zone: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Kline]:
        """Every item of `Spot.ui_klines` over a range, page by page (an async iterator; see `Spot.iter_ui_klines`)."""
        from .api.market import ui_klines as _operation

        walk = PageWalk(
            _UI_KLINES,
            {
                "symbol": symbol,
                "interval": interval,
                "time_zone": time_zone,
            },
            start_time,
            end_time,
            page_size,
            self.clock.timestamp_ms(),
        )
        return aiterate_pages(self, _operation.ENDPOINT, walk, options)
