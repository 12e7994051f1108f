"""The typed models of every request and response, loaded on first use.

Importing this package imports no model: each one is loaded when first named
(PEP 562), so a program pays only for the models it touches.
Generated from spec/ by `python -m generator`; do not edit.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_commission import AccountCommission
    from .account_commission_discount import AccountCommissionDiscount
    from .account_trade import AccountTrade
    from .aggregate_trade import AggregateTrade
    from .algo_cancel_result import AlgoCancelResult
    from .algo_new_order_result import AlgoNewOrderResult
    from .algo_order import AlgoOrder
    from .algo_orders import AlgoOrders
    from .algo_position_side import AlgoPositionSide
    from .algo_sub_order import AlgoSubOrder
    from .algo_sub_orders import AlgoSubOrders
    from .algo_urgency import AlgoUrgency
    from .allocation import Allocation
    from .allocation_type import AllocationType
    from .amended_order import AmendedOrder
    from .amended_order_list_status import AmendedOrderListStatus
    from .auto_invest_assets import AutoInvestAssets
    from .auto_invest_index_allocation import AutoInvestIndexAllocation
    from .auto_invest_index_asset_holding import AutoInvestIndexAssetHolding
    from .auto_invest_index_info import AutoInvestIndexInfo
    from .auto_invest_index_position import AutoInvestIndexPosition
    from .auto_invest_one_time_transaction import AutoInvestOneTimeTransaction
    from .auto_invest_one_time_transaction_status import AutoInvestOneTimeTransactionStatus
    from .auto_invest_plan_asset_holding import AutoInvestPlanAssetHolding
    from .auto_invest_plan_change import AutoInvestPlanChange
    from .auto_invest_plan_holdings import AutoInvestPlanHoldings
    from .auto_invest_plan_list import AutoInvestPlanList
    from .auto_invest_plan_status import AutoInvestPlanStatus
    from .auto_invest_plan_status_change import AutoInvestPlanStatusChange
    from .auto_invest_plan_summary import AutoInvestPlanSummary
    from .auto_invest_plan_type import AutoInvestPlanType
    from .auto_invest_plan_type_filter import AutoInvestPlanTypeFilter
    from .auto_invest_portfolio_detail import AutoInvestPortfolioDetail
    from .auto_invest_rebalance import AutoInvestRebalance
    from .auto_invest_rebalance_trade import AutoInvestRebalanceTrade
    from .auto_invest_redemption import AutoInvestRedemption
    from .auto_invest_redemption_record import AutoInvestRedemptionRecord
    from .auto_invest_roi_period import AutoInvestRoiPeriod
    from .auto_invest_roi_point import AutoInvestRoiPoint
    from .auto_invest_simulated_roi import AutoInvestSimulatedRoi
    from .auto_invest_source_asset import AutoInvestSourceAsset
    from .auto_invest_source_asset_list import AutoInvestSourceAssetList
    from .auto_invest_source_type import AutoInvestSourceType
    from .auto_invest_subscription_cycle import AutoInvestSubscriptionCycle
    from .auto_invest_subscription_record import AutoInvestSubscriptionRecord
    from .auto_invest_target_asset import AutoInvestTargetAsset
    from .auto_invest_target_asset_list import AutoInvestTargetAssetList
    from .auto_invest_usage_type import AutoInvestUsageType
    from .auto_invest_weekday import AutoInvestWeekday
    from .average_price import AveragePrice
    from .balance import Balance
    from .blvt_basket import BlvtBasket
    from .blvt_info import BlvtInfo
    from .blvt_redemption import BlvtRedemption
    from .blvt_redemption_record import BlvtRedemptionRecord
    from .blvt_subscription import BlvtSubscription
    from .blvt_subscription_record import BlvtSubscriptionRecord
    from .blvt_user_limit import BlvtUserLimit
    from .book_ticker import BookTicker
    from .c2c_trade import C2CTrade
    from .c2c_trade_history import C2CTradeHistory
    from .cancel_replace_failure import CancelReplaceFailure
    from .cancel_replace_failure_data import CancelReplaceFailureData
    from .cancel_replace_mode import CancelReplaceMode
    from .cancel_replace_result import CancelReplaceResult
    from .cancel_replace_step_result import CancelReplaceStepResult
    from .cancel_restrictions import CancelRestrictions
    from .canceled_order import CanceledOrder
    from .canceled_order_list import CanceledOrderList
    from .commission_rates import CommissionRates
    from .contingency_type import ContingencyType
    from .convert_accepted_quote import ConvertAcceptedQuote
    from .convert_asset_precision import ConvertAssetPrecision
    from .convert_expired_type import ConvertExpiredType
    from .convert_limit_order_result import ConvertLimitOrderResult
    from .convert_order import ConvertOrder
    from .convert_order_list import ConvertOrderList
    from .convert_pair import ConvertPair
    from .convert_quote import ConvertQuote
    from .convert_quote_valid_time import ConvertQuoteValidTime
    from .convert_trade_history import ConvertTradeHistory
    from .convert_wallet_type import ConvertWalletType
    from .copy_trading_lead_symbol import CopyTradingLeadSymbol
    from .copy_trading_lead_symbols import CopyTradingLeadSymbols
    from .copy_trading_lead_trader_state import CopyTradingLeadTraderState
    from .copy_trading_lead_trader_status import CopyTradingLeadTraderStatus
    from .crypto_loans_flexible_borrow_history import CryptoLoansFlexibleBorrowHistory
    from .crypto_loans_flexible_borrow_record import CryptoLoansFlexibleBorrowRecord
    from .crypto_loans_flexible_borrow_result import CryptoLoansFlexibleBorrowResult
    from .crypto_loans_flexible_collateral_asset import CryptoLoansFlexibleCollateralAsset
    from .crypto_loans_flexible_collateral_assets import CryptoLoansFlexibleCollateralAssets
    from .crypto_loans_flexible_collateral_repay_rate import CryptoLoansFlexibleCollateralRepayRate
    from .crypto_loans_flexible_interest_rate import CryptoLoansFlexibleInterestRate
    from .crypto_loans_flexible_interest_rate_history import CryptoLoansFlexibleInterestRateHistory
    from .crypto_loans_flexible_liquidation import CryptoLoansFlexibleLiquidation
    from .crypto_loans_flexible_liquidation_history import CryptoLoansFlexibleLiquidationHistory
    from .crypto_loans_flexible_loanable_asset import CryptoLoansFlexibleLoanableAsset
    from .crypto_loans_flexible_loanable_assets import CryptoLoansFlexibleLoanableAssets
    from .crypto_loans_flexible_ltv_adjust_result import CryptoLoansFlexibleLtvAdjustResult
    from .crypto_loans_flexible_ltv_adjustment import CryptoLoansFlexibleLtvAdjustment
    from .crypto_loans_flexible_ltv_adjustment_history import CryptoLoansFlexibleLtvAdjustmentHistory
    from .crypto_loans_flexible_ongoing_order import CryptoLoansFlexibleOngoingOrder
    from .crypto_loans_flexible_ongoing_orders import CryptoLoansFlexibleOngoingOrders
    from .crypto_loans_flexible_repay_history import CryptoLoansFlexibleRepayHistory
    from .crypto_loans_flexible_repay_record import CryptoLoansFlexibleRepayRecord
    from .crypto_loans_flexible_repay_result import CryptoLoansFlexibleRepayResult
    from .crypto_loans_income import CryptoLoansIncome
    from .crypto_loans_income_type import CryptoLoansIncomeType
    from .crypto_loans_ltv_direction import CryptoLoansLtvDirection
    from .crypto_loans_stable_borrow_history import CryptoLoansStableBorrowHistory
    from .crypto_loans_stable_borrow_record import CryptoLoansStableBorrowRecord
    from .crypto_loans_stable_borrow_result import CryptoLoansStableBorrowResult
    from .crypto_loans_stable_collateral_asset import CryptoLoansStableCollateralAsset
    from .crypto_loans_stable_collateral_assets import CryptoLoansStableCollateralAssets
    from .crypto_loans_stable_collateral_repay_rate import CryptoLoansStableCollateralRepayRate
    from .crypto_loans_stable_loanable_asset import CryptoLoansStableLoanableAsset
    from .crypto_loans_stable_loanable_assets import CryptoLoansStableLoanableAssets
    from .crypto_loans_stable_ltv_adjust_result import CryptoLoansStableLtvAdjustResult
    from .crypto_loans_stable_ltv_adjustment import CryptoLoansStableLtvAdjustment
    from .crypto_loans_stable_ltv_adjustment_history import CryptoLoansStableLtvAdjustmentHistory
    from .crypto_loans_stable_margin_call import CryptoLoansStableMarginCall
    from .crypto_loans_stable_margin_calls import CryptoLoansStableMarginCalls
    from .crypto_loans_stable_ongoing_order import CryptoLoansStableOngoingOrder
    from .crypto_loans_stable_ongoing_orders import CryptoLoansStableOngoingOrders
    from .crypto_loans_stable_repay_history import CryptoLoansStableRepayHistory
    from .crypto_loans_stable_repay_pending import CryptoLoansStableRepayPending
    from .crypto_loans_stable_repay_record import CryptoLoansStableRepayRecord
    from .crypto_loans_stable_repay_result import CryptoLoansStableRepayResult
    from .dual_investment_account import DualInvestmentAccount
    from .dual_investment_auto_compound_change import DualInvestmentAutoCompoundChange
    from .dual_investment_auto_compound_plan import DualInvestmentAutoCompoundPlan
    from .dual_investment_option_type import DualInvestmentOptionType
    from .dual_investment_position import DualInvestmentPosition
    from .dual_investment_position_page import DualInvestmentPositionPage
    from .dual_investment_position_status import DualInvestmentPositionStatus
    from .dual_investment_product import DualInvestmentProduct
    from .dual_investment_product_page import DualInvestmentProductPage
    from .dual_investment_subscription import DualInvestmentSubscription
    from .equity_cancel_ack import EquityCancelAck
    from .equity_exchange_info import EquityExchangeInfo
    from .equity_execution import EquityExecution
    from .equity_listen_key import EquityListenKey
    from .equity_order import EquityOrder
    from .equity_order_ack import EquityOrderAck
    from .equity_order_page import EquityOrderPage
    from .equity_order_type import EquityOrderType
    from .equity_quote import EquityQuote
    from .equity_success import EquitySuccess
    from .equity_symbol import EquitySymbol
    from .equity_time_in_force import EquityTimeInForce
    from .equity_trade import EquityTrade
    from .equity_trade_page import EquityTradePage
    from .equity_trading_session import EquityTradingSession
    from .equity_wallet_type import EquityWalletType
    from .error import Error
    from .error_code import ErrorCode
    from .exchange_info import ExchangeInfo
    from .exchange_max_num_algo_orders_filter import ExchangeMaxNumAlgoOrdersFilter
    from .exchange_max_num_algo_orders_filter_filter_type import ExchangeMaxNumAlgoOrdersFilterFilterType
    from .exchange_max_num_iceberg_orders_filter import ExchangeMaxNumIcebergOrdersFilter
    from .exchange_max_num_iceberg_orders_filter_filter_type import ExchangeMaxNumIcebergOrdersFilterFilterType
    from .exchange_max_num_order_lists_filter import ExchangeMaxNumOrderListsFilter
    from .exchange_max_num_order_lists_filter_filter_type import ExchangeMaxNumOrderListsFilterFilterType
    from .exchange_max_num_orders_filter import ExchangeMaxNumOrdersFilter
    from .exchange_max_num_orders_filter_filter_type import ExchangeMaxNumOrdersFilterFilterType
    from .execution_rule_type import ExecutionRuleType
    from .execution_rules import ExecutionRules
    from .execution_type import ExecutionType
    from .expiry_reason import ExpiryReason
    from .fiat_order import FiatOrder
    from .fiat_order_detail import FiatOrderDetail
    from .fiat_order_detail_data import FiatOrderDetailData
    from .fiat_order_detail_data_ext import FiatOrderDetailDataExt
    from .fiat_order_history import FiatOrderHistory
    from .fiat_order_submitted import FiatOrderSubmitted
    from .fiat_order_submitted_data import FiatOrderSubmittedData
    from .fiat_payment import FiatPayment
    from .fiat_payment_history import FiatPaymentHistory
    from .futures_hist_data_link import FuturesHistDataLink
    from .futures_hist_data_links import FuturesHistDataLinks
    from .futures_hist_data_type import FuturesHistDataType
    from .futures_transfer_history import FuturesTransferHistory
    from .futures_transfer_record import FuturesTransferRecord
    from .futures_transfer_result import FuturesTransferResult
    from .futures_transfer_status import FuturesTransferStatus
    from .gift_card_code_data import GiftCardCodeData
    from .gift_card_code_result import GiftCardCodeResult
    from .gift_card_redemption import GiftCardRedemption
    from .gift_card_redemption_data import GiftCardRedemptionData
    from .gift_card_rsa_public_key import GiftCardRsaPublicKey
    from .gift_card_token_limit import GiftCardTokenLimit
    from .gift_card_token_limits import GiftCardTokenLimits
    from .gift_card_verification import GiftCardVerification
    from .gift_card_verification_data import GiftCardVerificationData
    from .historical_block_trade import HistoricalBlockTrade
    from .iceberg_parts_filter import IcebergPartsFilter
    from .iceberg_parts_filter_filter_type import IcebergPartsFilterFilterType
    from .kline import Kline
    from .kline_interval import KlineInterval
    from .lot_size_filter import LotSizeFilter
    from .lot_size_filter_filter_type import LotSizeFilterFilterType
    from .margin_account import MarginAccount
    from .margin_account_asset import MarginAccountAsset
    from .margin_account_scope import MarginAccountScope
    from .margin_account_summary import MarginAccountSummary
    from .margin_asset import MarginAsset
    from .margin_available_inventory import MarginAvailableInventory
    from .margin_available_inventory_assets import MarginAvailableInventoryAssets
    from .margin_bnb_burn import MarginBnbBurn
    from .margin_borrow_repay_record import MarginBorrowRepayRecord
    from .margin_borrow_repay_records import MarginBorrowRepayRecords
    from .margin_borrow_repay_type import MarginBorrowRepayType
    from .margin_canceled_order import MarginCanceledOrder
    from .margin_canceled_order_list import MarginCanceledOrderList
    from .margin_canceled_order_list_report import MarginCanceledOrderListReport
    from .margin_capital_flow import MarginCapitalFlow
    from .margin_capital_flow_type import MarginCapitalFlowType
    from .margin_collateral_bracket import MarginCollateralBracket
    from .margin_collateral_ratio import MarginCollateralRatio
    from .margin_cross_fee import MarginCrossFee
    from .margin_delist_schedule import MarginDelistSchedule
    from .margin_empty_response import MarginEmptyResponse
    from .margin_force_liquidation import MarginForceLiquidation
    from .margin_force_liquidations import MarginForceLiquidations
    from .margin_interest import MarginInterest
    from .margin_interest_history import MarginInterestHistory
    from .margin_interest_rate import MarginInterestRate
    from .margin_isolated_account import MarginIsolatedAccount
    from .margin_isolated_account_asset import MarginIsolatedAccountAsset
    from .margin_isolated_account_limit import MarginIsolatedAccountLimit
    from .margin_isolated_account_pair import MarginIsolatedAccountPair
    from .margin_isolated_account_toggle import MarginIsolatedAccountToggle
    from .margin_isolated_fee import MarginIsolatedFee
    from .margin_isolated_fee_asset import MarginIsolatedFeeAsset
    from .margin_isolated_flag import MarginIsolatedFlag
    from .margin_isolated_pair import MarginIsolatedPair
    from .margin_isolated_tier import MarginIsolatedTier
    from .margin_level_status import MarginLevelStatus
    from .margin_leverage_bracket import MarginLeverageBracket
    from .margin_leverage_bracket_tier import MarginLeverageBracketTier
    from .margin_limit_price_pairs import MarginLimitPricePairs
    from .margin_liquidation_loan import MarginLiquidationLoan
    from .margin_liquidation_loan_repay import MarginLiquidationLoanRepay
    from .margin_liquidation_loan_repay_history import MarginLiquidationLoanRepayHistory
    from .margin_list_schedule import MarginListSchedule
    from .margin_listen_key import MarginListenKey
    from .margin_listen_token import MarginListenToken
    from .margin_manual_liquidation import MarginManualLiquidation
    from .margin_max_borrowable import MarginMaxBorrowable
    from .margin_max_transferable import MarginMaxTransferable
    from .margin_new_order_ack import MarginNewOrderAck
    from .margin_new_order_full import MarginNewOrderFull
    from .margin_new_order_list import MarginNewOrderList
    from .margin_new_order_result import MarginNewOrderResult
    from .margin_next_hourly_interest_rate import MarginNextHourlyInterestRate
    from .margin_order import MarginOrder
    from .margin_order_count_usage import MarginOrderCountUsage
    from .margin_order_fill import MarginOrderFill
    from .margin_order_list import MarginOrderList
    from .margin_order_list_order import MarginOrderListOrder
    from .margin_order_list_report import MarginOrderListReport
    from .margin_pair import MarginPair
    from .margin_pending_oco_order_type import MarginPendingOcoOrderType
    from .margin_prevented_match import MarginPreventedMatch
    from .margin_price_index import MarginPriceIndex
    from .margin_restricted_assets import MarginRestrictedAssets
    from .margin_risk_based_liquidation_ratio import MarginRiskBasedLiquidationRatio
    from .margin_side_effect_type import MarginSideEffectType
    from .margin_small_liability import MarginSmallLiability
    from .margin_small_liability_exchange import MarginSmallLiabilityExchange
    from .margin_small_liability_exchange_history import MarginSmallLiabilityExchangeHistory
    from .margin_special_key import MarginSpecialKey
    from .margin_special_key_created import MarginSpecialKeyCreated
    from .margin_special_key_permission import MarginSpecialKeyPermission
    from .margin_success import MarginSuccess
    from .margin_trade import MarginTrade
    from .margin_transaction_id import MarginTransactionId
    from .margin_transfer import MarginTransfer
    from .margin_transfer_direction import MarginTransferDirection
    from .margin_transfer_history import MarginTransferHistory
    from .margin_working_order_type import MarginWorkingOrderType
    from .market_lot_size_filter import MarketLotSizeFilter
    from .market_lot_size_filter_filter_type import MarketLotSizeFilterFilterType
    from .max_asset_filter import MaxAssetFilter
    from .max_asset_filter_filter_type import MaxAssetFilterFilterType
    from .max_num_algo_orders_filter import MaxNumAlgoOrdersFilter
    from .max_num_algo_orders_filter_filter_type import MaxNumAlgoOrdersFilterFilterType
    from .max_num_iceberg_orders_filter import MaxNumIcebergOrdersFilter
    from .max_num_iceberg_orders_filter_filter_type import MaxNumIcebergOrdersFilterFilterType
    from .max_num_order_amends_filter import MaxNumOrderAmendsFilter
    from .max_num_order_amends_filter_filter_type import MaxNumOrderAmendsFilterFilterType
    from .max_num_order_lists_filter import MaxNumOrderListsFilter
    from .max_num_order_lists_filter_filter_type import MaxNumOrderListsFilterFilterType
    from .max_num_orders_filter import MaxNumOrdersFilter
    from .max_num_orders_filter_filter_type import MaxNumOrdersFilterFilterType
    from .max_position_filter import MaxPositionFilter
    from .max_position_filter_filter_type import MaxPositionFilterFilterType
    from .min_notional_filter import MinNotionalFilter
    from .min_notional_filter_filter_type import MinNotionalFilterFilterType
    from .mining_account_earning import MiningAccountEarning
    from .mining_account_earning_page import MiningAccountEarningPage
    from .mining_account_earnings_response import MiningAccountEarningsResponse
    from .mining_account_hashrate_history_response import MiningAccountHashrateHistoryResponse
    from .mining_account_hashrate_point import MiningAccountHashratePoint
    from .mining_account_hashrates import MiningAccountHashrates
    from .mining_account_statistics import MiningAccountStatistics
    from .mining_account_statistics_response import MiningAccountStatisticsResponse
    from .mining_algorithm import MiningAlgorithm
    from .mining_algorithms_response import MiningAlgorithmsResponse
    from .mining_cancel_hashrate_resale_response import MiningCancelHashrateResaleResponse
    from .mining_coin import MiningCoin
    from .mining_coin_amounts import MiningCoinAmounts
    from .mining_coins_response import MiningCoinsResponse
    from .mining_earning import MiningEarning
    from .mining_earning_page import MiningEarningPage
    from .mining_earnings_response import MiningEarningsResponse
    from .mining_extra_bonus import MiningExtraBonus
    from .mining_extra_bonus_page import MiningExtraBonusPage
    from .mining_extra_bonuses_response import MiningExtraBonusesResponse
    from .mining_hashrate_point import MiningHashratePoint
    from .mining_hashrate_resale import MiningHashrateResale
    from .mining_hashrate_resale_day import MiningHashrateResaleDay
    from .mining_hashrate_resale_day_page import MiningHashrateResaleDayPage
    from .mining_hashrate_resale_detail_response import MiningHashrateResaleDetailResponse
    from .mining_hashrate_resale_page import MiningHashrateResalePage
    from .mining_hashrate_resales_response import MiningHashrateResalesResponse
    from .mining_resell_hashrate_response import MiningResellHashrateResponse
    from .mining_worker import MiningWorker
    from .mining_worker_detail_response import MiningWorkerDetailResponse
    from .mining_worker_hashrates import MiningWorkerHashrates
    from .mining_worker_page import MiningWorkerPage
    from .mining_workers_response import MiningWorkersResponse
    from .my_filters import MyFilters
    from .new_order_ack import NewOrderAck
    from .new_order_full import NewOrderFull
    from .new_order_result import NewOrderResult
    from .nft_assets import NftAssets
    from .nft_deposit import NftDeposit
    from .nft_deposit_history import NftDepositHistory
    from .nft_token import NftToken
    from .nft_transaction import NftTransaction
    from .nft_transaction_history import NftTransactionHistory
    from .nft_withdraw_history import NftWithdrawHistory
    from .nft_withdrawal import NftWithdrawal
    from .notional_filter import NotionalFilter
    from .notional_filter_filter_type import NotionalFilterFilterType
    from .o_auth_balance import OAuthBalance
    from .o_auth_balance_response import OAuthBalanceResponse
    from .o_auth_certificate_status import OAuthCertificateStatus
    from .o_auth_certificate_type import OAuthCertificateType
    from .o_auth_charge_address import OAuthChargeAddress
    from .o_auth_charge_address_response import OAuthChargeAddressResponse
    from .o_auth_convert_coin import OAuthConvertCoin
    from .o_auth_convert_coins_response import OAuthConvertCoinsResponse
    from .o_auth_convert_confirm import OAuthConvertConfirm
    from .o_auth_convert_confirm_response import OAuthConvertConfirmResponse
    from .o_auth_convert_history import OAuthConvertHistory
    from .o_auth_convert_history_response import OAuthConvertHistoryResponse
    from .o_auth_convert_order import OAuthConvertOrder
    from .o_auth_convert_quote import OAuthConvertQuote
    from .o_auth_convert_quote_response import OAuthConvertQuoteResponse
    from .o_auth_convert_target import OAuthConvertTarget
    from .o_auth_revoke_token_response import OAuthRevokeTokenResponse
    from .o_auth_user_info import OAuthUserInfo
    from .o_auth_user_info_response import OAuthUserInfoResponse
    from .o_auth_user_status import OAuthUserStatus
    from .o_auth_user_status_response import OAuthUserStatusResponse
    from .order import Order
    from .order_amend_result import OrderAmendResult
    from .order_amendment import OrderAmendment
    from .order_book import OrderBook
    from .order_fill import OrderFill
    from .order_list import OrderList
    from .order_list_entry import OrderListEntry
    from .order_list_member import OrderListMember
    from .order_list_order_status import OrderListOrderStatus
    from .order_list_response import OrderListResponse
    from .order_list_status import OrderListStatus
    from .order_rate_limit_exceeded_mode import OrderRateLimitExceededMode
    from .order_response_type import OrderResponseType
    from .order_side import OrderSide
    from .order_status import OrderStatus
    from .order_type import OrderType
    from .pay_funds_detail import PayFundsDetail
    from .pay_payer_info import PayPayerInfo
    from .pay_receiver_extend import PayReceiverExtend
    from .pay_receiver_info import PayReceiverInfo
    from .pay_trade_history import PayTradeHistory
    from .pay_transaction import PayTransaction
    from .pay_wallet_asset_cost import PayWalletAssetCost
    from .peg_offset_type import PegOffsetType
    from .peg_price_type import PegPriceType
    from .percent_price_by_side_filter import PercentPriceBySideFilter
    from .percent_price_by_side_filter_filter_type import PercentPriceBySideFilterFilterType
    from .percent_price_filter import PercentPriceFilter
    from .percent_price_filter_filter_type import PercentPriceFilterFilterType
    from .permission import Permission
    from .ping_response import PingResponse
    from .portfolio_margin_account import PortfolioMarginAccount
    from .portfolio_margin_asset_index_price import PortfolioMarginAssetIndexPrice
    from .portfolio_margin_asset_leverage import PortfolioMarginAssetLeverage
    from .portfolio_margin_auto_repay_status import PortfolioMarginAutoRepayStatus
    from .portfolio_margin_balance import PortfolioMarginBalance
    from .portfolio_margin_bankruptcy_loan import PortfolioMarginBankruptcyLoan
    from .portfolio_margin_bfusd_mint import PortfolioMarginBfusdMint
    from .portfolio_margin_bfusd_redeem import PortfolioMarginBfusdRedeem
    from .portfolio_margin_call_level import PortfolioMarginCallLevel
    from .portfolio_margin_collateral_rate import PortfolioMarginCollateralRate
    from .portfolio_margin_collateral_tier import PortfolioMarginCollateralTier
    from .portfolio_margin_delta_mode import PortfolioMarginDeltaMode
    from .portfolio_margin_earn_asset_balance import PortfolioMarginEarnAssetBalance
    from .portfolio_margin_earn_transfer_type import PortfolioMarginEarnTransferType
    from .portfolio_margin_interest import PortfolioMarginInterest
    from .portfolio_margin_loan_repay import PortfolioMarginLoanRepay
    from .portfolio_margin_loan_repay_history import PortfolioMarginLoanRepayHistory
    from .portfolio_margin_message import PortfolioMarginMessage
    from .portfolio_margin_repay_source import PortfolioMarginRepaySource
    from .portfolio_margin_risk_unit import PortfolioMarginRiskUnit
    from .portfolio_margin_span_account import PortfolioMarginSpanAccount
    from .portfolio_margin_tiered_collateral_rate import PortfolioMarginTieredCollateralRate
    from .portfolio_margin_transaction_id import PortfolioMarginTransactionId
    from .portfolio_margin_transfer_side import PortfolioMarginTransferSide
    from .prediction_account_type import PredictionAccountType
    from .prediction_asset_query import PredictionAssetQuery
    from .prediction_asset_query_type import PredictionAssetQueryType
    from .prediction_batch_cancel import PredictionBatchCancel
    from .prediction_blocktrade import PredictionBlocktrade
    from .prediction_blocktrade_created import PredictionBlocktradeCreated
    from .prediction_blocktrade_detail import PredictionBlocktradeDetail
    from .prediction_blocktrade_event import PredictionBlocktradeEvent
    from .prediction_blocktrade_events import PredictionBlocktradeEvents
    from .prediction_blocktrade_fulfilled import PredictionBlocktradeFulfilled
    from .prediction_blocktrade_status import PredictionBlocktradeStatus
    from .prediction_blocktrades import PredictionBlocktrades
    from .prediction_blocktrades_removed import PredictionBlocktradesRemoved
    from .prediction_book_level import PredictionBookLevel
    from .prediction_cancel_failure import PredictionCancelFailure
    from .prediction_cancel_info import PredictionCancelInfo
    from .prediction_categories import PredictionCategories
    from .prediction_category import PredictionCategory
    from .prediction_funding_source import PredictionFundingSource
    from .prediction_last_trade_price import PredictionLastTradePrice
    from .prediction_market import PredictionMarket
    from .prediction_market_detail import PredictionMarketDetail
    from .prediction_market_topic import PredictionMarketTopic
    from .prediction_market_topics import PredictionMarketTopics
    from .prediction_order import PredictionOrder
    from .prediction_order_book import PredictionOrderBook
    from .prediction_order_page import PredictionOrderPage
    from .prediction_order_placed import PredictionOrderPlaced
    from .prediction_order_type import PredictionOrderType
    from .prediction_outcome import PredictionOutcome
    from .prediction_payment_option import PredictionPaymentOption
    from .prediction_payment_options import PredictionPaymentOptions
    from .prediction_pnl import PredictionPnl
    from .prediction_pnl_record import PredictionPnlRecord
    from .prediction_portfolio import PredictionPortfolio
    from .prediction_position import PredictionPosition
    from .prediction_position_by_token import PredictionPositionByToken
    from .prediction_position_counts import PredictionPositionCounts
    from .prediction_position_page import PredictionPositionPage
    from .prediction_position_summary import PredictionPositionSummary
    from .prediction_positions import PredictionPositions
    from .prediction_quota import PredictionQuota
    from .prediction_quote import PredictionQuote
    from .prediction_redeem_batch import PredictionRedeemBatch
    from .prediction_redeem_result import PredictionRedeemResult
    from .prediction_redeem_status import PredictionRedeemStatus
    from .prediction_reserved_balance import PredictionReservedBalance
    from .prediction_reserved_balances import PredictionReservedBalances
    from .prediction_settled_positions import PredictionSettledPositions
    from .prediction_side import PredictionSide
    from .prediction_sort_by import PredictionSortBy
    from .prediction_sort_order import PredictionSortOrder
    from .prediction_subcategory import PredictionSubcategory
    from .prediction_time_in_force import PredictionTimeInForce
    from .prediction_timeline_entry import PredictionTimelineEntry
    from .prediction_transfer import PredictionTransfer
    from .prediction_transfer_ack import PredictionTransferAck
    from .prediction_transfer_direction import PredictionTransferDirection
    from .prediction_transfer_source import PredictionTransferSource
    from .prediction_transfers import PredictionTransfers
    from .prediction_variant_data import PredictionVariantData
    from .prediction_wallet import PredictionWallet
    from .prediction_wallets import PredictionWallets
    from .prediction_withdrawal import PredictionWithdrawal
    from .prevented_match import PreventedMatch
    from .price_filter import PriceFilter
    from .price_filter_filter_type import PriceFilterFilterType
    from .price_level import PriceLevel
    from .price_range_execution_rule import PriceRangeExecutionRule
    from .rate_limit import RateLimit
    from .rate_limit_interval import RateLimitInterval
    from .rate_limit_type import RateLimitType
    from .rebate_history import RebateHistory
    from .rebate_page import RebatePage
    from .rebate_record import RebateRecord
    from .recent_trade import RecentTrade
    from .reference_price import ReferencePrice
    from .reference_price_calculation import ReferencePriceCalculation
    from .reference_price_calculation_type import ReferencePriceCalculationType
    from .savings_fixed_position import SavingsFixedPosition
    from .savings_fixed_project import SavingsFixedProject
    from .savings_fixed_purchase import SavingsFixedPurchase
    from .savings_position_change import SavingsPositionChange
    from .savings_position_status import SavingsPositionStatus
    from .savings_project_sort import SavingsProjectSort
    from .savings_project_status import SavingsProjectStatus
    from .savings_project_type import SavingsProjectType
    from .self_trade_prevention_mode import SelfTradePreventionMode
    from .server_time import ServerTime
    from .simple_earn_account import SimpleEarnAccount
    from .simple_earn_apr_period import SimpleEarnAprPeriod
    from .simple_earn_bfusd_account import SimpleEarnBfusdAccount
    from .simple_earn_bfusd_quota import SimpleEarnBfusdQuota
    from .simple_earn_bfusd_reward import SimpleEarnBfusdReward
    from .simple_earn_bfusd_reward_page import SimpleEarnBfusdRewardPage
    from .simple_earn_bfusd_subscription import SimpleEarnBfusdSubscription
    from .simple_earn_bfusd_subscription_quota import SimpleEarnBfusdSubscriptionQuota
    from .simple_earn_collateral_record import SimpleEarnCollateralRecord
    from .simple_earn_collateral_record_page import SimpleEarnCollateralRecordPage
    from .simple_earn_flexible_position import SimpleEarnFlexiblePosition
    from .simple_earn_flexible_position_page import SimpleEarnFlexiblePositionPage
    from .simple_earn_flexible_product import SimpleEarnFlexibleProduct
    from .simple_earn_flexible_product_page import SimpleEarnFlexibleProductPage
    from .simple_earn_flexible_rate import SimpleEarnFlexibleRate
    from .simple_earn_flexible_rate_page import SimpleEarnFlexibleRatePage
    from .simple_earn_flexible_redemption_record import SimpleEarnFlexibleRedemptionRecord
    from .simple_earn_flexible_redemption_record_page import SimpleEarnFlexibleRedemptionRecordPage
    from .simple_earn_flexible_reward import SimpleEarnFlexibleReward
    from .simple_earn_flexible_reward_page import SimpleEarnFlexibleRewardPage
    from .simple_earn_flexible_reward_type import SimpleEarnFlexibleRewardType
    from .simple_earn_flexible_subscription import SimpleEarnFlexibleSubscription
    from .simple_earn_flexible_subscription_preview import SimpleEarnFlexibleSubscriptionPreview
    from .simple_earn_flexible_subscription_record import SimpleEarnFlexibleSubscriptionRecord
    from .simple_earn_flexible_subscription_record_page import SimpleEarnFlexibleSubscriptionRecordPage
    from .simple_earn_locked_position import SimpleEarnLockedPosition
    from .simple_earn_locked_position_page import SimpleEarnLockedPositionPage
    from .simple_earn_locked_product import SimpleEarnLockedProduct
    from .simple_earn_locked_product_detail import SimpleEarnLockedProductDetail
    from .simple_earn_locked_product_page import SimpleEarnLockedProductPage
    from .simple_earn_locked_product_quota import SimpleEarnLockedProductQuota
    from .simple_earn_locked_redeem_to import SimpleEarnLockedRedeemTo
    from .simple_earn_locked_redemption_record import SimpleEarnLockedRedemptionRecord
    from .simple_earn_locked_redemption_record_page import SimpleEarnLockedRedemptionRecordPage
    from .simple_earn_locked_reward import SimpleEarnLockedReward
    from .simple_earn_locked_reward_page import SimpleEarnLockedRewardPage
    from .simple_earn_locked_subscription import SimpleEarnLockedSubscription
    from .simple_earn_locked_subscription_preview import SimpleEarnLockedSubscriptionPreview
    from .simple_earn_locked_subscription_record import SimpleEarnLockedSubscriptionRecord
    from .simple_earn_locked_subscription_record_page import SimpleEarnLockedSubscriptionRecordPage
    from .simple_earn_personal_left_quota import SimpleEarnPersonalLeftQuota
    from .simple_earn_redeem_destination import SimpleEarnRedeemDestination
    from .simple_earn_redemption import SimpleEarnRedemption
    from .simple_earn_rwusd_account import SimpleEarnRwusdAccount
    from .simple_earn_rwusd_quota import SimpleEarnRwusdQuota
    from .simple_earn_rwusd_reward import SimpleEarnRwusdReward
    from .simple_earn_rwusd_reward_page import SimpleEarnRwusdRewardPage
    from .simple_earn_rwusd_subscription import SimpleEarnRwusdSubscription
    from .simple_earn_rwusd_subscription_quota import SimpleEarnRwusdSubscriptionQuota
    from .simple_earn_source_account import SimpleEarnSourceAccount
    from .simple_earn_stable_fast_redemption_quota import SimpleEarnStableFastRedemptionQuota
    from .simple_earn_stable_rate import SimpleEarnStableRate
    from .simple_earn_stable_rate_page import SimpleEarnStableRatePage
    from .simple_earn_stable_record_status import SimpleEarnStableRecordStatus
    from .simple_earn_stable_redeem_type import SimpleEarnStableRedeemType
    from .simple_earn_stable_redemption import SimpleEarnStableRedemption
    from .simple_earn_stable_redemption_record import SimpleEarnStableRedemptionRecord
    from .simple_earn_stable_redemption_record_page import SimpleEarnStableRedemptionRecordPage
    from .simple_earn_stable_source_asset import SimpleEarnStableSourceAsset
    from .simple_earn_stable_standard_redemption_quota import SimpleEarnStableStandardRedemptionQuota
    from .simple_earn_stable_subscription_record import SimpleEarnStableSubscriptionRecord
    from .simple_earn_stable_subscription_record_page import SimpleEarnStableSubscriptionRecordPage
    from .simple_earn_success import SimpleEarnSuccess
    from .simple_earn_tier_rates import SimpleEarnTierRates
    from .simple_earn_yield_arena_activities import SimpleEarnYieldArenaActivities
    from .simple_earn_yield_arena_activity import SimpleEarnYieldArenaActivity
    from .sor_info import SorInfo
    from .sor_order_full import SorOrderFull
    from .sor_order_result import SorOrderResult
    from .staking_beth_reward import StakingBethReward
    from .staking_beth_reward_page import StakingBethRewardPage
    from .staking_beth_wrap import StakingBethWrap
    from .staking_bnsol_rate import StakingBnsolRate
    from .staking_bnsol_rate_page import StakingBnsolRatePage
    from .staking_bnsol_reward import StakingBnsolReward
    from .staking_bnsol_reward_page import StakingBnsolRewardPage
    from .staking_boost_apr import StakingBoostApr
    from .staking_eth_account import StakingEthAccount
    from .staking_eth_holdings import StakingEthHoldings
    from .staking_eth_profit import StakingEthProfit
    from .staking_eth_quota import StakingEthQuota
    from .staking_eth_redeem_asset import StakingEthRedeemAsset
    from .staking_eth_redemption import StakingEthRedemption
    from .staking_eth_redemption_record import StakingEthRedemptionRecord
    from .staking_eth_redemption_record_page import StakingEthRedemptionRecordPage
    from .staking_eth_staking_record import StakingEthStakingRecord
    from .staking_eth_staking_record_page import StakingEthStakingRecordPage
    from .staking_eth_subscription import StakingEthSubscription
    from .staking_on_chain_account import StakingOnChainAccount
    from .staking_on_chain_left_quota import StakingOnChainLeftQuota
    from .staking_on_chain_position import StakingOnChainPosition
    from .staking_on_chain_position_page import StakingOnChainPositionPage
    from .staking_on_chain_product import StakingOnChainProduct
    from .staking_on_chain_product_detail import StakingOnChainProductDetail
    from .staking_on_chain_product_page import StakingOnChainProductPage
    from .staking_on_chain_product_quota import StakingOnChainProductQuota
    from .staking_on_chain_redeem_to import StakingOnChainRedeemTo
    from .staking_on_chain_redemption import StakingOnChainRedemption
    from .staking_on_chain_redemption_record import StakingOnChainRedemptionRecord
    from .staking_on_chain_redemption_record_page import StakingOnChainRedemptionRecordPage
    from .staking_on_chain_reward import StakingOnChainReward
    from .staking_on_chain_reward_page import StakingOnChainRewardPage
    from .staking_on_chain_source_account import StakingOnChainSourceAccount
    from .staking_on_chain_subscription import StakingOnChainSubscription
    from .staking_on_chain_subscription_preview import StakingOnChainSubscriptionPreview
    from .staking_on_chain_subscription_record import StakingOnChainSubscriptionRecord
    from .staking_on_chain_subscription_record_page import StakingOnChainSubscriptionRecordPage
    from .staking_on_chain_success import StakingOnChainSuccess
    from .staking_soft_product import StakingSoftProduct
    from .staking_soft_product_page import StakingSoftProductPage
    from .staking_soft_reward import StakingSoftReward
    from .staking_soft_reward_page import StakingSoftRewardPage
    from .staking_soft_staking_switch import StakingSoftStakingSwitch
    from .staking_sol_account import StakingSolAccount
    from .staking_sol_boost_reward import StakingSolBoostReward
    from .staking_sol_boost_reward_page import StakingSolBoostRewardPage
    from .staking_sol_boost_reward_type import StakingSolBoostRewardType
    from .staking_sol_claim import StakingSolClaim
    from .staking_sol_quota import StakingSolQuota
    from .staking_sol_redemption import StakingSolRedemption
    from .staking_sol_redemption_record import StakingSolRedemptionRecord
    from .staking_sol_redemption_record_page import StakingSolRedemptionRecordPage
    from .staking_sol_staking_record import StakingSolStakingRecord
    from .staking_sol_staking_record_page import StakingSolStakingRecordPage
    from .staking_sol_subscription import StakingSolSubscription
    from .staking_sol_unclaimed_reward import StakingSolUnclaimedReward
    from .staking_wbeth_conversion import StakingWbethConversion
    from .staking_wbeth_conversion_page import StakingWbethConversionPage
    from .staking_wbeth_rate import StakingWbethRate
    from .staking_wbeth_rate_page import StakingWbethRatePage
    from .staking_wbeth_reward import StakingWbethReward
    from .staking_wbeth_reward_page import StakingWbethRewardPage
    from .sub_account_api_ip_restriction import SubAccountApiIpRestriction
    from .sub_account_api_ip_restriction_update import SubAccountApiIpRestrictionUpdate
    from .sub_account_api_key_created import SubAccountApiKeyCreated
    from .sub_account_api_key_info import SubAccountApiKeyInfo
    from .sub_account_api_key_list import SubAccountApiKeyList
    from .sub_account_api_key_permissions import SubAccountApiKeyPermissions
    from .sub_account_asset_balance import SubAccountAssetBalance
    from .sub_account_asset_balance_v3 import SubAccountAssetBalanceV3
    from .sub_account_assets import SubAccountAssets
    from .sub_account_assets_v3 import SubAccountAssetsV3
    from .sub_account_created import SubAccountCreated
    from .sub_account_delivery_account import SubAccountDeliveryAccount
    from .sub_account_delivery_position import SubAccountDeliveryPosition
    from .sub_account_delivery_summary import SubAccountDeliverySummary
    from .sub_account_delivery_totals import SubAccountDeliveryTotals
    from .sub_account_deposit import SubAccountDeposit
    from .sub_account_deposit_address import SubAccountDepositAddress
    from .sub_account_empty_response import SubAccountEmptyResponse
    from .sub_account_futures_account import SubAccountFuturesAccount
    from .sub_account_futures_account_coin_m import SubAccountFuturesAccountCoinM
    from .sub_account_futures_account_usd_m import SubAccountFuturesAccountUsdM
    from .sub_account_futures_asset import SubAccountFuturesAsset
    from .sub_account_futures_enabled import SubAccountFuturesEnabled
    from .sub_account_futures_internal_transfer_result import SubAccountFuturesInternalTransferResult
    from .sub_account_futures_position import SubAccountFuturesPosition
    from .sub_account_futures_positions_coin_m import SubAccountFuturesPositionsCoinM
    from .sub_account_futures_positions_usd_m import SubAccountFuturesPositionsUsdM
    from .sub_account_futures_summary import SubAccountFuturesSummary
    from .sub_account_futures_summary_coin_m import SubAccountFuturesSummaryCoinM
    from .sub_account_futures_summary_usd_m import SubAccountFuturesSummaryUsdM
    from .sub_account_futures_totals import SubAccountFuturesTotals
    from .sub_account_futures_transfer import SubAccountFuturesTransfer
    from .sub_account_futures_transfer_history import SubAccountFuturesTransferHistory
    from .sub_account_ip_restriction_status import SubAccountIpRestrictionStatus
    from .sub_account_leveraged_tokens_enabled import SubAccountLeveragedTokensEnabled
    from .sub_account_list import SubAccountList
    from .sub_account_list_entry import SubAccountListEntry
    from .sub_account_managed_account_type import SubAccountManagedAccountType
    from .sub_account_managed_asset import SubAccountManagedAsset
    from .sub_account_managed_futures_assets import SubAccountManagedFuturesAssets
    from .sub_account_managed_futures_balance import SubAccountManagedFuturesBalance
    from .sub_account_managed_futures_data import SubAccountManagedFuturesData
    from .sub_account_managed_futures_position import SubAccountManagedFuturesPosition
    from .sub_account_managed_futures_snapshot import SubAccountManagedFuturesSnapshot
    from .sub_account_managed_futures_type import SubAccountManagedFuturesType
    from .sub_account_managed_info import SubAccountManagedInfo
    from .sub_account_managed_list import SubAccountManagedList
    from .sub_account_managed_margin_assets import SubAccountManagedMarginAssets
    from .sub_account_managed_margin_type import SubAccountManagedMarginType
    from .sub_account_managed_snapshots import SubAccountManagedSnapshots
    from .sub_account_managed_transfer import SubAccountManagedTransfer
    from .sub_account_managed_transfer_log import SubAccountManagedTransferLog
    from .sub_account_margin_account import SubAccountMarginAccount
    from .sub_account_margin_asset import SubAccountMarginAsset
    from .sub_account_margin_enabled import SubAccountMarginEnabled
    from .sub_account_margin_ratios import SubAccountMarginRatios
    from .sub_account_margin_summary import SubAccountMarginSummary
    from .sub_account_margin_totals import SubAccountMarginTotals
    from .sub_account_move_position_arg import SubAccountMovePositionArg
    from .sub_account_move_position_history import SubAccountMovePositionHistory
    from .sub_account_move_position_order import SubAccountMovePositionOrder
    from .sub_account_move_position_product_type import SubAccountMovePositionProductType
    from .sub_account_move_position_result import SubAccountMovePositionResult
    from .sub_account_moved_position import SubAccountMovedPosition
    from .sub_account_options_enabled import SubAccountOptionsEnabled
    from .sub_account_own_transfer import SubAccountOwnTransfer
    from .sub_account_position_side import SubAccountPositionSide
    from .sub_account_snapshot import SubAccountSnapshot
    from .sub_account_snapshot_balance import SubAccountSnapshotBalance
    from .sub_account_snapshot_data import SubAccountSnapshotData
    from .sub_account_snapshot_futures_asset import SubAccountSnapshotFuturesAsset
    from .sub_account_snapshot_futures_position import SubAccountSnapshotFuturesPosition
    from .sub_account_snapshot_type import SubAccountSnapshotType
    from .sub_account_spot_summary import SubAccountSpotSummary
    from .sub_account_spot_transfer import SubAccountSpotTransfer
    from .sub_account_spot_value import SubAccountSpotValue
    from .sub_account_status import SubAccountStatus
    from .sub_account_trade_info import SubAccountTradeInfo
    from .sub_account_transaction_statistics import SubAccountTransactionStatistics
    from .sub_account_transfer_direction import SubAccountTransferDirection
    from .sub_account_transfer_id import SubAccountTransferId
    from .sub_account_transfer_result import SubAccountTransferResult
    from .sub_account_universal_account_type import SubAccountUniversalAccountType
    from .sub_account_universal_transfer_history import SubAccountUniversalTransferHistory
    from .sub_account_universal_transfer_record import SubAccountUniversalTransferRecord
    from .sub_account_universal_transfer_result import SubAccountUniversalTransferResult
    from .symbol_execution_rules import SymbolExecutionRules
    from .symbol_info import SymbolInfo
    from .symbol_status import SymbolStatus
    from .test_order_commission import TestOrderCommission
    from .test_order_commission_discount import TestOrderCommissionDiscount
    from .test_order_commission_rates import TestOrderCommissionRates
    from .test_order_empty import TestOrderEmpty
    from .ticker_24_hr_full import Ticker24HrFull
    from .ticker_24_hr_mini import Ticker24HrMini
    from .ticker_price import TickerPrice
    from .ticker_rolling_window_full import TickerRollingWindowFull
    from .ticker_rolling_window_mini import TickerRollingWindowMini
    from .ticker_trading_day_full import TickerTradingDayFull
    from .ticker_trading_day_mini import TickerTradingDayMini
    from .ticker_type import TickerType
    from .time_in_force import TimeInForce
    from .toggle_auto_conversion_coin import ToggleAutoConversionCoin
    from .tokenized_asset import TokenizedAsset
    from .tokenized_conversion import TokenizedConversion
    from .tokenized_conversion_page import TokenizedConversionPage
    from .tokenized_conversion_unknown import TokenizedConversionUnknown
    from .tokenized_convert_ack import TokenizedConvertAck
    from .tokenized_convert_type import TokenizedConvertType
    from .trailing_delta_filter import TrailingDeltaFilter
    from .trailing_delta_filter_filter_type import TrailingDeltaFilterFilterType
    from .unfilled_order_count import UnfilledOrderCount
    from .vip_loans_accrued_interest import VipLoansAccruedInterest
    from .vip_loans_accrued_interest_history import VipLoansAccruedInterestHistory
    from .vip_loans_application import VipLoansApplication
    from .vip_loans_applications import VipLoansApplications
    from .vip_loans_borrow_interest_rate import VipLoansBorrowInterestRate
    from .vip_loans_borrow_result import VipLoansBorrowResult
    from .vip_loans_collateral_account import VipLoansCollateralAccount
    from .vip_loans_collateral_accounts import VipLoansCollateralAccounts
    from .vip_loans_collateral_asset import VipLoansCollateralAsset
    from .vip_loans_collateral_assets import VipLoansCollateralAssets
    from .vip_loans_fixed_rate_borrow_result import VipLoansFixedRateBorrowResult
    from .vip_loans_fixed_rate_market import VipLoansFixedRateMarket
    from .vip_loans_fixed_rate_offer import VipLoansFixedRateOffer
    from .vip_loans_interest_rate import VipLoansInterestRate
    from .vip_loans_interest_rate_history import VipLoansInterestRateHistory
    from .vip_loans_loanable_asset import VipLoansLoanableAsset
    from .vip_loans_loanable_assets import VipLoansLoanableAssets
    from .vip_loans_ongoing_order import VipLoansOngoingOrder
    from .vip_loans_ongoing_orders import VipLoansOngoingOrders
    from .vip_loans_renew_result import VipLoansRenewResult
    from .vip_loans_repay_history import VipLoansRepayHistory
    from .vip_loans_repay_record import VipLoansRepayRecord
    from .vip_loans_repay_result import VipLoansRepayResult
    from .wallet_account_info import WalletAccountInfo
    from .wallet_account_snapshot import WalletAccountSnapshot
    from .wallet_account_status import WalletAccountStatus
    from .wallet_address_questionnaire import WalletAddressQuestionnaire
    from .wallet_address_verification import WalletAddressVerification
    from .wallet_api_key_permission import WalletApiKeyPermission
    from .wallet_api_trading_indicator import WalletApiTradingIndicator
    from .wallet_api_trading_status import WalletApiTradingStatus
    from .wallet_api_trading_status_data import WalletApiTradingStatusData
    from .wallet_api_trading_status_data_indicators import WalletApiTradingStatusDataIndicators
    from .wallet_api_trading_trigger import WalletApiTradingTrigger
    from .wallet_asset_balance import WalletAssetBalance
    from .wallet_asset_detail import WalletAssetDetail
    from .wallet_asset_details import WalletAssetDetails
    from .wallet_asset_tags import WalletAssetTags
    from .wallet_auto_conversion_rates import WalletAutoConversionRates
    from .wallet_auto_conversion_settings import WalletAutoConversionSettings
    from .wallet_balance import WalletBalance
    from .wallet_bnb_convertible_asset import WalletBnbConvertibleAsset
    from .wallet_bnb_convertible_assets import WalletBnbConvertibleAssets
    from .wallet_busd_convert_account_type import WalletBusdConvertAccountType
    from .wallet_busd_convert_history import WalletBusdConvertHistory
    from .wallet_busd_convert_record import WalletBusdConvertRecord
    from .wallet_busd_convert_result import WalletBusdConvertResult
    from .wallet_cloud_mining_history import WalletCloudMiningHistory
    from .wallet_cloud_mining_record import WalletCloudMiningRecord
    from .wallet_coin_info import WalletCoinInfo
    from .wallet_coin_network import WalletCoinNetwork
    from .wallet_delegation_history import WalletDelegationHistory
    from .wallet_delegation_record import WalletDelegationRecord
    from .wallet_delegation_type import WalletDelegationType
    from .wallet_delist_schedule import WalletDelistSchedule
    from .wallet_deposit_address import WalletDepositAddress
    from .wallet_deposit_address_entry import WalletDepositAddressEntry
    from .wallet_deposit_credit_result import WalletDepositCreditResult
    from .wallet_deposit_record import WalletDepositRecord
    from .wallet_dividend_record import WalletDividendRecord
    from .wallet_dividend_records import WalletDividendRecords
    from .wallet_dust_account_type import WalletDustAccountType
    from .wallet_dust_convertible_asset import WalletDustConvertibleAsset
    from .wallet_dust_convertible_assets import WalletDustConvertibleAssets
    from .wallet_dust_log import WalletDustLog
    from .wallet_dust_log_detail import WalletDustLogDetail
    from .wallet_dust_log_entry import WalletDustLogEntry
    from .wallet_dust_transfer_item import WalletDustTransferItem
    from .wallet_dust_transfer_result import WalletDustTransferResult
    from .wallet_empty_response import WalletEmptyResponse
    from .wallet_funding_asset import WalletFundingAsset
    from .wallet_futures_snapshot_data import WalletFuturesSnapshotData
    from .wallet_margin_snapshot_data import WalletMarginSnapshotData
    from .wallet_open_schedule import WalletOpenSchedule
    from .wallet_questionnaire_requirements import WalletQuestionnaireRequirements
    from .wallet_snapshot import WalletSnapshot
    from .wallet_snapshot_balance import WalletSnapshotBalance
    from .wallet_snapshot_futures_asset import WalletSnapshotFuturesAsset
    from .wallet_snapshot_futures_position import WalletSnapshotFuturesPosition
    from .wallet_snapshot_margin_asset import WalletSnapshotMarginAsset
    from .wallet_snapshot_type import WalletSnapshotType
    from .wallet_spot_snapshot_data import WalletSpotSnapshotData
    from .wallet_system_status import WalletSystemStatus
    from .wallet_trade_fee import WalletTradeFee
    from .wallet_transfer_id import WalletTransferId
    from .wallet_travel_rule_block_type import WalletTravelRuleBlockType
    from .wallet_travel_rule_country import WalletTravelRuleCountry
    from .wallet_travel_rule_country_list import WalletTravelRuleCountryList
    from .wallet_travel_rule_deposit_questionnaire import WalletTravelRuleDepositQuestionnaire
    from .wallet_travel_rule_deposit_record import WalletTravelRuleDepositRecord
    from .wallet_travel_rule_deposit_record_v2 import WalletTravelRuleDepositRecordV2
    from .wallet_travel_rule_region import WalletTravelRuleRegion
    from .wallet_travel_rule_region_list import WalletTravelRuleRegionList
    from .wallet_travel_rule_submit_result import WalletTravelRuleSubmitResult
    from .wallet_travel_rule_withdraw_record import WalletTravelRuleWithdrawRecord
    from .wallet_travel_rule_withdraw_result import WalletTravelRuleWithdrawResult
    from .wallet_universal_transfer_history import WalletUniversalTransferHistory
    from .wallet_universal_transfer_record import WalletUniversalTransferRecord
    from .wallet_universal_transfer_type import WalletUniversalTransferType
    from .wallet_user_asset import WalletUserAsset
    from .wallet_vasp import WalletVasp
    from .wallet_withdraw_address import WalletWithdrawAddress
    from .wallet_withdraw_quota import WalletWithdrawQuota
    from .wallet_withdraw_record import WalletWithdrawRecord
    from .wallet_withdraw_result import WalletWithdrawResult
    from .working_floor import WorkingFloor

_MODULES = {
    "Account": ".account",
    "AccountCommission": ".account_commission",
    "AccountCommissionDiscount": ".account_commission_discount",
    "AccountTrade": ".account_trade",
    "AggregateTrade": ".aggregate_trade",
    "AlgoCancelResult": ".algo_cancel_result",
    "AlgoNewOrderResult": ".algo_new_order_result",
    "AlgoOrder": ".algo_order",
    "AlgoOrders": ".algo_orders",
    "AlgoPositionSide": ".algo_position_side",
    "AlgoSubOrder": ".algo_sub_order",
    "AlgoSubOrders": ".algo_sub_orders",
    "AlgoUrgency": ".algo_urgency",
    "Allocation": ".allocation",
    "AllocationType": ".allocation_type",
    "AmendedOrder": ".amended_order",
    "AmendedOrderListStatus": ".amended_order_list_status",
    "AutoInvestAssets": ".auto_invest_assets",
    "AutoInvestIndexAllocation": ".auto_invest_index_allocation",
    "AutoInvestIndexAssetHolding": ".auto_invest_index_asset_holding",
    "AutoInvestIndexInfo": ".auto_invest_index_info",
    "AutoInvestIndexPosition": ".auto_invest_index_position",
    "AutoInvestOneTimeTransaction": ".auto_invest_one_time_transaction",
    "AutoInvestOneTimeTransactionStatus": ".auto_invest_one_time_transaction_status",
    "AutoInvestPlanAssetHolding": ".auto_invest_plan_asset_holding",
    "AutoInvestPlanChange": ".auto_invest_plan_change",
    "AutoInvestPlanHoldings": ".auto_invest_plan_holdings",
    "AutoInvestPlanList": ".auto_invest_plan_list",
    "AutoInvestPlanStatus": ".auto_invest_plan_status",
    "AutoInvestPlanStatusChange": ".auto_invest_plan_status_change",
    "AutoInvestPlanSummary": ".auto_invest_plan_summary",
    "AutoInvestPlanType": ".auto_invest_plan_type",
    "AutoInvestPlanTypeFilter": ".auto_invest_plan_type_filter",
    "AutoInvestPortfolioDetail": ".auto_invest_portfolio_detail",
    "AutoInvestRebalance": ".auto_invest_rebalance",
    "AutoInvestRebalanceTrade": ".auto_invest_rebalance_trade",
    "AutoInvestRedemption": ".auto_invest_redemption",
    "AutoInvestRedemptionRecord": ".auto_invest_redemption_record",
    "AutoInvestRoiPeriod": ".auto_invest_roi_period",
    "AutoInvestRoiPoint": ".auto_invest_roi_point",
    "AutoInvestSimulatedRoi": ".auto_invest_simulated_roi",
    "AutoInvestSourceAsset": ".auto_invest_source_asset",
    "AutoInvestSourceAssetList": ".auto_invest_source_asset_list",
    "AutoInvestSourceType": ".auto_invest_source_type",
    "AutoInvestSubscriptionCycle": ".auto_invest_subscription_cycle",
    "AutoInvestSubscriptionRecord": ".auto_invest_subscription_record",
    "AutoInvestTargetAsset": ".auto_invest_target_asset",
    "AutoInvestTargetAssetList": ".auto_invest_target_asset_list",
    "AutoInvestUsageType": ".auto_invest_usage_type",
    "AutoInvestWeekday": ".auto_invest_weekday",
    "AveragePrice": ".average_price",
    "Balance": ".balance",
    "BlvtBasket": ".blvt_basket",
    "BlvtInfo": ".blvt_info",
    "BlvtRedemption": ".blvt_redemption",
    "BlvtRedemptionRecord": ".blvt_redemption_record",
    "BlvtSubscription": ".blvt_subscription",
    "BlvtSubscriptionRecord": ".blvt_subscription_record",
    "BlvtUserLimit": ".blvt_user_limit",
    "BookTicker": ".book_ticker",
    "C2CTrade": ".c2c_trade",
    "C2CTradeHistory": ".c2c_trade_history",
    "CancelReplaceFailure": ".cancel_replace_failure",
    "CancelReplaceFailureData": ".cancel_replace_failure_data",
    "CancelReplaceMode": ".cancel_replace_mode",
    "CancelReplaceResult": ".cancel_replace_result",
    "CancelReplaceStepResult": ".cancel_replace_step_result",
    "CancelRestrictions": ".cancel_restrictions",
    "CanceledOrder": ".canceled_order",
    "CanceledOrderList": ".canceled_order_list",
    "CommissionRates": ".commission_rates",
    "ContingencyType": ".contingency_type",
    "ConvertAcceptedQuote": ".convert_accepted_quote",
    "ConvertAssetPrecision": ".convert_asset_precision",
    "ConvertExpiredType": ".convert_expired_type",
    "ConvertLimitOrderResult": ".convert_limit_order_result",
    "ConvertOrder": ".convert_order",
    "ConvertOrderList": ".convert_order_list",
    "ConvertPair": ".convert_pair",
    "ConvertQuote": ".convert_quote",
    "ConvertQuoteValidTime": ".convert_quote_valid_time",
    "ConvertTradeHistory": ".convert_trade_history",
    "ConvertWalletType": ".convert_wallet_type",
    "CopyTradingLeadSymbol": ".copy_trading_lead_symbol",
    "CopyTradingLeadSymbols": ".copy_trading_lead_symbols",
    "CopyTradingLeadTraderState": ".copy_trading_lead_trader_state",
    "CopyTradingLeadTraderStatus": ".copy_trading_lead_trader_status",
    "CryptoLoansFlexibleBorrowHistory": ".crypto_loans_flexible_borrow_history",
    "CryptoLoansFlexibleBorrowRecord": ".crypto_loans_flexible_borrow_record",
    "CryptoLoansFlexibleBorrowResult": ".crypto_loans_flexible_borrow_result",
    "CryptoLoansFlexibleCollateralAsset": ".crypto_loans_flexible_collateral_asset",
    "CryptoLoansFlexibleCollateralAssets": ".crypto_loans_flexible_collateral_assets",
    "CryptoLoansFlexibleCollateralRepayRate": ".crypto_loans_flexible_collateral_repay_rate",
    "CryptoLoansFlexibleInterestRate": ".crypto_loans_flexible_interest_rate",
    "CryptoLoansFlexibleInterestRateHistory": ".crypto_loans_flexible_interest_rate_history",
    "CryptoLoansFlexibleLiquidation": ".crypto_loans_flexible_liquidation",
    "CryptoLoansFlexibleLiquidationHistory": ".crypto_loans_flexible_liquidation_history",
    "CryptoLoansFlexibleLoanableAsset": ".crypto_loans_flexible_loanable_asset",
    "CryptoLoansFlexibleLoanableAssets": ".crypto_loans_flexible_loanable_assets",
    "CryptoLoansFlexibleLtvAdjustResult": ".crypto_loans_flexible_ltv_adjust_result",
    "CryptoLoansFlexibleLtvAdjustment": ".crypto_loans_flexible_ltv_adjustment",
    "CryptoLoansFlexibleLtvAdjustmentHistory": ".crypto_loans_flexible_ltv_adjustment_history",
    "CryptoLoansFlexibleOngoingOrder": ".crypto_loans_flexible_ongoing_order",
    "CryptoLoansFlexibleOngoingOrders": ".crypto_loans_flexible_ongoing_orders",
    "CryptoLoansFlexibleRepayHistory": ".crypto_loans_flexible_repay_history",
    "CryptoLoansFlexibleRepayRecord": ".crypto_loans_flexible_repay_record",
    "CryptoLoansFlexibleRepayResult": ".crypto_loans_flexible_repay_result",
    "CryptoLoansIncome": ".crypto_loans_income",
    "CryptoLoansIncomeType": ".crypto_loans_income_type",
    "CryptoLoansLtvDirection": ".crypto_loans_ltv_direction",
    "CryptoLoansStableBorrowHistory": ".crypto_loans_stable_borrow_history",
    "CryptoLoansStableBorrowRecord": ".crypto_loans_stable_borrow_record",
    "CryptoLoansStableBorrowResult": ".crypto_loans_stable_borrow_result",
    "CryptoLoansStableCollateralAsset": ".crypto_loans_stable_collateral_asset",
    "CryptoLoansStableCollateralAssets": ".crypto_loans_stable_collateral_assets",
    "CryptoLoansStableCollateralRepayRate": ".crypto_loans_stable_collateral_repay_rate",
    "CryptoLoansStableLoanableAsset": ".crypto_loans_stable_loanable_asset",
    "CryptoLoansStableLoanableAssets": ".crypto_loans_stable_loanable_assets",
    "CryptoLoansStableLtvAdjustResult": ".crypto_loans_stable_ltv_adjust_result",
    "CryptoLoansStableLtvAdjustment": ".crypto_loans_stable_ltv_adjustment",
    "CryptoLoansStableLtvAdjustmentHistory": ".crypto_loans_stable_ltv_adjustment_history",
    "CryptoLoansStableMarginCall": ".crypto_loans_stable_margin_call",
    "CryptoLoansStableMarginCalls": ".crypto_loans_stable_margin_calls",
    "CryptoLoansStableOngoingOrder": ".crypto_loans_stable_ongoing_order",
    "CryptoLoansStableOngoingOrders": ".crypto_loans_stable_ongoing_orders",
    "CryptoLoansStableRepayHistory": ".crypto_loans_stable_repay_history",
    "CryptoLoansStableRepayPending": ".crypto_loans_stable_repay_pending",
    "CryptoLoansStableRepayRecord": ".crypto_loans_stable_repay_record",
    "CryptoLoansStableRepayResult": ".crypto_loans_stable_repay_result",
    "DualInvestmentAccount": ".dual_investment_account",
    "DualInvestmentAutoCompoundChange": ".dual_investment_auto_compound_change",
    "DualInvestmentAutoCompoundPlan": ".dual_investment_auto_compound_plan",
    "DualInvestmentOptionType": ".dual_investment_option_type",
    "DualInvestmentPosition": ".dual_investment_position",
    "DualInvestmentPositionPage": ".dual_investment_position_page",
    "DualInvestmentPositionStatus": ".dual_investment_position_status",
    "DualInvestmentProduct": ".dual_investment_product",
    "DualInvestmentProductPage": ".dual_investment_product_page",
    "DualInvestmentSubscription": ".dual_investment_subscription",
    "EquityCancelAck": ".equity_cancel_ack",
    "EquityExchangeInfo": ".equity_exchange_info",
    "EquityExecution": ".equity_execution",
    "EquityListenKey": ".equity_listen_key",
    "EquityOrder": ".equity_order",
    "EquityOrderAck": ".equity_order_ack",
    "EquityOrderPage": ".equity_order_page",
    "EquityOrderType": ".equity_order_type",
    "EquityQuote": ".equity_quote",
    "EquitySuccess": ".equity_success",
    "EquitySymbol": ".equity_symbol",
    "EquityTimeInForce": ".equity_time_in_force",
    "EquityTrade": ".equity_trade",
    "EquityTradePage": ".equity_trade_page",
    "EquityTradingSession": ".equity_trading_session",
    "EquityWalletType": ".equity_wallet_type",
    "Error": ".error",
    "ErrorCode": ".error_code",
    "ExchangeInfo": ".exchange_info",
    "ExchangeMaxNumAlgoOrdersFilter": ".exchange_max_num_algo_orders_filter",
    "ExchangeMaxNumAlgoOrdersFilterFilterType": ".exchange_max_num_algo_orders_filter_filter_type",
    "ExchangeMaxNumIcebergOrdersFilter": ".exchange_max_num_iceberg_orders_filter",
    "ExchangeMaxNumIcebergOrdersFilterFilterType": ".exchange_max_num_iceberg_orders_filter_filter_type",
    "ExchangeMaxNumOrderListsFilter": ".exchange_max_num_order_lists_filter",
    "ExchangeMaxNumOrderListsFilterFilterType": ".exchange_max_num_order_lists_filter_filter_type",
    "ExchangeMaxNumOrdersFilter": ".exchange_max_num_orders_filter",
    "ExchangeMaxNumOrdersFilterFilterType": ".exchange_max_num_orders_filter_filter_type",
    "ExecutionRuleType": ".execution_rule_type",
    "ExecutionRules": ".execution_rules",
    "ExecutionType": ".execution_type",
    "ExpiryReason": ".expiry_reason",
    "FiatOrder": ".fiat_order",
    "FiatOrderDetail": ".fiat_order_detail",
    "FiatOrderDetailData": ".fiat_order_detail_data",
    "FiatOrderDetailDataExt": ".fiat_order_detail_data_ext",
    "FiatOrderHistory": ".fiat_order_history",
    "FiatOrderSubmitted": ".fiat_order_submitted",
    "FiatOrderSubmittedData": ".fiat_order_submitted_data",
    "FiatPayment": ".fiat_payment",
    "FiatPaymentHistory": ".fiat_payment_history",
    "FuturesHistDataLink": ".futures_hist_data_link",
    "FuturesHistDataLinks": ".futures_hist_data_links",
    "FuturesHistDataType": ".futures_hist_data_type",
    "FuturesTransferHistory": ".futures_transfer_history",
    "FuturesTransferRecord": ".futures_transfer_record",
    "FuturesTransferResult": ".futures_transfer_result",
    "FuturesTransferStatus": ".futures_transfer_status",
    "GiftCardCodeData": ".gift_card_code_data",
    "GiftCardCodeResult": ".gift_card_code_result",
    "GiftCardRedemption": ".gift_card_redemption",
    "GiftCardRedemptionData": ".gift_card_redemption_data",
    "GiftCardRsaPublicKey": ".gift_card_rsa_public_key",
    "GiftCardTokenLimit": ".gift_card_token_limit",
    "GiftCardTokenLimits": ".gift_card_token_limits",
    "GiftCardVerification": ".gift_card_verification",
    "GiftCardVerificationData": ".gift_card_verification_data",
    "HistoricalBlockTrade": ".historical_block_trade",
    "IcebergPartsFilter": ".iceberg_parts_filter",
    "IcebergPartsFilterFilterType": ".iceberg_parts_filter_filter_type",
    "Kline": ".kline",
    "KlineInterval": ".kline_interval",
    "LotSizeFilter": ".lot_size_filter",
    "LotSizeFilterFilterType": ".lot_size_filter_filter_type",
    "MarginAccount": ".margin_account",
    "MarginAccountAsset": ".margin_account_asset",
    "MarginAccountScope": ".margin_account_scope",
    "MarginAccountSummary": ".margin_account_summary",
    "MarginAsset": ".margin_asset",
    "MarginAvailableInventory": ".margin_available_inventory",
    "MarginAvailableInventoryAssets": ".margin_available_inventory_assets",
    "MarginBnbBurn": ".margin_bnb_burn",
    "MarginBorrowRepayRecord": ".margin_borrow_repay_record",
    "MarginBorrowRepayRecords": ".margin_borrow_repay_records",
    "MarginBorrowRepayType": ".margin_borrow_repay_type",
    "MarginCanceledOrder": ".margin_canceled_order",
    "MarginCanceledOrderList": ".margin_canceled_order_list",
    "MarginCanceledOrderListReport": ".margin_canceled_order_list_report",
    "MarginCapitalFlow": ".margin_capital_flow",
    "MarginCapitalFlowType": ".margin_capital_flow_type",
    "MarginCollateralBracket": ".margin_collateral_bracket",
    "MarginCollateralRatio": ".margin_collateral_ratio",
    "MarginCrossFee": ".margin_cross_fee",
    "MarginDelistSchedule": ".margin_delist_schedule",
    "MarginEmptyResponse": ".margin_empty_response",
    "MarginForceLiquidation": ".margin_force_liquidation",
    "MarginForceLiquidations": ".margin_force_liquidations",
    "MarginInterest": ".margin_interest",
    "MarginInterestHistory": ".margin_interest_history",
    "MarginInterestRate": ".margin_interest_rate",
    "MarginIsolatedAccount": ".margin_isolated_account",
    "MarginIsolatedAccountAsset": ".margin_isolated_account_asset",
    "MarginIsolatedAccountLimit": ".margin_isolated_account_limit",
    "MarginIsolatedAccountPair": ".margin_isolated_account_pair",
    "MarginIsolatedAccountToggle": ".margin_isolated_account_toggle",
    "MarginIsolatedFee": ".margin_isolated_fee",
    "MarginIsolatedFeeAsset": ".margin_isolated_fee_asset",
    "MarginIsolatedFlag": ".margin_isolated_flag",
    "MarginIsolatedPair": ".margin_isolated_pair",
    "MarginIsolatedTier": ".margin_isolated_tier",
    "MarginLevelStatus": ".margin_level_status",
    "MarginLeverageBracket": ".margin_leverage_bracket",
    "MarginLeverageBracketTier": ".margin_leverage_bracket_tier",
    "MarginLimitPricePairs": ".margin_limit_price_pairs",
    "MarginLiquidationLoan": ".margin_liquidation_loan",
    "MarginLiquidationLoanRepay": ".margin_liquidation_loan_repay",
    "MarginLiquidationLoanRepayHistory": ".margin_liquidation_loan_repay_history",
    "MarginListSchedule": ".margin_list_schedule",
    "MarginListenKey": ".margin_listen_key",
    "MarginListenToken": ".margin_listen_token",
    "MarginManualLiquidation": ".margin_manual_liquidation",
    "MarginMaxBorrowable": ".margin_max_borrowable",
    "MarginMaxTransferable": ".margin_max_transferable",
    "MarginNewOrderAck": ".margin_new_order_ack",
    "MarginNewOrderFull": ".margin_new_order_full",
    "MarginNewOrderList": ".margin_new_order_list",
    "MarginNewOrderResult": ".margin_new_order_result",
    "MarginNextHourlyInterestRate": ".margin_next_hourly_interest_rate",
    "MarginOrder": ".margin_order",
    "MarginOrderCountUsage": ".margin_order_count_usage",
    "MarginOrderFill": ".margin_order_fill",
    "MarginOrderList": ".margin_order_list",
    "MarginOrderListOrder": ".margin_order_list_order",
    "MarginOrderListReport": ".margin_order_list_report",
    "MarginPair": ".margin_pair",
    "MarginPendingOcoOrderType": ".margin_pending_oco_order_type",
    "MarginPreventedMatch": ".margin_prevented_match",
    "MarginPriceIndex": ".margin_price_index",
    "MarginRestrictedAssets": ".margin_restricted_assets",
    "MarginRiskBasedLiquidationRatio": ".margin_risk_based_liquidation_ratio",
    "MarginSideEffectType": ".margin_side_effect_type",
    "MarginSmallLiability": ".margin_small_liability",
    "MarginSmallLiabilityExchange": ".margin_small_liability_exchange",
    "MarginSmallLiabilityExchangeHistory": ".margin_small_liability_exchange_history",
    "MarginSpecialKey": ".margin_special_key",
    "MarginSpecialKeyCreated": ".margin_special_key_created",
    "MarginSpecialKeyPermission": ".margin_special_key_permission",
    "MarginSuccess": ".margin_success",
    "MarginTrade": ".margin_trade",
    "MarginTransactionId": ".margin_transaction_id",
    "MarginTransfer": ".margin_transfer",
    "MarginTransferDirection": ".margin_transfer_direction",
    "MarginTransferHistory": ".margin_transfer_history",
    "MarginWorkingOrderType": ".margin_working_order_type",
    "MarketLotSizeFilter": ".market_lot_size_filter",
    "MarketLotSizeFilterFilterType": ".market_lot_size_filter_filter_type",
    "MaxAssetFilter": ".max_asset_filter",
    "MaxAssetFilterFilterType": ".max_asset_filter_filter_type",
    "MaxNumAlgoOrdersFilter": ".max_num_algo_orders_filter",
    "MaxNumAlgoOrdersFilterFilterType": ".max_num_algo_orders_filter_filter_type",
    "MaxNumIcebergOrdersFilter": ".max_num_iceberg_orders_filter",
    "MaxNumIcebergOrdersFilterFilterType": ".max_num_iceberg_orders_filter_filter_type",
    "MaxNumOrderAmendsFilter": ".max_num_order_amends_filter",
    "MaxNumOrderAmendsFilterFilterType": ".max_num_order_amends_filter_filter_type",
    "MaxNumOrderListsFilter": ".max_num_order_lists_filter",
    "MaxNumOrderListsFilterFilterType": ".max_num_order_lists_filter_filter_type",
    "MaxNumOrdersFilter": ".max_num_orders_filter",
    "MaxNumOrdersFilterFilterType": ".max_num_orders_filter_filter_type",
    "MaxPositionFilter": ".max_position_filter",
    "MaxPositionFilterFilterType": ".max_position_filter_filter_type",
    "MinNotionalFilter": ".min_notional_filter",
    "MinNotionalFilterFilterType": ".min_notional_filter_filter_type",
    "MiningAccountEarning": ".mining_account_earning",
    "MiningAccountEarningPage": ".mining_account_earning_page",
    "MiningAccountEarningsResponse": ".mining_account_earnings_response",
    "MiningAccountHashrateHistoryResponse": ".mining_account_hashrate_history_response",
    "MiningAccountHashratePoint": ".mining_account_hashrate_point",
    "MiningAccountHashrates": ".mining_account_hashrates",
    "MiningAccountStatistics": ".mining_account_statistics",
    "MiningAccountStatisticsResponse": ".mining_account_statistics_response",
    "MiningAlgorithm": ".mining_algorithm",
    "MiningAlgorithmsResponse": ".mining_algorithms_response",
    "MiningCancelHashrateResaleResponse": ".mining_cancel_hashrate_resale_response",
    "MiningCoin": ".mining_coin",
    "MiningCoinAmounts": ".mining_coin_amounts",
    "MiningCoinsResponse": ".mining_coins_response",
    "MiningEarning": ".mining_earning",
    "MiningEarningPage": ".mining_earning_page",
    "MiningEarningsResponse": ".mining_earnings_response",
    "MiningExtraBonus": ".mining_extra_bonus",
    "MiningExtraBonusPage": ".mining_extra_bonus_page",
    "MiningExtraBonusesResponse": ".mining_extra_bonuses_response",
    "MiningHashratePoint": ".mining_hashrate_point",
    "MiningHashrateResale": ".mining_hashrate_resale",
    "MiningHashrateResaleDay": ".mining_hashrate_resale_day",
    "MiningHashrateResaleDayPage": ".mining_hashrate_resale_day_page",
    "MiningHashrateResaleDetailResponse": ".mining_hashrate_resale_detail_response",
    "MiningHashrateResalePage": ".mining_hashrate_resale_page",
    "MiningHashrateResalesResponse": ".mining_hashrate_resales_response",
    "MiningResellHashrateResponse": ".mining_resell_hashrate_response",
    "MiningWorker": ".mining_worker",
    "MiningWorkerDetailResponse": ".mining_worker_detail_response",
    "MiningWorkerHashrates": ".mining_worker_hashrates",
    "MiningWorkerPage": ".mining_worker_page",
    "MiningWorkersResponse": ".mining_workers_response",
    "MyFilters": ".my_filters",
    "NewOrderAck": ".new_order_ack",
    "NewOrderFull": ".new_order_full",
    "NewOrderResult": ".new_order_result",
    "NftAssets": ".nft_assets",
    "NftDeposit": ".nft_deposit",
    "NftDepositHistory": ".nft_deposit_history",
    "NftToken": ".nft_token",
    "NftTransaction": ".nft_transaction",
    "NftTransactionHistory": ".nft_transaction_history",
    "NftWithdrawHistory": ".nft_withdraw_history",
    "NftWithdrawal": ".nft_withdrawal",
    "NotionalFilter": ".notional_filter",
    "NotionalFilterFilterType": ".notional_filter_filter_type",
    "OAuthBalance": ".o_auth_balance",
    "OAuthBalanceResponse": ".o_auth_balance_response",
    "OAuthCertificateStatus": ".o_auth_certificate_status",
    "OAuthCertificateType": ".o_auth_certificate_type",
    "OAuthChargeAddress": ".o_auth_charge_address",
    "OAuthChargeAddressResponse": ".o_auth_charge_address_response",
    "OAuthConvertCoin": ".o_auth_convert_coin",
    "OAuthConvertCoinsResponse": ".o_auth_convert_coins_response",
    "OAuthConvertConfirm": ".o_auth_convert_confirm",
    "OAuthConvertConfirmResponse": ".o_auth_convert_confirm_response",
    "OAuthConvertHistory": ".o_auth_convert_history",
    "OAuthConvertHistoryResponse": ".o_auth_convert_history_response",
    "OAuthConvertOrder": ".o_auth_convert_order",
    "OAuthConvertQuote": ".o_auth_convert_quote",
    "OAuthConvertQuoteResponse": ".o_auth_convert_quote_response",
    "OAuthConvertTarget": ".o_auth_convert_target",
    "OAuthRevokeTokenResponse": ".o_auth_revoke_token_response",
    "OAuthUserInfo": ".o_auth_user_info",
    "OAuthUserInfoResponse": ".o_auth_user_info_response",
    "OAuthUserStatus": ".o_auth_user_status",
    "OAuthUserStatusResponse": ".o_auth_user_status_response",
    "Order": ".order",
    "OrderAmendResult": ".order_amend_result",
    "OrderAmendment": ".order_amendment",
    "OrderBook": ".order_book",
    "OrderFill": ".order_fill",
    "OrderList": ".order_list",
    "OrderListEntry": ".order_list_entry",
    "OrderListMember": ".order_list_member",
    "OrderListOrderStatus": ".order_list_order_status",
    "OrderListResponse": ".order_list_response",
    "OrderListStatus": ".order_list_status",
    "OrderRateLimitExceededMode": ".order_rate_limit_exceeded_mode",
    "OrderResponseType": ".order_response_type",
    "OrderSide": ".order_side",
    "OrderStatus": ".order_status",
    "OrderType": ".order_type",
    "PayFundsDetail": ".pay_funds_detail",
    "PayPayerInfo": ".pay_payer_info",
    "PayReceiverExtend": ".pay_receiver_extend",
    "PayReceiverInfo": ".pay_receiver_info",
    "PayTradeHistory": ".pay_trade_history",
    "PayTransaction": ".pay_transaction",
    "PayWalletAssetCost": ".pay_wallet_asset_cost",
    "PegOffsetType": ".peg_offset_type",
    "PegPriceType": ".peg_price_type",
    "PercentPriceBySideFilter": ".percent_price_by_side_filter",
    "PercentPriceBySideFilterFilterType": ".percent_price_by_side_filter_filter_type",
    "PercentPriceFilter": ".percent_price_filter",
    "PercentPriceFilterFilterType": ".percent_price_filter_filter_type",
    "Permission": ".permission",
    "PingResponse": ".ping_response",
    "PortfolioMarginAccount": ".portfolio_margin_account",
    "PortfolioMarginAssetIndexPrice": ".portfolio_margin_asset_index_price",
    "PortfolioMarginAssetLeverage": ".portfolio_margin_asset_leverage",
    "PortfolioMarginAutoRepayStatus": ".portfolio_margin_auto_repay_status",
    "PortfolioMarginBalance": ".portfolio_margin_balance",
    "PortfolioMarginBankruptcyLoan": ".portfolio_margin_bankruptcy_loan",
    "PortfolioMarginBfusdMint": ".portfolio_margin_bfusd_mint",
    "PortfolioMarginBfusdRedeem": ".portfolio_margin_bfusd_redeem",
    "PortfolioMarginCallLevel": ".portfolio_margin_call_level",
    "PortfolioMarginCollateralRate": ".portfolio_margin_collateral_rate",
    "PortfolioMarginCollateralTier": ".portfolio_margin_collateral_tier",
    "PortfolioMarginDeltaMode": ".portfolio_margin_delta_mode",
    "PortfolioMarginEarnAssetBalance": ".portfolio_margin_earn_asset_balance",
    "PortfolioMarginEarnTransferType": ".portfolio_margin_earn_transfer_type",
    "PortfolioMarginInterest": ".portfolio_margin_interest",
    "PortfolioMarginLoanRepay": ".portfolio_margin_loan_repay",
    "PortfolioMarginLoanRepayHistory": ".portfolio_margin_loan_repay_history",
    "PortfolioMarginMessage": ".portfolio_margin_message",
    "PortfolioMarginRepaySource": ".portfolio_margin_repay_source",
    "PortfolioMarginRiskUnit": ".portfolio_margin_risk_unit",
    "PortfolioMarginSpanAccount": ".portfolio_margin_span_account",
    "PortfolioMarginTieredCollateralRate": ".portfolio_margin_tiered_collateral_rate",
    "PortfolioMarginTransactionId": ".portfolio_margin_transaction_id",
    "PortfolioMarginTransferSide": ".portfolio_margin_transfer_side",
    "PredictionAccountType": ".prediction_account_type",
    "PredictionAssetQuery": ".prediction_asset_query",
    "PredictionAssetQueryType": ".prediction_asset_query_type",
    "PredictionBatchCancel": ".prediction_batch_cancel",
    "PredictionBlocktrade": ".prediction_blocktrade",
    "PredictionBlocktradeCreated": ".prediction_blocktrade_created",
    "PredictionBlocktradeDetail": ".prediction_blocktrade_detail",
    "PredictionBlocktradeEvent": ".prediction_blocktrade_event",
    "PredictionBlocktradeEvents": ".prediction_blocktrade_events",
    "PredictionBlocktradeFulfilled": ".prediction_blocktrade_fulfilled",
    "PredictionBlocktradeStatus": ".prediction_blocktrade_status",
    "PredictionBlocktrades": ".prediction_blocktrades",
    "PredictionBlocktradesRemoved": ".prediction_blocktrades_removed",
    "PredictionBookLevel": ".prediction_book_level",
    "PredictionCancelFailure": ".prediction_cancel_failure",
    "PredictionCancelInfo": ".prediction_cancel_info",
    "PredictionCategories": ".prediction_categories",
    "PredictionCategory": ".prediction_category",
    "PredictionFundingSource": ".prediction_funding_source",
    "PredictionLastTradePrice": ".prediction_last_trade_price",
    "PredictionMarket": ".prediction_market",
    "PredictionMarketDetail": ".prediction_market_detail",
    "PredictionMarketTopic": ".prediction_market_topic",
    "PredictionMarketTopics": ".prediction_market_topics",
    "PredictionOrder": ".prediction_order",
    "PredictionOrderBook": ".prediction_order_book",
    "PredictionOrderPage": ".prediction_order_page",
    "PredictionOrderPlaced": ".prediction_order_placed",
    "PredictionOrderType": ".prediction_order_type",
    "PredictionOutcome": ".prediction_outcome",
    "PredictionPaymentOption": ".prediction_payment_option",
    "PredictionPaymentOptions": ".prediction_payment_options",
    "PredictionPnl": ".prediction_pnl",
    "PredictionPnlRecord": ".prediction_pnl_record",
    "PredictionPortfolio": ".prediction_portfolio",
    "PredictionPosition": ".prediction_position",
    "PredictionPositionByToken": ".prediction_position_by_token",
    "PredictionPositionCounts": ".prediction_position_counts",
    "PredictionPositionPage": ".prediction_position_page",
    "PredictionPositionSummary": ".prediction_position_summary",
    "PredictionPositions": ".prediction_positions",
    "PredictionQuota": ".prediction_quota",
    "PredictionQuote": ".prediction_quote",
    "PredictionRedeemBatch": ".prediction_redeem_batch",
    "PredictionRedeemResult": ".prediction_redeem_result",
    "PredictionRedeemStatus": ".prediction_redeem_status",
    "PredictionReservedBalance": ".prediction_reserved_balance",
    "PredictionReservedBalances": ".prediction_reserved_balances",
    "PredictionSettledPositions": ".prediction_settled_positions",
    "PredictionSide": ".prediction_side",
    "PredictionSortBy": ".prediction_sort_by",
    "PredictionSortOrder": ".prediction_sort_order",
    "PredictionSubcategory": ".prediction_subcategory",
    "PredictionTimeInForce": ".prediction_time_in_force",
    "PredictionTimelineEntry": ".prediction_timeline_entry",
    "PredictionTransfer": ".prediction_transfer",
    "PredictionTransferAck": ".prediction_transfer_ack",
    "PredictionTransferDirection": ".prediction_transfer_direction",
    "PredictionTransferSource": ".prediction_transfer_source",
    "PredictionTransfers": ".prediction_transfers",
    "PredictionVariantData": ".prediction_variant_data",
    "PredictionWallet": ".prediction_wallet",
    "PredictionWallets": ".prediction_wallets",
    "PredictionWithdrawal": ".prediction_withdrawal",
    "PreventedMatch": ".prevented_match",
    "PriceFilter": ".price_filter",
    "PriceFilterFilterType": ".price_filter_filter_type",
    "PriceLevel": ".price_level",
    "PriceRangeExecutionRule": ".price_range_execution_rule",
    "RateLimit": ".rate_limit",
    "RateLimitInterval": ".rate_limit_interval",
    "RateLimitType": ".rate_limit_type",
    "RebateHistory": ".rebate_history",
    "RebatePage": ".rebate_page",
    "RebateRecord": ".rebate_record",
    "RecentTrade": ".recent_trade",
    "ReferencePrice": ".reference_price",
    "ReferencePriceCalculation": ".reference_price_calculation",
    "ReferencePriceCalculationType": ".reference_price_calculation_type",
    "SavingsFixedPosition": ".savings_fixed_position",
    "SavingsFixedProject": ".savings_fixed_project",
    "SavingsFixedPurchase": ".savings_fixed_purchase",
    "SavingsPositionChange": ".savings_position_change",
    "SavingsPositionStatus": ".savings_position_status",
    "SavingsProjectSort": ".savings_project_sort",
    "SavingsProjectStatus": ".savings_project_status",
    "SavingsProjectType": ".savings_project_type",
    "SelfTradePreventionMode": ".self_trade_prevention_mode",
    "ServerTime": ".server_time",
    "SimpleEarnAccount": ".simple_earn_account",
    "SimpleEarnAprPeriod": ".simple_earn_apr_period",
    "SimpleEarnBfusdAccount": ".simple_earn_bfusd_account",
    "SimpleEarnBfusdQuota": ".simple_earn_bfusd_quota",
    "SimpleEarnBfusdReward": ".simple_earn_bfusd_reward",
    "SimpleEarnBfusdRewardPage": ".simple_earn_bfusd_reward_page",
    "SimpleEarnBfusdSubscription": ".simple_earn_bfusd_subscription",
    "SimpleEarnBfusdSubscriptionQuota": ".simple_earn_bfusd_subscription_quota",
    "SimpleEarnCollateralRecord": ".simple_earn_collateral_record",
    "SimpleEarnCollateralRecordPage": ".simple_earn_collateral_record_page",
    "SimpleEarnFlexiblePosition": ".simple_earn_flexible_position",
    "SimpleEarnFlexiblePositionPage": ".simple_earn_flexible_position_page",
    "SimpleEarnFlexibleProduct": ".simple_earn_flexible_product",
    "SimpleEarnFlexibleProductPage": ".simple_earn_flexible_product_page",
    "SimpleEarnFlexibleRate": ".simple_earn_flexible_rate",
    "SimpleEarnFlexibleRatePage": ".simple_earn_flexible_rate_page",
    "SimpleEarnFlexibleRedemptionRecord": ".simple_earn_flexible_redemption_record",
    "SimpleEarnFlexibleRedemptionRecordPage": ".simple_earn_flexible_redemption_record_page",
    "SimpleEarnFlexibleReward": ".simple_earn_flexible_reward",
    "SimpleEarnFlexibleRewardPage": ".simple_earn_flexible_reward_page",
    "SimpleEarnFlexibleRewardType": ".simple_earn_flexible_reward_type",
    "SimpleEarnFlexibleSubscription": ".simple_earn_flexible_subscription",
    "SimpleEarnFlexibleSubscriptionPreview": ".simple_earn_flexible_subscription_preview",
    "SimpleEarnFlexibleSubscriptionRecord": ".simple_earn_flexible_subscription_record",
    "SimpleEarnFlexibleSubscriptionRecordPage": ".simple_earn_flexible_subscription_record_page",
    "SimpleEarnLockedPosition": ".simple_earn_locked_position",
    "SimpleEarnLockedPositionPage": ".simple_earn_locked_position_page",
    "SimpleEarnLockedProduct": ".simple_earn_locked_product",
    "SimpleEarnLockedProductDetail": ".simple_earn_locked_product_detail",
    "SimpleEarnLockedProductPage": ".simple_earn_locked_product_page",
    "SimpleEarnLockedProductQuota": ".simple_earn_locked_product_quota",
    "SimpleEarnLockedRedeemTo": ".simple_earn_locked_redeem_to",
    "SimpleEarnLockedRedemptionRecord": ".simple_earn_locked_redemption_record",
    "SimpleEarnLockedRedemptionRecordPage": ".simple_earn_locked_redemption_record_page",
    "SimpleEarnLockedReward": ".simple_earn_locked_reward",
    "SimpleEarnLockedRewardPage": ".simple_earn_locked_reward_page",
    "SimpleEarnLockedSubscription": ".simple_earn_locked_subscription",
    "SimpleEarnLockedSubscriptionPreview": ".simple_earn_locked_subscription_preview",
    "SimpleEarnLockedSubscriptionRecord": ".simple_earn_locked_subscription_record",
    "SimpleEarnLockedSubscriptionRecordPage": ".simple_earn_locked_subscription_record_page",
    "SimpleEarnPersonalLeftQuota": ".simple_earn_personal_left_quota",
    "SimpleEarnRedeemDestination": ".simple_earn_redeem_destination",
    "SimpleEarnRedemption": ".simple_earn_redemption",
    "SimpleEarnRwusdAccount": ".simple_earn_rwusd_account",
    "SimpleEarnRwusdQuota": ".simple_earn_rwusd_quota",
    "SimpleEarnRwusdReward": ".simple_earn_rwusd_reward",
    "SimpleEarnRwusdRewardPage": ".simple_earn_rwusd_reward_page",
    "SimpleEarnRwusdSubscription": ".simple_earn_rwusd_subscription",
    "SimpleEarnRwusdSubscriptionQuota": ".simple_earn_rwusd_subscription_quota",
    "SimpleEarnSourceAccount": ".simple_earn_source_account",
    "SimpleEarnStableFastRedemptionQuota": ".simple_earn_stable_fast_redemption_quota",
    "SimpleEarnStableRate": ".simple_earn_stable_rate",
    "SimpleEarnStableRatePage": ".simple_earn_stable_rate_page",
    "SimpleEarnStableRecordStatus": ".simple_earn_stable_record_status",
    "SimpleEarnStableRedeemType": ".simple_earn_stable_redeem_type",
    "SimpleEarnStableRedemption": ".simple_earn_stable_redemption",
    "SimpleEarnStableRedemptionRecord": ".simple_earn_stable_redemption_record",
    "SimpleEarnStableRedemptionRecordPage": ".simple_earn_stable_redemption_record_page",
    "SimpleEarnStableSourceAsset": ".simple_earn_stable_source_asset",
    "SimpleEarnStableStandardRedemptionQuota": ".simple_earn_stable_standard_redemption_quota",
    "SimpleEarnStableSubscriptionRecord": ".simple_earn_stable_subscription_record",
    "SimpleEarnStableSubscriptionRecordPage": ".simple_earn_stable_subscription_record_page",
    "SimpleEarnSuccess": ".simple_earn_success",
    "SimpleEarnTierRates": ".simple_earn_tier_rates",
    "SimpleEarnYieldArenaActivities": ".simple_earn_yield_arena_activities",
    "SimpleEarnYieldArenaActivity": ".simple_earn_yield_arena_activity",
    "SorInfo": ".sor_info",
    "SorOrderFull": ".sor_order_full",
    "SorOrderResult": ".sor_order_result",
    "StakingBethReward": ".staking_beth_reward",
    "StakingBethRewardPage": ".staking_beth_reward_page",
    "StakingBethWrap": ".staking_beth_wrap",
    "StakingBnsolRate": ".staking_bnsol_rate",
    "StakingBnsolRatePage": ".staking_bnsol_rate_page",
    "StakingBnsolReward": ".staking_bnsol_reward",
    "StakingBnsolRewardPage": ".staking_bnsol_reward_page",
    "StakingBoostApr": ".staking_boost_apr",
    "StakingEthAccount": ".staking_eth_account",
    "StakingEthHoldings": ".staking_eth_holdings",
    "StakingEthProfit": ".staking_eth_profit",
    "StakingEthQuota": ".staking_eth_quota",
    "StakingEthRedeemAsset": ".staking_eth_redeem_asset",
    "StakingEthRedemption": ".staking_eth_redemption",
    "StakingEthRedemptionRecord": ".staking_eth_redemption_record",
    "StakingEthRedemptionRecordPage": ".staking_eth_redemption_record_page",
    "StakingEthStakingRecord": ".staking_eth_staking_record",
    "StakingEthStakingRecordPage": ".staking_eth_staking_record_page",
    "StakingEthSubscription": ".staking_eth_subscription",
    "StakingOnChainAccount": ".staking_on_chain_account",
    "StakingOnChainLeftQuota": ".staking_on_chain_left_quota",
    "StakingOnChainPosition": ".staking_on_chain_position",
    "StakingOnChainPositionPage": ".staking_on_chain_position_page",
    "StakingOnChainProduct": ".staking_on_chain_product",
    "StakingOnChainProductDetail": ".staking_on_chain_product_detail",
    "StakingOnChainProductPage": ".staking_on_chain_product_page",
    "StakingOnChainProductQuota": ".staking_on_chain_product_quota",
    "StakingOnChainRedeemTo": ".staking_on_chain_redeem_to",
    "StakingOnChainRedemption": ".staking_on_chain_redemption",
    "StakingOnChainRedemptionRecord": ".staking_on_chain_redemption_record",
    "StakingOnChainRedemptionRecordPage": ".staking_on_chain_redemption_record_page",
    "StakingOnChainReward": ".staking_on_chain_reward",
    "StakingOnChainRewardPage": ".staking_on_chain_reward_page",
    "StakingOnChainSourceAccount": ".staking_on_chain_source_account",
    "StakingOnChainSubscription": ".staking_on_chain_subscription",
    "StakingOnChainSubscriptionPreview": ".staking_on_chain_subscription_preview",
    "StakingOnChainSubscriptionRecord": ".staking_on_chain_subscription_record",
    "StakingOnChainSubscriptionRecordPage": ".staking_on_chain_subscription_record_page",
    "StakingOnChainSuccess": ".staking_on_chain_success",
    "StakingSoftProduct": ".staking_soft_product",
    "StakingSoftProductPage": ".staking_soft_product_page",
    "StakingSoftReward": ".staking_soft_reward",
    "StakingSoftRewardPage": ".staking_soft_reward_page",
    "StakingSoftStakingSwitch": ".staking_soft_staking_switch",
    "StakingSolAccount": ".staking_sol_account",
    "StakingSolBoostReward": ".staking_sol_boost_reward",
    "StakingSolBoostRewardPage": ".staking_sol_boost_reward_page",
    "StakingSolBoostRewardType": ".staking_sol_boost_reward_type",
    "StakingSolClaim": ".staking_sol_claim",
    "StakingSolQuota": ".staking_sol_quota",
    "StakingSolRedemption": ".staking_sol_redemption",
    "StakingSolRedemptionRecord": ".staking_sol_redemption_record",
    "StakingSolRedemptionRecordPage": ".staking_sol_redemption_record_page",
    "StakingSolStakingRecord": ".staking_sol_staking_record",
    "StakingSolStakingRecordPage": ".staking_sol_staking_record_page",
    "StakingSolSubscription": ".staking_sol_subscription",
    "StakingSolUnclaimedReward": ".staking_sol_unclaimed_reward",
    "StakingWbethConversion": ".staking_wbeth_conversion",
    "StakingWbethConversionPage": ".staking_wbeth_conversion_page",
    "StakingWbethRate": ".staking_wbeth_rate",
    "StakingWbethRatePage": ".staking_wbeth_rate_page",
    "StakingWbethReward": ".staking_wbeth_reward",
    "StakingWbethRewardPage": ".staking_wbeth_reward_page",
    "SubAccountApiIpRestriction": ".sub_account_api_ip_restriction",
    "SubAccountApiIpRestrictionUpdate": ".sub_account_api_ip_restriction_update",
    "SubAccountApiKeyCreated": ".sub_account_api_key_created",
    "SubAccountApiKeyInfo": ".sub_account_api_key_info",
    "SubAccountApiKeyList": ".sub_account_api_key_list",
    "SubAccountApiKeyPermissions": ".sub_account_api_key_permissions",
    "SubAccountAssetBalance": ".sub_account_asset_balance",
    "SubAccountAssetBalanceV3": ".sub_account_asset_balance_v3",
    "SubAccountAssets": ".sub_account_assets",
    "SubAccountAssetsV3": ".sub_account_assets_v3",
    "SubAccountCreated": ".sub_account_created",
    "SubAccountDeliveryAccount": ".sub_account_delivery_account",
    "SubAccountDeliveryPosition": ".sub_account_delivery_position",
    "SubAccountDeliverySummary": ".sub_account_delivery_summary",
    "SubAccountDeliveryTotals": ".sub_account_delivery_totals",
    "SubAccountDeposit": ".sub_account_deposit",
    "SubAccountDepositAddress": ".sub_account_deposit_address",
    "SubAccountEmptyResponse": ".sub_account_empty_response",
    "SubAccountFuturesAccount": ".sub_account_futures_account",
    "SubAccountFuturesAccountCoinM": ".sub_account_futures_account_coin_m",
    "SubAccountFuturesAccountUsdM": ".sub_account_futures_account_usd_m",
    "SubAccountFuturesAsset": ".sub_account_futures_asset",
    "SubAccountFuturesEnabled": ".sub_account_futures_enabled",
    "SubAccountFuturesInternalTransferResult": ".sub_account_futures_internal_transfer_result",
    "SubAccountFuturesPosition": ".sub_account_futures_position",
    "SubAccountFuturesPositionsCoinM": ".sub_account_futures_positions_coin_m",
    "SubAccountFuturesPositionsUsdM": ".sub_account_futures_positions_usd_m",
    "SubAccountFuturesSummary": ".sub_account_futures_summary",
    "SubAccountFuturesSummaryCoinM": ".sub_account_futures_summary_coin_m",
    "SubAccountFuturesSummaryUsdM": ".sub_account_futures_summary_usd_m",
    "SubAccountFuturesTotals": ".sub_account_futures_totals",
    "SubAccountFuturesTransfer": ".sub_account_futures_transfer",
    "SubAccountFuturesTransferHistory": ".sub_account_futures_transfer_history",
    "SubAccountIpRestrictionStatus": ".sub_account_ip_restriction_status",
    "SubAccountLeveragedTokensEnabled": ".sub_account_leveraged_tokens_enabled",
    "SubAccountList": ".sub_account_list",
    "SubAccountListEntry": ".sub_account_list_entry",
    "SubAccountManagedAccountType": ".sub_account_managed_account_type",
    "SubAccountManagedAsset": ".sub_account_managed_asset",
    "SubAccountManagedFuturesAssets": ".sub_account_managed_futures_assets",
    "SubAccountManagedFuturesBalance": ".sub_account_managed_futures_balance",
    "SubAccountManagedFuturesData": ".sub_account_managed_futures_data",
    "SubAccountManagedFuturesPosition": ".sub_account_managed_futures_position",
    "SubAccountManagedFuturesSnapshot": ".sub_account_managed_futures_snapshot",
    "SubAccountManagedFuturesType": ".sub_account_managed_futures_type",
    "SubAccountManagedInfo": ".sub_account_managed_info",
    "SubAccountManagedList": ".sub_account_managed_list",
    "SubAccountManagedMarginAssets": ".sub_account_managed_margin_assets",
    "SubAccountManagedMarginType": ".sub_account_managed_margin_type",
    "SubAccountManagedSnapshots": ".sub_account_managed_snapshots",
    "SubAccountManagedTransfer": ".sub_account_managed_transfer",
    "SubAccountManagedTransferLog": ".sub_account_managed_transfer_log",
    "SubAccountMarginAccount": ".sub_account_margin_account",
    "SubAccountMarginAsset": ".sub_account_margin_asset",
    "SubAccountMarginEnabled": ".sub_account_margin_enabled",
    "SubAccountMarginRatios": ".sub_account_margin_ratios",
    "SubAccountMarginSummary": ".sub_account_margin_summary",
    "SubAccountMarginTotals": ".sub_account_margin_totals",
    "SubAccountMovePositionArg": ".sub_account_move_position_arg",
    "SubAccountMovePositionHistory": ".sub_account_move_position_history",
    "SubAccountMovePositionOrder": ".sub_account_move_position_order",
    "SubAccountMovePositionProductType": ".sub_account_move_position_product_type",
    "SubAccountMovePositionResult": ".sub_account_move_position_result",
    "SubAccountMovedPosition": ".sub_account_moved_position",
    "SubAccountOptionsEnabled": ".sub_account_options_enabled",
    "SubAccountOwnTransfer": ".sub_account_own_transfer",
    "SubAccountPositionSide": ".sub_account_position_side",
    "SubAccountSnapshot": ".sub_account_snapshot",
    "SubAccountSnapshotBalance": ".sub_account_snapshot_balance",
    "SubAccountSnapshotData": ".sub_account_snapshot_data",
    "SubAccountSnapshotFuturesAsset": ".sub_account_snapshot_futures_asset",
    "SubAccountSnapshotFuturesPosition": ".sub_account_snapshot_futures_position",
    "SubAccountSnapshotType": ".sub_account_snapshot_type",
    "SubAccountSpotSummary": ".sub_account_spot_summary",
    "SubAccountSpotTransfer": ".sub_account_spot_transfer",
    "SubAccountSpotValue": ".sub_account_spot_value",
    "SubAccountStatus": ".sub_account_status",
    "SubAccountTradeInfo": ".sub_account_trade_info",
    "SubAccountTransactionStatistics": ".sub_account_transaction_statistics",
    "SubAccountTransferDirection": ".sub_account_transfer_direction",
    "SubAccountTransferId": ".sub_account_transfer_id",
    "SubAccountTransferResult": ".sub_account_transfer_result",
    "SubAccountUniversalAccountType": ".sub_account_universal_account_type",
    "SubAccountUniversalTransferHistory": ".sub_account_universal_transfer_history",
    "SubAccountUniversalTransferRecord": ".sub_account_universal_transfer_record",
    "SubAccountUniversalTransferResult": ".sub_account_universal_transfer_result",
    "SymbolExecutionRules": ".symbol_execution_rules",
    "SymbolInfo": ".symbol_info",
    "SymbolStatus": ".symbol_status",
    "TestOrderCommission": ".test_order_commission",
    "TestOrderCommissionDiscount": ".test_order_commission_discount",
    "TestOrderCommissionRates": ".test_order_commission_rates",
    "TestOrderEmpty": ".test_order_empty",
    "Ticker24HrFull": ".ticker_24_hr_full",
    "Ticker24HrMini": ".ticker_24_hr_mini",
    "TickerPrice": ".ticker_price",
    "TickerRollingWindowFull": ".ticker_rolling_window_full",
    "TickerRollingWindowMini": ".ticker_rolling_window_mini",
    "TickerTradingDayFull": ".ticker_trading_day_full",
    "TickerTradingDayMini": ".ticker_trading_day_mini",
    "TickerType": ".ticker_type",
    "TimeInForce": ".time_in_force",
    "ToggleAutoConversionCoin": ".toggle_auto_conversion_coin",
    "TokenizedAsset": ".tokenized_asset",
    "TokenizedConversion": ".tokenized_conversion",
    "TokenizedConversionPage": ".tokenized_conversion_page",
    "TokenizedConversionUnknown": ".tokenized_conversion_unknown",
    "TokenizedConvertAck": ".tokenized_convert_ack",
    "TokenizedConvertType": ".tokenized_convert_type",
    "TrailingDeltaFilter": ".trailing_delta_filter",
    "TrailingDeltaFilterFilterType": ".trailing_delta_filter_filter_type",
    "UnfilledOrderCount": ".unfilled_order_count",
    "VipLoansAccruedInterest": ".vip_loans_accrued_interest",
    "VipLoansAccruedInterestHistory": ".vip_loans_accrued_interest_history",
    "VipLoansApplication": ".vip_loans_application",
    "VipLoansApplications": ".vip_loans_applications",
    "VipLoansBorrowInterestRate": ".vip_loans_borrow_interest_rate",
    "VipLoansBorrowResult": ".vip_loans_borrow_result",
    "VipLoansCollateralAccount": ".vip_loans_collateral_account",
    "VipLoansCollateralAccounts": ".vip_loans_collateral_accounts",
    "VipLoansCollateralAsset": ".vip_loans_collateral_asset",
    "VipLoansCollateralAssets": ".vip_loans_collateral_assets",
    "VipLoansFixedRateBorrowResult": ".vip_loans_fixed_rate_borrow_result",
    "VipLoansFixedRateMarket": ".vip_loans_fixed_rate_market",
    "VipLoansFixedRateOffer": ".vip_loans_fixed_rate_offer",
    "VipLoansInterestRate": ".vip_loans_interest_rate",
    "VipLoansInterestRateHistory": ".vip_loans_interest_rate_history",
    "VipLoansLoanableAsset": ".vip_loans_loanable_asset",
    "VipLoansLoanableAssets": ".vip_loans_loanable_assets",
    "VipLoansOngoingOrder": ".vip_loans_ongoing_order",
    "VipLoansOngoingOrders": ".vip_loans_ongoing_orders",
    "VipLoansRenewResult": ".vip_loans_renew_result",
    "VipLoansRepayHistory": ".vip_loans_repay_history",
    "VipLoansRepayRecord": ".vip_loans_repay_record",
    "VipLoansRepayResult": ".vip_loans_repay_result",
    "WalletAccountInfo": ".wallet_account_info",
    "WalletAccountSnapshot": ".wallet_account_snapshot",
    "WalletAccountStatus": ".wallet_account_status",
    "WalletAddressQuestionnaire": ".wallet_address_questionnaire",
    "WalletAddressVerification": ".wallet_address_verification",
    "WalletApiKeyPermission": ".wallet_api_key_permission",
    "WalletApiTradingIndicator": ".wallet_api_trading_indicator",
    "WalletApiTradingStatus": ".wallet_api_trading_status",
    "WalletApiTradingStatusData": ".wallet_api_trading_status_data",
    "WalletApiTradingStatusDataIndicators": ".wallet_api_trading_status_data_indicators",
    "WalletApiTradingTrigger": ".wallet_api_trading_trigger",
    "WalletAssetBalance": ".wallet_asset_balance",
    "WalletAssetDetail": ".wallet_asset_detail",
    "WalletAssetDetails": ".wallet_asset_details",
    "WalletAssetTags": ".wallet_asset_tags",
    "WalletAutoConversionRates": ".wallet_auto_conversion_rates",
    "WalletAutoConversionSettings": ".wallet_auto_conversion_settings",
    "WalletBalance": ".wallet_balance",
    "WalletBnbConvertibleAsset": ".wallet_bnb_convertible_asset",
    "WalletBnbConvertibleAssets": ".wallet_bnb_convertible_assets",
    "WalletBusdConvertAccountType": ".wallet_busd_convert_account_type",
    "WalletBusdConvertHistory": ".wallet_busd_convert_history",
    "WalletBusdConvertRecord": ".wallet_busd_convert_record",
    "WalletBusdConvertResult": ".wallet_busd_convert_result",
    "WalletCloudMiningHistory": ".wallet_cloud_mining_history",
    "WalletCloudMiningRecord": ".wallet_cloud_mining_record",
    "WalletCoinInfo": ".wallet_coin_info",
    "WalletCoinNetwork": ".wallet_coin_network",
    "WalletDelegationHistory": ".wallet_delegation_history",
    "WalletDelegationRecord": ".wallet_delegation_record",
    "WalletDelegationType": ".wallet_delegation_type",
    "WalletDelistSchedule": ".wallet_delist_schedule",
    "WalletDepositAddress": ".wallet_deposit_address",
    "WalletDepositAddressEntry": ".wallet_deposit_address_entry",
    "WalletDepositCreditResult": ".wallet_deposit_credit_result",
    "WalletDepositRecord": ".wallet_deposit_record",
    "WalletDividendRecord": ".wallet_dividend_record",
    "WalletDividendRecords": ".wallet_dividend_records",
    "WalletDustAccountType": ".wallet_dust_account_type",
    "WalletDustConvertibleAsset": ".wallet_dust_convertible_asset",
    "WalletDustConvertibleAssets": ".wallet_dust_convertible_assets",
    "WalletDustLog": ".wallet_dust_log",
    "WalletDustLogDetail": ".wallet_dust_log_detail",
    "WalletDustLogEntry": ".wallet_dust_log_entry",
    "WalletDustTransferItem": ".wallet_dust_transfer_item",
    "WalletDustTransferResult": ".wallet_dust_transfer_result",
    "WalletEmptyResponse": ".wallet_empty_response",
    "WalletFundingAsset": ".wallet_funding_asset",
    "WalletFuturesSnapshotData": ".wallet_futures_snapshot_data",
    "WalletMarginSnapshotData": ".wallet_margin_snapshot_data",
    "WalletOpenSchedule": ".wallet_open_schedule",
    "WalletQuestionnaireRequirements": ".wallet_questionnaire_requirements",
    "WalletSnapshot": ".wallet_snapshot",
    "WalletSnapshotBalance": ".wallet_snapshot_balance",
    "WalletSnapshotFuturesAsset": ".wallet_snapshot_futures_asset",
    "WalletSnapshotFuturesPosition": ".wallet_snapshot_futures_position",
    "WalletSnapshotMarginAsset": ".wallet_snapshot_margin_asset",
    "WalletSnapshotType": ".wallet_snapshot_type",
    "WalletSpotSnapshotData": ".wallet_spot_snapshot_data",
    "WalletSystemStatus": ".wallet_system_status",
    "WalletTradeFee": ".wallet_trade_fee",
    "WalletTransferId": ".wallet_transfer_id",
    "WalletTravelRuleBlockType": ".wallet_travel_rule_block_type",
    "WalletTravelRuleCountry": ".wallet_travel_rule_country",
    "WalletTravelRuleCountryList": ".wallet_travel_rule_country_list",
    "WalletTravelRuleDepositQuestionnaire": ".wallet_travel_rule_deposit_questionnaire",
    "WalletTravelRuleDepositRecord": ".wallet_travel_rule_deposit_record",
    "WalletTravelRuleDepositRecordV2": ".wallet_travel_rule_deposit_record_v2",
    "WalletTravelRuleRegion": ".wallet_travel_rule_region",
    "WalletTravelRuleRegionList": ".wallet_travel_rule_region_list",
    "WalletTravelRuleSubmitResult": ".wallet_travel_rule_submit_result",
    "WalletTravelRuleWithdrawRecord": ".wallet_travel_rule_withdraw_record",
    "WalletTravelRuleWithdrawResult": ".wallet_travel_rule_withdraw_result",
    "WalletUniversalTransferHistory": ".wallet_universal_transfer_history",
    "WalletUniversalTransferRecord": ".wallet_universal_transfer_record",
    "WalletUniversalTransferType": ".wallet_universal_transfer_type",
    "WalletUserAsset": ".wallet_user_asset",
    "WalletVasp": ".wallet_vasp",
    "WalletWithdrawAddress": ".wallet_withdraw_address",
    "WalletWithdrawQuota": ".wallet_withdraw_quota",
    "WalletWithdrawRecord": ".wallet_withdraw_record",
    "WalletWithdrawResult": ".wallet_withdraw_result",
    "WorkingFloor": ".working_floor",
}

__all__ = (
    "Account",
    "AccountCommission",
    "AccountCommissionDiscount",
    "AccountTrade",
    "AggregateTrade",
    "AlgoCancelResult",
    "AlgoNewOrderResult",
    "AlgoOrder",
    "AlgoOrders",
    "AlgoPositionSide",
    "AlgoSubOrder",
    "AlgoSubOrders",
    "AlgoUrgency",
    "Allocation",
    "AllocationType",
    "AmendedOrder",
    "AmendedOrderListStatus",
    "AutoInvestAssets",
    "AutoInvestIndexAllocation",
    "AutoInvestIndexAssetHolding",
    "AutoInvestIndexInfo",
    "AutoInvestIndexPosition",
    "AutoInvestOneTimeTransaction",
    "AutoInvestOneTimeTransactionStatus",
    "AutoInvestPlanAssetHolding",
    "AutoInvestPlanChange",
    "AutoInvestPlanHoldings",
    "AutoInvestPlanList",
    "AutoInvestPlanStatus",
    "AutoInvestPlanStatusChange",
    "AutoInvestPlanSummary",
    "AutoInvestPlanType",
    "AutoInvestPlanTypeFilter",
    "AutoInvestPortfolioDetail",
    "AutoInvestRebalance",
    "AutoInvestRebalanceTrade",
    "AutoInvestRedemption",
    "AutoInvestRedemptionRecord",
    "AutoInvestRoiPeriod",
    "AutoInvestRoiPoint",
    "AutoInvestSimulatedRoi",
    "AutoInvestSourceAsset",
    "AutoInvestSourceAssetList",
    "AutoInvestSourceType",
    "AutoInvestSubscriptionCycle",
    "AutoInvestSubscriptionRecord",
    "AutoInvestTargetAsset",
    "AutoInvestTargetAssetList",
    "AutoInvestUsageType",
    "AutoInvestWeekday",
    "AveragePrice",
    "Balance",
    "BlvtBasket",
    "BlvtInfo",
    "BlvtRedemption",
    "BlvtRedemptionRecord",
    "BlvtSubscription",
    "BlvtSubscriptionRecord",
    "BlvtUserLimit",
    "BookTicker",
    "C2CTrade",
    "C2CTradeHistory",
    "CanceledOrder",
    "CanceledOrderList",
    "CancelReplaceFailure",
    "CancelReplaceFailureData",
    "CancelReplaceMode",
    "CancelReplaceResult",
    "CancelReplaceStepResult",
    "CancelRestrictions",
    "CommissionRates",
    "ContingencyType",
    "ConvertAcceptedQuote",
    "ConvertAssetPrecision",
    "ConvertExpiredType",
    "ConvertLimitOrderResult",
    "ConvertOrder",
    "ConvertOrderList",
    "ConvertPair",
    "ConvertQuote",
    "ConvertQuoteValidTime",
    "ConvertTradeHistory",
    "ConvertWalletType",
    "CopyTradingLeadSymbol",
    "CopyTradingLeadSymbols",
    "CopyTradingLeadTraderState",
    "CopyTradingLeadTraderStatus",
    "CryptoLoansFlexibleBorrowHistory",
    "CryptoLoansFlexibleBorrowRecord",
    "CryptoLoansFlexibleBorrowResult",
    "CryptoLoansFlexibleCollateralAsset",
    "CryptoLoansFlexibleCollateralAssets",
    "CryptoLoansFlexibleCollateralRepayRate",
    "CryptoLoansFlexibleInterestRate",
    "CryptoLoansFlexibleInterestRateHistory",
    "CryptoLoansFlexibleLiquidation",
    "CryptoLoansFlexibleLiquidationHistory",
    "CryptoLoansFlexibleLoanableAsset",
    "CryptoLoansFlexibleLoanableAssets",
    "CryptoLoansFlexibleLtvAdjustment",
    "CryptoLoansFlexibleLtvAdjustmentHistory",
    "CryptoLoansFlexibleLtvAdjustResult",
    "CryptoLoansFlexibleOngoingOrder",
    "CryptoLoansFlexibleOngoingOrders",
    "CryptoLoansFlexibleRepayHistory",
    "CryptoLoansFlexibleRepayRecord",
    "CryptoLoansFlexibleRepayResult",
    "CryptoLoansIncome",
    "CryptoLoansIncomeType",
    "CryptoLoansLtvDirection",
    "CryptoLoansStableBorrowHistory",
    "CryptoLoansStableBorrowRecord",
    "CryptoLoansStableBorrowResult",
    "CryptoLoansStableCollateralAsset",
    "CryptoLoansStableCollateralAssets",
    "CryptoLoansStableCollateralRepayRate",
    "CryptoLoansStableLoanableAsset",
    "CryptoLoansStableLoanableAssets",
    "CryptoLoansStableLtvAdjustment",
    "CryptoLoansStableLtvAdjustmentHistory",
    "CryptoLoansStableLtvAdjustResult",
    "CryptoLoansStableMarginCall",
    "CryptoLoansStableMarginCalls",
    "CryptoLoansStableOngoingOrder",
    "CryptoLoansStableOngoingOrders",
    "CryptoLoansStableRepayHistory",
    "CryptoLoansStableRepayPending",
    "CryptoLoansStableRepayRecord",
    "CryptoLoansStableRepayResult",
    "DualInvestmentAccount",
    "DualInvestmentAutoCompoundChange",
    "DualInvestmentAutoCompoundPlan",
    "DualInvestmentOptionType",
    "DualInvestmentPosition",
    "DualInvestmentPositionPage",
    "DualInvestmentPositionStatus",
    "DualInvestmentProduct",
    "DualInvestmentProductPage",
    "DualInvestmentSubscription",
    "EquityCancelAck",
    "EquityExchangeInfo",
    "EquityExecution",
    "EquityListenKey",
    "EquityOrder",
    "EquityOrderAck",
    "EquityOrderPage",
    "EquityOrderType",
    "EquityQuote",
    "EquitySuccess",
    "EquitySymbol",
    "EquityTimeInForce",
    "EquityTrade",
    "EquityTradePage",
    "EquityTradingSession",
    "EquityWalletType",
    "Error",
    "ErrorCode",
    "ExchangeInfo",
    "ExchangeMaxNumAlgoOrdersFilter",
    "ExchangeMaxNumAlgoOrdersFilterFilterType",
    "ExchangeMaxNumIcebergOrdersFilter",
    "ExchangeMaxNumIcebergOrdersFilterFilterType",
    "ExchangeMaxNumOrderListsFilter",
    "ExchangeMaxNumOrderListsFilterFilterType",
    "ExchangeMaxNumOrdersFilter",
    "ExchangeMaxNumOrdersFilterFilterType",
    "ExecutionRules",
    "ExecutionRuleType",
    "ExecutionType",
    "ExpiryReason",
    "FiatOrder",
    "FiatOrderDetail",
    "FiatOrderDetailData",
    "FiatOrderDetailDataExt",
    "FiatOrderHistory",
    "FiatOrderSubmitted",
    "FiatOrderSubmittedData",
    "FiatPayment",
    "FiatPaymentHistory",
    "FuturesHistDataLink",
    "FuturesHistDataLinks",
    "FuturesHistDataType",
    "FuturesTransferHistory",
    "FuturesTransferRecord",
    "FuturesTransferResult",
    "FuturesTransferStatus",
    "GiftCardCodeData",
    "GiftCardCodeResult",
    "GiftCardRedemption",
    "GiftCardRedemptionData",
    "GiftCardRsaPublicKey",
    "GiftCardTokenLimit",
    "GiftCardTokenLimits",
    "GiftCardVerification",
    "GiftCardVerificationData",
    "HistoricalBlockTrade",
    "IcebergPartsFilter",
    "IcebergPartsFilterFilterType",
    "Kline",
    "KlineInterval",
    "LotSizeFilter",
    "LotSizeFilterFilterType",
    "MarginAccount",
    "MarginAccountAsset",
    "MarginAccountScope",
    "MarginAccountSummary",
    "MarginAsset",
    "MarginAvailableInventory",
    "MarginAvailableInventoryAssets",
    "MarginBnbBurn",
    "MarginBorrowRepayRecord",
    "MarginBorrowRepayRecords",
    "MarginBorrowRepayType",
    "MarginCanceledOrder",
    "MarginCanceledOrderList",
    "MarginCanceledOrderListReport",
    "MarginCapitalFlow",
    "MarginCapitalFlowType",
    "MarginCollateralBracket",
    "MarginCollateralRatio",
    "MarginCrossFee",
    "MarginDelistSchedule",
    "MarginEmptyResponse",
    "MarginForceLiquidation",
    "MarginForceLiquidations",
    "MarginInterest",
    "MarginInterestHistory",
    "MarginInterestRate",
    "MarginIsolatedAccount",
    "MarginIsolatedAccountAsset",
    "MarginIsolatedAccountLimit",
    "MarginIsolatedAccountPair",
    "MarginIsolatedAccountToggle",
    "MarginIsolatedFee",
    "MarginIsolatedFeeAsset",
    "MarginIsolatedFlag",
    "MarginIsolatedPair",
    "MarginIsolatedTier",
    "MarginLevelStatus",
    "MarginLeverageBracket",
    "MarginLeverageBracketTier",
    "MarginLimitPricePairs",
    "MarginLiquidationLoan",
    "MarginLiquidationLoanRepay",
    "MarginLiquidationLoanRepayHistory",
    "MarginListenKey",
    "MarginListenToken",
    "MarginListSchedule",
    "MarginManualLiquidation",
    "MarginMaxBorrowable",
    "MarginMaxTransferable",
    "MarginNewOrderAck",
    "MarginNewOrderFull",
    "MarginNewOrderList",
    "MarginNewOrderResult",
    "MarginNextHourlyInterestRate",
    "MarginOrder",
    "MarginOrderCountUsage",
    "MarginOrderFill",
    "MarginOrderList",
    "MarginOrderListOrder",
    "MarginOrderListReport",
    "MarginPair",
    "MarginPendingOcoOrderType",
    "MarginPreventedMatch",
    "MarginPriceIndex",
    "MarginRestrictedAssets",
    "MarginRiskBasedLiquidationRatio",
    "MarginSideEffectType",
    "MarginSmallLiability",
    "MarginSmallLiabilityExchange",
    "MarginSmallLiabilityExchangeHistory",
    "MarginSpecialKey",
    "MarginSpecialKeyCreated",
    "MarginSpecialKeyPermission",
    "MarginSuccess",
    "MarginTrade",
    "MarginTransactionId",
    "MarginTransfer",
    "MarginTransferDirection",
    "MarginTransferHistory",
    "MarginWorkingOrderType",
    "MarketLotSizeFilter",
    "MarketLotSizeFilterFilterType",
    "MaxAssetFilter",
    "MaxAssetFilterFilterType",
    "MaxNumAlgoOrdersFilter",
    "MaxNumAlgoOrdersFilterFilterType",
    "MaxNumIcebergOrdersFilter",
    "MaxNumIcebergOrdersFilterFilterType",
    "MaxNumOrderAmendsFilter",
    "MaxNumOrderAmendsFilterFilterType",
    "MaxNumOrderListsFilter",
    "MaxNumOrderListsFilterFilterType",
    "MaxNumOrdersFilter",
    "MaxNumOrdersFilterFilterType",
    "MaxPositionFilter",
    "MaxPositionFilterFilterType",
    "MiningAccountEarning",
    "MiningAccountEarningPage",
    "MiningAccountEarningsResponse",
    "MiningAccountHashrateHistoryResponse",
    "MiningAccountHashratePoint",
    "MiningAccountHashrates",
    "MiningAccountStatistics",
    "MiningAccountStatisticsResponse",
    "MiningAlgorithm",
    "MiningAlgorithmsResponse",
    "MiningCancelHashrateResaleResponse",
    "MiningCoin",
    "MiningCoinAmounts",
    "MiningCoinsResponse",
    "MiningEarning",
    "MiningEarningPage",
    "MiningEarningsResponse",
    "MiningExtraBonus",
    "MiningExtraBonusesResponse",
    "MiningExtraBonusPage",
    "MiningHashratePoint",
    "MiningHashrateResale",
    "MiningHashrateResaleDay",
    "MiningHashrateResaleDayPage",
    "MiningHashrateResaleDetailResponse",
    "MiningHashrateResalePage",
    "MiningHashrateResalesResponse",
    "MiningResellHashrateResponse",
    "MiningWorker",
    "MiningWorkerDetailResponse",
    "MiningWorkerHashrates",
    "MiningWorkerPage",
    "MiningWorkersResponse",
    "MinNotionalFilter",
    "MinNotionalFilterFilterType",
    "MyFilters",
    "NewOrderAck",
    "NewOrderFull",
    "NewOrderResult",
    "NftAssets",
    "NftDeposit",
    "NftDepositHistory",
    "NftToken",
    "NftTransaction",
    "NftTransactionHistory",
    "NftWithdrawal",
    "NftWithdrawHistory",
    "NotionalFilter",
    "NotionalFilterFilterType",
    "OAuthBalance",
    "OAuthBalanceResponse",
    "OAuthCertificateStatus",
    "OAuthCertificateType",
    "OAuthChargeAddress",
    "OAuthChargeAddressResponse",
    "OAuthConvertCoin",
    "OAuthConvertCoinsResponse",
    "OAuthConvertConfirm",
    "OAuthConvertConfirmResponse",
    "OAuthConvertHistory",
    "OAuthConvertHistoryResponse",
    "OAuthConvertOrder",
    "OAuthConvertQuote",
    "OAuthConvertQuoteResponse",
    "OAuthConvertTarget",
    "OAuthRevokeTokenResponse",
    "OAuthUserInfo",
    "OAuthUserInfoResponse",
    "OAuthUserStatus",
    "OAuthUserStatusResponse",
    "Order",
    "OrderAmendment",
    "OrderAmendResult",
    "OrderBook",
    "OrderFill",
    "OrderList",
    "OrderListEntry",
    "OrderListMember",
    "OrderListOrderStatus",
    "OrderListResponse",
    "OrderListStatus",
    "OrderRateLimitExceededMode",
    "OrderResponseType",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "PayFundsDetail",
    "PayPayerInfo",
    "PayReceiverExtend",
    "PayReceiverInfo",
    "PayTradeHistory",
    "PayTransaction",
    "PayWalletAssetCost",
    "PegOffsetType",
    "PegPriceType",
    "PercentPriceBySideFilter",
    "PercentPriceBySideFilterFilterType",
    "PercentPriceFilter",
    "PercentPriceFilterFilterType",
    "Permission",
    "PingResponse",
    "PortfolioMarginAccount",
    "PortfolioMarginAssetIndexPrice",
    "PortfolioMarginAssetLeverage",
    "PortfolioMarginAutoRepayStatus",
    "PortfolioMarginBalance",
    "PortfolioMarginBankruptcyLoan",
    "PortfolioMarginBfusdMint",
    "PortfolioMarginBfusdRedeem",
    "PortfolioMarginCallLevel",
    "PortfolioMarginCollateralRate",
    "PortfolioMarginCollateralTier",
    "PortfolioMarginDeltaMode",
    "PortfolioMarginEarnAssetBalance",
    "PortfolioMarginEarnTransferType",
    "PortfolioMarginInterest",
    "PortfolioMarginLoanRepay",
    "PortfolioMarginLoanRepayHistory",
    "PortfolioMarginMessage",
    "PortfolioMarginRepaySource",
    "PortfolioMarginRiskUnit",
    "PortfolioMarginSpanAccount",
    "PortfolioMarginTieredCollateralRate",
    "PortfolioMarginTransactionId",
    "PortfolioMarginTransferSide",
    "PredictionAccountType",
    "PredictionAssetQuery",
    "PredictionAssetQueryType",
    "PredictionBatchCancel",
    "PredictionBlocktrade",
    "PredictionBlocktradeCreated",
    "PredictionBlocktradeDetail",
    "PredictionBlocktradeEvent",
    "PredictionBlocktradeEvents",
    "PredictionBlocktradeFulfilled",
    "PredictionBlocktrades",
    "PredictionBlocktradesRemoved",
    "PredictionBlocktradeStatus",
    "PredictionBookLevel",
    "PredictionCancelFailure",
    "PredictionCancelInfo",
    "PredictionCategories",
    "PredictionCategory",
    "PredictionFundingSource",
    "PredictionLastTradePrice",
    "PredictionMarket",
    "PredictionMarketDetail",
    "PredictionMarketTopic",
    "PredictionMarketTopics",
    "PredictionOrder",
    "PredictionOrderBook",
    "PredictionOrderPage",
    "PredictionOrderPlaced",
    "PredictionOrderType",
    "PredictionOutcome",
    "PredictionPaymentOption",
    "PredictionPaymentOptions",
    "PredictionPnl",
    "PredictionPnlRecord",
    "PredictionPortfolio",
    "PredictionPosition",
    "PredictionPositionByToken",
    "PredictionPositionCounts",
    "PredictionPositionPage",
    "PredictionPositions",
    "PredictionPositionSummary",
    "PredictionQuota",
    "PredictionQuote",
    "PredictionRedeemBatch",
    "PredictionRedeemResult",
    "PredictionRedeemStatus",
    "PredictionReservedBalance",
    "PredictionReservedBalances",
    "PredictionSettledPositions",
    "PredictionSide",
    "PredictionSortBy",
    "PredictionSortOrder",
    "PredictionSubcategory",
    "PredictionTimeInForce",
    "PredictionTimelineEntry",
    "PredictionTransfer",
    "PredictionTransferAck",
    "PredictionTransferDirection",
    "PredictionTransfers",
    "PredictionTransferSource",
    "PredictionVariantData",
    "PredictionWallet",
    "PredictionWallets",
    "PredictionWithdrawal",
    "PreventedMatch",
    "PriceFilter",
    "PriceFilterFilterType",
    "PriceLevel",
    "PriceRangeExecutionRule",
    "RateLimit",
    "RateLimitInterval",
    "RateLimitType",
    "RebateHistory",
    "RebatePage",
    "RebateRecord",
    "RecentTrade",
    "ReferencePrice",
    "ReferencePriceCalculation",
    "ReferencePriceCalculationType",
    "SavingsFixedPosition",
    "SavingsFixedProject",
    "SavingsFixedPurchase",
    "SavingsPositionChange",
    "SavingsPositionStatus",
    "SavingsProjectSort",
    "SavingsProjectStatus",
    "SavingsProjectType",
    "SelfTradePreventionMode",
    "ServerTime",
    "SimpleEarnAccount",
    "SimpleEarnAprPeriod",
    "SimpleEarnBfusdAccount",
    "SimpleEarnBfusdQuota",
    "SimpleEarnBfusdReward",
    "SimpleEarnBfusdRewardPage",
    "SimpleEarnBfusdSubscription",
    "SimpleEarnBfusdSubscriptionQuota",
    "SimpleEarnCollateralRecord",
    "SimpleEarnCollateralRecordPage",
    "SimpleEarnFlexiblePosition",
    "SimpleEarnFlexiblePositionPage",
    "SimpleEarnFlexibleProduct",
    "SimpleEarnFlexibleProductPage",
    "SimpleEarnFlexibleRate",
    "SimpleEarnFlexibleRatePage",
    "SimpleEarnFlexibleRedemptionRecord",
    "SimpleEarnFlexibleRedemptionRecordPage",
    "SimpleEarnFlexibleReward",
    "SimpleEarnFlexibleRewardPage",
    "SimpleEarnFlexibleRewardType",
    "SimpleEarnFlexibleSubscription",
    "SimpleEarnFlexibleSubscriptionPreview",
    "SimpleEarnFlexibleSubscriptionRecord",
    "SimpleEarnFlexibleSubscriptionRecordPage",
    "SimpleEarnLockedPosition",
    "SimpleEarnLockedPositionPage",
    "SimpleEarnLockedProduct",
    "SimpleEarnLockedProductDetail",
    "SimpleEarnLockedProductPage",
    "SimpleEarnLockedProductQuota",
    "SimpleEarnLockedRedeemTo",
    "SimpleEarnLockedRedemptionRecord",
    "SimpleEarnLockedRedemptionRecordPage",
    "SimpleEarnLockedReward",
    "SimpleEarnLockedRewardPage",
    "SimpleEarnLockedSubscription",
    "SimpleEarnLockedSubscriptionPreview",
    "SimpleEarnLockedSubscriptionRecord",
    "SimpleEarnLockedSubscriptionRecordPage",
    "SimpleEarnPersonalLeftQuota",
    "SimpleEarnRedeemDestination",
    "SimpleEarnRedemption",
    "SimpleEarnRwusdAccount",
    "SimpleEarnRwusdQuota",
    "SimpleEarnRwusdReward",
    "SimpleEarnRwusdRewardPage",
    "SimpleEarnRwusdSubscription",
    "SimpleEarnRwusdSubscriptionQuota",
    "SimpleEarnSourceAccount",
    "SimpleEarnStableFastRedemptionQuota",
    "SimpleEarnStableRate",
    "SimpleEarnStableRatePage",
    "SimpleEarnStableRecordStatus",
    "SimpleEarnStableRedeemType",
    "SimpleEarnStableRedemption",
    "SimpleEarnStableRedemptionRecord",
    "SimpleEarnStableRedemptionRecordPage",
    "SimpleEarnStableSourceAsset",
    "SimpleEarnStableStandardRedemptionQuota",
    "SimpleEarnStableSubscriptionRecord",
    "SimpleEarnStableSubscriptionRecordPage",
    "SimpleEarnSuccess",
    "SimpleEarnTierRates",
    "SimpleEarnYieldArenaActivities",
    "SimpleEarnYieldArenaActivity",
    "SorInfo",
    "SorOrderFull",
    "SorOrderResult",
    "StakingBethReward",
    "StakingBethRewardPage",
    "StakingBethWrap",
    "StakingBnsolRate",
    "StakingBnsolRatePage",
    "StakingBnsolReward",
    "StakingBnsolRewardPage",
    "StakingBoostApr",
    "StakingEthAccount",
    "StakingEthHoldings",
    "StakingEthProfit",
    "StakingEthQuota",
    "StakingEthRedeemAsset",
    "StakingEthRedemption",
    "StakingEthRedemptionRecord",
    "StakingEthRedemptionRecordPage",
    "StakingEthStakingRecord",
    "StakingEthStakingRecordPage",
    "StakingEthSubscription",
    "StakingOnChainAccount",
    "StakingOnChainLeftQuota",
    "StakingOnChainPosition",
    "StakingOnChainPositionPage",
    "StakingOnChainProduct",
    "StakingOnChainProductDetail",
    "StakingOnChainProductPage",
    "StakingOnChainProductQuota",
    "StakingOnChainRedeemTo",
    "StakingOnChainRedemption",
    "StakingOnChainRedemptionRecord",
    "StakingOnChainRedemptionRecordPage",
    "StakingOnChainReward",
    "StakingOnChainRewardPage",
    "StakingOnChainSourceAccount",
    "StakingOnChainSubscription",
    "StakingOnChainSubscriptionPreview",
    "StakingOnChainSubscriptionRecord",
    "StakingOnChainSubscriptionRecordPage",
    "StakingOnChainSuccess",
    "StakingSoftProduct",
    "StakingSoftProductPage",
    "StakingSoftReward",
    "StakingSoftRewardPage",
    "StakingSoftStakingSwitch",
    "StakingSolAccount",
    "StakingSolBoostReward",
    "StakingSolBoostRewardPage",
    "StakingSolBoostRewardType",
    "StakingSolClaim",
    "StakingSolQuota",
    "StakingSolRedemption",
    "StakingSolRedemptionRecord",
    "StakingSolRedemptionRecordPage",
    "StakingSolStakingRecord",
    "StakingSolStakingRecordPage",
    "StakingSolSubscription",
    "StakingSolUnclaimedReward",
    "StakingWbethConversion",
    "StakingWbethConversionPage",
    "StakingWbethRate",
    "StakingWbethRatePage",
    "StakingWbethReward",
    "StakingWbethRewardPage",
    "SubAccountApiIpRestriction",
    "SubAccountApiIpRestrictionUpdate",
    "SubAccountApiKeyCreated",
    "SubAccountApiKeyInfo",
    "SubAccountApiKeyList",
    "SubAccountApiKeyPermissions",
    "SubAccountAssetBalance",
    "SubAccountAssetBalanceV3",
    "SubAccountAssets",
    "SubAccountAssetsV3",
    "SubAccountCreated",
    "SubAccountDeliveryAccount",
    "SubAccountDeliveryPosition",
    "SubAccountDeliverySummary",
    "SubAccountDeliveryTotals",
    "SubAccountDeposit",
    "SubAccountDepositAddress",
    "SubAccountEmptyResponse",
    "SubAccountFuturesAccount",
    "SubAccountFuturesAccountCoinM",
    "SubAccountFuturesAccountUsdM",
    "SubAccountFuturesAsset",
    "SubAccountFuturesEnabled",
    "SubAccountFuturesInternalTransferResult",
    "SubAccountFuturesPosition",
    "SubAccountFuturesPositionsCoinM",
    "SubAccountFuturesPositionsUsdM",
    "SubAccountFuturesSummary",
    "SubAccountFuturesSummaryCoinM",
    "SubAccountFuturesSummaryUsdM",
    "SubAccountFuturesTotals",
    "SubAccountFuturesTransfer",
    "SubAccountFuturesTransferHistory",
    "SubAccountIpRestrictionStatus",
    "SubAccountLeveragedTokensEnabled",
    "SubAccountList",
    "SubAccountListEntry",
    "SubAccountManagedAccountType",
    "SubAccountManagedAsset",
    "SubAccountManagedFuturesAssets",
    "SubAccountManagedFuturesBalance",
    "SubAccountManagedFuturesData",
    "SubAccountManagedFuturesPosition",
    "SubAccountManagedFuturesSnapshot",
    "SubAccountManagedFuturesType",
    "SubAccountManagedInfo",
    "SubAccountManagedList",
    "SubAccountManagedMarginAssets",
    "SubAccountManagedMarginType",
    "SubAccountManagedSnapshots",
    "SubAccountManagedTransfer",
    "SubAccountManagedTransferLog",
    "SubAccountMarginAccount",
    "SubAccountMarginAsset",
    "SubAccountMarginEnabled",
    "SubAccountMarginRatios",
    "SubAccountMarginSummary",
    "SubAccountMarginTotals",
    "SubAccountMovedPosition",
    "SubAccountMovePositionArg",
    "SubAccountMovePositionHistory",
    "SubAccountMovePositionOrder",
    "SubAccountMovePositionProductType",
    "SubAccountMovePositionResult",
    "SubAccountOptionsEnabled",
    "SubAccountOwnTransfer",
    "SubAccountPositionSide",
    "SubAccountSnapshot",
    "SubAccountSnapshotBalance",
    "SubAccountSnapshotData",
    "SubAccountSnapshotFuturesAsset",
    "SubAccountSnapshotFuturesPosition",
    "SubAccountSnapshotType",
    "SubAccountSpotSummary",
    "SubAccountSpotTransfer",
    "SubAccountSpotValue",
    "SubAccountStatus",
    "SubAccountTradeInfo",
    "SubAccountTransactionStatistics",
    "SubAccountTransferDirection",
    "SubAccountTransferId",
    "SubAccountTransferResult",
    "SubAccountUniversalAccountType",
    "SubAccountUniversalTransferHistory",
    "SubAccountUniversalTransferRecord",
    "SubAccountUniversalTransferResult",
    "SymbolExecutionRules",
    "SymbolInfo",
    "SymbolStatus",
    "TestOrderCommission",
    "TestOrderCommissionDiscount",
    "TestOrderCommissionRates",
    "TestOrderEmpty",
    "Ticker24HrFull",
    "Ticker24HrMini",
    "TickerPrice",
    "TickerRollingWindowFull",
    "TickerRollingWindowMini",
    "TickerTradingDayFull",
    "TickerTradingDayMini",
    "TickerType",
    "TimeInForce",
    "ToggleAutoConversionCoin",
    "TokenizedAsset",
    "TokenizedConversion",
    "TokenizedConversionPage",
    "TokenizedConversionUnknown",
    "TokenizedConvertAck",
    "TokenizedConvertType",
    "TrailingDeltaFilter",
    "TrailingDeltaFilterFilterType",
    "UnfilledOrderCount",
    "VipLoansAccruedInterest",
    "VipLoansAccruedInterestHistory",
    "VipLoansApplication",
    "VipLoansApplications",
    "VipLoansBorrowInterestRate",
    "VipLoansBorrowResult",
    "VipLoansCollateralAccount",
    "VipLoansCollateralAccounts",
    "VipLoansCollateralAsset",
    "VipLoansCollateralAssets",
    "VipLoansFixedRateBorrowResult",
    "VipLoansFixedRateMarket",
    "VipLoansFixedRateOffer",
    "VipLoansInterestRate",
    "VipLoansInterestRateHistory",
    "VipLoansLoanableAsset",
    "VipLoansLoanableAssets",
    "VipLoansOngoingOrder",
    "VipLoansOngoingOrders",
    "VipLoansRenewResult",
    "VipLoansRepayHistory",
    "VipLoansRepayRecord",
    "VipLoansRepayResult",
    "WalletAccountInfo",
    "WalletAccountSnapshot",
    "WalletAccountStatus",
    "WalletAddressQuestionnaire",
    "WalletAddressVerification",
    "WalletApiKeyPermission",
    "WalletApiTradingIndicator",
    "WalletApiTradingStatus",
    "WalletApiTradingStatusData",
    "WalletApiTradingStatusDataIndicators",
    "WalletApiTradingTrigger",
    "WalletAssetBalance",
    "WalletAssetDetail",
    "WalletAssetDetails",
    "WalletAssetTags",
    "WalletAutoConversionRates",
    "WalletAutoConversionSettings",
    "WalletBalance",
    "WalletBnbConvertibleAsset",
    "WalletBnbConvertibleAssets",
    "WalletBusdConvertAccountType",
    "WalletBusdConvertHistory",
    "WalletBusdConvertRecord",
    "WalletBusdConvertResult",
    "WalletCloudMiningHistory",
    "WalletCloudMiningRecord",
    "WalletCoinInfo",
    "WalletCoinNetwork",
    "WalletDelegationHistory",
    "WalletDelegationRecord",
    "WalletDelegationType",
    "WalletDelistSchedule",
    "WalletDepositAddress",
    "WalletDepositAddressEntry",
    "WalletDepositCreditResult",
    "WalletDepositRecord",
    "WalletDividendRecord",
    "WalletDividendRecords",
    "WalletDustAccountType",
    "WalletDustConvertibleAsset",
    "WalletDustConvertibleAssets",
    "WalletDustLog",
    "WalletDustLogDetail",
    "WalletDustLogEntry",
    "WalletDustTransferItem",
    "WalletDustTransferResult",
    "WalletEmptyResponse",
    "WalletFundingAsset",
    "WalletFuturesSnapshotData",
    "WalletMarginSnapshotData",
    "WalletOpenSchedule",
    "WalletQuestionnaireRequirements",
    "WalletSnapshot",
    "WalletSnapshotBalance",
    "WalletSnapshotFuturesAsset",
    "WalletSnapshotFuturesPosition",
    "WalletSnapshotMarginAsset",
    "WalletSnapshotType",
    "WalletSpotSnapshotData",
    "WalletSystemStatus",
    "WalletTradeFee",
    "WalletTransferId",
    "WalletTravelRuleBlockType",
    "WalletTravelRuleCountry",
    "WalletTravelRuleCountryList",
    "WalletTravelRuleDepositQuestionnaire",
    "WalletTravelRuleDepositRecord",
    "WalletTravelRuleDepositRecordV2",
    "WalletTravelRuleRegion",
    "WalletTravelRuleRegionList",
    "WalletTravelRuleSubmitResult",
    "WalletTravelRuleWithdrawRecord",
    "WalletTravelRuleWithdrawResult",
    "WalletUniversalTransferHistory",
    "WalletUniversalTransferRecord",
    "WalletUniversalTransferType",
    "WalletUserAsset",
    "WalletVasp",
    "WalletWithdrawAddress",
    "WalletWithdrawQuota",
    "WalletWithdrawRecord",
    "WalletWithdrawResult",
    "WorkingFloor",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
