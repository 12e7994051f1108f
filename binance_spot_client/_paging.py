"""Iterators over every paged operation: `iter_<operation>` methods, generated from `x-binance-paging`.

`Spot` and `AsyncSpot` inherit `SpotPaging` and `AsyncSpotPaging`; each /sapi group class its
family's mixin (`client.wallet.iter_deposit_history(...)`). The walk between pages is the core's
(`PageWalk`, `iterate_pages`); each method hands it the operation's plan below.
Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, Unpack

from .signing import (
    AsyncSpotClient,
    CallOptions,
    DurationLike,
    PageWalk,
    Paging,
    SpotClient,
    TimeLike,
    aiterate_pages,
    former_keywords,
    iterate_pages,
)

if TYPE_CHECKING:
    from .models import (
        AccountTrade,
        AggregateTrade,
        Allocation,
        AutoInvestPlanTypeFilter,
        AutoInvestRebalance,
        AutoInvestRedemptionRecord,
        AutoInvestSubscriptionRecord,
        C2CTrade,
        CryptoLoansFlexibleBorrowRecord,
        CryptoLoansFlexibleInterestRate,
        CryptoLoansFlexibleLiquidation,
        CryptoLoansFlexibleLtvAdjustment,
        CryptoLoansFlexibleOngoingOrder,
        CryptoLoansFlexibleRepayRecord,
        CryptoLoansStableBorrowRecord,
        CryptoLoansStableLtvAdjustment,
        CryptoLoansStableOngoingOrder,
        CryptoLoansStableRepayRecord,
        DualInvestmentOptionType,
        DualInvestmentPosition,
        DualInvestmentPositionStatus,
        DualInvestmentProduct,
        EquityOrder,
        EquityOrderType,
        EquityTrade,
        FiatOrder,
        FiatPayment,
        FuturesTransferRecord,
        HistoricalBlockTrade,
        Kline,
        KlineInterval,
        MarginBorrowRepayRecord,
        MarginBorrowRepayType,
        MarginForceLiquidation,
        MarginInterest,
        MarginIsolatedFlag,
        MarginOrder,
        MarginOrderList,
        MarginSmallLiabilityExchange,
        MarginTrade,
        MarginTransfer,
        MarginTransferDirection,
        NftDeposit,
        NftToken,
        NftTransaction,
        NftWithdrawal,
        Order,
        OrderList,
        OrderSide,
        PortfolioMarginLoanRepay,
        PreventedMatch,
        RecentTrade,
        SavingsFixedProject,
        SavingsProjectSort,
        SavingsProjectStatus,
        SavingsProjectType,
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
        SubAccountApiKeyInfo,
        VipLoansAccruedInterest,
        VipLoansApplication,
        VipLoansFixedRateOffer,
        VipLoansInterestRate,
        VipLoansOngoingOrder,
        VipLoansRepayRecord,
        WalletBusdConvertAccountType,
        WalletBusdConvertRecord,
        WalletCloudMiningRecord,
        WalletDelegationRecord,
        WalletDelegationType,
        WalletDepositRecord,
        WalletTravelRuleDepositRecord,
        WalletTravelRuleWithdrawRecord,
        WalletUniversalTransferRecord,
        WalletUniversalTransferType,
        WalletWithdrawRecord,
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
_BUSD_CONVERT_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_C_2_C_TRADE_HISTORY = Paging("page", limit="rows", page_size=100, cursor="page", item_time="create_time", items="data")
_CLOUD_MINING_PAYMENT_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="create_time",
    items="rows",
)
_DELEGATION_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_DEPOSIT_HISTORY = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="insert_time",
)
_DEPOSIT_HISTORY_TRAVEL_RULE = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="insert_time",
)
_DUAL_INVESTMENT_POSITIONS = Paging(
    "page", limit="page_size", page_size=100, cursor="page_index", item_time="subscription_time", items="list_"
)
_DUAL_INVESTMENT_PRODUCT_LIST = Paging("page", limit="page_size", page_size=100, cursor="page_index", items="list_")
_EQUITY_ORDER_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_EQUITY_TRADE_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
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
_FIAT_DEPOSIT_WITHDRAW_HISTORY = Paging(
    "page", limit="rows", page_size=500, end="end_time", cursor="page", item_time="create_time", items="data"
)
_FIAT_PAYMENTS_HISTORY = Paging(
    "page", limit="rows", page_size=500, end="end_time", cursor="page", item_time="create_time", items="data"
)
_FLEXIBLE_LOAN_BORROW_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="borrow_time",
    items="rows",
)
_FLEXIBLE_LOAN_INTEREST_RATE_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_FLEXIBLE_LOAN_LIQUIDATION_HISTORY = Paging(
    "page", limit="limit", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_FLEXIBLE_LOAN_LTV_ADJUSTMENT_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="adjust_time",
    items="rows",
)
_FLEXIBLE_LOAN_ONGOING_ORDERS = Paging("page", limit="limit", page_size=100, cursor="current", items="rows")
_FLEXIBLE_LOAN_REPAY_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="repay_time",
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
_FUTURES_TRANSFER_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)
_HISTORICAL_BLOCK_TRADES = Paging("id", limit="limit", page_size=1000, cursor="from_id", item_id="id")
_HISTORICAL_TRADES = Paging("id", limit="limit", page_size=1000, cursor="from_id", item_id="id")
_INDEX_LINKED_PLAN_REBALANCE_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current"
)
_INDEX_LINKED_PLAN_REDEMPTION_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current"
)
_INVESTMENT_PLAN_SUBSCRIPTION_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current"
)
_KLINES = Paging("time", limit="limit", page_size=1000, start="start_time", end="end_time", item_time="open_time")
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
_MARGIN_ALL_ORDER_LISTS = Paging(
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
_MARGIN_ALL_ORDERS = Paging(
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
_MARGIN_BORROW_REPAY_RECORDS = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)
_MARGIN_FORCE_LIQUIDATION_RECORD = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_MARGIN_INTEREST_HISTORY = Paging(
    "page", limit="size", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_MARGIN_MY_TRADES = Paging(
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
_MARGIN_SMALL_LIABILITY_EXCHANGE_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)
_MARGIN_TRANSFER_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)
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
_NFT_ASSETS = Paging("page", limit="limit", page_size=50, cursor="page", items="list_")
_NFT_DEPOSIT_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=50,
    start="start_time",
    end="end_time",
    cursor="page",
    item_time="timestamp",
    items="list_",
)
_NFT_TRANSACTION_HISTORY = Paging(
    "page", limit="limit", page_size=50, start="start_time", end="end_time", cursor="page", items="list_"
)
_NFT_WITHDRAW_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=50,
    start="start_time",
    end="end_time",
    cursor="page",
    item_time="timestamp",
    items="list_",
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
_SAVINGS_FIXED_PROJECT_LIST = Paging("page", limit="size", page_size=100, cursor="current")
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
_STABLE_LOAN_BORROW_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="borrow_time",
    items="rows",
)
_STABLE_LOAN_LTV_ADJUSTMENT_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="adjust_time",
    items="rows",
)
_STABLE_LOAN_ONGOING_ORDERS = Paging("page", limit="limit", page_size=100, cursor="current", items="rows")
_STABLE_LOAN_REPAY_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="repay_time",
    items="rows",
)
_SUB_ACCOUNT_API_KEYS = Paging("page", limit="size", page_size=100, cursor="page", item_time="timestamp", items="rows")
_UI_KLINES = Paging("time", limit="limit", page_size=1000, start="start_time", end="end_time", item_time="open_time")
_UNIVERSAL_TRANSFER_HISTORY = Paging(
    "page",
    limit="size",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="timestamp",
    items="rows",
)
_VIP_LOAN_ACCRUED_INTEREST = Paging(
    "page", limit="limit", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
)
_VIP_LOAN_APPLICATION_STATUS = Paging("page", limit="limit", page_size=100, cursor="current", items="rows")
_VIP_LOAN_FIXED_RATE_MARKET = Paging("page", limit="size", page_size=100, cursor="current", items="rows")
_VIP_LOAN_INTEREST_RATE_HISTORY = Paging(
    "page",
    limit="limit",
    page_size=100,
    start="start_time",
    end="end_time",
    cursor="current",
    item_time="time",
    items="rows",
)
_VIP_LOAN_ONGOING_ORDERS = Paging("page", limit="limit", page_size=100, cursor="current", items="rows")
_VIP_LOAN_REPAY_HISTORY = Paging(
    "page", limit="limit", page_size=100, start="start_time", end="end_time", cursor="current", items="rows"
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
_WITHDRAW_HISTORY = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="apply_time",
)
_WITHDRAW_HISTORY_TRAVEL_RULE = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="apply_time",
)
_WITHDRAW_HISTORY_TRAVEL_RULE_V2 = Paging(
    "offset",
    limit="limit",
    page_size=1000,
    start="start_time",
    end="end_time",
    max_span_ms=7776000000,
    cursor="offset",
    item_time="apply_time",
)

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


class AlgoPaging:
    """The iterators of the `algo` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncAlgoPaging:
    """The iterators of the `algo` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


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
        from .api.auto_invest import index_linked_plan_rebalance_history as _operation

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
        from .api.auto_invest import index_linked_plan_redemption_history as _operation

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
        from .api.auto_invest import investment_plan_subscription_history as _operation

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
        from .api.auto_invest import index_linked_plan_rebalance_history as _operation

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
        from .api.auto_invest import index_linked_plan_redemption_history as _operation

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
        from .api.auto_invest import investment_plan_subscription_history as _operation

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


class BlvtPaging:
    """The iterators of the `blvt` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncBlvtPaging:
    """The iterators of the `blvt` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


class C2cPaging:
    """The iterators of the `c2c` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_c_2_c_trade_history(
        self,
        *,
        trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_timestamp: TimeLike | None = None,
        end_timestamp: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[C2CTrade]:
        """C2C trade history: every item, page by page.

        Walks the pages of `Spot.c2c.c_2_c_trade_history` by page number, and yields each item once, in
        time order within each window of the range. Before each page it waits out the local rate-limit
        guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again
        for a page refused with a 429. Each page is one call of weight 1.

        Args:
            trade_type: As for `Spot.c2c.c_2_c_trade_history`.
            start_timestamp: As for `Spot.c2c.c_2_c_trade_history`.
            end_timestamp: As for `Spot.c2c.c_2_c_trade_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.c2c import c_2_c_trade_history as _operation

        walk = PageWalk(
            _C_2_C_TRADE_HISTORY,
            {
                "trade_type": trade_type,
                "start_timestamp": start_timestamp,
                "end_timestamp": end_timestamp,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncC2cPaging:
    """The iterators of the `c2c` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_c_2_c_trade_history(
        self,
        *,
        trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
        start_timestamp: TimeLike | None = None,
        end_timestamp: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[C2CTrade]:
        """Every item of `Spot.c2c.c_2_c_trade_history` over a range, page by page (an async iterator; see `Spot.c2c.iter_c_2_c_trade_history`)."""
        from .api.c2c import c_2_c_trade_history as _operation

        walk = PageWalk(
            _C_2_C_TRADE_HISTORY,
            {
                "trade_type": trade_type,
                "start_timestamp": start_timestamp,
                "end_timestamp": end_timestamp,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class ConvertPaging:
    """The iterators of the `convert` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncConvertPaging:
    """The iterators of the `convert` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


class CopyTradingPaging:
    """The iterators of the `copy_trading` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncCopyTradingPaging:
    """The iterators of the `copy_trading` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


class CryptoLoansPaging:
    """The iterators of the `crypto_loans` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_flexible_loan_borrow_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleBorrowRecord]:
        """Flexible-rate loan borrow history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_borrow_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            loan_coin: As for `Spot.crypto_loans.flexible_loan_borrow_history`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_borrow_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import flexible_loan_borrow_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_BORROW_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleInterestRate]:
        """Flexible-rate interest rate history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_interest_rate_history` by page number, and
        yields each item once, in time order within each window of the range. Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            coin: As for `Spot.crypto_loans.flexible_loan_interest_rate_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import flexible_loan_interest_rate_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_INTEREST_RATE_HISTORY,
            {
                "coin": coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_liquidation_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleLiquidation]:
        """Flexible-rate loan liquidation history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_liquidation_history` by page number, and
        yields each item once, in the order Binance lists them (it gives no time to sort by). Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            loan_coin: As for `Spot.crypto_loans.flexible_loan_liquidation_history`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_liquidation_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import flexible_loan_liquidation_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_LIQUIDATION_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_ltv_adjustment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleLtvAdjustment]:
        """Flexible-rate loan LTV adjustment history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_ltv_adjustment_history` by page number, and
        yields each item once, in time order within each window of the range. Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            loan_coin: As for `Spot.crypto_loans.flexible_loan_ltv_adjustment_history`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_ltv_adjustment_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import flexible_loan_ltv_adjustment_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_LTV_ADJUSTMENT_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_ongoing_orders(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleOngoingOrder]:
        """Ongoing flexible-rate loans: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_ongoing_orders` by page number, and yields
        each item once, in the order Binance lists them (it gives no time to sort by). Before each page
        it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 300.

        Args:
            loan_coin: As for `Spot.crypto_loans.flexible_loan_ongoing_orders`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_ongoing_orders`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import flexible_loan_ongoing_orders as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_ONGOING_ORDERS,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansFlexibleRepayRecord]:
        """Flexible-rate loan repayment history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.flexible_loan_repay_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            loan_coin: As for `Spot.crypto_loans.flexible_loan_repay_history`.
            collateral_coin: As for `Spot.crypto_loans.flexible_loan_repay_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import flexible_loan_repay_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_REPAY_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_borrow_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansStableBorrowRecord]:
        """Stable-rate loan borrow history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.stable_loan_borrow_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.crypto_loans.stable_loan_borrow_history`.
            loan_coin: As for `Spot.crypto_loans.stable_loan_borrow_history`.
            collateral_coin: As for `Spot.crypto_loans.stable_loan_borrow_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import stable_loan_borrow_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_BORROW_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_ltv_adjustment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansStableLtvAdjustment]:
        """Stable-rate loan LTV adjustment history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.stable_loan_ltv_adjustment_history` by page number, and
        yields each item once, in time order within each window of the range. Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.crypto_loans.stable_loan_ltv_adjustment_history`.
            loan_coin: As for `Spot.crypto_loans.stable_loan_ltv_adjustment_history`.
            collateral_coin: As for `Spot.crypto_loans.stable_loan_ltv_adjustment_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import stable_loan_ltv_adjustment_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_LTV_ADJUSTMENT_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansStableOngoingOrder]:
        """Ongoing stable-rate loans (retired): every item, page by page.

        Walks the pages of `Spot.crypto_loans.stable_loan_ongoing_orders` by page number, and yields
        each item once, in the order Binance lists them (it gives no time to sort by). Before each page
        it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 300.

        Args:
            order_id: As for `Spot.crypto_loans.stable_loan_ongoing_orders`.
            loan_coin: As for `Spot.crypto_loans.stable_loan_ongoing_orders`.
            collateral_coin: As for `Spot.crypto_loans.stable_loan_ongoing_orders`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import stable_loan_ongoing_orders as _operation

        walk = PageWalk(
            _STABLE_LOAN_ONGOING_ORDERS,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[CryptoLoansStableRepayRecord]:
        """Stable-rate loan repayment history: every item, page by page.

        Walks the pages of `Spot.crypto_loans.stable_loan_repay_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.crypto_loans.stable_loan_repay_history`.
            loan_coin: As for `Spot.crypto_loans.stable_loan_repay_history`.
            collateral_coin: As for `Spot.crypto_loans.stable_loan_repay_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.crypto_loans import stable_loan_repay_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_REPAY_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncCryptoLoansPaging:
    """The iterators of the `crypto_loans` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_flexible_loan_borrow_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleBorrowRecord]:
        """Every item of `Spot.crypto_loans.flexible_loan_borrow_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_borrow_history`)."""
        from .api.crypto_loans import flexible_loan_borrow_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_BORROW_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleInterestRate]:
        """Every item of `Spot.crypto_loans.flexible_loan_interest_rate_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_interest_rate_history`)."""
        from .api.crypto_loans import flexible_loan_interest_rate_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_INTEREST_RATE_HISTORY,
            {
                "coin": coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_liquidation_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleLiquidation]:
        """Every item of `Spot.crypto_loans.flexible_loan_liquidation_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_liquidation_history`)."""
        from .api.crypto_loans import flexible_loan_liquidation_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_LIQUIDATION_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_ltv_adjustment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleLtvAdjustment]:
        """Every item of `Spot.crypto_loans.flexible_loan_ltv_adjustment_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_ltv_adjustment_history`)."""
        from .api.crypto_loans import flexible_loan_ltv_adjustment_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_LTV_ADJUSTMENT_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_ongoing_orders(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleOngoingOrder]:
        """Every item of `Spot.crypto_loans.flexible_loan_ongoing_orders` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_ongoing_orders`)."""
        from .api.crypto_loans import flexible_loan_ongoing_orders as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_ONGOING_ORDERS,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_flexible_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansFlexibleRepayRecord]:
        """Every item of `Spot.crypto_loans.flexible_loan_repay_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_flexible_loan_repay_history`)."""
        from .api.crypto_loans import flexible_loan_repay_history as _operation

        walk = PageWalk(
            _FLEXIBLE_LOAN_REPAY_HISTORY,
            {
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_borrow_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansStableBorrowRecord]:
        """Every item of `Spot.crypto_loans.stable_loan_borrow_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_stable_loan_borrow_history`)."""
        from .api.crypto_loans import stable_loan_borrow_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_BORROW_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_ltv_adjustment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansStableLtvAdjustment]:
        """Every item of `Spot.crypto_loans.stable_loan_ltv_adjustment_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_stable_loan_ltv_adjustment_history`)."""
        from .api.crypto_loans import stable_loan_ltv_adjustment_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_LTV_ADJUSTMENT_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansStableOngoingOrder]:
        """Every item of `Spot.crypto_loans.stable_loan_ongoing_orders` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_stable_loan_ongoing_orders`)."""
        from .api.crypto_loans import stable_loan_ongoing_orders as _operation

        walk = PageWalk(
            _STABLE_LOAN_ONGOING_ORDERS,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_stable_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[CryptoLoansStableRepayRecord]:
        """Every item of `Spot.crypto_loans.stable_loan_repay_history` over a range, page by page (an async iterator; see `Spot.crypto_loans.iter_stable_loan_repay_history`)."""
        from .api.crypto_loans import stable_loan_repay_history as _operation

        walk = PageWalk(
            _STABLE_LOAN_REPAY_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class DualInvestmentPaging:
    """The iterators of the `dual_investment` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_dual_investment_positions(
        self,
        *,
        status: DualInvestmentPositionStatus
        | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
        | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[DualInvestmentPosition]:
        """Dual Investment positions: every item, page by page.

        Walks the pages of `Spot.dual_investment.dual_investment_positions` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            status: As for `Spot.dual_investment.dual_investment_positions`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.dual_investment import dual_investment_positions as _operation

        walk = PageWalk(
            _DUAL_INVESTMENT_POSITIONS,
            {
                "status": status,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_dual_investment_product_list(
        self,
        option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
        exercised_coin: str,
        invest_coin: str,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[DualInvestmentProduct]:
        """List Dual Investment products: every item, page by page.

        Walks the pages of `Spot.dual_investment.dual_investment_product_list` by page number, and
        yields each item once, in the order Binance lists them (it gives no time to sort by). Before
        each page it waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            option_type: As for `Spot.dual_investment.dual_investment_product_list`.
            exercised_coin: As for `Spot.dual_investment.dual_investment_product_list`.
            invest_coin: As for `Spot.dual_investment.dual_investment_product_list`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.dual_investment import dual_investment_product_list as _operation

        walk = PageWalk(
            _DUAL_INVESTMENT_PRODUCT_LIST,
            {
                "option_type": option_type,
                "exercised_coin": exercised_coin,
                "invest_coin": invest_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncDualInvestmentPaging:
    """The iterators of the `dual_investment` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_dual_investment_positions(
        self,
        *,
        status: DualInvestmentPositionStatus
        | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
        | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DualInvestmentPosition]:
        """Every item of `Spot.dual_investment.dual_investment_positions` over a range, page by page (an async iterator; see `Spot.dual_investment.iter_dual_investment_positions`)."""
        from .api.dual_investment import dual_investment_positions as _operation

        walk = PageWalk(
            _DUAL_INVESTMENT_POSITIONS,
            {
                "status": status,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_dual_investment_product_list(
        self,
        option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
        exercised_coin: str,
        invest_coin: str,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DualInvestmentProduct]:
        """Every item of `Spot.dual_investment.dual_investment_product_list` over a range, page by page (an async iterator; see `Spot.dual_investment.iter_dual_investment_product_list`)."""
        from .api.dual_investment import dual_investment_product_list as _operation

        walk = PageWalk(
            _DUAL_INVESTMENT_PRODUCT_LIST,
            {
                "option_type": option_type,
                "exercised_coin": exercised_coin,
                "invest_coin": invest_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class FiatPaging:
    """The iterators of the `fiat` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_fiat_deposit_withdraw_history(
        self,
        transaction_type: int,
        *,
        end_time: TimeLike | None = None,
        begin_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[FiatOrder]:
        """Fiat deposit and withdrawal history: every item, page by page.

        Walks the pages of `Spot.fiat.fiat_deposit_withdraw_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 45000.

        Args:
            transaction_type: As for `Spot.fiat.fiat_deposit_withdraw_history`.
            end_time: The end of the range, inclusive, in the same forms.
            begin_time: As for `Spot.fiat.fiat_deposit_withdraw_history`.
            page_size: Items per call, at most 500 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.fiat import fiat_deposit_withdraw_history as _operation

        walk = PageWalk(
            _FIAT_DEPOSIT_WITHDRAW_HISTORY,
            {
                "transaction_type": transaction_type,
                "begin_time": begin_time,
            },
            None,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_fiat_payments_history(
        self,
        transaction_type: int,
        *,
        end_time: TimeLike | None = None,
        begin_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[FiatPayment]:
        """Fiat payments history: every item, page by page.

        Walks the pages of `Spot.fiat.fiat_payments_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            transaction_type: As for `Spot.fiat.fiat_payments_history`.
            end_time: The end of the range, inclusive, in the same forms.
            begin_time: As for `Spot.fiat.fiat_payments_history`.
            page_size: Items per call, at most 500 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.fiat import fiat_payments_history as _operation

        walk = PageWalk(
            _FIAT_PAYMENTS_HISTORY,
            {
                "transaction_type": transaction_type,
                "begin_time": begin_time,
            },
            None,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncFiatPaging:
    """The iterators of the `fiat` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_fiat_deposit_withdraw_history(
        self,
        transaction_type: int,
        *,
        end_time: TimeLike | None = None,
        begin_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FiatOrder]:
        """Every item of `Spot.fiat.fiat_deposit_withdraw_history` over a range, page by page (an async iterator; see `Spot.fiat.iter_fiat_deposit_withdraw_history`)."""
        from .api.fiat import fiat_deposit_withdraw_history as _operation

        walk = PageWalk(
            _FIAT_DEPOSIT_WITHDRAW_HISTORY,
            {
                "transaction_type": transaction_type,
                "begin_time": begin_time,
            },
            None,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_fiat_payments_history(
        self,
        transaction_type: int,
        *,
        end_time: TimeLike | None = None,
        begin_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FiatPayment]:
        """Every item of `Spot.fiat.fiat_payments_history` over a range, page by page (an async iterator; see `Spot.fiat.iter_fiat_payments_history`)."""
        from .api.fiat import fiat_payments_history as _operation

        walk = PageWalk(
            _FIAT_PAYMENTS_HISTORY,
            {
                "transaction_type": transaction_type,
                "begin_time": begin_time,
            },
            None,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class FuturesPaging:
    """The iterators of the `futures` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_futures_transfer_history(
        self,
        asset: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[FuturesTransferRecord]:
        """History of spot–futures transfers: every item, page by page.

        Walks the pages of `Spot.futures.futures_transfer_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 10.

        Args:
            asset: As for `Spot.futures.futures_transfer_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.futures import futures_transfer_history as _operation

        walk = PageWalk(
            _FUTURES_TRANSFER_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncFuturesPaging:
    """The iterators of the `futures` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_futures_transfer_history(
        self,
        asset: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FuturesTransferRecord]:
        """Every item of `Spot.futures.futures_transfer_history` over a range, page by page (an async iterator; see `Spot.futures.iter_futures_transfer_history`)."""
        from .api.futures import futures_transfer_history as _operation

        walk = PageWalk(
            _FUTURES_TRANSFER_HISTORY,
            {
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class GiftCardPaging:
    """The iterators of the `gift_card` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncGiftCardPaging:
    """The iterators of the `gift_card` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


class MarginPaging:
    """The iterators of the `margin` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_margin_all_order_lists(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginOrderList]:
        """All margin order lists: every item, page by page.

        Walks the pages of `Spot.margin.margin_all_order_lists` by id: from the first item at or after
        the start, each page starts after the last item's id (the range cut into windows of at most 1
        day, the most one call covers), and yields each item once, in order, with no gap and no
        duplicate where pages meet. Before each page it waits out the local rate-limit guard (a 429's
        Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 200.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            is_isolated: As for `Spot.margin.margin_all_order_lists`.
            symbol: As for `Spot.margin.margin_all_order_lists`.
            from_id: As for `Spot.margin.margin_all_order_lists`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.margin import margin_all_order_lists as _operation

        walk = PageWalk(
            _MARGIN_ALL_ORDER_LISTS,
            {
                "is_isolated": is_isolated,
                "symbol": symbol,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_all_orders(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginOrder]:
        """All margin orders: every item, page by page.

        Walks the pages of `Spot.margin.margin_all_orders` by id: from the first item at or after the
        start, each page starts after the last item's id (the range cut into windows of at most 1 day,
        the most one call covers), and yields each item once, in order, with no gap and no duplicate
        where pages meet. Before each page it waits out the local rate-limit guard (a 429's Retry-After,
        up to the retry policy's `max_rate_limit_wait`), and it asks again for a page refused with a
        429. Each page is one call of weight 200.

        Args:
            symbol: As for `Spot.margin.margin_all_orders`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            is_isolated: As for `Spot.margin.margin_all_orders`.
            order_id: As for `Spot.margin.margin_all_orders`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.margin import margin_all_orders as _operation

        walk = PageWalk(
            _MARGIN_ALL_ORDERS,
            {
                "symbol": symbol,
                "is_isolated": is_isolated,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_margin_borrow_repay_records(
        self,
        type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        tx_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginBorrowRepayRecord]:
        """Borrow and repay records: every item, page by page.

        Walks the pages of `Spot.margin.margin_borrow_repay_records` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 10.

        Args:
            type: As for `Spot.margin.margin_borrow_repay_records`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.margin.margin_borrow_repay_records`.
            isolated_symbol: As for `Spot.margin.margin_borrow_repay_records`.
            tx_id: As for `Spot.margin.margin_borrow_repay_records`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.margin import margin_borrow_repay_records as _operation

        walk = PageWalk(
            _MARGIN_BORROW_REPAY_RECORDS,
            {
                "type": type,
                "asset": asset,
                "isolated_symbol": isolated_symbol,
                "tx_id": tx_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_force_liquidation_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        isolated_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginForceLiquidation]:
        """Forced liquidation record: every item, page by page.

        Walks the pages of `Spot.margin.margin_force_liquidation_record` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            isolated_symbol: As for `Spot.margin.margin_force_liquidation_record`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.margin import margin_force_liquidation_record as _operation

        walk = PageWalk(
            _MARGIN_FORCE_LIQUIDATION_RECORD,
            {
                "isolated_symbol": isolated_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_interest_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        archived: bool | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginInterest]:
        """Interest history: every item, page by page.

        Walks the pages of `Spot.margin.margin_interest_history` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.margin.margin_interest_history`.
            isolated_symbol: As for `Spot.margin.margin_interest_history`.
            archived: As for `Spot.margin.margin_interest_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.margin import margin_interest_history as _operation

        walk = PageWalk(
            _MARGIN_INTEREST_HISTORY,
            {
                "asset": asset,
                "isolated_symbol": isolated_symbol,
                "archived": archived,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_my_trades(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginTrade]:
        """Margin trades: every item, page by page.

        Walks the pages of `Spot.margin.margin_my_trades` by id: from the first item at or after the
        start, each page starts after the last item's id (the range cut into windows of at most 1 day,
        the most one call covers), and yields each item once, in order, with no gap and no duplicate
        where pages meet. Before each page it waits out the local rate-limit guard (a 429's Retry-After,
        up to the retry policy's `max_rate_limit_wait`), and it asks again for a page refused with a
        429. Each page is one call of weight 10.

        Args:
            symbol: As for `Spot.margin.margin_my_trades`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            is_isolated: As for `Spot.margin.margin_my_trades`.
            order_id: As for `Spot.margin.margin_my_trades`.
            from_id: As for `Spot.margin.margin_my_trades`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.margin import margin_my_trades as _operation

        walk = PageWalk(
            _MARGIN_MY_TRADES,
            {
                "symbol": symbol,
                "is_isolated": is_isolated,
                "order_id": order_id,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_small_liability_exchange_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginSmallLiabilityExchange]:
        """Small liability exchange history: every item, page by page.

        Walks the pages of `Spot.margin.margin_small_liability_exchange_history` by page number, and
        yields each item once, in time order within each window of the range. Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 100.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.margin import margin_small_liability_exchange_history as _operation

        walk = PageWalk(
            _MARGIN_SMALL_LIABILITY_EXCHANGE_HISTORY,
            {},
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_margin_transfer_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
        isolated_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[MarginTransfer]:
        """Margin transfer history: every item, page by page.

        Walks the pages of `Spot.margin.margin_transfer_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            asset: As for `Spot.margin.margin_transfer_history`.
            type: As for `Spot.margin.margin_transfer_history`.
            isolated_symbol: As for `Spot.margin.margin_transfer_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.margin import margin_transfer_history as _operation

        walk = PageWalk(
            _MARGIN_TRANSFER_HISTORY,
            {
                "asset": asset,
                "type": type,
                "isolated_symbol": isolated_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncMarginPaging:
    """The iterators of the `margin` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_margin_all_order_lists(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginOrderList]:
        """Every item of `Spot.margin.margin_all_order_lists` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_all_order_lists`)."""
        from .api.margin import margin_all_order_lists as _operation

        walk = PageWalk(
            _MARGIN_ALL_ORDER_LISTS,
            {
                "is_isolated": is_isolated,
                "symbol": symbol,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_all_orders(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginOrder]:
        """Every item of `Spot.margin.margin_all_orders` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_all_orders`)."""
        from .api.margin import margin_all_orders as _operation

        walk = PageWalk(
            _MARGIN_ALL_ORDERS,
            {
                "symbol": symbol,
                "is_isolated": is_isolated,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_margin_borrow_repay_records(
        self,
        type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        tx_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginBorrowRepayRecord]:
        """Every item of `Spot.margin.margin_borrow_repay_records` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_borrow_repay_records`)."""
        from .api.margin import margin_borrow_repay_records as _operation

        walk = PageWalk(
            _MARGIN_BORROW_REPAY_RECORDS,
            {
                "type": type,
                "asset": asset,
                "isolated_symbol": isolated_symbol,
                "tx_id": tx_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_force_liquidation_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        isolated_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginForceLiquidation]:
        """Every item of `Spot.margin.margin_force_liquidation_record` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_force_liquidation_record`)."""
        from .api.margin import margin_force_liquidation_record as _operation

        walk = PageWalk(
            _MARGIN_FORCE_LIQUIDATION_RECORD,
            {
                "isolated_symbol": isolated_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_interest_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        archived: bool | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginInterest]:
        """Every item of `Spot.margin.margin_interest_history` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_interest_history`)."""
        from .api.margin import margin_interest_history as _operation

        walk = PageWalk(
            _MARGIN_INTEREST_HISTORY,
            {
                "asset": asset,
                "isolated_symbol": isolated_symbol,
                "archived": archived,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_my_trades(
        self,
        symbol: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        from_id: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginTrade]:
        """Every item of `Spot.margin.margin_my_trades` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_my_trades`)."""
        from .api.margin import margin_my_trades as _operation

        walk = PageWalk(
            _MARGIN_MY_TRADES,
            {
                "symbol": symbol,
                "is_isolated": is_isolated,
                "order_id": order_id,
                "from_id": from_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_margin_small_liability_exchange_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginSmallLiabilityExchange]:
        """Every item of `Spot.margin.margin_small_liability_exchange_history` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_small_liability_exchange_history`)."""
        from .api.margin import margin_small_liability_exchange_history as _operation

        walk = PageWalk(
            _MARGIN_SMALL_LIABILITY_EXCHANGE_HISTORY,
            {},
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_margin_transfer_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        asset: str | None = None,
        type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
        isolated_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[MarginTransfer]:
        """Every item of `Spot.margin.margin_transfer_history` over a range, page by page (an async iterator; see `Spot.margin.iter_margin_transfer_history`)."""
        from .api.margin import margin_transfer_history as _operation

        walk = PageWalk(
            _MARGIN_TRANSFER_HISTORY,
            {
                "asset": asset,
                "type": type,
                "isolated_symbol": isolated_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class MiningPaging:
    """The iterators of the `mining` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncMiningPaging:
    """The iterators of the `mining` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


class NftPaging:
    """The iterators of the `nft` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_nft_assets(
        self,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[NftToken]:
        """NFT assets: every item, page by page.

        Walks the pages of `Spot.nft.nft_assets` by page number, and yields each item once, in the order
        Binance lists them (it gives no time to sort by). Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            page_size: Items per call, at most 50 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.nft import nft_assets as _operation

        walk = PageWalk(_NFT_ASSETS, {}, None, None, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[NftDeposit]:
        """NFT deposit history: every item, page by page.

        Walks the pages of `Spot.nft.nft_deposit_history` by page number, and yields each item once, in
        time order within each window of the range. Before each page it waits out the local rate-limit
        guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again
        for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 50 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.nft import nft_deposit_history as _operation

        walk = PageWalk(_NFT_DEPOSIT_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_transaction_history(
        self,
        order_type: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[NftTransaction]:
        """NFT transaction history: every item, page by page.

        Walks the pages of `Spot.nft.nft_transaction_history` by page number, and yields each item once,
        in the order Binance lists them (it gives no time to sort by). Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            order_type: As for `Spot.nft.nft_transaction_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 50 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.nft import nft_transaction_history as _operation

        walk = PageWalk(
            _NFT_TRANSACTION_HISTORY,
            {
                "order_type": order_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[NftWithdrawal]:
        """NFT withdraw history: every item, page by page.

        Walks the pages of `Spot.nft.nft_withdraw_history` by page number, and yields each item once, in
        time order within each window of the range. Before each page it waits out the local rate-limit
        guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again
        for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 50 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.nft import nft_withdraw_history as _operation

        walk = PageWalk(_NFT_WITHDRAW_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncNftPaging:
    """The iterators of the `nft` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_nft_assets(
        self,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[NftToken]:
        """Every item of `Spot.nft.nft_assets` over a range, page by page (an async iterator; see `Spot.nft.iter_nft_assets`)."""
        from .api.nft import nft_assets as _operation

        walk = PageWalk(_NFT_ASSETS, {}, None, None, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[NftDeposit]:
        """Every item of `Spot.nft.nft_deposit_history` over a range, page by page (an async iterator; see `Spot.nft.iter_nft_deposit_history`)."""
        from .api.nft import nft_deposit_history as _operation

        walk = PageWalk(_NFT_DEPOSIT_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_transaction_history(
        self,
        order_type: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[NftTransaction]:
        """Every item of `Spot.nft.nft_transaction_history` over a range, page by page (an async iterator; see `Spot.nft.iter_nft_transaction_history`)."""
        from .api.nft import nft_transaction_history as _operation

        walk = PageWalk(
            _NFT_TRANSACTION_HISTORY,
            {
                "order_type": order_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_nft_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[NftWithdrawal]:
        """Every item of `Spot.nft.nft_withdraw_history` over a range, page by page (an async iterator; see `Spot.nft.iter_nft_withdraw_history`)."""
        from .api.nft import nft_withdraw_history as _operation

        walk = PageWalk(_NFT_WITHDRAW_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class OauthPaging:
    """The iterators of the `oauth` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncOauthPaging:
    """The iterators of the `oauth` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


class PayPaging:
    """The iterators of the `pay` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncPayPaging:
    """The iterators of the `pay` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


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
        from .api.portfolio_margin import portfolio_margin_bankruptcy_loan_repay_history as _operation

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
        from .api.portfolio_margin import portfolio_margin_bankruptcy_loan_repay_history as _operation

        walk = PageWalk(
            _PORTFOLIO_MARGIN_BANKRUPTCY_LOAN_REPAY_HISTORY,
            {},
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class PredictionPaging:
    """The iterators of the `prediction` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncPredictionPaging:
    """The iterators of the `prediction` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


class RebatePaging:
    """The iterators of the `rebate` operations, on its group."""

    __slots__ = ()
    _client: SpotClient


class AsyncRebatePaging:
    """The iterators of the `rebate` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient


class SavingsPaging:
    """The iterators of the `savings` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    @former_keywords({"type_": "type"})
    def iter_savings_fixed_project_list(
        self,
        type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
        *,
        asset: str | None = None,
        status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
        is_sort_asc: bool | None = None,
        sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SavingsFixedProject]:
        """List fixed savings projects: every item, page by page.

        Walks the pages of `Spot.savings.savings_fixed_project_list` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 1.

        Args:
            type: As for `Spot.savings.savings_fixed_project_list`.
            asset: As for `Spot.savings.savings_fixed_project_list`.
            status: As for `Spot.savings.savings_fixed_project_list`.
            is_sort_asc: As for `Spot.savings.savings_fixed_project_list`.
            sort_by: As for `Spot.savings.savings_fixed_project_list`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.savings import savings_fixed_project_list as _operation

        walk = PageWalk(
            _SAVINGS_FIXED_PROJECT_LIST,
            {
                "type": type,
                "asset": asset,
                "status": status,
                "is_sort_asc": is_sort_asc,
                "sort_by": sort_by,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncSavingsPaging:
    """The iterators of the `savings` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    @former_keywords({"type_": "type"})
    def iter_savings_fixed_project_list(
        self,
        type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
        *,
        asset: str | None = None,
        status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
        is_sort_asc: bool | None = None,
        sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SavingsFixedProject]:
        """Every item of `Spot.savings.savings_fixed_project_list` over a range, page by page (an async iterator; see `Spot.savings.iter_savings_fixed_project_list`)."""
        from .api.savings import savings_fixed_project_list as _operation

        walk = PageWalk(
            _SAVINGS_FIXED_PROJECT_LIST,
            {
                "type": type,
                "asset": asset,
                "status": status,
                "is_sort_asc": is_sort_asc,
                "sort_by": sort_by,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


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
        from .api.simple_earn import bfusd_rate_history as _operation

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
        from .api.simple_earn import bfusd_redemption_history as _operation

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
        from .api.simple_earn import bfusd_rewards_history as _operation

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
        from .api.simple_earn import bfusd_subscription_history as _operation

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
        from .api.simple_earn import flexible_product_collateral_record as _operation

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
        from .api.simple_earn import flexible_product_list as _operation

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
        from .api.simple_earn import flexible_product_position as _operation

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
        from .api.simple_earn import flexible_product_rate_history as _operation

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
        from .api.simple_earn import flexible_redemption_record as _operation

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
        from .api.simple_earn import flexible_rewards_history as _operation

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
        from .api.simple_earn import flexible_subscription_record as _operation

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
        from .api.simple_earn import locked_product_list as _operation

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
        from .api.simple_earn import locked_product_position as _operation

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
        from .api.simple_earn import locked_redemption_record as _operation

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
        from .api.simple_earn import locked_rewards_history as _operation

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
        from .api.simple_earn import locked_subscription_record as _operation

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
        from .api.simple_earn import rwusd_rate_history as _operation

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
        from .api.simple_earn import rwusd_redemption_history as _operation

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
        from .api.simple_earn import rwusd_rewards_history as _operation

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
        from .api.simple_earn import rwusd_subscription_history as _operation

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
        from .api.simple_earn import bfusd_rate_history as _operation

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
        from .api.simple_earn import bfusd_redemption_history as _operation

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
        from .api.simple_earn import bfusd_rewards_history as _operation

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
        from .api.simple_earn import bfusd_subscription_history as _operation

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
        from .api.simple_earn import flexible_product_collateral_record as _operation

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
        from .api.simple_earn import flexible_product_list as _operation

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
        from .api.simple_earn import flexible_product_position as _operation

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
        from .api.simple_earn import flexible_product_rate_history as _operation

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
        from .api.simple_earn import flexible_redemption_record as _operation

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
        from .api.simple_earn import flexible_rewards_history as _operation

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
        from .api.simple_earn import flexible_subscription_record as _operation

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
        from .api.simple_earn import locked_product_list as _operation

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
        from .api.simple_earn import locked_product_position as _operation

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
        from .api.simple_earn import locked_redemption_record as _operation

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
        from .api.simple_earn import locked_rewards_history as _operation

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
        from .api.simple_earn import locked_subscription_record as _operation

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
        from .api.simple_earn import rwusd_rate_history as _operation

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
        from .api.simple_earn import rwusd_redemption_history as _operation

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
        from .api.simple_earn import rwusd_rewards_history as _operation

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
        from .api.simple_earn import rwusd_subscription_history as _operation

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
        from .api.staking import beth_rewards_history as _operation

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
        from .api.staking import bnsol_rate_history as _operation

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
        from .api.staking import bnsol_rewards_history as _operation

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
        from .api.staking import eth_redemption_history as _operation

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
        from .api.staking import eth_staking_history as _operation

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
        from .api.staking import on_chain_locked_position as _operation

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
        from .api.staking import on_chain_locked_product_list as _operation

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
        from .api.staking import on_chain_locked_redemption_record as _operation

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
        from .api.staking import on_chain_locked_rewards_history as _operation

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
        from .api.staking import on_chain_locked_subscription_record as _operation

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
        from .api.staking import soft_staking_product_list as _operation

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
        from .api.staking import soft_staking_rewards_history as _operation

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
        from .api.staking import sol_boost_rewards_history as _operation

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
        from .api.staking import sol_redemption_history as _operation

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
        from .api.staking import sol_staking_history as _operation

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
        from .api.staking import wbeth_rate_history as _operation

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
        from .api.staking import wbeth_rewards_history as _operation

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
        from .api.staking import wbeth_unwrap_history as _operation

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
        from .api.staking import wbeth_wrap_history as _operation

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
        from .api.staking import beth_rewards_history as _operation

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
        from .api.staking import bnsol_rate_history as _operation

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
        from .api.staking import bnsol_rewards_history as _operation

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
        from .api.staking import eth_redemption_history as _operation

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
        from .api.staking import eth_staking_history as _operation

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
        from .api.staking import on_chain_locked_position as _operation

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
        from .api.staking import on_chain_locked_product_list as _operation

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
        from .api.staking import on_chain_locked_redemption_record as _operation

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
        from .api.staking import on_chain_locked_rewards_history as _operation

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
        from .api.staking import on_chain_locked_subscription_record as _operation

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
        from .api.staking import soft_staking_product_list as _operation

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
        from .api.staking import soft_staking_rewards_history as _operation

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
        from .api.staking import sol_boost_rewards_history as _operation

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
        from .api.staking import sol_redemption_history as _operation

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
        from .api.staking import sol_staking_history as _operation

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
        from .api.staking import wbeth_rate_history as _operation

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
        from .api.staking import wbeth_rewards_history as _operation

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
        from .api.staking import wbeth_unwrap_history as _operation

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
        from .api.staking import wbeth_wrap_history as _operation

        walk = PageWalk(_WBETH_WRAP_HISTORY, {}, start_time, end_time, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class StocksPaging:
    """The iterators of the `stocks` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_equity_order_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        symbol: str | None = None,
        order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_status: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[EquityOrder]:
        """US equity order history: every item, page by page.

        Walks the pages of `Spot.stocks.equity_order_history` by page number, and yields each item once,
        in the order Binance lists them (it gives no time to sort by). Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            symbol: As for `Spot.stocks.equity_order_history`.
            order_type: As for `Spot.stocks.equity_order_history`.
            side: As for `Spot.stocks.equity_order_history`.
            order_status: As for `Spot.stocks.equity_order_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.stocks import equity_order_history as _operation

        walk = PageWalk(
            _EQUITY_ORDER_HISTORY,
            {
                "symbol": symbol,
                "order_type": order_type,
                "side": side,
                "order_status": order_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_equity_trade_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[EquityTrade]:
        """US equity executions: every item, page by page.

        Walks the pages of `Spot.stocks.equity_trade_history` by page number, and yields each item once,
        in the order Binance lists them (it gives no time to sort by). Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            symbol: As for `Spot.stocks.equity_trade_history`.
            side: As for `Spot.stocks.equity_trade_history`.
            order_id: As for `Spot.stocks.equity_trade_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.stocks import equity_trade_history as _operation

        walk = PageWalk(
            _EQUITY_TRADE_HISTORY,
            {
                "symbol": symbol,
                "side": side,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncStocksPaging:
    """The iterators of the `stocks` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_equity_order_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        symbol: str | None = None,
        order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_status: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[EquityOrder]:
        """Every item of `Spot.stocks.equity_order_history` over a range, page by page (an async iterator; see `Spot.stocks.iter_equity_order_history`)."""
        from .api.stocks import equity_order_history as _operation

        walk = PageWalk(
            _EQUITY_ORDER_HISTORY,
            {
                "symbol": symbol,
                "order_type": order_type,
                "side": side,
                "order_status": order_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_equity_trade_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        symbol: str | None = None,
        side: OrderSide | Literal["BUY", "SELL"] | None = None,
        order_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[EquityTrade]:
        """Every item of `Spot.stocks.equity_trade_history` over a range, page by page (an async iterator; see `Spot.stocks.iter_equity_trade_history`)."""
        from .api.stocks import equity_trade_history as _operation

        walk = PageWalk(
            _EQUITY_TRADE_HISTORY,
            {
                "symbol": symbol,
                "side": side,
                "order_id": order_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class SubAccountPaging:
    """The iterators of the `sub_account` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_sub_account_api_keys(
        self,
        email: str,
        *,
        sub_account_api_key: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[SubAccountApiKeyInfo]:
        """API keys of a sub-account: every item, page by page.

        Walks the pages of `Spot.sub_account.sub_account_api_keys` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 3000.

        Args:
            email: As for `Spot.sub_account.sub_account_api_keys`.
            sub_account_api_key: As for `Spot.sub_account.sub_account_api_keys`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.sub_account import sub_account_api_keys as _operation

        walk = PageWalk(
            _SUB_ACCOUNT_API_KEYS,
            {
                "email": email,
                "sub_account_api_key": sub_account_api_key,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncSubAccountPaging:
    """The iterators of the `sub_account` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_sub_account_api_keys(
        self,
        email: str,
        *,
        sub_account_api_key: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SubAccountApiKeyInfo]:
        """Every item of `Spot.sub_account.sub_account_api_keys` over a range, page by page (an async iterator; see `Spot.sub_account.iter_sub_account_api_keys`)."""
        from .api.sub_account import sub_account_api_keys as _operation

        walk = PageWalk(
            _SUB_ACCOUNT_API_KEYS,
            {
                "email": email,
                "sub_account_api_key": sub_account_api_key,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class VipLoansPaging:
    """The iterators of the `vip_loans` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_vip_loan_accrued_interest(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansAccruedInterest]:
        """VIP loan interest records: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_accrued_interest` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.vip_loans.vip_loan_accrued_interest`.
            loan_coin: As for `Spot.vip_loans.vip_loan_accrued_interest`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.vip_loans import vip_loan_accrued_interest as _operation

        walk = PageWalk(
            _VIP_LOAN_ACCRUED_INTEREST,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_application_status(
        self,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansApplication]:
        """VIP loan applications: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_application_status` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.vip_loans import vip_loan_application_status as _operation

        walk = PageWalk(_VIP_LOAN_APPLICATION_STATUS, {}, None, None, page_size, self._client.clock.timestamp_ms())
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_fixed_rate_market(
        self,
        loan_coin: str,
        *,
        duration: DurationLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansFixedRateOffer]:
        """VIP fixed-rate market: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_fixed_rate_market` by page number, and yields each
        item once, in the order Binance lists them (it gives no time to sort by). Before each page it
        waits out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 6000.

        Args:
            loan_coin: As for `Spot.vip_loans.vip_loan_fixed_rate_market`.
            duration: As for `Spot.vip_loans.vip_loan_fixed_rate_market`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.vip_loans import vip_loan_fixed_rate_market as _operation

        walk = PageWalk(
            _VIP_LOAN_FIXED_RATE_MARKET,
            {
                "loan_coin": loan_coin,
                "duration": duration,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansInterestRate]:
        """VIP loan interest rate history: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_interest_rate_history` by page number, and yields
        each item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 400.

        Args:
            coin: As for `Spot.vip_loans.vip_loan_interest_rate_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.vip_loans import vip_loan_interest_rate_history as _operation

        walk = PageWalk(
            _VIP_LOAN_INTEREST_RATE_HISTORY,
            {
                "coin": coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        collateral_account_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansOngoingOrder]:
        """Ongoing VIP loans: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_ongoing_orders` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            order_id: As for `Spot.vip_loans.vip_loan_ongoing_orders`.
            collateral_account_id: As for `Spot.vip_loans.vip_loan_ongoing_orders`.
            loan_coin: As for `Spot.vip_loans.vip_loan_ongoing_orders`.
            collateral_coin: As for `Spot.vip_loans.vip_loan_ongoing_orders`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.vip_loans import vip_loan_ongoing_orders as _operation

        walk = PageWalk(
            _VIP_LOAN_ONGOING_ORDERS,
            {
                "order_id": order_id,
                "collateral_account_id": collateral_account_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[VipLoansRepayRecord]:
        """VIP loan repayment history: every item, page by page.

        Walks the pages of `Spot.vip_loans.vip_loan_repay_history` by page number, and yields each item
        once, in the order Binance lists them (it gives no time to sort by). Before each page it waits
        out the local rate-limit guard (a 429's Retry-After, up to the retry policy's
        `max_rate_limit_wait`), and it asks again for a page refused with a 429. Each page is one call
        of weight 400.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            order_id: As for `Spot.vip_loans.vip_loan_repay_history`.
            loan_coin: As for `Spot.vip_loans.vip_loan_repay_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.vip_loans import vip_loan_repay_history as _operation

        walk = PageWalk(
            _VIP_LOAN_REPAY_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncVipLoansPaging:
    """The iterators of the `vip_loans` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_vip_loan_accrued_interest(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansAccruedInterest]:
        """Every item of `Spot.vip_loans.vip_loan_accrued_interest` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_accrued_interest`)."""
        from .api.vip_loans import vip_loan_accrued_interest as _operation

        walk = PageWalk(
            _VIP_LOAN_ACCRUED_INTEREST,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_application_status(
        self,
        *,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansApplication]:
        """Every item of `Spot.vip_loans.vip_loan_application_status` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_application_status`)."""
        from .api.vip_loans import vip_loan_application_status as _operation

        walk = PageWalk(_VIP_LOAN_APPLICATION_STATUS, {}, None, None, page_size, self._client.clock.timestamp_ms())
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_fixed_rate_market(
        self,
        loan_coin: str,
        *,
        duration: DurationLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansFixedRateOffer]:
        """Every item of `Spot.vip_loans.vip_loan_fixed_rate_market` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_fixed_rate_market`)."""
        from .api.vip_loans import vip_loan_fixed_rate_market as _operation

        walk = PageWalk(
            _VIP_LOAN_FIXED_RATE_MARKET,
            {
                "loan_coin": loan_coin,
                "duration": duration,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansInterestRate]:
        """Every item of `Spot.vip_loans.vip_loan_interest_rate_history` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_interest_rate_history`)."""
        from .api.vip_loans import vip_loan_interest_rate_history as _operation

        walk = PageWalk(
            _VIP_LOAN_INTEREST_RATE_HISTORY,
            {
                "coin": coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        collateral_account_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansOngoingOrder]:
        """Every item of `Spot.vip_loans.vip_loan_ongoing_orders` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_ongoing_orders`)."""
        from .api.vip_loans import vip_loan_ongoing_orders as _operation

        walk = PageWalk(
            _VIP_LOAN_ONGOING_ORDERS,
            {
                "order_id": order_id,
                "collateral_account_id": collateral_account_id,
                "loan_coin": loan_coin,
                "collateral_coin": collateral_coin,
            },
            None,
            None,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_vip_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        order_id: int | None = None,
        loan_coin: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[VipLoansRepayRecord]:
        """Every item of `Spot.vip_loans.vip_loan_repay_history` over a range, page by page (an async iterator; see `Spot.vip_loans.iter_vip_loan_repay_history`)."""
        from .api.vip_loans import vip_loan_repay_history as _operation

        walk = PageWalk(
            _VIP_LOAN_REPAY_HISTORY,
            {
                "order_id": order_id,
                "loan_coin": loan_coin,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)


class WalletPaging:
    """The iterators of the `wallet` operations, on its group."""

    __slots__ = ()
    _client: SpotClient

    def iter_busd_convert_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tran_id: int | None = None,
        asset: str | None = None,
        account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletBusdConvertRecord]:
        """BUSD convert history (retired): every item, page by page.

        Walks the pages of `Spot.wallet.busd_convert_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 5.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            tran_id: As for `Spot.wallet.busd_convert_history`.
            asset: As for `Spot.wallet.busd_convert_history`.
            account_type: As for `Spot.wallet.busd_convert_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.wallet import busd_convert_history as _operation

        walk = PageWalk(
            _BUSD_CONVERT_HISTORY,
            {
                "tran_id": tran_id,
                "asset": asset,
                "account_type": account_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_cloud_mining_payment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tran_id: int | None = None,
        client_tran_id: str | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletCloudMiningRecord]:
        """Cloud-mining payments and refunds: every item, page by page.

        Walks the pages of `Spot.wallet.cloud_mining_payment_history` by page number, and yields each
        item once, in time order within each window of the range. Before each page it waits out the
        local rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`),
        and it asks again for a page refused with a 429. Each page is one call of weight 600.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            tran_id: As for `Spot.wallet.cloud_mining_payment_history`.
            client_tran_id: As for `Spot.wallet.cloud_mining_payment_history`.
            asset: As for `Spot.wallet.cloud_mining_payment_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.wallet import cloud_mining_payment_history as _operation

        walk = PageWalk(
            _CLOUD_MINING_PAYMENT_HISTORY,
            {
                "tran_id": tran_id,
                "client_tran_id": client_tran_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_delegation_history(
        self,
        email: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletDelegationRecord]:
        """Delegation history (master account): every item, page by page.

        Walks the pages of `Spot.wallet.delegation_history` by page number, and yields each item once,
        in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 60.

        Args:
            email: As for `Spot.wallet.delegation_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            type: As for `Spot.wallet.delegation_history`.
            asset: As for `Spot.wallet.delegation_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.wallet import delegation_history as _operation

        walk = PageWalk(
            _DELEGATION_HISTORY,
            {
                "email": email,
                "type": type,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        include_source: bool | None = None,
        coin: str | None = None,
        status: int | None = None,
        tx_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletDepositRecord]:
        """Deposit history: every item, page by page.

        Walks the pages of `Spot.wallet.deposit_history` by item offset (the range cut into windows of
        at most 90 days, the most one call covers), and yields each item once, in time order within each
        window of the range. Before each page it waits out the local rate-limit guard (a 429's
        Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            include_source: As for `Spot.wallet.deposit_history`.
            coin: As for `Spot.wallet.deposit_history`.
            status: As for `Spot.wallet.deposit_history`.
            tx_id: As for `Spot.wallet.deposit_history`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.wallet import deposit_history as _operation

        walk = PageWalk(
            _DEPOSIT_HISTORY,
            {
                "include_source": include_source,
                "coin": coin,
                "status": status,
                "tx_id": tx_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_deposit_history_travel_rule(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        tran_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        pending_questionnaire: bool | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletTravelRuleDepositRecord]:
        """Deposit history (travel rule): every item, page by page.

        Walks the pages of `Spot.wallet.deposit_history_travel_rule` by item offset (the range cut into
        windows of at most 90 days, the most one call covers), and yields each item once, in time order
        within each window of the range. Before each page it waits out the local rate-limit guard (a
        429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 1.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            tr_id: As for `Spot.wallet.deposit_history_travel_rule`.
            tx_id: As for `Spot.wallet.deposit_history_travel_rule`.
            tran_id: As for `Spot.wallet.deposit_history_travel_rule`.
            network: As for `Spot.wallet.deposit_history_travel_rule`.
            coin: As for `Spot.wallet.deposit_history_travel_rule`.
            travel_rule_status: As for `Spot.wallet.deposit_history_travel_rule`.
            pending_questionnaire: As for `Spot.wallet.deposit_history_travel_rule`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.wallet import deposit_history_travel_rule as _operation

        walk = PageWalk(
            _DEPOSIT_HISTORY_TRAVEL_RULE,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "tran_id": tran_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
                "pending_questionnaire": pending_questionnaire,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_universal_transfer_history(
        self,
        type: WalletUniversalTransferType
        | Literal[
            "MAIN_UMFUTURE",
            "MAIN_CMFUTURE",
            "MAIN_MARGIN",
            "UMFUTURE_MAIN",
            "UMFUTURE_MARGIN",
            "CMFUTURE_MAIN",
            "CMFUTURE_MARGIN",
            "MARGIN_MAIN",
            "MARGIN_UMFUTURE",
            "MARGIN_CMFUTURE",
            "ISOLATEDMARGIN_MARGIN",
            "MARGIN_ISOLATEDMARGIN",
            "ISOLATEDMARGIN_ISOLATEDMARGIN",
            "MAIN_FUNDING",
            "FUNDING_MAIN",
            "FUNDING_UMFUTURE",
            "UMFUTURE_FUNDING",
            "MARGIN_FUNDING",
            "FUNDING_MARGIN",
            "FUNDING_CMFUTURE",
            "CMFUTURE_FUNDING",
            "MAIN_OPTION",
            "OPTION_MAIN",
            "UMFUTURE_OPTION",
            "OPTION_UMFUTURE",
            "MARGIN_OPTION",
            "OPTION_MARGIN",
            "FUNDING_OPTION",
            "OPTION_FUNDING",
            "MAIN_PORTFOLIO_MARGIN",
            "PORTFOLIO_MARGIN_MAIN",
        ],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_symbol: str | None = None,
        to_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletUniversalTransferRecord]:
        """Universal transfer history: every item, page by page.

        Walks the pages of `Spot.wallet.universal_transfer_history` by page number, and yields each item
        once, in time order within each window of the range. Before each page it waits out the local
        rate-limit guard (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it
        asks again for a page refused with a 429. Each page is one call of weight 1.

        Args:
            type: As for `Spot.wallet.universal_transfer_history`.
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms.
            from_symbol: As for `Spot.wallet.universal_transfer_history`.
            to_symbol: As for `Spot.wallet.universal_transfer_history`.
            page_size: Items per call, at most 100 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.wallet import universal_transfer_history as _operation

        walk = PageWalk(
            _UNIVERSAL_TRANSFER_HISTORY,
            {
                "type": type,
                "from_symbol": from_symbol,
                "to_symbol": to_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        coin: str | None = None,
        withdraw_order_id: str | None = None,
        status: int | None = None,
        id_list: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletWithdrawRecord]:
        """Withdraw history: every item, page by page.

        Walks the pages of `Spot.wallet.withdraw_history` by item offset (the range cut into windows of
        at most 90 days, the most one call covers), and yields each item once, in time order within each
        window of the range. Before each page it waits out the local rate-limit guard (a 429's
        Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 18000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            coin: As for `Spot.wallet.withdraw_history`.
            withdraw_order_id: As for `Spot.wallet.withdraw_history`.
            status: As for `Spot.wallet.withdraw_history`.
            id_list: As for `Spot.wallet.withdraw_history`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.wallet import withdraw_history as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY,
            {
                "coin": coin,
                "withdraw_order_id": withdraw_order_id,
                "status": status,
                "id_list": id_list,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history_travel_rule(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletTravelRuleWithdrawRecord]:
        """Withdraw history (travel rule): every item, page by page.

        Walks the pages of `Spot.wallet.withdraw_history_travel_rule` by item offset (the range cut into
        windows of at most 90 days, the most one call covers), and yields each item once, in time order
        within each window of the range. Before each page it waits out the local rate-limit guard (a
        429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a page
        refused with a 429. Each page is one call of weight 18000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            tr_id: As for `Spot.wallet.withdraw_history_travel_rule`.
            tx_id: As for `Spot.wallet.withdraw_history_travel_rule`.
            withdraw_order_id: As for `Spot.wallet.withdraw_history_travel_rule`.
            network: As for `Spot.wallet.withdraw_history_travel_rule`.
            coin: As for `Spot.wallet.withdraw_history_travel_rule`.
            travel_rule_status: As for `Spot.wallet.withdraw_history_travel_rule`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.wallet import withdraw_history_travel_rule as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY_TRAVEL_RULE,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "withdraw_order_id": withdraw_order_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history_travel_rule_v2(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[WalletTravelRuleWithdrawRecord]:
        """Withdraw history V2 (travel rule): every item, page by page.

        Walks the pages of `Spot.wallet.withdraw_history_travel_rule_v2` by item offset (the range cut
        into windows of at most 90 days, the most one call covers), and yields each item once, in time
        order within each window of the range. Before each page it waits out the local rate-limit guard
        (a 429's Retry-After, up to the retry policy's `max_rate_limit_wait`), and it asks again for a
        page refused with a 429. Each page is one call of weight 18000.

        Args:
            start_time: The start of the range: milliseconds (UTC), an aware datetime or
                ISO-8601 text.
            end_time: The end of the range, inclusive, in the same forms (default: now).
            tr_id: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            tx_id: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            withdraw_order_id: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            network: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            coin: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            travel_rule_status: As for `Spot.wallet.withdraw_history_travel_rule_v2`.
            page_size: Items per call, at most 1000 (the default).
            **options: Per-call options of every page (see `CallOptions`).
        """
        from .api.wallet import withdraw_history_travel_rule_v2 as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY_TRAVEL_RULE_V2,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "withdraw_order_id": withdraw_order_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return iterate_pages(self._client, _operation.ENDPOINT, walk, options)


class AsyncWalletPaging:
    """The iterators of the `wallet` operations, on its asynchronous group."""

    __slots__ = ()
    _client: AsyncSpotClient

    def iter_busd_convert_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tran_id: int | None = None,
        asset: str | None = None,
        account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletBusdConvertRecord]:
        """Every item of `Spot.wallet.busd_convert_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_busd_convert_history`)."""
        from .api.wallet import busd_convert_history as _operation

        walk = PageWalk(
            _BUSD_CONVERT_HISTORY,
            {
                "tran_id": tran_id,
                "asset": asset,
                "account_type": account_type,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_cloud_mining_payment_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tran_id: int | None = None,
        client_tran_id: str | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletCloudMiningRecord]:
        """Every item of `Spot.wallet.cloud_mining_payment_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_cloud_mining_payment_history`)."""
        from .api.wallet import cloud_mining_payment_history as _operation

        walk = PageWalk(
            _CLOUD_MINING_PAYMENT_HISTORY,
            {
                "tran_id": tran_id,
                "client_tran_id": client_tran_id,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_delegation_history(
        self,
        email: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
        asset: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletDelegationRecord]:
        """Every item of `Spot.wallet.delegation_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_delegation_history`)."""
        from .api.wallet import delegation_history as _operation

        walk = PageWalk(
            _DELEGATION_HISTORY,
            {
                "email": email,
                "type": type,
                "asset": asset,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_deposit_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        include_source: bool | None = None,
        coin: str | None = None,
        status: int | None = None,
        tx_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletDepositRecord]:
        """Every item of `Spot.wallet.deposit_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_deposit_history`)."""
        from .api.wallet import deposit_history as _operation

        walk = PageWalk(
            _DEPOSIT_HISTORY,
            {
                "include_source": include_source,
                "coin": coin,
                "status": status,
                "tx_id": tx_id,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_deposit_history_travel_rule(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        tran_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        pending_questionnaire: bool | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletTravelRuleDepositRecord]:
        """Every item of `Spot.wallet.deposit_history_travel_rule` over a range, page by page (an async iterator; see `Spot.wallet.iter_deposit_history_travel_rule`)."""
        from .api.wallet import deposit_history_travel_rule as _operation

        walk = PageWalk(
            _DEPOSIT_HISTORY_TRAVEL_RULE,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "tran_id": tran_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
                "pending_questionnaire": pending_questionnaire,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    @former_keywords({"type_": "type"})
    def iter_universal_transfer_history(
        self,
        type: WalletUniversalTransferType
        | Literal[
            "MAIN_UMFUTURE",
            "MAIN_CMFUTURE",
            "MAIN_MARGIN",
            "UMFUTURE_MAIN",
            "UMFUTURE_MARGIN",
            "CMFUTURE_MAIN",
            "CMFUTURE_MARGIN",
            "MARGIN_MAIN",
            "MARGIN_UMFUTURE",
            "MARGIN_CMFUTURE",
            "ISOLATEDMARGIN_MARGIN",
            "MARGIN_ISOLATEDMARGIN",
            "ISOLATEDMARGIN_ISOLATEDMARGIN",
            "MAIN_FUNDING",
            "FUNDING_MAIN",
            "FUNDING_UMFUTURE",
            "UMFUTURE_FUNDING",
            "MARGIN_FUNDING",
            "FUNDING_MARGIN",
            "FUNDING_CMFUTURE",
            "CMFUTURE_FUNDING",
            "MAIN_OPTION",
            "OPTION_MAIN",
            "UMFUTURE_OPTION",
            "OPTION_UMFUTURE",
            "MARGIN_OPTION",
            "OPTION_MARGIN",
            "FUNDING_OPTION",
            "OPTION_FUNDING",
            "MAIN_PORTFOLIO_MARGIN",
            "PORTFOLIO_MARGIN_MAIN",
        ],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_symbol: str | None = None,
        to_symbol: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletUniversalTransferRecord]:
        """Every item of `Spot.wallet.universal_transfer_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_universal_transfer_history`)."""
        from .api.wallet import universal_transfer_history as _operation

        walk = PageWalk(
            _UNIVERSAL_TRANSFER_HISTORY,
            {
                "type": type,
                "from_symbol": from_symbol,
                "to_symbol": to_symbol,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        coin: str | None = None,
        withdraw_order_id: str | None = None,
        status: int | None = None,
        id_list: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletWithdrawRecord]:
        """Every item of `Spot.wallet.withdraw_history` over a range, page by page (an async iterator; see `Spot.wallet.iter_withdraw_history`)."""
        from .api.wallet import withdraw_history as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY,
            {
                "coin": coin,
                "withdraw_order_id": withdraw_order_id,
                "status": status,
                "id_list": id_list,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history_travel_rule(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletTravelRuleWithdrawRecord]:
        """Every item of `Spot.wallet.withdraw_history_travel_rule` over a range, page by page (an async iterator; see `Spot.wallet.iter_withdraw_history_travel_rule`)."""
        from .api.wallet import withdraw_history_travel_rule as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY_TRAVEL_RULE,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "withdraw_order_id": withdraw_order_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)

    def iter_withdraw_history_travel_rule_v2(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WalletTravelRuleWithdrawRecord]:
        """Every item of `Spot.wallet.withdraw_history_travel_rule_v2` over a range, page by page (an async iterator; see `Spot.wallet.iter_withdraw_history_travel_rule_v2`)."""
        from .api.wallet import withdraw_history_travel_rule_v2 as _operation

        walk = PageWalk(
            _WITHDRAW_HISTORY_TRAVEL_RULE_V2,
            {
                "tr_id": tr_id,
                "tx_id": tx_id,
                "withdraw_order_id": withdraw_order_id,
                "network": network,
                "coin": coin,
                "travel_rule_status": travel_rule_status,
            },
            start_time,
            end_time,
            page_size,
            self._client.clock.timestamp_ms(),
        )
        return aiterate_pages(self._client, _operation.ENDPOINT, walk, options)
