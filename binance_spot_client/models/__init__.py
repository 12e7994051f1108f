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
    from .allocation import Allocation
    from .allocation_type import AllocationType
    from .amended_order import AmendedOrder
    from .amended_order_list_status import AmendedOrderListStatus
    from .average_price import AveragePrice
    from .balance import Balance
    from .book_ticker import BookTicker
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
    from .historical_block_trade import HistoricalBlockTrade
    from .iceberg_parts_filter import IcebergPartsFilter
    from .iceberg_parts_filter_filter_type import IcebergPartsFilterFilterType
    from .kline import Kline
    from .kline_interval import KlineInterval
    from .lot_size_filter import LotSizeFilter
    from .lot_size_filter_filter_type import LotSizeFilterFilterType
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
    from .my_filters import MyFilters
    from .new_order_ack import NewOrderAck
    from .new_order_full import NewOrderFull
    from .new_order_result import NewOrderResult
    from .notional_filter import NotionalFilter
    from .notional_filter_filter_type import NotionalFilterFilterType
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
    from .peg_offset_type import PegOffsetType
    from .peg_price_type import PegPriceType
    from .percent_price_by_side_filter import PercentPriceBySideFilter
    from .percent_price_by_side_filter_filter_type import PercentPriceBySideFilterFilterType
    from .percent_price_filter import PercentPriceFilter
    from .percent_price_filter_filter_type import PercentPriceFilterFilterType
    from .permission import Permission
    from .ping_response import PingResponse
    from .prevented_match import PreventedMatch
    from .price_filter import PriceFilter
    from .price_filter_filter_type import PriceFilterFilterType
    from .price_level import PriceLevel
    from .price_range_execution_rule import PriceRangeExecutionRule
    from .rate_limit import RateLimit
    from .rate_limit_interval import RateLimitInterval
    from .rate_limit_type import RateLimitType
    from .recent_trade import RecentTrade
    from .reference_price import ReferencePrice
    from .reference_price_calculation import ReferencePriceCalculation
    from .reference_price_calculation_type import ReferencePriceCalculationType
    from .self_trade_prevention_mode import SelfTradePreventionMode
    from .server_time import ServerTime
    from .sor_info import SorInfo
    from .sor_order_full import SorOrderFull
    from .sor_order_result import SorOrderResult
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
    from .trailing_delta_filter import TrailingDeltaFilter
    from .trailing_delta_filter_filter_type import TrailingDeltaFilterFilterType
    from .unfilled_order_count import UnfilledOrderCount
    from .working_floor import WorkingFloor

_MODULES = {
    "Account": ".account",
    "AccountCommission": ".account_commission",
    "AccountCommissionDiscount": ".account_commission_discount",
    "AccountTrade": ".account_trade",
    "AggregateTrade": ".aggregate_trade",
    "Allocation": ".allocation",
    "AllocationType": ".allocation_type",
    "AmendedOrder": ".amended_order",
    "AmendedOrderListStatus": ".amended_order_list_status",
    "AveragePrice": ".average_price",
    "Balance": ".balance",
    "BookTicker": ".book_ticker",
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
    "HistoricalBlockTrade": ".historical_block_trade",
    "IcebergPartsFilter": ".iceberg_parts_filter",
    "IcebergPartsFilterFilterType": ".iceberg_parts_filter_filter_type",
    "Kline": ".kline",
    "KlineInterval": ".kline_interval",
    "LotSizeFilter": ".lot_size_filter",
    "LotSizeFilterFilterType": ".lot_size_filter_filter_type",
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
    "MyFilters": ".my_filters",
    "NewOrderAck": ".new_order_ack",
    "NewOrderFull": ".new_order_full",
    "NewOrderResult": ".new_order_result",
    "NotionalFilter": ".notional_filter",
    "NotionalFilterFilterType": ".notional_filter_filter_type",
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
    "PegOffsetType": ".peg_offset_type",
    "PegPriceType": ".peg_price_type",
    "PercentPriceBySideFilter": ".percent_price_by_side_filter",
    "PercentPriceBySideFilterFilterType": ".percent_price_by_side_filter_filter_type",
    "PercentPriceFilter": ".percent_price_filter",
    "PercentPriceFilterFilterType": ".percent_price_filter_filter_type",
    "Permission": ".permission",
    "PingResponse": ".ping_response",
    "PreventedMatch": ".prevented_match",
    "PriceFilter": ".price_filter",
    "PriceFilterFilterType": ".price_filter_filter_type",
    "PriceLevel": ".price_level",
    "PriceRangeExecutionRule": ".price_range_execution_rule",
    "RateLimit": ".rate_limit",
    "RateLimitInterval": ".rate_limit_interval",
    "RateLimitType": ".rate_limit_type",
    "RecentTrade": ".recent_trade",
    "ReferencePrice": ".reference_price",
    "ReferencePriceCalculation": ".reference_price_calculation",
    "ReferencePriceCalculationType": ".reference_price_calculation_type",
    "SelfTradePreventionMode": ".self_trade_prevention_mode",
    "ServerTime": ".server_time",
    "SorInfo": ".sor_info",
    "SorOrderFull": ".sor_order_full",
    "SorOrderResult": ".sor_order_result",
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
    "TrailingDeltaFilter": ".trailing_delta_filter",
    "TrailingDeltaFilterFilterType": ".trailing_delta_filter_filter_type",
    "UnfilledOrderCount": ".unfilled_order_count",
    "WorkingFloor": ".working_floor",
}

__all__ = (
    "Account",
    "AccountCommission",
    "AccountCommissionDiscount",
    "AccountTrade",
    "AggregateTrade",
    "Allocation",
    "AllocationType",
    "AmendedOrder",
    "AmendedOrderListStatus",
    "AveragePrice",
    "Balance",
    "BookTicker",
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
    "HistoricalBlockTrade",
    "IcebergPartsFilter",
    "IcebergPartsFilterFilterType",
    "Kline",
    "KlineInterval",
    "LotSizeFilter",
    "LotSizeFilterFilterType",
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
    "MinNotionalFilter",
    "MinNotionalFilterFilterType",
    "MyFilters",
    "NewOrderAck",
    "NewOrderFull",
    "NewOrderResult",
    "NotionalFilter",
    "NotionalFilterFilterType",
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
    "PegOffsetType",
    "PegPriceType",
    "PercentPriceBySideFilter",
    "PercentPriceBySideFilterFilterType",
    "PercentPriceFilter",
    "PercentPriceFilterFilterType",
    "Permission",
    "PingResponse",
    "PreventedMatch",
    "PriceFilter",
    "PriceFilterFilterType",
    "PriceLevel",
    "PriceRangeExecutionRule",
    "RateLimit",
    "RateLimitInterval",
    "RateLimitType",
    "RecentTrade",
    "ReferencePrice",
    "ReferencePriceCalculation",
    "ReferencePriceCalculationType",
    "SelfTradePreventionMode",
    "ServerTime",
    "SorInfo",
    "SorOrderFull",
    "SorOrderResult",
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
    "TrailingDeltaFilter",
    "TrailingDeltaFilterFilterType",
    "UnfilledOrderCount",
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
