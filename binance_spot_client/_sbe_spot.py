"""SBE decoders for schema 3:5 (spot_3_5.xml).

Each function reads one message and returns the data its JSON answer holds.
Generated from spec/ by `python -m generator`; do not edit."""

from itertools import repeat
from typing import Any

from .signing._sbe import (
    COLUMNS_READABLE,
    SbeSchema,
    columns,
    decimal_columns,
    decimal_text,
    float_text,
    require_block,
    rows,
    set_values,
    struct_of,
    time_column,
)

SCHEMA_ID = 3
SCHEMA_VERSION = 5
PROD_DEPRECATED = ((3, 2), (3, 3), (3, 4))
PROD_RETIRED = ((1, 0), (2, 0), (2, 1), (3, 0), (3, 1))
TESTNET_DEPRECATED = ((3, 2), (3, 3), (3, 4))
TESTNET_RETIRED = ((1, 0), (2, 0), (2, 1), (3, 0), (3, 1))

_ENUM_accountType: dict[int, Any] = {0: "SPOT", 2: "UNKNOWN", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_allocationReportType: dict[int, Any] = {1: "Accept", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_allocationStatus: dict[int, Any] = {1: "Accepted", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_allocationTransactionType: dict[int, Any] = {1: "New", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_allocationType: dict[int, Any] = {0: "UNKNOWN", 2: "SOR", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_boolEnum: dict[int, Any] = {0: False, 1: True, 255: None}
_ENUM_calculationType: dict[int, Any] = {1: "EXTERNAL", 2: "ARITHMETIC_MEAN", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_cancelReplaceStatus: dict[int, Any] = {
    0: "SUCCESS",
    1: "FAILURE",
    2: "NOT_ATTEMPTED",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_commissionType: dict[int, Any] = {
    0: "RECV_ASSET",
    1: "QUOTE_ASSET",
    2: "GAS_OR_RECV_STRICT",
    3: "GAS_OR_RECV_OPTIONAL",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_contingencyType: dict[int, Any] = {1: "OCO", 2: "OTO", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_counterPartyRole: dict[int, Any] = {1: "Client", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_executionRuleType: dict[int, Any] = {1: "PRICE_RANGE", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_executionType: dict[int, Any] = {
    0: "NEW",
    1: "CANCELED",
    2: "REPLACED",
    3: "REJECTED",
    4: "TRADE",
    5: "EXPIRED",
    8: "TRADE_PREVENTION",
    253: "UNKNOWN",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_expiryReason: dict[int, Any] = {
    1: "REJECTED",
    2: "EXCHANGE_CANCELED",
    3: "OCO_TRIGGER",
    4: "OTO_PHASE_ONE_EXPIRED",
    5: "UNFILLED_IOC_QUANTITY_EXPIRED",
    6: "UNFILLED_FOK_ORDER_EXPIRED",
    7: "INSUFFICIENT_LIQUIDITY",
    8: "EXECUTION_RULE_PRICE_RANGE_EXCEEDED",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_externalSettlementSide: dict[int, Any] = {0: "DEBIT", 1: "CREDIT", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_filterType: dict[int, Any] = {
    0: "MAX_POSITION",
    1: "PRICE_FILTER",
    2: "T_PLUS_SELL",
    3: "LOT_SIZE",
    4: "MAX_NUM_ORDERS",
    5: "MIN_NOTIONAL",
    6: "MAX_NUM_ALGO_ORDERS",
    7: "EXCHANGE_MAX_NUM_ORDERS",
    8: "EXCHANGE_MAX_NUM_ALGO_ORDERS",
    9: "ICEBERG_PARTS",
    10: "MARKET_LOT_SIZE",
    11: "PERCENT_PRICE",
    12: "MAX_NUM_ICEBERG_ORDERS",
    13: "EXCHANGE_MAX_NUM_ICEBERG_ORDERS",
    14: "TRAILING_DELTA",
    15: "PERCENT_PRICE_BY_SIDE",
    16: "NOTIONAL",
    17: "MAX_NUM_ORDER_LISTS",
    18: "EXCHANGE_MAX_NUM_ORDER_LISTS",
    19: "MAX_NUM_ORDER_AMENDS",
    20: "MAX_ASSET",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_floor: dict[int, Any] = {1: "EXCHANGE", 2: "BROKER", 3: "SOR", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_listOrderStatus: dict[int, Any] = {
    0: "CANCELING",
    1: "EXECUTING",
    2: "ALL_DONE",
    3: "REJECT",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_listStatusType: dict[int, Any] = {
    0: "RESPONSE",
    1: "EXEC_STARTED",
    2: "ALL_DONE",
    3: "UPDATED",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_matchType: dict[int, Any] = {1: "AUTO_MATCH", 2: "ONE_PARTY_TRADE_REPORT", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_orderCapacity: dict[int, Any] = {1: "PRINCIPAL", 2: "AGENCY", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_orderSide: dict[int, Any] = {0: "BUY", 1: "SELL", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_orderStatus: dict[int, Any] = {
    0: "NEW",
    1: "PARTIALLY_FILLED",
    2: "FILLED",
    3: "CANCELED",
    4: "PENDING_CANCEL",
    5: "REJECTED",
    6: "EXPIRED",
    9: "EXPIRED_IN_MATCH",
    11: "PENDING_NEW",
    253: "UNKNOWN",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_orderType: dict[int, Any] = {
    0: "MARKET",
    1: "LIMIT",
    2: "STOP_LOSS",
    3: "STOP_LOSS_LIMIT",
    4: "TAKE_PROFIT",
    5: "TAKE_PROFIT_LIMIT",
    6: "LIMIT_MAKER",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_pegOffsetType: dict[int, Any] = {1: "PRICE_LEVEL", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_pegPriceType: dict[int, Any] = {1: "PRIMARY_PEG", 2: "MARKET_PEG", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_rateLimitInterval: dict[int, Any] = {
    0: "SECOND",
    1: "MINUTE",
    2: "HOUR",
    3: "DAY",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_rateLimitType: dict[int, Any] = {
    0: "RAW_REQUESTS",
    1: "CONNECTIONS",
    2: "REQUEST_WEIGHT",
    3: "ORDERS",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_selfTradePreventionMode: dict[int, Any] = {
    1: "NONE",
    2: "EXPIRE_TAKER",
    3: "EXPIRE_MAKER",
    4: "EXPIRE_BOTH",
    5: "DECREMENT",
    6: "TRANSFER",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_symbolStatus: dict[int, Any] = {
    0: "TRADING",
    1: "END_OF_DAY",
    2: "HALT",
    3: "BREAK",
    4: "CANCEL_ONLY",
    254: "NON_REPRESENTABLE",
    255: None,
}
_ENUM_timeInForce: dict[int, Any] = {0: "GTC", 1: "IOC", 2: "FOK", 254: "NON_REPRESENTABLE", 255: None}
_ENUM_tradeType: dict[int, Any] = {0: "BLOCK_TRADE", 254: "NON_REPRESENTABLE", 255: None}
_SET_allowedSelfTradePreventionModes = (
    (0, "NONE"),
    (1, "EXPIRE_TAKER"),
    (2, "EXPIRE_MAKER"),
    (3, "EXPIRE_BOTH"),
    (4, "DECREMENT"),
    (5, "TRANSFER"),
    (7, "NON_REPRESENTABLE"),
)
_SET_externalSettlementFlags = (
    (0, "MOVE_TO_AVAILABLE"),
    (1, "DEBIT_COMM_ALLOW_GAS"),
    (2, "CREDIT_COMM_ALLOW_GAS"),
    (3, "DEBIT_COMM_ALLOW_AVAILABLE"),
    (4, "CREDIT_COMM_ALLOW_AVAILABLE"),
    (63, "NON_REPRESENTABLE"),
)
_SET_orderTypes = (
    (0, "MARKET"),
    (1, "LIMIT"),
    (2, "STOP_LOSS"),
    (3, "STOP_LOSS_LIMIT"),
    (4, "TAKE_PROFIT"),
    (5, "TAKE_PROFIT_LIMIT"),
    (6, "LIMIT_MAKER"),
    (15, "NON_REPRESENTABLE"),
)
_S_BB = struct_of("<BB")
_S_BBBBBHBBBBBBBBBBBB = struct_of("<BBBBBHBBBBBBBBBBBB")
_S_BBBq = struct_of("<BBBq")
_S_BBBqq = struct_of("<BBBqq")
_S_BH = struct_of("<BH")
_S_BqII = struct_of("<BqII")
_S_H = struct_of("<H")
_S_HH = struct_of("<HH")
_S_HI = struct_of("<HI")
_S_Hq = struct_of("<Hq")
_S_I = struct_of("<I")
_S_bBqqqqq = struct_of("<bBqqqqq")
_S_bb = struct_of("<bb")
_S_bbbqBqqqqqqqqqBBB = struct_of("<bbbqBqqqqqqqqqBBB")
_S_bbbqqqqqqqqBBB = struct_of("<bbbqqqqqqqqBBB")
_S_bbqfqqq16sqqqqqqq16s16sqqqqq = struct_of("<bbqfqqq16sqqqqqqq16s16sqqqqq")
_S_bbqfqqqqq16s16sqqqqq = struct_of("<bbqfqqqqq16s16sqqqqq")
_S_bbqqqq = struct_of("<bbqqqq")
_S_bbqqqq16s16sqqqqq = struct_of("<bbqqqq16s16sqqqqq")
_S_bbqqqqBBqqq = struct_of("<bbqqqqBBqqq")
_S_bbqqqqBqqqq = struct_of("<bbqqqqBqqqq")
_S_bbqqqqqqBBBBqqqqqqBqqqiBBBqqBBBBqB = struct_of("<bbqqqqqqBBBBqqqqqqBqqqiBBBqqBBBBqB")
_S_bbqqqqqqqBBBBqqqqqiBBBqBqBBBq = struct_of("<bbqqqqqqqBBBBqqqqqiBBBqBqBBBq")
_S_bbqqqqqqqBBBBqqqqqqiBBBqqBqBBBqB = struct_of("<bbqqqqqqqBBBBqqqqqqiBBBqqBqBBBqB")
_S_bbqqqqqqqqBBqqqqq = struct_of("<bbqqqqqqqqBBqqqqq")
_S_bq = struct_of("<bq")
_S_bqBi = struct_of("<bqBi")
_S_bqBqBi = struct_of("<bqBqBi")
_S_bqq = struct_of("<bqq")
_S_bqqi = struct_of("<bqqi")
_S_bqqq = struct_of("<bqqq")
_S_bqqqq = struct_of("<bqqqq")
_S_bqqqqBBBBBBqBqq = struct_of("<bqqqqBBBBBBqBqq")
_S_bqqqqi = struct_of("<bqqqqi")
_S_hqq = struct_of("<hqq")
_S_q = struct_of("<q")
_S_qBB = struct_of("<qBB")
_S_qBBBq = struct_of("<qBBBq")
_S_qBBBqbb = struct_of("<qBBBqbb")
_S_qH = struct_of("<qH")
_S_qbb = struct_of("<qbb")
_S_qbqq = struct_of("<qbqq")
_S_qq = struct_of("<qq")
_S_qqBqB = struct_of("<qqBqB")
_S_qqH = struct_of("<qqH")
_S_qqbbbBBBBBqqqqqqqqqqqqH = struct_of("<qqbbbBBBBBqqqqqqqqqqqqH")
_S_qqbbbqqqqqqqqqBBBBBqqqqqqqqBBBBBBBBqQqqqqqqqqiqqHBBBqB = struct_of(
    "<qqbbbqqqqqqqqqBBBBBqqqqqqqqBBBBBBBBqQqqqqqqqqiqqHBBBqB"
)
_S_qqbbqqqqqqqBBBBqqqqqqiBBBBBBBq = struct_of("<qqbbqqqqqqqBBBBqqqqqqiBBBBBBBq")
_S_qqbqH = struct_of("<qqbqH")
_S_qqbqqq = struct_of("<qqbqqq")
_S_qqq = struct_of("<qqq")
_S_qqqBBBH = struct_of("<qqqBBBH")
_S_qqqq = struct_of("<qqqq")
_S_qqqqq = struct_of("<qqqqq")
_S_qqqqq16sq16sq16s16s = struct_of("<qqqqq16sq16sq16s16s")
_S_qqqqqB = struct_of("<qqqqqB")
_S_qqqqqBB = struct_of("<qqqqqBB")
_S_qqqqqqBB = struct_of("<qqqqqqBB")
_S_qqqqqqqBBBBqqqqqiBBBqBqBBBq = struct_of("<qqqqqqqBBBBqqqqqiBBBqBqBBBq")
_S_qqqqqqqBBBBqqqqqqiBBBBBBBq = struct_of("<qqqqqqqBBBBqqqqqqiBBBBBBBq")
_S_qqqqqqqBBBBqqqqqqiBBBqqBqBBBqB = struct_of("<qqqqqqqBBBBqqqqqqiBBBqqBqBBBqB")


def _decode_price_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 1, `PriceFilter`."""
    price_exponent_1, min_price_2, max_price_3, tick_size_4 = _S_bqqq.unpack_from(view, at)
    return {
        "filterType": "PRICE_FILTER",
        "minPrice": decimal_text(min_price_2, price_exponent_1),
        "maxPrice": decimal_text(max_price_3, price_exponent_1),
        "tickSize": decimal_text(tick_size_4, price_exponent_1),
    }


def _decode_percent_price_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 2, `PercentPriceFilter`."""
    multiplier_exponent_5, multiplier_up_6, multiplier_down_7, avg_price_mins_8 = _S_bqqi.unpack_from(view, at)
    return {
        "filterType": "PERCENT_PRICE",
        "multiplierUp": decimal_text(multiplier_up_6, multiplier_exponent_5),
        "multiplierDown": decimal_text(multiplier_down_7, multiplier_exponent_5),
        "avgPriceMins": avg_price_mins_8,
    }


def _decode_percent_price_by_side_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 3, `PercentPriceBySideFilter`."""
    (
        multiplier_exponent_9,
        bid_multiplier_up_10,
        bid_multiplier_down_11,
        ask_multiplier_up_12,
        ask_multiplier_down_13,
        avg_price_mins_14,
    ) = _S_bqqqqi.unpack_from(view, at)
    return {
        "filterType": "PERCENT_PRICE_BY_SIDE",
        "bidMultiplierUp": decimal_text(bid_multiplier_up_10, multiplier_exponent_9),
        "bidMultiplierDown": decimal_text(bid_multiplier_down_11, multiplier_exponent_9),
        "askMultiplierUp": decimal_text(ask_multiplier_up_12, multiplier_exponent_9),
        "askMultiplierDown": decimal_text(ask_multiplier_down_13, multiplier_exponent_9),
        "avgPriceMins": avg_price_mins_14,
    }


def _decode_lot_size_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 4, `LotSizeFilter`."""
    qty_exponent_15, min_qty_16, max_qty_17, step_size_18 = _S_bqqq.unpack_from(view, at)
    return {
        "filterType": "LOT_SIZE",
        "minQty": decimal_text(min_qty_16, qty_exponent_15),
        "maxQty": decimal_text(max_qty_17, qty_exponent_15),
        "stepSize": decimal_text(step_size_18, qty_exponent_15),
    }


def _decode_min_notional_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 5, `MinNotionalFilter`."""
    price_exponent_19, min_notional_20, apply_to_market_21, avg_price_mins_22 = _S_bqBi.unpack_from(view, at)
    return {
        "filterType": "MIN_NOTIONAL",
        "minNotional": decimal_text(min_notional_20, price_exponent_19),
        "applyToMarket": apply_to_market_21 == 1,
        "avgPriceMins": avg_price_mins_22,
    }


def _decode_notional_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 6, `NotionalFilter`."""
    (
        price_exponent_23,
        min_notional_24,
        apply_min_to_market_25,
        max_notional_26,
        apply_max_to_market_27,
        avg_price_mins_28,
    ) = _S_bqBqBi.unpack_from(view, at)
    return {
        "filterType": "NOTIONAL",
        "minNotional": decimal_text(min_notional_24, price_exponent_23),
        "applyMinToMarket": apply_min_to_market_25 == 1,
        "maxNotional": decimal_text(max_notional_26, price_exponent_23),
        "applyMaxToMarket": apply_max_to_market_27 == 1,
        "avgPriceMins": avg_price_mins_28,
    }


def _decode_iceberg_parts_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 7, `IcebergPartsFilter`."""
    (filter_limit_29,) = _S_q.unpack_from(view, at)
    return {"filterType": "ICEBERG_PARTS", "limit": filter_limit_29}


def _decode_market_lot_size_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 8, `MarketLotSizeFilter`."""
    qty_exponent_30, min_qty_31, max_qty_32, step_size_33 = _S_bqqq.unpack_from(view, at)
    return {
        "filterType": "MARKET_LOT_SIZE",
        "minQty": decimal_text(min_qty_31, qty_exponent_30),
        "maxQty": decimal_text(max_qty_32, qty_exponent_30),
        "stepSize": decimal_text(step_size_33, qty_exponent_30),
    }


def _decode_max_num_orders_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 9, `MaxNumOrdersFilter`."""
    (max_num_orders_34,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": max_num_orders_34}


def _decode_max_num_algo_orders_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 10, `MaxNumAlgoOrdersFilter`."""
    (max_num_algo_orders_35,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": max_num_algo_orders_35}


def _decode_max_num_iceberg_orders_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 11, `MaxNumIcebergOrdersFilter`."""
    (max_num_iceberg_orders_36,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ICEBERG_ORDERS", "maxNumIcebergOrders": max_num_iceberg_orders_36}


def _decode_max_position_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 12, `MaxPositionFilter`."""
    qty_exponent_37, max_position_38 = _S_bq.unpack_from(view, at)
    return {"filterType": "MAX_POSITION", "maxPosition": decimal_text(max_position_38, qty_exponent_37)}


def _decode_trailing_delta_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 13, `TrailingDeltaFilter`."""
    (
        min_trailing_above_delta_39,
        max_trailing_above_delta_40,
        min_trailing_below_delta_41,
        max_trailing_below_delta_42,
    ) = _S_qqqq.unpack_from(view, at)
    return {
        "filterType": "TRAILING_DELTA",
        "minTrailingAboveDelta": min_trailing_above_delta_39,
        "maxTrailingAboveDelta": max_trailing_above_delta_40,
        "minTrailingBelowDelta": min_trailing_below_delta_41,
        "maxTrailingBelowDelta": max_trailing_below_delta_42,
    }


def _decode_t_plus_sell_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 14, `TPlusSellFilter`."""
    (end_time_43,) = _S_q.unpack_from(view, at)
    return {
        "filterType": "T_PLUS_SELL",
        "endTime": (
            -1 if end_time_43 == -9223372036854775808 else (end_time_43 if microseconds else end_time_43 // 1000)
        ),
    }


def _decode_max_num_order_lists_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 18, `MaxNumOrderListsFilter`."""
    (max_num_order_lists_44,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ORDER_LISTS", "maxNumOrderLists": max_num_order_lists_44}


def _decode_max_num_order_amends_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 20, `MaxNumOrderAmendsFilter`."""
    (max_num_order_amends_45,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ORDER_AMENDS", "maxNumOrderAmends": max_num_order_amends_45}


def _decode_exchange_max_num_orders_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 15, `ExchangeMaxNumOrdersFilter`."""
    (max_num_orders_46,) = _S_q.unpack_from(view, at)
    return {"filterType": "EXCHANGE_MAX_NUM_ORDERS", "maxNumOrders": max_num_orders_46}


def _decode_exchange_max_num_algo_orders_filter(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 16, `ExchangeMaxNumAlgoOrdersFilter`."""
    (max_num_algo_orders_47,) = _S_q.unpack_from(view, at)
    return {"filterType": "EXCHANGE_MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": max_num_algo_orders_47}


def _decode_exchange_max_num_iceberg_orders_filter(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 17, `ExchangeMaxNumIcebergOrdersFilter`."""
    (max_num_iceberg_orders_48,) = _S_q.unpack_from(view, at)
    return {"filterType": "EXCHANGE_MAX_NUM_ICEBERG_ORDERS", "maxNumIcebergOrders": max_num_iceberg_orders_48}


def _decode_exchange_max_num_order_lists_filter(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 19, `ExchangeMaxNumOrderListsFilter`."""
    (max_num_order_lists_49,) = _S_q.unpack_from(view, at)
    return {"filterType": "EXCHANGE_MAX_NUM_ORDER_LISTS", "maxNumOrderLists": max_num_order_lists_49}


def _decode_max_asset_filter(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 21, `MaxAssetFilter`."""
    qty_exponent_50, max_qty_51 = _S_bq.unpack_from(view, at)
    at += block
    length_53 = view[at]
    at += 1 + length_53
    asset_52 = str(view[at - length_53 : at], "utf-8")
    return {"filterType": "MAX_ASSET", "limit": decimal_text(max_qty_51, qty_exponent_50), "asset": asset_52}


def _decode_price_range_execution_rule(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 22, `PriceRangeExecutionRule`."""
    (
        multiplier_exponent_54,
        bid_limit_mult_up_55,
        bid_limit_mult_down_56,
        ask_limit_mult_up_57,
        ask_limit_mult_down_58,
    ) = _S_bqqqq.unpack_from(view, at)
    return {
        "ruleType": "PRICE_RANGE",
        "bidLimitMultUp": (
            None
            if bid_limit_mult_up_55 == -9223372036854775808
            else decimal_text(bid_limit_mult_up_55, multiplier_exponent_54)
        ),
        "bidLimitMultDown": (
            None
            if bid_limit_mult_down_56 == -9223372036854775808
            else decimal_text(bid_limit_mult_down_56, multiplier_exponent_54)
        ),
        "askLimitMultUp": (
            None
            if ask_limit_mult_up_57 == -9223372036854775808
            else decimal_text(ask_limit_mult_up_57, multiplier_exponent_54)
        ),
        "askLimitMultDown": (
            None
            if ask_limit_mult_down_58 == -9223372036854775808
            else decimal_text(ask_limit_mult_down_58, multiplier_exponent_54)
        ),
    }


def _decode_web_socket_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 50, `WebSocketResponse`."""
    sbe_schema_id_version_deprecated_59, status_60 = _S_BH.unpack_from(view, at)
    at += block
    block_61, count_62 = _S_HH.unpack_from(view, at)
    at += 4
    rate_limits_63 = [
        {
            "rateLimitType": _ENUM_rateLimitType[rate_limit_type_64],
            "interval": _ENUM_rateLimitInterval[interval_65],
            "intervalNum": interval_num_66,
            "limit": rate_limit_67,
            "count": current_68,
        }
        for rate_limit_type_64, interval_65, interval_num_66, rate_limit_67, current_68 in rows(
            _S_BBBqq, view, at, block_61, count_62, 19
        )
    ]
    at += block_61 * count_62
    length_70 = view[at]
    at += 1 + length_70
    id_69 = str(view[at - length_70 : at], "utf-8")
    (length_72,) = _S_I.unpack_from(view, at)
    at += 4 + length_72
    result_71 = SCHEMA.decode(view[at - length_72 : at], None, microseconds)[1]
    return {
        "sbeSchemaIdVersionDeprecated": sbe_schema_id_version_deprecated_59 == 1,
        "status": status_60,
        "rateLimits": rate_limits_63,
        "id": id_69,
        "result": result_71,
    }


def _decode_web_socket_session_logon_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 51, `WebSocketSessionLogonResponse`."""
    authorized_since_73, connected_since_74, return_rate_limits_75, server_time_76, user_data_stream_77 = (
        _S_qqBqB.unpack_from(view, at)
    )
    at += block
    (length_79,) = _S_H.unpack_from(view, at)
    at += 2 + length_79
    logged_on_api_key_78 = str(view[at - length_79 : at], "utf-8")
    return {
        "authorizedSince": (authorized_since_73 if microseconds else authorized_since_73 // 1000),
        "connectedSince": (connected_since_74 if microseconds else connected_since_74 // 1000),
        "returnRateLimits": return_rate_limits_75 == 1,
        "serverTime": (server_time_76 if microseconds else server_time_76 // 1000),
        "userDataStream": (None if user_data_stream_77 == 255 else user_data_stream_77 == 1),
        "apiKey": logged_on_api_key_78,
    }


def _decode_web_socket_session_status_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 52, `WebSocketSessionStatusResponse`."""
    authorized_since_80, connected_since_81, return_rate_limits_82, server_time_83, user_data_stream_84 = (
        _S_qqBqB.unpack_from(view, at)
    )
    at += block
    (length_86,) = _S_H.unpack_from(view, at)
    at += 2 + length_86
    logged_on_api_key_85 = str(view[at - length_86 : at], "utf-8") if length_86 else None
    return {
        "authorizedSince": (
            None
            if authorized_since_80 == -9223372036854775808
            else (authorized_since_80 if microseconds else authorized_since_80 // 1000)
        ),
        "connectedSince": (connected_since_81 if microseconds else connected_since_81 // 1000),
        "returnRateLimits": return_rate_limits_82 == 1,
        "serverTime": (server_time_83 if microseconds else server_time_83 // 1000),
        "userDataStream": (None if user_data_stream_84 == 255 else user_data_stream_84 == 1),
        "apiKey": logged_on_api_key_85,
    }


def _decode_web_socket_session_logout_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 53, `WebSocketSessionLogoutResponse`."""
    authorized_since_87, connected_since_88, return_rate_limits_89, server_time_90, user_data_stream_91 = (
        _S_qqBqB.unpack_from(view, at)
    )
    at += block
    (length_93,) = _S_H.unpack_from(view, at)
    at += 2 + length_93
    logged_on_api_key_92 = str(view[at - length_93 : at], "utf-8") if length_93 else None
    return {
        "authorizedSince": (
            None
            if authorized_since_87 == -9223372036854775808
            else (authorized_since_87 if microseconds else authorized_since_87 // 1000)
        ),
        "connectedSince": (connected_since_88 if microseconds else connected_since_88 // 1000),
        "returnRateLimits": return_rate_limits_89 == 1,
        "serverTime": (server_time_90 if microseconds else server_time_90 // 1000),
        "userDataStream": (None if user_data_stream_91 == 255 else user_data_stream_91 == 1),
        "apiKey": logged_on_api_key_92,
    }


def _decode_web_socket_session_subscriptions_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 54, `WebSocketSessionSubscriptionsResponse`."""
    at += block
    block_94, count_95 = _S_HI.unpack_from(view, at)
    at += 6
    subscriptions_96 = [
        {
            "subscriptionId": subscription_id_97,
            "expirationTime": (
                None
                if expiration_time_98 == -9223372036854775808
                else (expiration_time_98 if microseconds else expiration_time_98 // 1000)
            ),
        }
        for subscription_id_97, expiration_time_98 in rows(_S_Hq, view, at, block_94, count_95, 10)
    ]
    at += block_94 * count_95
    return {"subscriptions": subscriptions_96}


def _decode_error_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 100, `ErrorResponse`."""
    code_99, server_time_100, retry_after_101 = _S_hqq.unpack_from(view, at)
    at += block
    (length_103,) = _S_H.unpack_from(view, at)
    at += 2 + length_103
    msg_102 = str(view[at - length_103 : at], "utf-8")
    (length_105,) = _S_I.unpack_from(view, at)
    at += 4 + length_105
    data_104 = SCHEMA.decode(view[at - length_105 : at], None, microseconds)[1] if length_105 else None
    return {
        "code": code_99,
        "serverTime": (
            None
            if server_time_100 == -9223372036854775808
            else (server_time_100 if microseconds else server_time_100 // 1000)
        ),
        "retryAfter": (
            None
            if retry_after_101 == -9223372036854775808
            else (retry_after_101 if microseconds else retry_after_101 // 1000)
        ),
        "msg": msg_102,
        "data": data_104,
    }


def _decode_ping_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 101, `PingResponse`."""
    return {}


def _decode_server_time_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 102, `ServerTimeResponse`."""
    (server_time_106,) = _S_q.unpack_from(view, at)
    return {"serverTime": (server_time_106 if microseconds else server_time_106 // 1000)}


def _decode_exchange_info_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 103, `ExchangeInfoResponse`."""
    embedded = SCHEMA.embedded_reader(microseconds)
    at += block
    block_107, count_108 = _S_HI.unpack_from(view, at)
    at += 6
    rate_limits_109 = [
        {
            "rateLimitType": _ENUM_rateLimitType[rate_limit_type_110],
            "interval": _ENUM_rateLimitInterval[interval_111],
            "intervalNum": interval_num_112,
            "limit": rate_limit_113,
        }
        for rate_limit_type_110, interval_111, interval_num_112, rate_limit_113 in rows(
            _S_BBBq, view, at, block_107, count_108, 11
        )
    ]
    at += block_107 * count_108
    block_114, count_115 = _S_HI.unpack_from(view, at)
    at += 6
    exchange_filters_116 = []
    for _ in range(count_115):
        at += block_114
        length_118 = view[at]
        at += 1 + length_118
        filter_117 = embedded(view[at - length_118 : at])
        exchange_filters_116.append(filter_117)
    block_119, count_120 = _S_HI.unpack_from(view, at)
    at += 6
    symbols_121 = []
    for _ in range(count_120):
        require_block(block_119, 19)
        start = at
        at += block_119
        (
            status_122,
            base_asset_precision_123,
            quote_asset_precision_124,
            base_commission_precision_125,
            quote_commission_precision_126,
            order_types_127,
            iceberg_allowed_128,
            oco_allowed_129,
            oto_allowed_130,
            quote_order_qty_market_allowed_131,
            allow_trailing_stop_132,
            cancel_replace_allowed_133,
            amend_allowed_134,
            is_spot_trading_allowed_135,
            is_margin_trading_allowed_136,
            default_self_trade_prevention_mode_137,
            allowed_self_trade_prevention_modes_138,
            peg_instructions_allowed_139,
        ) = _S_BBBBBHBBBBBBBBBBBB.unpack_from(view, start)
        block_140, count_141 = _S_HI.unpack_from(view, at)
        at += 6
        filters_142 = []
        for _ in range(count_141):
            at += block_140
            length_144 = view[at]
            at += 1 + length_144
            filter_143 = embedded(view[at - length_144 : at])
            filters_142.append(filter_143)
        block_145, count_146 = _S_HI.unpack_from(view, at)
        at += 6
        permission_sets_147 = []
        for _ in range(count_146):
            at += block_145
            block_148, count_149 = _S_HI.unpack_from(view, at)
            at += 6
            permissions_150 = []
            for _ in range(count_149):
                at += block_148
                length_152 = view[at]
                at += 1 + length_152
                permission_151 = str(view[at - length_152 : at], "utf-8")
                permissions_150.append(permission_151)
            permission_sets_147.append(permissions_150)
        length_154 = view[at]
        at += 1 + length_154
        symbol_153 = str(view[at - length_154 : at], "utf-8")
        length_156 = view[at]
        at += 1 + length_156
        base_asset_155 = str(view[at - length_156 : at], "utf-8")
        length_158 = view[at]
        at += 1 + length_158
        quote_asset_157 = str(view[at - length_158 : at], "utf-8")
        symbols_121.append(
            {
                "status": _ENUM_symbolStatus[status_122],
                "baseAssetPrecision": base_asset_precision_123,
                "quoteAssetPrecision": quote_asset_precision_124,
                "baseCommissionPrecision": base_commission_precision_125,
                "quoteCommissionPrecision": quote_commission_precision_126,
                "orderTypes": set_values(order_types_127, _SET_orderTypes),
                "icebergAllowed": iceberg_allowed_128 == 1,
                "ocoAllowed": oco_allowed_129 == 1,
                "otoAllowed": oto_allowed_130 == 1,
                "quoteOrderQtyMarketAllowed": quote_order_qty_market_allowed_131 == 1,
                "allowTrailingStop": allow_trailing_stop_132 == 1,
                "cancelReplaceAllowed": cancel_replace_allowed_133 == 1,
                "amendAllowed": amend_allowed_134 == 1,
                "isSpotTradingAllowed": is_spot_trading_allowed_135 == 1,
                "isMarginTradingAllowed": is_margin_trading_allowed_136 == 1,
                "defaultSelfTradePreventionMode": _ENUM_selfTradePreventionMode[default_self_trade_prevention_mode_137],
                "allowedSelfTradePreventionModes": set_values(
                    allowed_self_trade_prevention_modes_138, _SET_allowedSelfTradePreventionModes
                ),
                "pegInstructionsAllowed": (
                    None if peg_instructions_allowed_139 == 255 else peg_instructions_allowed_139 == 1
                ),
                "quotePrecision": quote_asset_precision_124,
                "opoAllowed": False,
                "permissions": [],
                "filters": filters_142,
                "permissionSets": permission_sets_147,
                "symbol": symbol_153,
                "baseAsset": base_asset_155,
                "quoteAsset": quote_asset_157,
            }
        )
    block_159, count_160 = _S_HI.unpack_from(view, at)
    at += 6
    sors_161 = []
    for _ in range(count_160):
        at += block_159
        block_162, count_163 = _S_HI.unpack_from(view, at)
        at += 6
        sor_symbols_164 = []
        for _ in range(count_163):
            at += block_162
            length_166 = view[at]
            at += 1 + length_166
            symbol_165 = str(view[at - length_166 : at], "utf-8")
            sor_symbols_164.append(symbol_165)
        length_168 = view[at]
        at += 1 + length_168
        base_asset_167 = str(view[at - length_168 : at], "utf-8")
        sors_161.append({"symbols": sor_symbols_164, "baseAsset": base_asset_167})
    answer = {
        "timezone": "UTC",
        "serverTime": 0,
        "rateLimits": rate_limits_109,
        "exchangeFilters": exchange_filters_116,
        "symbols": symbols_121,
        "sors": sors_161,
    }
    if not answer["sors"]:
        del answer["sors"]
    return answer


def _decode_execution_rules_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 104, `ExecutionRulesResponse`."""
    embedded = SCHEMA.embedded_reader(microseconds)
    at += block
    block_169, count_170 = _S_HI.unpack_from(view, at)
    at += 6
    symbol_rules_171 = []
    for _ in range(count_170):
        at += block_169
        block_172, count_173 = _S_HI.unpack_from(view, at)
        at += 6
        rules_174 = []
        for _ in range(count_173):
            at += block_172
            length_176 = view[at]
            at += 1 + length_176
            rule_175 = embedded(view[at - length_176 : at])
            rules_174.append(rule_175)
        length_178 = view[at]
        at += 1 + length_178
        symbol_177 = str(view[at - length_178 : at], "utf-8")
        symbol_rules_171.append({"rules": rules_174, "symbol": symbol_177})
    return {"symbolRules": symbol_rules_171}


def _decode_my_filters_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 105, `MyFiltersResponse`."""
    embedded = SCHEMA.embedded_reader(microseconds)
    at += block
    block_179, count_180 = _S_HI.unpack_from(view, at)
    at += 6
    exchange_filters_181 = []
    for _ in range(count_180):
        at += block_179
        length_183 = view[at]
        at += 1 + length_183
        filter_182 = embedded(view[at - length_183 : at])
        exchange_filters_181.append(filter_182)
    block_184, count_185 = _S_HI.unpack_from(view, at)
    at += 6
    symbol_filters_186 = []
    for _ in range(count_185):
        at += block_184
        length_188 = view[at]
        at += 1 + length_188
        filter_187 = embedded(view[at - length_188 : at])
        symbol_filters_186.append(filter_187)
    block_189, count_190 = _S_HI.unpack_from(view, at)
    at += 6
    asset_filters_191 = []
    for _ in range(count_190):
        at += block_189
        length_193 = view[at]
        at += 1 + length_193
        filter_192 = embedded(view[at - length_193 : at])
        asset_filters_191.append(filter_192)
    return {
        "exchangeFilters": exchange_filters_181,
        "symbolFilters": symbol_filters_186,
        "assetFilters": asset_filters_191,
    }


def _decode_depth_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 200, `DepthResponse`."""
    last_update_id_194, price_exponent_195, qty_exponent_196 = _S_qbb.unpack_from(view, at)
    at += block
    block_197, count_198 = _S_HI.unpack_from(view, at)
    at += 6
    if block_197 == 16 and COLUMNS_READABLE:
        price_column_202, qty_column_203 = decimal_columns(
            view,
            at,
            count_198,
            2,
            (
                (0, -1, price_exponent_195),
                (1, -1, qty_exponent_196),
            ),
        )
        bids_199 = (
            list(map(row, price_column_202, qty_column_203))
            if row is not None
            else list(map(list, zip(price_column_202, qty_column_203, strict=False)))
        )
    else:
        bids_199 = [
            [decimal_text(price_200, price_exponent_195), decimal_text(qty_201, qty_exponent_196)]
            for price_200, qty_201 in rows(_S_qq, view, at, block_197, count_198, 16)
        ]
    at += block_197 * count_198
    block_204, count_205 = _S_HI.unpack_from(view, at)
    at += 6
    if block_204 == 16 and COLUMNS_READABLE:
        price_column_209, qty_column_210 = decimal_columns(
            view,
            at,
            count_205,
            2,
            (
                (0, -1, price_exponent_195),
                (1, -1, qty_exponent_196),
            ),
        )
        asks_206 = (
            list(map(row, price_column_209, qty_column_210))
            if row is not None
            else list(map(list, zip(price_column_209, qty_column_210, strict=False)))
        )
    else:
        asks_206 = [
            [decimal_text(price_207, price_exponent_195), decimal_text(qty_208, qty_exponent_196)]
            for price_207, qty_208 in rows(_S_qq, view, at, block_204, count_205, 16)
        ]
    at += block_204 * count_205
    return {"lastUpdateId": last_update_id_194, "bids": bids_199, "asks": asks_206}


def _decode_trades_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 201, `TradesResponse`."""
    price_exponent_211, qty_exponent_212 = _S_bb.unpack_from(view, at)
    at += block
    block_213, count_214 = _S_HI.unpack_from(view, at)
    at += 6
    trades_215 = [
        {
            "id": id_216,
            "price": decimal_text(price_217, price_exponent_211),
            "qty": decimal_text(qty_218, qty_exponent_212),
            "quoteQty": decimal_text(quote_qty_219, price_exponent_211),
            "time": (time_220 if microseconds else time_220 // 1000),
            "isBuyerMaker": is_buyer_maker_221 == 1,
            "isBestMatch": is_best_match_222 == 1,
        }
        for id_216, price_217, qty_218, quote_qty_219, time_220, is_buyer_maker_221, is_best_match_222 in rows(
            _S_qqqqqBB, view, at, block_213, count_214, 42
        )
    ]
    at += block_213 * count_214
    return trades_215


def _decode_agg_trades_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 202, `AggTradesResponse`."""
    price_exponent_223, qty_exponent_224 = _S_bb.unpack_from(view, at)
    at += block
    block_225, count_226 = _S_HI.unpack_from(view, at)
    at += 6
    agg_trades_227 = [
        {
            "a": agg_trade_id_228,
            "p": decimal_text(price_229, price_exponent_223),
            "q": decimal_text(qty_230, qty_exponent_224),
            "f": first_trade_id_231,
            "l": last_trade_id_232,
            "T": (time_233 if microseconds else time_233 // 1000),
            "m": is_buyer_maker_234 == 1,
            "M": is_best_match_235 == 1,
        }
        for agg_trade_id_228, price_229, qty_230, first_trade_id_231, last_trade_id_232, time_233, is_buyer_maker_234, is_best_match_235 in rows(
            _S_qqqqqqBB, view, at, block_225, count_226, 50
        )
    ]
    at += block_225 * count_226
    return agg_trades_227


def _decode_klines_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 203, `KlinesResponse`."""
    price_exponent_236, qty_exponent_237 = _S_bb.unpack_from(view, at)
    at += block
    block_238, count_239 = _S_HI.unpack_from(view, at)
    at += 6
    if block_238 == 120 and COLUMNS_READABLE:
        column = columns(view, at, count_239, 15, (0, 7, 10))
        open_time_column_252 = time_column(column[0], 1 if microseconds else 1000)
        close_time_column_258 = time_column(column[7], 1 if microseconds else 1000)
        num_trades_column_260 = column[10]
        (
            open_price_column_253,
            high_price_column_254,
            low_price_column_255,
            close_price_column_256,
            volume_column_257,
            quote_volume_column_259,
            taker_buy_base_volume_column_261,
            taker_buy_quote_volume_column_262,
        ) = decimal_columns(
            view,
            at,
            count_239,
            15,
            (
                (1, -1, price_exponent_236),
                (2, -1, price_exponent_236),
                (3, -1, price_exponent_236),
                (4, -1, price_exponent_236),
                (5, 6, qty_exponent_237),
                (8, 9, price_exponent_236),
                (11, 12, qty_exponent_237),
                (13, 14, price_exponent_236),
            ),
        )
        klines_240 = (
            list(
                map(
                    row,
                    open_time_column_252,
                    open_price_column_253,
                    high_price_column_254,
                    low_price_column_255,
                    close_price_column_256,
                    volume_column_257,
                    close_time_column_258,
                    quote_volume_column_259,
                    num_trades_column_260,
                    taker_buy_base_volume_column_261,
                    taker_buy_quote_volume_column_262,
                    repeat("0"),
                )
            )
            if row is not None
            else list(
                map(
                    list,
                    zip(
                        open_time_column_252,
                        open_price_column_253,
                        high_price_column_254,
                        low_price_column_255,
                        close_price_column_256,
                        volume_column_257,
                        close_time_column_258,
                        quote_volume_column_259,
                        num_trades_column_260,
                        taker_buy_base_volume_column_261,
                        taker_buy_quote_volume_column_262,
                        repeat("0"),
                        strict=False,
                    ),
                )
            )
        )
    else:
        klines_240 = [
            [
                (open_time_241 if microseconds else open_time_241 // 1000),
                decimal_text(open_price_242, price_exponent_236),
                decimal_text(high_price_243, price_exponent_236),
                decimal_text(low_price_244, price_exponent_236),
                decimal_text(close_price_245, price_exponent_236),
                decimal_text(int.from_bytes(volume_246, "little", signed=True), qty_exponent_237),
                (close_time_247 if microseconds else close_time_247 // 1000),
                decimal_text(int.from_bytes(quote_volume_248, "little", signed=True), price_exponent_236),
                num_trades_249,
                decimal_text(int.from_bytes(taker_buy_base_volume_250, "little", signed=True), qty_exponent_237),
                decimal_text(int.from_bytes(taker_buy_quote_volume_251, "little", signed=True), price_exponent_236),
                "0",
            ]
            for open_time_241, open_price_242, high_price_243, low_price_244, close_price_245, volume_246, close_time_247, quote_volume_248, num_trades_249, taker_buy_base_volume_250, taker_buy_quote_volume_251 in rows(
                _S_qqqqq16sq16sq16s16s, view, at, block_238, count_239, 120
            )
        ]
    at += block_238 * count_239
    return klines_240


def _decode_average_price_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 204, `AveragePriceResponse`."""
    mins_263, price_exponent_264, price_265, close_time_266 = _S_qbqq.unpack_from(view, at)
    return {
        "mins": mins_263,
        "price": ("0" if price_265 == -9223372036854775808 else decimal_text(price_265, price_exponent_264)),
        "closeTime": (
            -1
            if close_time_266 == -9223372036854775808
            else (close_time_266 if microseconds else close_time_266 // 1000)
        ),
    }


def _decode_ticker24h_symbol_full_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 205, `Ticker24hSymbolFullResponse`."""
    (
        price_exponent_267,
        qty_exponent_268,
        price_change_269,
        price_change_percent_270,
        weighted_avg_price_271,
        prev_close_price_272,
        last_price_273,
        last_qty_274,
        bid_price_275,
        bid_qty_276,
        ask_price_277,
        ask_qty_278,
        open_price_279,
        high_price_280,
        low_price_281,
        volume_282,
        quote_volume_283,
        open_time_284,
        close_time_285,
        first_id_286,
        last_id_287,
        num_trades_288,
    ) = _S_bbqfqqq16sqqqqqqq16s16sqqqqq.unpack_from(view, at)
    at += block
    length_290 = view[at]
    at += 1 + length_290
    symbol_289 = str(view[at - length_290 : at], "utf-8")
    return {
        "priceChange": (
            "0" if price_change_269 == -9223372036854775808 else decimal_text(price_change_269, price_exponent_267)
        ),
        "priceChangePercent": (
            "0.0" if price_change_percent_270 != price_change_percent_270 else float_text(price_change_percent_270)
        ),
        "weightedAvgPrice": (
            "0"
            if weighted_avg_price_271 == -9223372036854775808
            else decimal_text(weighted_avg_price_271, price_exponent_267)
        ),
        "prevClosePrice": (
            "0"
            if prev_close_price_272 == -9223372036854775808
            else decimal_text(prev_close_price_272, price_exponent_267)
        ),
        "lastPrice": (
            "0" if last_price_273 == -9223372036854775808 else decimal_text(last_price_273, price_exponent_267)
        ),
        "lastQty": decimal_text(int.from_bytes(last_qty_274, "little", signed=True), qty_exponent_268),
        "bidPrice": ("0" if bid_price_275 == -9223372036854775808 else decimal_text(bid_price_275, price_exponent_267)),
        "bidQty": decimal_text(bid_qty_276, qty_exponent_268),
        "askPrice": ("0" if ask_price_277 == -9223372036854775808 else decimal_text(ask_price_277, price_exponent_267)),
        "askQty": decimal_text(ask_qty_278, qty_exponent_268),
        "openPrice": (
            "0" if open_price_279 == -9223372036854775808 else decimal_text(open_price_279, price_exponent_267)
        ),
        "highPrice": (
            "0" if high_price_280 == -9223372036854775808 else decimal_text(high_price_280, price_exponent_267)
        ),
        "lowPrice": ("0" if low_price_281 == -9223372036854775808 else decimal_text(low_price_281, price_exponent_267)),
        "volume": decimal_text(int.from_bytes(volume_282, "little", signed=True), qty_exponent_268),
        "quoteVolume": decimal_text(int.from_bytes(quote_volume_283, "little", signed=True), price_exponent_267),
        "openTime": (open_time_284 if microseconds else open_time_284 // 1000),
        "closeTime": (close_time_285 if microseconds else close_time_285 // 1000),
        "firstId": (-1 if first_id_286 == -9223372036854775808 else first_id_286),
        "lastId": (-1 if last_id_287 == -9223372036854775808 else last_id_287),
        "count": num_trades_288,
        "symbol": symbol_289,
    }


def _decode_ticker24h_full_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 206, `Ticker24hFullResponse`."""
    at += block
    block_291, count_292 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_293 = []
    for _ in range(count_292):
        require_block(block_291, 182)
        start = at
        at += block_291
        (
            price_exponent_294,
            qty_exponent_295,
            price_change_296,
            price_change_percent_297,
            weighted_avg_price_298,
            prev_close_price_299,
            last_price_300,
            last_qty_301,
            bid_price_302,
            bid_qty_303,
            ask_price_304,
            ask_qty_305,
            open_price_306,
            high_price_307,
            low_price_308,
            volume_309,
            quote_volume_310,
            open_time_311,
            close_time_312,
            first_id_313,
            last_id_314,
            num_trades_315,
        ) = _S_bbqfqqq16sqqqqqqq16s16sqqqqq.unpack_from(view, start)
        length_317 = view[at]
        at += 1 + length_317
        symbol_316 = str(view[at - length_317 : at], "utf-8")
        tickers_293.append(
            {
                "priceChange": (
                    "0"
                    if price_change_296 == -9223372036854775808
                    else decimal_text(price_change_296, price_exponent_294)
                ),
                "priceChangePercent": (
                    "0.0"
                    if price_change_percent_297 != price_change_percent_297
                    else float_text(price_change_percent_297)
                ),
                "weightedAvgPrice": (
                    "0"
                    if weighted_avg_price_298 == -9223372036854775808
                    else decimal_text(weighted_avg_price_298, price_exponent_294)
                ),
                "prevClosePrice": (
                    "0"
                    if prev_close_price_299 == -9223372036854775808
                    else decimal_text(prev_close_price_299, price_exponent_294)
                ),
                "lastPrice": (
                    "0" if last_price_300 == -9223372036854775808 else decimal_text(last_price_300, price_exponent_294)
                ),
                "lastQty": decimal_text(int.from_bytes(last_qty_301, "little", signed=True), qty_exponent_295),
                "bidPrice": (
                    "0" if bid_price_302 == -9223372036854775808 else decimal_text(bid_price_302, price_exponent_294)
                ),
                "bidQty": decimal_text(bid_qty_303, qty_exponent_295),
                "askPrice": (
                    "0" if ask_price_304 == -9223372036854775808 else decimal_text(ask_price_304, price_exponent_294)
                ),
                "askQty": decimal_text(ask_qty_305, qty_exponent_295),
                "openPrice": (
                    "0" if open_price_306 == -9223372036854775808 else decimal_text(open_price_306, price_exponent_294)
                ),
                "highPrice": (
                    "0" if high_price_307 == -9223372036854775808 else decimal_text(high_price_307, price_exponent_294)
                ),
                "lowPrice": (
                    "0" if low_price_308 == -9223372036854775808 else decimal_text(low_price_308, price_exponent_294)
                ),
                "volume": decimal_text(int.from_bytes(volume_309, "little", signed=True), qty_exponent_295),
                "quoteVolume": decimal_text(
                    int.from_bytes(quote_volume_310, "little", signed=True), price_exponent_294
                ),
                "openTime": (open_time_311 if microseconds else open_time_311 // 1000),
                "closeTime": (close_time_312 if microseconds else close_time_312 // 1000),
                "firstId": (-1 if first_id_313 == -9223372036854775808 else first_id_313),
                "lastId": (-1 if last_id_314 == -9223372036854775808 else last_id_314),
                "count": num_trades_315,
                "symbol": symbol_316,
            }
        )
    return tickers_293


def _decode_ticker24h_symbol_mini_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 207, `Ticker24hSymbolMiniResponse`."""
    (
        price_exponent_318,
        qty_exponent_319,
        open_price_320,
        high_price_321,
        low_price_322,
        last_price_323,
        volume_324,
        quote_volume_325,
        open_time_326,
        close_time_327,
        first_id_328,
        last_id_329,
        num_trades_330,
    ) = _S_bbqqqq16s16sqqqqq.unpack_from(view, at)
    at += block
    length_332 = view[at]
    at += 1 + length_332
    symbol_331 = str(view[at - length_332 : at], "utf-8")
    return {
        "openPrice": (
            "0" if open_price_320 == -9223372036854775808 else decimal_text(open_price_320, price_exponent_318)
        ),
        "highPrice": (
            "0" if high_price_321 == -9223372036854775808 else decimal_text(high_price_321, price_exponent_318)
        ),
        "lowPrice": ("0" if low_price_322 == -9223372036854775808 else decimal_text(low_price_322, price_exponent_318)),
        "lastPrice": (
            "0" if last_price_323 == -9223372036854775808 else decimal_text(last_price_323, price_exponent_318)
        ),
        "volume": decimal_text(int.from_bytes(volume_324, "little", signed=True), qty_exponent_319),
        "quoteVolume": decimal_text(int.from_bytes(quote_volume_325, "little", signed=True), price_exponent_318),
        "openTime": (open_time_326 if microseconds else open_time_326 // 1000),
        "closeTime": (close_time_327 if microseconds else close_time_327 // 1000),
        "firstId": (-1 if first_id_328 == -9223372036854775808 else first_id_328),
        "lastId": (-1 if last_id_329 == -9223372036854775808 else last_id_329),
        "count": num_trades_330,
        "symbol": symbol_331,
    }


def _decode_ticker24h_mini_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 208, `Ticker24hMiniResponse`."""
    at += block
    block_333, count_334 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_335 = []
    for _ in range(count_334):
        require_block(block_333, 106)
        start = at
        at += block_333
        (
            price_exponent_336,
            qty_exponent_337,
            open_price_338,
            high_price_339,
            low_price_340,
            last_price_341,
            volume_342,
            quote_volume_343,
            open_time_344,
            close_time_345,
            first_id_346,
            last_id_347,
            num_trades_348,
        ) = _S_bbqqqq16s16sqqqqq.unpack_from(view, start)
        length_350 = view[at]
        at += 1 + length_350
        symbol_349 = str(view[at - length_350 : at], "utf-8")
        tickers_335.append(
            {
                "openPrice": (
                    "0" if open_price_338 == -9223372036854775808 else decimal_text(open_price_338, price_exponent_336)
                ),
                "highPrice": (
                    "0" if high_price_339 == -9223372036854775808 else decimal_text(high_price_339, price_exponent_336)
                ),
                "lowPrice": (
                    "0" if low_price_340 == -9223372036854775808 else decimal_text(low_price_340, price_exponent_336)
                ),
                "lastPrice": (
                    "0" if last_price_341 == -9223372036854775808 else decimal_text(last_price_341, price_exponent_336)
                ),
                "volume": decimal_text(int.from_bytes(volume_342, "little", signed=True), qty_exponent_337),
                "quoteVolume": decimal_text(
                    int.from_bytes(quote_volume_343, "little", signed=True), price_exponent_336
                ),
                "openTime": (open_time_344 if microseconds else open_time_344 // 1000),
                "closeTime": (close_time_345 if microseconds else close_time_345 // 1000),
                "firstId": (-1 if first_id_346 == -9223372036854775808 else first_id_346),
                "lastId": (-1 if last_id_347 == -9223372036854775808 else last_id_347),
                "count": num_trades_348,
                "symbol": symbol_349,
            }
        )
    return tickers_335


def _decode_price_ticker_symbol_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 209, `PriceTickerSymbolResponse`."""
    price_exponent_351, price_352 = _S_bq.unpack_from(view, at)
    at += block
    length_354 = view[at]
    at += 1 + length_354
    symbol_353 = str(view[at - length_354 : at], "utf-8")
    return {
        "price": ("0" if price_352 == -9223372036854775808 else decimal_text(price_352, price_exponent_351)),
        "symbol": symbol_353,
    }


def _decode_price_ticker_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 210, `PriceTickerResponse`."""
    at += block
    block_355, count_356 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_357 = []
    for _ in range(count_356):
        require_block(block_355, 9)
        start = at
        at += block_355
        price_exponent_358, price_359 = _S_bq.unpack_from(view, start)
        length_361 = view[at]
        at += 1 + length_361
        symbol_360 = str(view[at - length_361 : at], "utf-8")
        tickers_357.append(
            {
                "price": ("0" if price_359 == -9223372036854775808 else decimal_text(price_359, price_exponent_358)),
                "symbol": symbol_360,
            }
        )
    return tickers_357


def _decode_book_ticker_symbol_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 211, `BookTickerSymbolResponse`."""
    price_exponent_362, qty_exponent_363, bid_price_364, bid_qty_365, ask_price_366, ask_qty_367 = (
        _S_bbqqqq.unpack_from(view, at)
    )
    at += block
    length_369 = view[at]
    at += 1 + length_369
    symbol_368 = str(view[at - length_369 : at], "utf-8")
    return {
        "bidPrice": ("0" if bid_price_364 == -9223372036854775808 else decimal_text(bid_price_364, price_exponent_362)),
        "bidQty": decimal_text(bid_qty_365, qty_exponent_363),
        "askPrice": ("0" if ask_price_366 == -9223372036854775808 else decimal_text(ask_price_366, price_exponent_362)),
        "askQty": decimal_text(ask_qty_367, qty_exponent_363),
        "symbol": symbol_368,
    }


def _decode_book_ticker_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 212, `BookTickerResponse`."""
    at += block
    block_370, count_371 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_372 = []
    for _ in range(count_371):
        require_block(block_370, 34)
        start = at
        at += block_370
        price_exponent_373, qty_exponent_374, bid_price_375, bid_qty_376, ask_price_377, ask_qty_378 = (
            _S_bbqqqq.unpack_from(view, start)
        )
        length_380 = view[at]
        at += 1 + length_380
        symbol_379 = str(view[at - length_380 : at], "utf-8")
        tickers_372.append(
            {
                "bidPrice": (
                    "0" if bid_price_375 == -9223372036854775808 else decimal_text(bid_price_375, price_exponent_373)
                ),
                "bidQty": decimal_text(bid_qty_376, qty_exponent_374),
                "askPrice": (
                    "0" if ask_price_377 == -9223372036854775808 else decimal_text(ask_price_377, price_exponent_373)
                ),
                "askQty": decimal_text(ask_qty_378, qty_exponent_374),
                "symbol": symbol_379,
            }
        )
    return tickers_372


def _decode_ticker_symbol_full_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 213, `TickerSymbolFullResponse`."""
    (
        price_exponent_381,
        qty_exponent_382,
        price_change_383,
        price_change_percent_384,
        weighted_avg_price_385,
        open_price_386,
        high_price_387,
        low_price_388,
        last_price_389,
        volume_390,
        quote_volume_391,
        open_time_392,
        close_time_393,
        first_id_394,
        last_id_395,
        num_trades_396,
    ) = _S_bbqfqqqqq16s16sqqqqq.unpack_from(view, at)
    at += block
    length_398 = view[at]
    at += 1 + length_398
    symbol_397 = str(view[at - length_398 : at], "utf-8")
    return {
        "priceChange": (
            "0" if price_change_383 == -9223372036854775808 else decimal_text(price_change_383, price_exponent_381)
        ),
        "priceChangePercent": (
            "0.0" if price_change_percent_384 != price_change_percent_384 else float_text(price_change_percent_384)
        ),
        "weightedAvgPrice": (
            "0"
            if weighted_avg_price_385 == -9223372036854775808
            else decimal_text(weighted_avg_price_385, price_exponent_381)
        ),
        "openPrice": (
            "0" if open_price_386 == -9223372036854775808 else decimal_text(open_price_386, price_exponent_381)
        ),
        "highPrice": (
            "0" if high_price_387 == -9223372036854775808 else decimal_text(high_price_387, price_exponent_381)
        ),
        "lowPrice": ("0" if low_price_388 == -9223372036854775808 else decimal_text(low_price_388, price_exponent_381)),
        "lastPrice": (
            "0" if last_price_389 == -9223372036854775808 else decimal_text(last_price_389, price_exponent_381)
        ),
        "volume": decimal_text(int.from_bytes(volume_390, "little", signed=True), qty_exponent_382),
        "quoteVolume": decimal_text(int.from_bytes(quote_volume_391, "little", signed=True), price_exponent_381),
        "openTime": (open_time_392 if microseconds else open_time_392 // 1000),
        "closeTime": (close_time_393 if microseconds else close_time_393 // 1000),
        "firstId": (-1 if first_id_394 == -9223372036854775808 else first_id_394),
        "lastId": (-1 if last_id_395 == -9223372036854775808 else last_id_395),
        "count": num_trades_396,
        "symbol": symbol_397,
    }


def _decode_ticker_full_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 214, `TickerFullResponse`."""
    at += block
    block_399, count_400 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_401 = []
    for _ in range(count_400):
        require_block(block_399, 126)
        start = at
        at += block_399
        (
            price_exponent_402,
            qty_exponent_403,
            price_change_404,
            price_change_percent_405,
            weighted_avg_price_406,
            open_price_407,
            high_price_408,
            low_price_409,
            last_price_410,
            volume_411,
            quote_volume_412,
            open_time_413,
            close_time_414,
            first_id_415,
            last_id_416,
            num_trades_417,
        ) = _S_bbqfqqqqq16s16sqqqqq.unpack_from(view, start)
        length_419 = view[at]
        at += 1 + length_419
        symbol_418 = str(view[at - length_419 : at], "utf-8")
        tickers_401.append(
            {
                "priceChange": (
                    "0"
                    if price_change_404 == -9223372036854775808
                    else decimal_text(price_change_404, price_exponent_402)
                ),
                "priceChangePercent": (
                    "0.0"
                    if price_change_percent_405 != price_change_percent_405
                    else float_text(price_change_percent_405)
                ),
                "weightedAvgPrice": (
                    "0"
                    if weighted_avg_price_406 == -9223372036854775808
                    else decimal_text(weighted_avg_price_406, price_exponent_402)
                ),
                "openPrice": (
                    "0" if open_price_407 == -9223372036854775808 else decimal_text(open_price_407, price_exponent_402)
                ),
                "highPrice": (
                    "0" if high_price_408 == -9223372036854775808 else decimal_text(high_price_408, price_exponent_402)
                ),
                "lowPrice": (
                    "0" if low_price_409 == -9223372036854775808 else decimal_text(low_price_409, price_exponent_402)
                ),
                "lastPrice": (
                    "0" if last_price_410 == -9223372036854775808 else decimal_text(last_price_410, price_exponent_402)
                ),
                "volume": decimal_text(int.from_bytes(volume_411, "little", signed=True), qty_exponent_403),
                "quoteVolume": decimal_text(
                    int.from_bytes(quote_volume_412, "little", signed=True), price_exponent_402
                ),
                "openTime": (open_time_413 if microseconds else open_time_413 // 1000),
                "closeTime": (close_time_414 if microseconds else close_time_414 // 1000),
                "firstId": (-1 if first_id_415 == -9223372036854775808 else first_id_415),
                "lastId": (-1 if last_id_416 == -9223372036854775808 else last_id_416),
                "count": num_trades_417,
                "symbol": symbol_418,
            }
        )
    return tickers_401


def _decode_ticker_symbol_mini_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 215, `TickerSymbolMiniResponse`."""
    (
        price_exponent_420,
        qty_exponent_421,
        open_price_422,
        high_price_423,
        low_price_424,
        last_price_425,
        volume_426,
        quote_volume_427,
        open_time_428,
        close_time_429,
        first_id_430,
        last_id_431,
        num_trades_432,
    ) = _S_bbqqqq16s16sqqqqq.unpack_from(view, at)
    at += block
    length_434 = view[at]
    at += 1 + length_434
    symbol_433 = str(view[at - length_434 : at], "utf-8")
    return {
        "openPrice": (
            "0" if open_price_422 == -9223372036854775808 else decimal_text(open_price_422, price_exponent_420)
        ),
        "highPrice": (
            "0" if high_price_423 == -9223372036854775808 else decimal_text(high_price_423, price_exponent_420)
        ),
        "lowPrice": ("0" if low_price_424 == -9223372036854775808 else decimal_text(low_price_424, price_exponent_420)),
        "lastPrice": (
            "0" if last_price_425 == -9223372036854775808 else decimal_text(last_price_425, price_exponent_420)
        ),
        "volume": decimal_text(int.from_bytes(volume_426, "little", signed=True), qty_exponent_421),
        "quoteVolume": decimal_text(int.from_bytes(quote_volume_427, "little", signed=True), price_exponent_420),
        "openTime": (open_time_428 if microseconds else open_time_428 // 1000),
        "closeTime": (close_time_429 if microseconds else close_time_429 // 1000),
        "firstId": (-1 if first_id_430 == -9223372036854775808 else first_id_430),
        "lastId": (-1 if last_id_431 == -9223372036854775808 else last_id_431),
        "count": num_trades_432,
        "symbol": symbol_433,
    }


def _decode_ticker_mini_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 216, `TickerMiniResponse`."""
    at += block
    block_435, count_436 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_437 = []
    for _ in range(count_436):
        require_block(block_435, 106)
        start = at
        at += block_435
        (
            price_exponent_438,
            qty_exponent_439,
            open_price_440,
            high_price_441,
            low_price_442,
            last_price_443,
            volume_444,
            quote_volume_445,
            open_time_446,
            close_time_447,
            first_id_448,
            last_id_449,
            num_trades_450,
        ) = _S_bbqqqq16s16sqqqqq.unpack_from(view, start)
        length_452 = view[at]
        at += 1 + length_452
        symbol_451 = str(view[at - length_452 : at], "utf-8")
        tickers_437.append(
            {
                "openPrice": (
                    "0" if open_price_440 == -9223372036854775808 else decimal_text(open_price_440, price_exponent_438)
                ),
                "highPrice": (
                    "0" if high_price_441 == -9223372036854775808 else decimal_text(high_price_441, price_exponent_438)
                ),
                "lowPrice": (
                    "0" if low_price_442 == -9223372036854775808 else decimal_text(low_price_442, price_exponent_438)
                ),
                "lastPrice": (
                    "0" if last_price_443 == -9223372036854775808 else decimal_text(last_price_443, price_exponent_438)
                ),
                "volume": decimal_text(int.from_bytes(volume_444, "little", signed=True), qty_exponent_439),
                "quoteVolume": decimal_text(
                    int.from_bytes(quote_volume_445, "little", signed=True), price_exponent_438
                ),
                "openTime": (open_time_446 if microseconds else open_time_446 // 1000),
                "closeTime": (close_time_447 if microseconds else close_time_447 // 1000),
                "firstId": (-1 if first_id_448 == -9223372036854775808 else first_id_448),
                "lastId": (-1 if last_id_449 == -9223372036854775808 else last_id_449),
                "count": num_trades_450,
                "symbol": symbol_451,
            }
        )
    return tickers_437


def _decode_reference_price_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 217, `ReferencePriceResponse`."""
    price_exponent_453, reference_price_454, timestamp_455 = _S_bqq.unpack_from(view, at)
    at += block
    length_457 = view[at]
    at += 1 + length_457
    symbol_456 = str(view[at - length_457 : at], "utf-8")
    return {
        "referencePrice": (
            None
            if reference_price_454 == -9223372036854775808
            else decimal_text(reference_price_454, price_exponent_453)
        ),
        "timestamp": (timestamp_455 if microseconds else timestamp_455 // 1000),
        "symbol": symbol_456,
    }


def _decode_reference_price_calculation_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 218, `ReferencePriceCalculationResponse`."""
    calculation_type_458, external_calculation_id_459, bucket_count_460, bucket_width_ms_461 = _S_BqII.unpack_from(
        view, at
    )
    at += block
    length_463 = view[at]
    at += 1 + length_463
    symbol_462 = str(view[at - length_463 : at], "utf-8")
    return {
        "calculationType": _ENUM_calculationType[calculation_type_458],
        "externalCalculationId": (
            None if external_calculation_id_459 == -9223372036854775808 else external_calculation_id_459
        ),
        "bucketCount": (None if bucket_count_460 == 4294967295 else bucket_count_460),
        "bucketWidthMs": (None if bucket_width_ms_461 == 4294967295 else bucket_width_ms_461),
        "symbol": symbol_462,
    }


def _decode_block_trades_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 219, `BlockTradesResponse`."""
    price_exponent_464, qty_exponent_465 = _S_bb.unpack_from(view, at)
    at += block
    block_466, count_467 = _S_HI.unpack_from(view, at)
    at += 6
    block_trades_468 = [
        {
            "id": id_469,
            "price": decimal_text(price_470, price_exponent_464),
            "qty": decimal_text(qty_471, qty_exponent_465),
            "quoteQty": decimal_text(quote_qty_472, price_exponent_464),
            "time": (time_473 if microseconds else time_473 // 1000),
            "isBuyerMaker": is_buyer_maker_474 == 1,
        }
        for id_469, price_470, qty_471, quote_qty_472, time_473, is_buyer_maker_474 in rows(
            _S_qqqqqB, view, at, block_466, count_467, 41
        )
    ]
    at += block_466 * count_467
    return block_trades_468


def _decode_new_order_ack_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 300, `NewOrderAckResponse`."""
    order_id_475, order_list_id_476, transact_time_477 = _S_qqq.unpack_from(view, at)
    at += block
    length_479 = view[at]
    at += 1 + length_479
    symbol_478 = str(view[at - length_479 : at], "utf-8")
    length_481 = view[at]
    at += 1 + length_481
    client_order_id_480 = str(view[at - length_481 : at], "utf-8")
    return {
        "orderId": order_id_475,
        "orderListId": (-1 if order_list_id_476 == -9223372036854775808 else order_list_id_476),
        "transactTime": (transact_time_477 if microseconds else transact_time_477 // 1000),
        "symbol": symbol_478,
        "clientOrderId": client_order_id_480,
    }


def _decode_new_order_result_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 301, `NewOrderResultResponse`."""
    (
        price_exponent_482,
        qty_exponent_483,
        order_id_484,
        order_list_id_485,
        transact_time_486,
        price_487,
        orig_qty_488,
        executed_qty_489,
        cummulative_quote_qty_490,
        status_491,
        time_in_force_492,
        order_type_493,
        side_494,
        stop_price_495,
        trailing_delta_496,
        trailing_time_497,
        working_time_498,
        iceberg_qty_499,
        strategy_id_500,
        strategy_type_501,
        order_capacity_502,
        working_floor_503,
        self_trade_prevention_mode_504,
        trade_group_id_505,
        prevented_quantity_506,
        used_sor_507,
        orig_quote_order_qty_508,
        peg_price_type_509,
        peg_offset_type_510,
        peg_offset_value_511,
        pegged_price_512,
        expiry_reason_513,
    ) = _S_bbqqqqqqqBBBBqqqqqqiBBBqqBqBBBqB.unpack_from(view, at)
    at += block
    length_515 = view[at]
    at += 1 + length_515
    symbol_514 = str(view[at - length_515 : at], "utf-8")
    length_517 = view[at]
    at += 1 + length_517
    client_order_id_516 = str(view[at - length_517 : at], "utf-8")
    return {
        "orderId": order_id_484,
        "orderListId": (-1 if order_list_id_485 == -9223372036854775808 else order_list_id_485),
        "transactTime": (transact_time_486 if microseconds else transact_time_486 // 1000),
        "price": decimal_text(price_487, price_exponent_482),
        "origQty": decimal_text(orig_qty_488, qty_exponent_483),
        "executedQty": decimal_text(executed_qty_489, qty_exponent_483),
        "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_490, price_exponent_482),
        "status": _ENUM_orderStatus[status_491],
        "timeInForce": _ENUM_timeInForce[time_in_force_492],
        "type": _ENUM_orderType[order_type_493],
        "side": _ENUM_orderSide[side_494],
        "stopPrice": (
            None if stop_price_495 == -9223372036854775808 else decimal_text(stop_price_495, price_exponent_482)
        ),
        "trailingDelta": (None if trailing_delta_496 == -9223372036854775808 else trailing_delta_496),
        "trailingTime": (
            None
            if trailing_time_497 == -9223372036854775808
            else (trailing_time_497 if microseconds else trailing_time_497 // 1000)
        ),
        "workingTime": (
            -1
            if working_time_498 == -9223372036854775808
            else (working_time_498 if microseconds else working_time_498 // 1000)
        ),
        "icebergQty": (
            None if iceberg_qty_499 == -9223372036854775808 else decimal_text(iceberg_qty_499, qty_exponent_483)
        ),
        "strategyId": (None if strategy_id_500 == -9223372036854775808 else strategy_id_500),
        "strategyType": (None if strategy_type_501 == -2147483648 else strategy_type_501),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_502],
        "workingFloor": _ENUM_floor[working_floor_503],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_504],
        "tradeGroupId": (None if trade_group_id_505 == -9223372036854775808 else trade_group_id_505),
        "preventedQuantity": decimal_text(prevented_quantity_506, qty_exponent_483),
        "usedSor": used_sor_507 == 1,
        "origQuoteOrderQty": decimal_text(orig_quote_order_qty_508, price_exponent_482),
        "pegPriceType": (None if peg_price_type_509 == 255 else _ENUM_pegPriceType[peg_price_type_509]),
        "pegOffsetType": (None if peg_offset_type_510 == 255 else _ENUM_pegOffsetType[peg_offset_type_510]),
        "pegOffsetValue": (None if peg_offset_value_511 == 255 else peg_offset_value_511),
        "peggedPrice": (
            None if pegged_price_512 == -9223372036854775808 else decimal_text(pegged_price_512, price_exponent_482)
        ),
        "expiryReason": (None if expiry_reason_513 == 255 else _ENUM_expiryReason[expiry_reason_513]),
        "symbol": symbol_514,
        "clientOrderId": client_order_id_516,
    }


def _decode_new_order_full_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 302, `NewOrderFullResponse`."""
    (
        price_exponent_518,
        qty_exponent_519,
        order_id_520,
        order_list_id_521,
        transact_time_522,
        price_523,
        orig_qty_524,
        executed_qty_525,
        cummulative_quote_qty_526,
        status_527,
        time_in_force_528,
        order_type_529,
        side_530,
        stop_price_531,
        trailing_delta_532,
        trailing_time_533,
        working_time_534,
        iceberg_qty_535,
        strategy_id_536,
        strategy_type_537,
        order_capacity_538,
        working_floor_539,
        self_trade_prevention_mode_540,
        trade_group_id_541,
        prevented_quantity_542,
        used_sor_543,
        orig_quote_order_qty_544,
        peg_price_type_545,
        peg_offset_type_546,
        peg_offset_value_547,
        pegged_price_548,
        expiry_reason_549,
    ) = _S_bbqqqqqqqBBBBqqqqqqiBBBqqBqBBBqB.unpack_from(view, at)
    at += block
    block_550, count_551 = _S_HI.unpack_from(view, at)
    at += 6
    fills_552 = []
    for _ in range(count_551):
        require_block(block_550, 42)
        start = at
        at += block_550
        commission_exponent_553, match_type_554, price_555, qty_556, commission_557, trade_id_558, alloc_id_559 = (
            _S_bBqqqqq.unpack_from(view, start)
        )
        length_561 = view[at]
        at += 1 + length_561
        commission_asset_560 = str(view[at - length_561 : at], "utf-8") if length_561 else None
        fills_552.append(
            {
                "matchType": _ENUM_matchType[match_type_554],
                "price": decimal_text(price_555, price_exponent_518),
                "qty": decimal_text(qty_556, qty_exponent_519),
                "commission": decimal_text(commission_557, commission_exponent_553),
                "tradeId": (None if trade_id_558 == -9223372036854775808 else trade_id_558),
                "allocId": (None if alloc_id_559 == -9223372036854775808 else alloc_id_559),
                "commissionAsset": commission_asset_560,
            }
        )
    block_562, count_563 = _S_HI.unpack_from(view, at)
    at += 6
    prevented_matches_564 = []
    for _ in range(count_563):
        require_block(block_562, 40)
        start = at
        at += block_562
        (
            prevented_match_id_565,
            maker_order_id_566,
            price_567,
            taker_prevented_quantity_568,
            maker_prevented_quantity_569,
        ) = _S_qqqqq.unpack_from(view, start)
        length_571 = view[at]
        at += 1 + length_571
        maker_symbol_570 = str(view[at - length_571 : at], "utf-8") if length_571 else None
        prevented_matches_564.append(
            {
                "preventedMatchId": prevented_match_id_565,
                "makerOrderId": (None if maker_order_id_566 == -9223372036854775808 else maker_order_id_566),
                "price": (None if price_567 == -9223372036854775808 else decimal_text(price_567, price_exponent_518)),
                "takerPreventedQuantity": (
                    None
                    if taker_prevented_quantity_568 == -9223372036854775808
                    else decimal_text(taker_prevented_quantity_568, qty_exponent_519)
                ),
                "makerPreventedQuantity": (
                    None
                    if maker_prevented_quantity_569 == -9223372036854775808
                    else decimal_text(maker_prevented_quantity_569, qty_exponent_519)
                ),
                "makerSymbol": maker_symbol_570,
            }
        )
    length_573 = view[at]
    at += 1 + length_573
    symbol_572 = str(view[at - length_573 : at], "utf-8")
    length_575 = view[at]
    at += 1 + length_575
    client_order_id_574 = str(view[at - length_575 : at], "utf-8")
    return {
        "orderId": order_id_520,
        "orderListId": (-1 if order_list_id_521 == -9223372036854775808 else order_list_id_521),
        "transactTime": (transact_time_522 if microseconds else transact_time_522 // 1000),
        "price": decimal_text(price_523, price_exponent_518),
        "origQty": decimal_text(orig_qty_524, qty_exponent_519),
        "executedQty": decimal_text(executed_qty_525, qty_exponent_519),
        "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_526, price_exponent_518),
        "status": _ENUM_orderStatus[status_527],
        "timeInForce": _ENUM_timeInForce[time_in_force_528],
        "type": _ENUM_orderType[order_type_529],
        "side": _ENUM_orderSide[side_530],
        "stopPrice": (
            None if stop_price_531 == -9223372036854775808 else decimal_text(stop_price_531, price_exponent_518)
        ),
        "trailingDelta": (None if trailing_delta_532 == -9223372036854775808 else trailing_delta_532),
        "trailingTime": (
            None
            if trailing_time_533 == -9223372036854775808
            else (trailing_time_533 if microseconds else trailing_time_533 // 1000)
        ),
        "workingTime": (
            -1
            if working_time_534 == -9223372036854775808
            else (working_time_534 if microseconds else working_time_534 // 1000)
        ),
        "icebergQty": (
            None if iceberg_qty_535 == -9223372036854775808 else decimal_text(iceberg_qty_535, qty_exponent_519)
        ),
        "strategyId": (None if strategy_id_536 == -9223372036854775808 else strategy_id_536),
        "strategyType": (None if strategy_type_537 == -2147483648 else strategy_type_537),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_538],
        "workingFloor": _ENUM_floor[working_floor_539],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_540],
        "tradeGroupId": (None if trade_group_id_541 == -9223372036854775808 else trade_group_id_541),
        "preventedQuantity": decimal_text(prevented_quantity_542, qty_exponent_519),
        "usedSor": used_sor_543 == 1,
        "origQuoteOrderQty": decimal_text(orig_quote_order_qty_544, price_exponent_518),
        "pegPriceType": (None if peg_price_type_545 == 255 else _ENUM_pegPriceType[peg_price_type_545]),
        "pegOffsetType": (None if peg_offset_type_546 == 255 else _ENUM_pegOffsetType[peg_offset_type_546]),
        "pegOffsetValue": (None if peg_offset_value_547 == 255 else peg_offset_value_547),
        "peggedPrice": (
            None if pegged_price_548 == -9223372036854775808 else decimal_text(pegged_price_548, price_exponent_518)
        ),
        "expiryReason": (None if expiry_reason_549 == 255 else _ENUM_expiryReason[expiry_reason_549]),
        "fills": fills_552,
        "preventedMatches": prevented_matches_564,
        "symbol": symbol_572,
        "clientOrderId": client_order_id_574,
    }


def _decode_order_test_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 303, `OrderTestResponse`."""
    return {}


def _decode_order_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 304, `OrderResponse`."""
    (
        price_exponent_576,
        qty_exponent_577,
        order_id_578,
        order_list_id_579,
        price_580,
        orig_qty_581,
        executed_qty_582,
        cummulative_quote_qty_583,
        status_584,
        time_in_force_585,
        order_type_586,
        side_587,
        stop_price_588,
        trailing_delta_589,
        trailing_time_590,
        iceberg_qty_591,
        time_592,
        update_time_593,
        is_working_594,
        working_time_595,
        orig_quote_order_qty_596,
        strategy_id_597,
        strategy_type_598,
        order_capacity_599,
        working_floor_600,
        self_trade_prevention_mode_601,
        prevented_match_id_602,
        prevented_quantity_603,
        used_sor_604,
        peg_price_type_605,
        peg_offset_type_606,
        peg_offset_value_607,
        pegged_price_608,
        expiry_reason_609,
    ) = _S_bbqqqqqqBBBBqqqqqqBqqqiBBBqqBBBBqB.unpack_from(view, at)
    at += block
    length_611 = view[at]
    at += 1 + length_611
    symbol_610 = str(view[at - length_611 : at], "utf-8")
    length_613 = view[at]
    at += 1 + length_613
    client_order_id_612 = str(view[at - length_613 : at], "utf-8")
    return {
        "orderId": order_id_578,
        "orderListId": (-1 if order_list_id_579 == -9223372036854775808 else order_list_id_579),
        "price": decimal_text(price_580, price_exponent_576),
        "origQty": decimal_text(orig_qty_581, qty_exponent_577),
        "executedQty": decimal_text(executed_qty_582, qty_exponent_577),
        "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_583, price_exponent_576),
        "status": _ENUM_orderStatus[status_584],
        "timeInForce": _ENUM_timeInForce[time_in_force_585],
        "type": _ENUM_orderType[order_type_586],
        "side": _ENUM_orderSide[side_587],
        "stopPrice": (
            None if stop_price_588 == -9223372036854775808 else decimal_text(stop_price_588, price_exponent_576)
        ),
        "trailingDelta": (None if trailing_delta_589 == -9223372036854775808 else trailing_delta_589),
        "trailingTime": (
            None
            if trailing_time_590 == -9223372036854775808
            else (trailing_time_590 if microseconds else trailing_time_590 // 1000)
        ),
        "icebergQty": (
            None if iceberg_qty_591 == -9223372036854775808 else decimal_text(iceberg_qty_591, qty_exponent_577)
        ),
        "time": (time_592 if microseconds else time_592 // 1000),
        "updateTime": (update_time_593 if microseconds else update_time_593 // 1000),
        "isWorking": is_working_594 == 1,
        "workingTime": (
            -1
            if working_time_595 == -9223372036854775808
            else (working_time_595 if microseconds else working_time_595 // 1000)
        ),
        "origQuoteOrderQty": decimal_text(orig_quote_order_qty_596, price_exponent_576),
        "strategyId": (None if strategy_id_597 == -9223372036854775808 else strategy_id_597),
        "strategyType": (None if strategy_type_598 == -2147483648 else strategy_type_598),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_599],
        "workingFloor": _ENUM_floor[working_floor_600],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_601],
        "preventedMatchId": (None if prevented_match_id_602 == -9223372036854775808 else prevented_match_id_602),
        "preventedQuantity": decimal_text(prevented_quantity_603, qty_exponent_577),
        "usedSor": used_sor_604 == 1,
        "pegPriceType": (None if peg_price_type_605 == 255 else _ENUM_pegPriceType[peg_price_type_605]),
        "pegOffsetType": (None if peg_offset_type_606 == 255 else _ENUM_pegOffsetType[peg_offset_type_606]),
        "pegOffsetValue": (None if peg_offset_value_607 == 255 else peg_offset_value_607),
        "peggedPrice": (
            None if pegged_price_608 == -9223372036854775808 else decimal_text(pegged_price_608, price_exponent_576)
        ),
        "expiryReason": (None if expiry_reason_609 == 255 else _ENUM_expiryReason[expiry_reason_609]),
        "symbol": symbol_610,
        "clientOrderId": client_order_id_612,
    }


def _decode_cancel_order_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 305, `CancelOrderResponse`."""
    (
        price_exponent_614,
        qty_exponent_615,
        order_id_616,
        order_list_id_617,
        transact_time_618,
        price_619,
        orig_qty_620,
        executed_qty_621,
        cummulative_quote_qty_622,
        status_623,
        time_in_force_624,
        order_type_625,
        side_626,
        stop_price_627,
        trailing_delta_628,
        trailing_time_629,
        iceberg_qty_630,
        strategy_id_631,
        strategy_type_632,
        order_capacity_633,
        working_floor_634,
        self_trade_prevention_mode_635,
        prevented_quantity_636,
        used_sor_637,
        orig_quote_order_qty_638,
        peg_price_type_639,
        peg_offset_type_640,
        peg_offset_value_641,
        pegged_price_642,
    ) = _S_bbqqqqqqqBBBBqqqqqiBBBqBqBBBq.unpack_from(view, at)
    at += block
    length_644 = view[at]
    at += 1 + length_644
    symbol_643 = str(view[at - length_644 : at], "utf-8")
    length_646 = view[at]
    at += 1 + length_646
    orig_client_order_id_645 = str(view[at - length_646 : at], "utf-8")
    length_648 = view[at]
    at += 1 + length_648
    client_order_id_647 = str(view[at - length_648 : at], "utf-8")
    return {
        "orderId": order_id_616,
        "orderListId": (-1 if order_list_id_617 == -9223372036854775808 else order_list_id_617),
        "transactTime": (transact_time_618 if microseconds else transact_time_618 // 1000),
        "price": decimal_text(price_619, price_exponent_614),
        "origQty": decimal_text(orig_qty_620, qty_exponent_615),
        "executedQty": decimal_text(executed_qty_621, qty_exponent_615),
        "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_622, price_exponent_614),
        "status": _ENUM_orderStatus[status_623],
        "timeInForce": _ENUM_timeInForce[time_in_force_624],
        "type": _ENUM_orderType[order_type_625],
        "side": _ENUM_orderSide[side_626],
        "stopPrice": (
            None if stop_price_627 == -9223372036854775808 else decimal_text(stop_price_627, price_exponent_614)
        ),
        "trailingDelta": (None if trailing_delta_628 == -9223372036854775808 else trailing_delta_628),
        "trailingTime": (
            None
            if trailing_time_629 == -9223372036854775808
            else (trailing_time_629 if microseconds else trailing_time_629 // 1000)
        ),
        "icebergQty": (
            None if iceberg_qty_630 == -9223372036854775808 else decimal_text(iceberg_qty_630, qty_exponent_615)
        ),
        "strategyId": (None if strategy_id_631 == -9223372036854775808 else strategy_id_631),
        "strategyType": (None if strategy_type_632 == -2147483648 else strategy_type_632),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_633],
        "workingFloor": _ENUM_floor[working_floor_634],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_635],
        "preventedQuantity": decimal_text(prevented_quantity_636, qty_exponent_615),
        "usedSor": used_sor_637 == 1,
        "origQuoteOrderQty": decimal_text(orig_quote_order_qty_638, price_exponent_614),
        "pegPriceType": (None if peg_price_type_639 == 255 else _ENUM_pegPriceType[peg_price_type_639]),
        "pegOffsetType": (None if peg_offset_type_640 == 255 else _ENUM_pegOffsetType[peg_offset_type_640]),
        "pegOffsetValue": (None if peg_offset_value_641 == 255 else peg_offset_value_641),
        "peggedPrice": (
            None if pegged_price_642 == -9223372036854775808 else decimal_text(pegged_price_642, price_exponent_614)
        ),
        "symbol": symbol_643,
        "origClientOrderId": orig_client_order_id_645,
        "clientOrderId": client_order_id_647,
    }


def _decode_cancel_open_orders_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 306, `CancelOpenOrdersResponse`."""
    embedded = SCHEMA.embedded_reader(microseconds)
    at += block
    block_649, count_650 = _S_HI.unpack_from(view, at)
    at += 6
    responses_651 = []
    for _ in range(count_650):
        at += block_649
        (length_653,) = _S_H.unpack_from(view, at)
        at += 2 + length_653
        response_652 = embedded(view[at - length_653 : at])
        responses_651.append({"response": response_652})
    return responses_651


def _decode_cancel_replace_order_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 307, `CancelReplaceOrderResponse`."""
    cancel_result_654, new_order_result_655 = _S_BB.unpack_from(view, at)
    at += block
    (length_657,) = _S_H.unpack_from(view, at)
    at += 2 + length_657
    cancel_response_656 = SCHEMA.decode(view[at - length_657 : at], None, microseconds)[1] if length_657 else None
    (length_659,) = _S_I.unpack_from(view, at)
    at += 4 + length_659
    new_order_response_658 = SCHEMA.decode(view[at - length_659 : at], None, microseconds)[1] if length_659 else None
    return {
        "cancelResult": _ENUM_cancelReplaceStatus[cancel_result_654],
        "newOrderResult": _ENUM_cancelReplaceStatus[new_order_result_655],
        "cancelResponse": cancel_response_656,
        "newOrderResponse": new_order_response_658,
    }


def _decode_orders_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 308, `OrdersResponse`."""
    at += block
    block_660, count_661 = _S_HI.unpack_from(view, at)
    at += 6
    orders_662 = []
    for _ in range(count_661):
        require_block(block_660, 163)
        start = at
        at += block_660
        (
            price_exponent_663,
            qty_exponent_664,
            order_id_665,
            order_list_id_666,
            price_667,
            orig_qty_668,
            executed_qty_669,
            cummulative_quote_qty_670,
            status_671,
            time_in_force_672,
            order_type_673,
            side_674,
            stop_price_675,
            trailing_delta_676,
            trailing_time_677,
            iceberg_qty_678,
            time_679,
            update_time_680,
            is_working_681,
            working_time_682,
            orig_quote_order_qty_683,
            strategy_id_684,
            strategy_type_685,
            order_capacity_686,
            working_floor_687,
            self_trade_prevention_mode_688,
            prevented_match_id_689,
            prevented_quantity_690,
            used_sor_691,
            peg_price_type_692,
            peg_offset_type_693,
            peg_offset_value_694,
            pegged_price_695,
            expiry_reason_696,
        ) = _S_bbqqqqqqBBBBqqqqqqBqqqiBBBqqBBBBqB.unpack_from(view, start)
        length_698 = view[at]
        at += 1 + length_698
        symbol_697 = str(view[at - length_698 : at], "utf-8")
        length_700 = view[at]
        at += 1 + length_700
        client_order_id_699 = str(view[at - length_700 : at], "utf-8")
        orders_662.append(
            {
                "orderId": order_id_665,
                "orderListId": (-1 if order_list_id_666 == -9223372036854775808 else order_list_id_666),
                "price": decimal_text(price_667, price_exponent_663),
                "origQty": decimal_text(orig_qty_668, qty_exponent_664),
                "executedQty": decimal_text(executed_qty_669, qty_exponent_664),
                "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_670, price_exponent_663),
                "status": _ENUM_orderStatus[status_671],
                "timeInForce": _ENUM_timeInForce[time_in_force_672],
                "type": _ENUM_orderType[order_type_673],
                "side": _ENUM_orderSide[side_674],
                "stopPrice": (
                    None if stop_price_675 == -9223372036854775808 else decimal_text(stop_price_675, price_exponent_663)
                ),
                "trailingDelta": (None if trailing_delta_676 == -9223372036854775808 else trailing_delta_676),
                "trailingTime": (
                    None
                    if trailing_time_677 == -9223372036854775808
                    else (trailing_time_677 if microseconds else trailing_time_677 // 1000)
                ),
                "icebergQty": (
                    None if iceberg_qty_678 == -9223372036854775808 else decimal_text(iceberg_qty_678, qty_exponent_664)
                ),
                "time": (time_679 if microseconds else time_679 // 1000),
                "updateTime": (update_time_680 if microseconds else update_time_680 // 1000),
                "isWorking": is_working_681 == 1,
                "workingTime": (
                    -1
                    if working_time_682 == -9223372036854775808
                    else (working_time_682 if microseconds else working_time_682 // 1000)
                ),
                "origQuoteOrderQty": decimal_text(orig_quote_order_qty_683, price_exponent_663),
                "strategyId": (None if strategy_id_684 == -9223372036854775808 else strategy_id_684),
                "strategyType": (None if strategy_type_685 == -2147483648 else strategy_type_685),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_686],
                "workingFloor": _ENUM_floor[working_floor_687],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_688],
                "preventedMatchId": (
                    None if prevented_match_id_689 == -9223372036854775808 else prevented_match_id_689
                ),
                "preventedQuantity": decimal_text(prevented_quantity_690, price_exponent_663),
                "usedSor": used_sor_691 == 1,
                "pegPriceType": (None if peg_price_type_692 == 255 else _ENUM_pegPriceType[peg_price_type_692]),
                "pegOffsetType": (None if peg_offset_type_693 == 255 else _ENUM_pegOffsetType[peg_offset_type_693]),
                "pegOffsetValue": (None if peg_offset_value_694 == 255 else peg_offset_value_694),
                "peggedPrice": (
                    None
                    if pegged_price_695 == -9223372036854775808
                    else decimal_text(pegged_price_695, price_exponent_663)
                ),
                "expiryReason": (None if expiry_reason_696 == 255 else _ENUM_expiryReason[expiry_reason_696]),
                "symbol": symbol_697,
                "clientOrderId": client_order_id_699,
            }
        )
    return orders_662


def _decode_new_order_list_ack_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 309, `NewOrderListAckResponse`."""
    order_list_id_701, contingency_type_702, list_status_type_703, list_order_status_704, transaction_time_705 = (
        _S_qBBBq.unpack_from(view, at)
    )
    at += block
    block_706, count_707 = _S_HH.unpack_from(view, at)
    at += 4
    orders_708 = []
    for _ in range(count_707):
        require_block(block_706, 8)
        start = at
        at += block_706
        (order_id_709,) = _S_q.unpack_from(view, start)
        length_711 = view[at]
        at += 1 + length_711
        symbol_710 = str(view[at - length_711 : at], "utf-8")
        length_713 = view[at]
        at += 1 + length_713
        client_order_id_712 = str(view[at - length_713 : at], "utf-8")
        orders_708.append({"orderId": order_id_709, "symbol": symbol_710, "clientOrderId": client_order_id_712})
    block_714, count_715 = _S_HH.unpack_from(view, at)
    at += 4
    order_reports_716 = []
    for _ in range(count_715):
        require_block(block_714, 24)
        start = at
        at += block_714
        order_id_717, order_list_id_718, transact_time_719 = _S_qqq.unpack_from(view, start)
        length_721 = view[at]
        at += 1 + length_721
        symbol_720 = str(view[at - length_721 : at], "utf-8")
        length_723 = view[at]
        at += 1 + length_723
        client_order_id_722 = str(view[at - length_723 : at], "utf-8")
        order_reports_716.append(
            {
                "orderId": order_id_717,
                "orderListId": (-1 if order_list_id_718 == -9223372036854775808 else order_list_id_718),
                "transactTime": (transact_time_719 if microseconds else transact_time_719 // 1000),
                "symbol": symbol_720,
                "clientOrderId": client_order_id_722,
            }
        )
    length_725 = view[at]
    at += 1 + length_725
    list_client_order_id_724 = str(view[at - length_725 : at], "utf-8")
    length_727 = view[at]
    at += 1 + length_727
    symbol_726 = str(view[at - length_727 : at], "utf-8")
    return {
        "orderListId": order_list_id_701,
        "contingencyType": _ENUM_contingencyType[contingency_type_702],
        "listStatusType": _ENUM_listStatusType[list_status_type_703],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_704],
        "transactionTime": (transaction_time_705 if microseconds else transaction_time_705 // 1000),
        "orders": orders_708,
        "orderReports": order_reports_716,
        "listClientOrderId": list_client_order_id_724,
        "symbol": symbol_726,
    }


def _decode_new_order_list_result_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 310, `NewOrderListResultResponse`."""
    (
        order_list_id_728,
        contingency_type_729,
        list_status_type_730,
        list_order_status_731,
        transaction_time_732,
        price_exponent_733,
        qty_exponent_734,
    ) = _S_qBBBqbb.unpack_from(view, at)
    at += block
    block_735, count_736 = _S_HH.unpack_from(view, at)
    at += 4
    orders_737 = []
    for _ in range(count_736):
        require_block(block_735, 8)
        start = at
        at += block_735
        (order_id_738,) = _S_q.unpack_from(view, start)
        length_740 = view[at]
        at += 1 + length_740
        symbol_739 = str(view[at - length_740 : at], "utf-8")
        length_742 = view[at]
        at += 1 + length_742
        client_order_id_741 = str(view[at - length_742 : at], "utf-8")
        orders_737.append({"orderId": order_id_738, "symbol": symbol_739, "clientOrderId": client_order_id_741})
    block_743, count_744 = _S_HH.unpack_from(view, at)
    at += 4
    order_reports_745 = []
    for _ in range(count_744):
        require_block(block_743, 152)
        start = at
        at += block_743
        (
            order_id_746,
            order_list_id_747,
            transact_time_748,
            price_749,
            orig_qty_750,
            executed_qty_751,
            cummulative_quote_qty_752,
            status_753,
            time_in_force_754,
            order_type_755,
            side_756,
            stop_price_757,
            trailing_delta_758,
            trailing_time_759,
            working_time_760,
            iceberg_qty_761,
            strategy_id_762,
            strategy_type_763,
            order_capacity_764,
            working_floor_765,
            self_trade_prevention_mode_766,
            trade_group_id_767,
            prevented_quantity_768,
            used_sor_769,
            orig_quote_order_qty_770,
            peg_price_type_771,
            peg_offset_type_772,
            peg_offset_value_773,
            pegged_price_774,
            expiry_reason_775,
        ) = _S_qqqqqqqBBBBqqqqqqiBBBqqBqBBBqB.unpack_from(view, start)
        length_777 = view[at]
        at += 1 + length_777
        symbol_776 = str(view[at - length_777 : at], "utf-8")
        length_779 = view[at]
        at += 1 + length_779
        client_order_id_778 = str(view[at - length_779 : at], "utf-8")
        order_reports_745.append(
            {
                "orderId": order_id_746,
                "orderListId": (-1 if order_list_id_747 == -9223372036854775808 else order_list_id_747),
                "transactTime": (transact_time_748 if microseconds else transact_time_748 // 1000),
                "price": decimal_text(price_749, price_exponent_733),
                "origQty": decimal_text(orig_qty_750, qty_exponent_734),
                "executedQty": decimal_text(executed_qty_751, qty_exponent_734),
                "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_752, price_exponent_733),
                "status": _ENUM_orderStatus[status_753],
                "timeInForce": _ENUM_timeInForce[time_in_force_754],
                "type": _ENUM_orderType[order_type_755],
                "side": _ENUM_orderSide[side_756],
                "stopPrice": (
                    None if stop_price_757 == -9223372036854775808 else decimal_text(stop_price_757, price_exponent_733)
                ),
                "trailingDelta": (None if trailing_delta_758 == -9223372036854775808 else trailing_delta_758),
                "trailingTime": (
                    None
                    if trailing_time_759 == -9223372036854775808
                    else (trailing_time_759 if microseconds else trailing_time_759 // 1000)
                ),
                "workingTime": (
                    -1
                    if working_time_760 == -9223372036854775808
                    else (working_time_760 if microseconds else working_time_760 // 1000)
                ),
                "icebergQty": (
                    None if iceberg_qty_761 == -9223372036854775808 else decimal_text(iceberg_qty_761, qty_exponent_734)
                ),
                "strategyId": (None if strategy_id_762 == -9223372036854775808 else strategy_id_762),
                "strategyType": (None if strategy_type_763 == -2147483648 else strategy_type_763),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_764],
                "workingFloor": _ENUM_floor[working_floor_765],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_766],
                "tradeGroupId": (None if trade_group_id_767 == -9223372036854775808 else trade_group_id_767),
                "preventedQuantity": decimal_text(prevented_quantity_768, qty_exponent_734),
                "usedSor": used_sor_769 == 1,
                "origQuoteOrderQty": decimal_text(orig_quote_order_qty_770, price_exponent_733),
                "pegPriceType": (None if peg_price_type_771 == 255 else _ENUM_pegPriceType[peg_price_type_771]),
                "pegOffsetType": (None if peg_offset_type_772 == 255 else _ENUM_pegOffsetType[peg_offset_type_772]),
                "pegOffsetValue": (None if peg_offset_value_773 == 255 else peg_offset_value_773),
                "peggedPrice": (
                    None
                    if pegged_price_774 == -9223372036854775808
                    else decimal_text(pegged_price_774, price_exponent_733)
                ),
                "expiryReason": (None if expiry_reason_775 == 255 else _ENUM_expiryReason[expiry_reason_775]),
                "symbol": symbol_776,
                "clientOrderId": client_order_id_778,
            }
        )
    length_781 = view[at]
    at += 1 + length_781
    list_client_order_id_780 = str(view[at - length_781 : at], "utf-8")
    length_783 = view[at]
    at += 1 + length_783
    symbol_782 = str(view[at - length_783 : at], "utf-8")
    return {
        "orderListId": order_list_id_728,
        "contingencyType": _ENUM_contingencyType[contingency_type_729],
        "listStatusType": _ENUM_listStatusType[list_status_type_730],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_731],
        "transactionTime": (transaction_time_732 if microseconds else transaction_time_732 // 1000),
        "orders": orders_737,
        "orderReports": order_reports_745,
        "listClientOrderId": list_client_order_id_780,
        "symbol": symbol_782,
    }


def _decode_new_order_list_full_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 311, `NewOrderListFullResponse`."""
    (
        order_list_id_784,
        contingency_type_785,
        list_status_type_786,
        list_order_status_787,
        transaction_time_788,
        price_exponent_789,
        qty_exponent_790,
    ) = _S_qBBBqbb.unpack_from(view, at)
    at += block
    block_791, count_792 = _S_HH.unpack_from(view, at)
    at += 4
    orders_793 = []
    for _ in range(count_792):
        require_block(block_791, 8)
        start = at
        at += block_791
        (order_id_794,) = _S_q.unpack_from(view, start)
        length_796 = view[at]
        at += 1 + length_796
        symbol_795 = str(view[at - length_796 : at], "utf-8")
        length_798 = view[at]
        at += 1 + length_798
        client_order_id_797 = str(view[at - length_798 : at], "utf-8")
        orders_793.append({"orderId": order_id_794, "symbol": symbol_795, "clientOrderId": client_order_id_797})
    block_799, count_800 = _S_HH.unpack_from(view, at)
    at += 4
    order_reports_801 = []
    for _ in range(count_800):
        require_block(block_799, 152)
        start = at
        at += block_799
        (
            order_id_802,
            order_list_id_803,
            transact_time_804,
            price_805,
            orig_qty_806,
            executed_qty_807,
            cummulative_quote_qty_808,
            status_809,
            time_in_force_810,
            order_type_811,
            side_812,
            stop_price_813,
            trailing_delta_814,
            trailing_time_815,
            working_time_816,
            iceberg_qty_817,
            strategy_id_818,
            strategy_type_819,
            order_capacity_820,
            working_floor_821,
            self_trade_prevention_mode_822,
            trade_group_id_823,
            prevented_quantity_824,
            used_sor_825,
            orig_quote_order_qty_826,
            peg_price_type_827,
            peg_offset_type_828,
            peg_offset_value_829,
            pegged_price_830,
            expiry_reason_831,
        ) = _S_qqqqqqqBBBBqqqqqqiBBBqqBqBBBqB.unpack_from(view, start)
        block_832, count_833 = _S_HI.unpack_from(view, at)
        at += 6
        fills_834 = []
        for _ in range(count_833):
            require_block(block_832, 42)
            start = at
            at += block_832
            commission_exponent_835, match_type_836, price_837, qty_838, commission_839, trade_id_840, alloc_id_841 = (
                _S_bBqqqqq.unpack_from(view, start)
            )
            length_843 = view[at]
            at += 1 + length_843
            commission_asset_842 = str(view[at - length_843 : at], "utf-8") if length_843 else None
            fills_834.append(
                {
                    "matchType": _ENUM_matchType[match_type_836],
                    "price": decimal_text(price_837, price_exponent_789),
                    "qty": decimal_text(qty_838, qty_exponent_790),
                    "commission": decimal_text(commission_839, commission_exponent_835),
                    "tradeId": (None if trade_id_840 == -9223372036854775808 else trade_id_840),
                    "allocId": (None if alloc_id_841 == -9223372036854775808 else alloc_id_841),
                    "commissionAsset": commission_asset_842,
                }
            )
        block_844, count_845 = _S_HI.unpack_from(view, at)
        at += 6
        prevented_matches_846 = []
        for _ in range(count_845):
            require_block(block_844, 40)
            start = at
            at += block_844
            (
                prevented_match_id_847,
                maker_order_id_848,
                price_849,
                taker_prevented_quantity_850,
                maker_prevented_quantity_851,
            ) = _S_qqqqq.unpack_from(view, start)
            length_853 = view[at]
            at += 1 + length_853
            maker_symbol_852 = str(view[at - length_853 : at], "utf-8") if length_853 else None
            prevented_matches_846.append(
                {
                    "preventedMatchId": prevented_match_id_847,
                    "makerOrderId": (None if maker_order_id_848 == -9223372036854775808 else maker_order_id_848),
                    "price": (
                        None if price_849 == -9223372036854775808 else decimal_text(price_849, price_exponent_789)
                    ),
                    "takerPreventedQuantity": (
                        None
                        if taker_prevented_quantity_850 == -9223372036854775808
                        else decimal_text(taker_prevented_quantity_850, qty_exponent_790)
                    ),
                    "makerPreventedQuantity": (
                        None
                        if maker_prevented_quantity_851 == -9223372036854775808
                        else decimal_text(maker_prevented_quantity_851, qty_exponent_790)
                    ),
                    "makerSymbol": maker_symbol_852,
                }
            )
        length_855 = view[at]
        at += 1 + length_855
        symbol_854 = str(view[at - length_855 : at], "utf-8")
        length_857 = view[at]
        at += 1 + length_857
        client_order_id_856 = str(view[at - length_857 : at], "utf-8")
        order_reports_801.append(
            {
                "orderId": order_id_802,
                "orderListId": (-1 if order_list_id_803 == -9223372036854775808 else order_list_id_803),
                "transactTime": (transact_time_804 if microseconds else transact_time_804 // 1000),
                "price": decimal_text(price_805, price_exponent_789),
                "origQty": decimal_text(orig_qty_806, qty_exponent_790),
                "executedQty": decimal_text(executed_qty_807, qty_exponent_790),
                "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_808, price_exponent_789),
                "status": _ENUM_orderStatus[status_809],
                "timeInForce": _ENUM_timeInForce[time_in_force_810],
                "type": _ENUM_orderType[order_type_811],
                "side": _ENUM_orderSide[side_812],
                "stopPrice": (
                    None if stop_price_813 == -9223372036854775808 else decimal_text(stop_price_813, price_exponent_789)
                ),
                "trailingDelta": (None if trailing_delta_814 == -9223372036854775808 else trailing_delta_814),
                "trailingTime": (
                    None
                    if trailing_time_815 == -9223372036854775808
                    else (trailing_time_815 if microseconds else trailing_time_815 // 1000)
                ),
                "workingTime": (
                    -1
                    if working_time_816 == -9223372036854775808
                    else (working_time_816 if microseconds else working_time_816 // 1000)
                ),
                "icebergQty": (
                    None if iceberg_qty_817 == -9223372036854775808 else decimal_text(iceberg_qty_817, qty_exponent_790)
                ),
                "strategyId": (None if strategy_id_818 == -9223372036854775808 else strategy_id_818),
                "strategyType": (None if strategy_type_819 == -2147483648 else strategy_type_819),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_820],
                "workingFloor": _ENUM_floor[working_floor_821],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_822],
                "tradeGroupId": (None if trade_group_id_823 == -9223372036854775808 else trade_group_id_823),
                "preventedQuantity": decimal_text(prevented_quantity_824, qty_exponent_790),
                "usedSor": used_sor_825 == 1,
                "origQuoteOrderQty": decimal_text(orig_quote_order_qty_826, price_exponent_789),
                "pegPriceType": (None if peg_price_type_827 == 255 else _ENUM_pegPriceType[peg_price_type_827]),
                "pegOffsetType": (None if peg_offset_type_828 == 255 else _ENUM_pegOffsetType[peg_offset_type_828]),
                "pegOffsetValue": (None if peg_offset_value_829 == 255 else peg_offset_value_829),
                "peggedPrice": (
                    None
                    if pegged_price_830 == -9223372036854775808
                    else decimal_text(pegged_price_830, price_exponent_789)
                ),
                "expiryReason": (None if expiry_reason_831 == 255 else _ENUM_expiryReason[expiry_reason_831]),
                "fills": fills_834,
                "preventedMatches": prevented_matches_846,
                "symbol": symbol_854,
                "clientOrderId": client_order_id_856,
            }
        )
    length_859 = view[at]
    at += 1 + length_859
    list_client_order_id_858 = str(view[at - length_859 : at], "utf-8")
    length_861 = view[at]
    at += 1 + length_861
    symbol_860 = str(view[at - length_861 : at], "utf-8")
    return {
        "orderListId": order_list_id_784,
        "contingencyType": _ENUM_contingencyType[contingency_type_785],
        "listStatusType": _ENUM_listStatusType[list_status_type_786],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_787],
        "transactionTime": (transaction_time_788 if microseconds else transaction_time_788 // 1000),
        "orders": orders_793,
        "orderReports": order_reports_801,
        "listClientOrderId": list_client_order_id_858,
        "symbol": symbol_860,
    }


def _decode_cancel_order_list_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 312, `CancelOrderListResponse`."""
    (
        order_list_id_862,
        contingency_type_863,
        list_status_type_864,
        list_order_status_865,
        transaction_time_866,
        price_exponent_867,
        qty_exponent_868,
    ) = _S_qBBBqbb.unpack_from(view, at)
    at += block
    block_869, count_870 = _S_HH.unpack_from(view, at)
    at += 4
    orders_871 = []
    for _ in range(count_870):
        require_block(block_869, 8)
        start = at
        at += block_869
        (order_id_872,) = _S_q.unpack_from(view, start)
        length_874 = view[at]
        at += 1 + length_874
        symbol_873 = str(view[at - length_874 : at], "utf-8")
        length_876 = view[at]
        at += 1 + length_876
        client_order_id_875 = str(view[at - length_876 : at], "utf-8")
        orders_871.append({"orderId": order_id_872, "symbol": symbol_873, "clientOrderId": client_order_id_875})
    block_877, count_878 = _S_HH.unpack_from(view, at)
    at += 4
    order_reports_879 = []
    for _ in range(count_878):
        require_block(block_877, 135)
        start = at
        at += block_877
        (
            order_id_880,
            order_list_id_881,
            transact_time_882,
            price_883,
            orig_qty_884,
            executed_qty_885,
            cummulative_quote_qty_886,
            status_887,
            time_in_force_888,
            order_type_889,
            side_890,
            stop_price_891,
            trailing_delta_892,
            trailing_time_893,
            iceberg_qty_894,
            strategy_id_895,
            strategy_type_896,
            order_capacity_897,
            working_floor_898,
            self_trade_prevention_mode_899,
            prevented_quantity_900,
            used_sor_901,
            orig_quote_order_qty_902,
            peg_price_type_903,
            peg_offset_type_904,
            peg_offset_value_905,
            pegged_price_906,
        ) = _S_qqqqqqqBBBBqqqqqiBBBqBqBBBq.unpack_from(view, start)
        length_908 = view[at]
        at += 1 + length_908
        symbol_907 = str(view[at - length_908 : at], "utf-8")
        length_910 = view[at]
        at += 1 + length_910
        orig_client_order_id_909 = str(view[at - length_910 : at], "utf-8")
        length_912 = view[at]
        at += 1 + length_912
        client_order_id_911 = str(view[at - length_912 : at], "utf-8")
        order_reports_879.append(
            {
                "orderId": order_id_880,
                "orderListId": (-1 if order_list_id_881 == -9223372036854775808 else order_list_id_881),
                "transactTime": (transact_time_882 if microseconds else transact_time_882 // 1000),
                "price": decimal_text(price_883, price_exponent_867),
                "origQty": decimal_text(orig_qty_884, qty_exponent_868),
                "executedQty": decimal_text(executed_qty_885, qty_exponent_868),
                "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_886, price_exponent_867),
                "status": _ENUM_orderStatus[status_887],
                "timeInForce": _ENUM_timeInForce[time_in_force_888],
                "type": _ENUM_orderType[order_type_889],
                "side": _ENUM_orderSide[side_890],
                "stopPrice": (
                    None if stop_price_891 == -9223372036854775808 else decimal_text(stop_price_891, price_exponent_867)
                ),
                "trailingDelta": (None if trailing_delta_892 == -9223372036854775808 else trailing_delta_892),
                "trailingTime": (
                    None
                    if trailing_time_893 == -9223372036854775808
                    else (trailing_time_893 if microseconds else trailing_time_893 // 1000)
                ),
                "icebergQty": (
                    None if iceberg_qty_894 == -9223372036854775808 else decimal_text(iceberg_qty_894, qty_exponent_868)
                ),
                "strategyId": (None if strategy_id_895 == -9223372036854775808 else strategy_id_895),
                "strategyType": (None if strategy_type_896 == -2147483648 else strategy_type_896),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_897],
                "workingFloor": _ENUM_floor[working_floor_898],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_899],
                "preventedQuantity": decimal_text(prevented_quantity_900, qty_exponent_868),
                "usedSor": used_sor_901 == 1,
                "origQuoteOrderQty": decimal_text(orig_quote_order_qty_902, price_exponent_867),
                "pegPriceType": (None if peg_price_type_903 == 255 else _ENUM_pegPriceType[peg_price_type_903]),
                "pegOffsetType": (None if peg_offset_type_904 == 255 else _ENUM_pegOffsetType[peg_offset_type_904]),
                "pegOffsetValue": (None if peg_offset_value_905 == 255 else peg_offset_value_905),
                "peggedPrice": (
                    None
                    if pegged_price_906 == -9223372036854775808
                    else decimal_text(pegged_price_906, price_exponent_867)
                ),
                "symbol": symbol_907,
                "origClientOrderId": orig_client_order_id_909,
                "clientOrderId": client_order_id_911,
            }
        )
    length_914 = view[at]
    at += 1 + length_914
    list_client_order_id_913 = str(view[at - length_914 : at], "utf-8")
    length_916 = view[at]
    at += 1 + length_916
    symbol_915 = str(view[at - length_916 : at], "utf-8")
    return {
        "orderListId": order_list_id_862,
        "contingencyType": _ENUM_contingencyType[contingency_type_863],
        "listStatusType": _ENUM_listStatusType[list_status_type_864],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_865],
        "transactionTime": (transaction_time_866 if microseconds else transaction_time_866 // 1000),
        "orders": orders_871,
        "orderReports": order_reports_879,
        "listClientOrderId": list_client_order_id_913,
        "symbol": symbol_915,
    }


def _decode_order_list_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 313, `OrderListResponse`."""
    order_list_id_917, contingency_type_918, list_status_type_919, list_order_status_920, transaction_time_921 = (
        _S_qBBBq.unpack_from(view, at)
    )
    at += block
    block_922, count_923 = _S_HH.unpack_from(view, at)
    at += 4
    orders_924 = []
    for _ in range(count_923):
        require_block(block_922, 8)
        start = at
        at += block_922
        (order_id_925,) = _S_q.unpack_from(view, start)
        length_927 = view[at]
        at += 1 + length_927
        symbol_926 = str(view[at - length_927 : at], "utf-8")
        length_929 = view[at]
        at += 1 + length_929
        client_order_id_928 = str(view[at - length_929 : at], "utf-8")
        orders_924.append({"orderId": order_id_925, "symbol": symbol_926, "clientOrderId": client_order_id_928})
    length_931 = view[at]
    at += 1 + length_931
    list_client_order_id_930 = str(view[at - length_931 : at], "utf-8")
    length_933 = view[at]
    at += 1 + length_933
    symbol_932 = str(view[at - length_933 : at], "utf-8")
    return {
        "orderListId": order_list_id_917,
        "contingencyType": _ENUM_contingencyType[contingency_type_918],
        "listStatusType": _ENUM_listStatusType[list_status_type_919],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_920],
        "transactionTime": (transaction_time_921 if microseconds else transaction_time_921 // 1000),
        "orders": orders_924,
        "listClientOrderId": list_client_order_id_930,
        "symbol": symbol_932,
    }


def _decode_order_lists_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 314, `OrderListsResponse`."""
    at += block
    block_934, count_935 = _S_HI.unpack_from(view, at)
    at += 6
    order_lists_936 = []
    for _ in range(count_935):
        require_block(block_934, 19)
        start = at
        at += block_934
        order_list_id_937, contingency_type_938, list_status_type_939, list_order_status_940, transaction_time_941 = (
            _S_qBBBq.unpack_from(view, start)
        )
        block_942, count_943 = _S_HI.unpack_from(view, at)
        at += 6
        orders_944 = []
        for _ in range(count_943):
            require_block(block_942, 8)
            start = at
            at += block_942
            (order_id_945,) = _S_q.unpack_from(view, start)
            length_947 = view[at]
            at += 1 + length_947
            symbol_946 = str(view[at - length_947 : at], "utf-8")
            length_949 = view[at]
            at += 1 + length_949
            client_order_id_948 = str(view[at - length_949 : at], "utf-8")
            orders_944.append({"orderId": order_id_945, "symbol": symbol_946, "clientOrderId": client_order_id_948})
        length_951 = view[at]
        at += 1 + length_951
        list_client_order_id_950 = str(view[at - length_951 : at], "utf-8")
        length_953 = view[at]
        at += 1 + length_953
        symbol_952 = str(view[at - length_953 : at], "utf-8")
        order_lists_936.append(
            {
                "orderListId": order_list_id_937,
                "contingencyType": _ENUM_contingencyType[contingency_type_938],
                "listStatusType": _ENUM_listStatusType[list_status_type_939],
                "listOrderStatus": _ENUM_listOrderStatus[list_order_status_940],
                "transactionTime": (transaction_time_941 if microseconds else transaction_time_941 // 1000),
                "orders": orders_944,
                "listClientOrderId": list_client_order_id_950,
                "symbol": symbol_952,
            }
        )
    return order_lists_936


def _decode_order_test_with_commissions_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 315, `OrderTestWithCommissionsResponse`."""
    (
        commission_exponent_954,
        discount_exponent_955,
        standard_commission_for_order_maker_956,
        standard_commission_for_order_taker_957,
        tax_commission_for_order_maker_958,
        tax_commission_for_order_taker_959,
        discount_enabled_for_account_960,
        discount_enabled_for_symbol_961,
        discount_962,
        special_commission_for_order_maker_963,
        special_commission_for_order_taker_964,
    ) = _S_bbqqqqBBqqq.unpack_from(view, at)
    at += block
    length_966 = view[at]
    at += 1 + length_966
    discount_asset_965 = str(view[at - length_966 : at], "utf-8") if length_966 else None
    return {
        "standardCommissionForOrder.maker": decimal_text(
            standard_commission_for_order_maker_956, commission_exponent_954
        ),
        "standardCommissionForOrder.taker": decimal_text(
            standard_commission_for_order_taker_957, commission_exponent_954
        ),
        "taxCommissionForOrder.maker": decimal_text(tax_commission_for_order_maker_958, commission_exponent_954),
        "taxCommissionForOrder.taker": decimal_text(tax_commission_for_order_taker_959, commission_exponent_954),
        "discount.enabledForAccount": discount_enabled_for_account_960 == 1,
        "discount.enabledForSymbol": discount_enabled_for_symbol_961 == 1,
        "discount.discount": decimal_text(discount_962, discount_exponent_955),
        "specialCommissionForOrder.maker": (
            None
            if special_commission_for_order_maker_963 == -9223372036854775808
            else decimal_text(special_commission_for_order_maker_963, commission_exponent_954)
        ),
        "specialCommissionForOrder.taker": (
            None
            if special_commission_for_order_taker_964 == -9223372036854775808
            else decimal_text(special_commission_for_order_taker_964, commission_exponent_954)
        ),
        "discount.discountAsset": discount_asset_965,
    }


def _decode_order_amendments_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 316, `OrderAmendmentsResponse`."""
    at += block
    block_967, count_968 = _S_HI.unpack_from(view, at)
    at += 6
    amendments_969 = []
    for _ in range(count_968):
        require_block(block_967, 41)
        start = at
        at += block_967
        order_id_970, execution_id_971, qty_exponent_972, orig_qty_973, new_qty_974, time_975 = _S_qqbqqq.unpack_from(
            view, start
        )
        length_977 = view[at]
        at += 1 + length_977
        symbol_976 = str(view[at - length_977 : at], "utf-8")
        length_979 = view[at]
        at += 1 + length_979
        orig_client_order_id_978 = str(view[at - length_979 : at], "utf-8")
        length_981 = view[at]
        at += 1 + length_981
        new_client_order_id_980 = str(view[at - length_981 : at], "utf-8")
        amendments_969.append(
            {
                "orderId": order_id_970,
                "executionId": execution_id_971,
                "origQty": decimal_text(orig_qty_973, qty_exponent_972),
                "newQty": decimal_text(new_qty_974, qty_exponent_972),
                "time": (time_975 if microseconds else time_975 // 1000),
                "symbol": symbol_976,
                "origClientOrderId": orig_client_order_id_978,
                "newClientOrderId": new_client_order_id_980,
            }
        )
    return amendments_969


def _decode_order_amend_keep_priority_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 317, `OrderAmendKeepPriorityResponse`."""
    (
        transact_time_982,
        execution_id_983,
        price_exponent_984,
        qty_exponent_985,
        order_id_986,
        order_list_id_987,
        price_988,
        qty_989,
        executed_qty_990,
        prevented_qty_991,
        cumulative_quote_qty_992,
        status_993,
        time_in_force_994,
        order_type_995,
        side_996,
        stop_price_997,
        trailing_delta_998,
        trailing_time_999,
        iceberg_qty_1000,
        working_time_1001,
        strategy_id_1002,
        strategy_type_1003,
        order_capacity_1004,
        working_floor_1005,
        self_trade_prevention_mode_1006,
        used_sor_1007,
        peg_price_type_1008,
        peg_offset_type_1009,
        peg_offset_value_1010,
        pegged_price_1011,
    ) = _S_qqbbqqqqqqqBBBBqqqqqqiBBBBBBBq.unpack_from(view, at)
    at += block
    block_1012, count_1013 = _S_HH.unpack_from(view, at)
    at += 4
    list_status_1014 = []
    for _ in range(count_1013):
        require_block(block_1012, 10)
        start = at
        at += block_1012
        order_list_id_1015, contingency_type_1016, list_order_status_1017 = _S_qBB.unpack_from(view, start)
        block_1018, count_1019 = _S_HH.unpack_from(view, at)
        at += 4
        orders_1020 = []
        for _ in range(count_1019):
            require_block(block_1018, 8)
            start = at
            at += block_1018
            (order_id_1021,) = _S_q.unpack_from(view, start)
            length_1023 = view[at]
            at += 1 + length_1023
            symbol_1022 = str(view[at - length_1023 : at], "utf-8")
            length_1025 = view[at]
            at += 1 + length_1025
            client_order_id_1024 = str(view[at - length_1025 : at], "utf-8")
            orders_1020.append({"orderId": order_id_1021, "symbol": symbol_1022, "clientOrderId": client_order_id_1024})
        length_1027 = view[at]
        at += 1 + length_1027
        list_client_order_id_1026 = str(view[at - length_1027 : at], "utf-8")
        length_1029 = view[at]
        at += 1 + length_1029
        symbol_1028 = str(view[at - length_1029 : at], "utf-8")
        list_status_1014.append(
            {
                "orderListId": order_list_id_1015,
                "contingencyType": _ENUM_contingencyType[contingency_type_1016],
                "listOrderStatus": _ENUM_listOrderStatus[list_order_status_1017],
                "orders": orders_1020,
                "listClientOrderId": list_client_order_id_1026,
                "symbol": symbol_1028,
            }
        )
    block_1030, count_1031 = _S_HH.unpack_from(view, at)
    at += 4
    related_orders_1032 = []
    for _ in range(count_1031):
        require_block(block_1030, 127)
        start = at
        at += block_1030
        (
            order_id_1033,
            order_list_id_1034,
            price_1035,
            qty_1036,
            executed_qty_1037,
            prevented_qty_1038,
            cumulative_quote_qty_1039,
            status_1040,
            time_in_force_1041,
            order_type_1042,
            side_1043,
            stop_price_1044,
            trailing_delta_1045,
            trailing_time_1046,
            iceberg_qty_1047,
            working_time_1048,
            strategy_id_1049,
            strategy_type_1050,
            order_capacity_1051,
            working_floor_1052,
            self_trade_prevention_mode_1053,
            used_sor_1054,
            peg_price_type_1055,
            peg_offset_type_1056,
            peg_offset_value_1057,
            pegged_price_1058,
        ) = _S_qqqqqqqBBBBqqqqqqiBBBBBBBq.unpack_from(view, start)
        length_1060 = view[at]
        at += 1 + length_1060
        symbol_1059 = str(view[at - length_1060 : at], "utf-8")
        length_1062 = view[at]
        at += 1 + length_1062
        client_order_id_1061 = str(view[at - length_1062 : at], "utf-8") if length_1062 else None
        related_orders_1032.append(
            {
                "orderId": order_id_1033,
                "orderListId": (-1 if order_list_id_1034 == -9223372036854775808 else order_list_id_1034),
                "price": decimal_text(price_1035, price_exponent_984),
                "qty": decimal_text(qty_1036, qty_exponent_985),
                "executedQty": decimal_text(executed_qty_1037, qty_exponent_985),
                "preventedQty": decimal_text(prevented_qty_1038, qty_exponent_985),
                "cumulativeQuoteQty": decimal_text(cumulative_quote_qty_1039, price_exponent_984),
                "status": _ENUM_orderStatus[status_1040],
                "timeInForce": _ENUM_timeInForce[time_in_force_1041],
                "type": _ENUM_orderType[order_type_1042],
                "side": _ENUM_orderSide[side_1043],
                "stopPrice": (
                    None
                    if stop_price_1044 == -9223372036854775808
                    else decimal_text(stop_price_1044, price_exponent_984)
                ),
                "trailingDelta": (None if trailing_delta_1045 == -9223372036854775808 else trailing_delta_1045),
                "trailingTime": (
                    None
                    if trailing_time_1046 == -9223372036854775808
                    else (trailing_time_1046 if microseconds else trailing_time_1046 // 1000)
                ),
                "icebergQty": (
                    None
                    if iceberg_qty_1047 == -9223372036854775808
                    else decimal_text(iceberg_qty_1047, qty_exponent_985)
                ),
                "workingTime": (
                    -1
                    if working_time_1048 == -9223372036854775808
                    else (working_time_1048 if microseconds else working_time_1048 // 1000)
                ),
                "strategyId": (None if strategy_id_1049 == -9223372036854775808 else strategy_id_1049),
                "strategyType": (None if strategy_type_1050 == -2147483648 else strategy_type_1050),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_1051],
                "workingFloor": _ENUM_floor[working_floor_1052],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_1053],
                "usedSor": used_sor_1054 == 1,
                "pegPriceType": (None if peg_price_type_1055 == 255 else _ENUM_pegPriceType[peg_price_type_1055]),
                "pegOffsetType": (None if peg_offset_type_1056 == 255 else _ENUM_pegOffsetType[peg_offset_type_1056]),
                "pegOffsetValue": (None if peg_offset_value_1057 == 255 else peg_offset_value_1057),
                "peggedPrice": (
                    None
                    if pegged_price_1058 == -9223372036854775808
                    else decimal_text(pegged_price_1058, price_exponent_984)
                ),
                "symbol": symbol_1059,
                "clientOrderId": client_order_id_1061,
            }
        )
    length_1064 = view[at]
    at += 1 + length_1064
    symbol_1063 = str(view[at - length_1064 : at], "utf-8")
    length_1066 = view[at]
    at += 1 + length_1066
    orig_client_order_id_1065 = str(view[at - length_1066 : at], "utf-8") if length_1066 else None
    length_1068 = view[at]
    at += 1 + length_1068
    client_order_id_1067 = str(view[at - length_1068 : at], "utf-8") if length_1068 else None
    return {
        "transactTime": (transact_time_982 if microseconds else transact_time_982 // 1000),
        "executionId": execution_id_983,
        "orderId": order_id_986,
        "orderListId": (-1 if order_list_id_987 == -9223372036854775808 else order_list_id_987),
        "price": decimal_text(price_988, price_exponent_984),
        "qty": decimal_text(qty_989, qty_exponent_985),
        "executedQty": decimal_text(executed_qty_990, qty_exponent_985),
        "preventedQty": decimal_text(prevented_qty_991, qty_exponent_985),
        "cumulativeQuoteQty": decimal_text(cumulative_quote_qty_992, price_exponent_984),
        "status": _ENUM_orderStatus[status_993],
        "timeInForce": _ENUM_timeInForce[time_in_force_994],
        "type": _ENUM_orderType[order_type_995],
        "side": _ENUM_orderSide[side_996],
        "stopPrice": (
            None if stop_price_997 == -9223372036854775808 else decimal_text(stop_price_997, price_exponent_984)
        ),
        "trailingDelta": (None if trailing_delta_998 == -9223372036854775808 else trailing_delta_998),
        "trailingTime": (
            None
            if trailing_time_999 == -9223372036854775808
            else (trailing_time_999 if microseconds else trailing_time_999 // 1000)
        ),
        "icebergQty": (
            None if iceberg_qty_1000 == -9223372036854775808 else decimal_text(iceberg_qty_1000, qty_exponent_985)
        ),
        "workingTime": (
            -1
            if working_time_1001 == -9223372036854775808
            else (working_time_1001 if microseconds else working_time_1001 // 1000)
        ),
        "strategyId": (None if strategy_id_1002 == -9223372036854775808 else strategy_id_1002),
        "strategyType": (None if strategy_type_1003 == -2147483648 else strategy_type_1003),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_1004],
        "workingFloor": _ENUM_floor[working_floor_1005],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_1006],
        "usedSor": used_sor_1007 == 1,
        "pegPriceType": (None if peg_price_type_1008 == 255 else _ENUM_pegPriceType[peg_price_type_1008]),
        "pegOffsetType": (None if peg_offset_type_1009 == 255 else _ENUM_pegOffsetType[peg_offset_type_1009]),
        "pegOffsetValue": (None if peg_offset_value_1010 == 255 else peg_offset_value_1010),
        "peggedPrice": (
            None if pegged_price_1011 == -9223372036854775808 else decimal_text(pegged_price_1011, price_exponent_984)
        ),
        "listStatus": list_status_1014,
        "relatedOrders": related_orders_1032,
        "symbol": symbol_1063,
        "origClientOrderId": orig_client_order_id_1065,
        "clientOrderId": client_order_id_1067,
    }


def _decode_account_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 400, `AccountResponse`."""
    (
        commission_exponent_1069,
        commission_rate_maker_1070,
        commission_rate_taker_1071,
        commission_rate_buyer_1072,
        commission_rate_seller_1073,
        can_trade_1074,
        can_withdraw_1075,
        can_deposit_1076,
        brokered_1077,
        require_self_trade_prevention_1078,
        prevent_sor_1079,
        update_time_1080,
        account_type_1081,
        trade_group_id_1082,
        uid_1083,
    ) = _S_bqqqqBBBBBBqBqq.unpack_from(view, at)
    at += block
    block_1084, count_1085 = _S_HI.unpack_from(view, at)
    at += 6
    balances_1086 = []
    for _ in range(count_1085):
        require_block(block_1084, 17)
        start = at
        at += block_1084
        exponent_1087, free_1088, locked_1089 = _S_bqq.unpack_from(view, start)
        length_1091 = view[at]
        at += 1 + length_1091
        asset_1090 = str(view[at - length_1091 : at], "utf-8")
        balances_1086.append(
            {
                "free": decimal_text(free_1088, exponent_1087),
                "locked": decimal_text(locked_1089, exponent_1087),
                "asset": asset_1090,
            }
        )
    block_1092, count_1093 = _S_HI.unpack_from(view, at)
    at += 6
    permissions_1094 = []
    for _ in range(count_1093):
        at += block_1092
        length_1096 = view[at]
        at += 1 + length_1096
        permission_1095 = str(view[at - length_1096 : at], "utf-8")
        permissions_1094.append(permission_1095)
    block_1097, count_1098 = _S_HI.unpack_from(view, at)
    at += 6
    reduce_only_assets_1099 = []
    for _ in range(count_1098):
        at += block_1097
        length_1101 = view[at]
        at += 1 + length_1101
        asset_1100 = str(view[at - length_1101 : at], "utf-8")
        reduce_only_assets_1099.append(asset_1100)
    return {
        "commissionRates.maker": decimal_text(commission_rate_maker_1070, commission_exponent_1069),
        "commissionRates.taker": decimal_text(commission_rate_taker_1071, commission_exponent_1069),
        "commissionRates.buyer": decimal_text(commission_rate_buyer_1072, commission_exponent_1069),
        "commissionRates.seller": decimal_text(commission_rate_seller_1073, commission_exponent_1069),
        "canTrade": can_trade_1074 == 1,
        "canWithdraw": can_withdraw_1075 == 1,
        "canDeposit": can_deposit_1076 == 1,
        "brokered": brokered_1077 == 1,
        "requireSelfTradePrevention": require_self_trade_prevention_1078 == 1,
        "preventSor": prevent_sor_1079 == 1,
        "updateTime": (update_time_1080 if microseconds else update_time_1080 // 1000),
        "accountType": _ENUM_accountType[account_type_1081],
        "tradeGroupId": (None if trade_group_id_1082 == -9223372036854775808 else trade_group_id_1082),
        "uid": uid_1083,
        "balances": balances_1086,
        "permissions": permissions_1094,
        "reduceOnlyAssets": reduce_only_assets_1099,
    }


def _decode_account_trades_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 401, `AccountTradesResponse`."""
    at += block
    block_1102, count_1103 = _S_HI.unpack_from(view, at)
    at += 6
    trades_1104 = []
    for _ in range(count_1103):
        require_block(block_1102, 70)
        start = at
        at += block_1102
        (
            price_exponent_1105,
            qty_exponent_1106,
            commission_exponent_1107,
            id_1108,
            order_id_1109,
            order_list_id_1110,
            price_1111,
            qty_1112,
            quote_qty_1113,
            commission_1114,
            time_1115,
            is_buyer_1116,
            is_maker_1117,
            is_best_match_1118,
        ) = _S_bbbqqqqqqqqBBB.unpack_from(view, start)
        length_1120 = view[at]
        at += 1 + length_1120
        symbol_1119 = str(view[at - length_1120 : at], "utf-8")
        length_1122 = view[at]
        at += 1 + length_1122
        commission_asset_1121 = str(view[at - length_1122 : at], "utf-8") if length_1122 else None
        trades_1104.append(
            {
                "id": id_1108,
                "orderId": order_id_1109,
                "orderListId": (-1 if order_list_id_1110 == -9223372036854775808 else order_list_id_1110),
                "price": decimal_text(price_1111, price_exponent_1105),
                "qty": decimal_text(qty_1112, qty_exponent_1106),
                "quoteQty": decimal_text(quote_qty_1113, price_exponent_1105),
                "commission": decimal_text(commission_1114, commission_exponent_1107),
                "time": (time_1115 if microseconds else time_1115 // 1000),
                "isBuyer": is_buyer_1116 == 1,
                "isMaker": is_maker_1117 == 1,
                "isBestMatch": is_best_match_1118 == 1,
                "symbol": symbol_1119,
                "commissionAsset": commission_asset_1121,
            }
        )
    return trades_1104


def _decode_account_order_rate_limit_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 402, `AccountOrderRateLimitResponse`."""
    at += block
    block_1123, count_1124 = _S_HI.unpack_from(view, at)
    at += 6
    rate_limits_1125 = [
        {
            "rateLimitType": _ENUM_rateLimitType[rate_limit_type_1126],
            "interval": _ENUM_rateLimitInterval[interval_1127],
            "intervalNum": interval_num_1128,
            "limit": rate_limit_1129,
            "count": num_orders_1130,
        }
        for rate_limit_type_1126, interval_1127, interval_num_1128, rate_limit_1129, num_orders_1130 in rows(
            _S_BBBqq, view, at, block_1123, count_1124, 19
        )
    ]
    at += block_1123 * count_1124
    return rate_limits_1125


def _decode_account_prevented_matches_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 403, `AccountPreventedMatchesResponse`."""
    at += block
    block_1131, count_1132 = _S_HI.unpack_from(view, at)
    at += 6
    prevented_matches_1133 = []
    for _ in range(count_1132):
        require_block(block_1131, 67)
        start = at
        at += block_1131
        (
            price_exponent_1134,
            qty_exponent_1135,
            prevented_match_id_1136,
            taker_order_id_1137,
            maker_order_id_1138,
            trade_group_id_1139,
            self_trade_prevention_mode_1140,
            price_1141,
            taker_prevented_quantity_1142,
            maker_prevented_quantity_1143,
            transact_time_1144,
        ) = _S_bbqqqqBqqqq.unpack_from(view, start)
        length_1146 = view[at]
        at += 1 + length_1146
        symbol_1145 = str(view[at - length_1146 : at], "utf-8")
        length_1148 = view[at]
        at += 1 + length_1148
        maker_symbol_1147 = str(view[at - length_1148 : at], "utf-8")
        prevented_matches_1133.append(
            {
                "preventedMatchId": prevented_match_id_1136,
                "takerOrderId": taker_order_id_1137,
                "makerOrderId": maker_order_id_1138,
                "tradeGroupId": trade_group_id_1139,
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_1140],
                "price": decimal_text(price_1141, price_exponent_1134),
                "takerPreventedQuantity": (
                    None
                    if taker_prevented_quantity_1142 == -9223372036854775808
                    else decimal_text(taker_prevented_quantity_1142, qty_exponent_1135)
                ),
                "makerPreventedQuantity": (
                    None
                    if maker_prevented_quantity_1143 == -9223372036854775808
                    else decimal_text(maker_prevented_quantity_1143, qty_exponent_1135)
                ),
                "transactTime": (transact_time_1144 if microseconds else transact_time_1144 // 1000),
                "symbol": symbol_1145,
                "makerSymbol": maker_symbol_1147,
            }
        )
    return prevented_matches_1133


def _decode_account_allocations_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 404, `AccountAllocationsResponse`."""
    at += block
    block_1149, count_1150 = _S_HI.unpack_from(view, at)
    at += 6
    allocations_1151 = []
    for _ in range(count_1150):
        require_block(block_1149, 87)
        start = at
        at += block_1149
        (
            price_exponent_1152,
            qty_exponent_1153,
            commission_exponent_1154,
            allocation_id_1155,
            allocation_type_1156,
            order_id_1157,
            order_list_id_1158,
            source_trade_id_1159,
            source_allocation_id_1160,
            price_1161,
            qty_1162,
            quote_qty_1163,
            commission_1164,
            time_1165,
            is_buyer_1166,
            is_maker_1167,
            is_allocator_1168,
        ) = _S_bbbqBqqqqqqqqqBBB.unpack_from(view, start)
        length_1170 = view[at]
        at += 1 + length_1170
        symbol_1169 = str(view[at - length_1170 : at], "utf-8")
        length_1172 = view[at]
        at += 1 + length_1172
        commission_asset_1171 = str(view[at - length_1172 : at], "utf-8") if length_1172 else None
        length_1174 = view[at]
        at += 1 + length_1174
        source_symbol_1173 = str(view[at - length_1174 : at], "utf-8") if length_1174 else None
        allocations_1151.append(
            {
                "allocationId": allocation_id_1155,
                "allocationType": _ENUM_allocationType[allocation_type_1156],
                "orderId": order_id_1157,
                "orderListId": (-1 if order_list_id_1158 == -9223372036854775808 else order_list_id_1158),
                "sourceTradeId": (None if source_trade_id_1159 == -9223372036854775808 else source_trade_id_1159),
                "sourceAllocationId": (
                    None if source_allocation_id_1160 == -9223372036854775808 else source_allocation_id_1160
                ),
                "price": decimal_text(price_1161, price_exponent_1152),
                "qty": decimal_text(qty_1162, qty_exponent_1153),
                "quoteQty": decimal_text(quote_qty_1163, price_exponent_1152),
                "commission": (
                    None
                    if commission_1164 == -9223372036854775808
                    else decimal_text(commission_1164, commission_exponent_1154)
                ),
                "time": (time_1165 if microseconds else time_1165 // 1000),
                "isBuyer": is_buyer_1166 == 1,
                "isMaker": is_maker_1167 == 1,
                "isAllocator": is_allocator_1168 == 1,
                "symbol": symbol_1169,
                "commissionAsset": commission_asset_1171,
                "sourceSymbol": source_symbol_1173,
            }
        )
    return allocations_1151


def _decode_account_commission_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 405, `AccountCommissionResponse`."""
    (
        commission_exponent_1175,
        discount_exponent_1176,
        standard_commission_maker_1177,
        standard_commission_taker_1178,
        standard_commission_buyer_1179,
        standard_commission_seller_1180,
        tax_commission_maker_1181,
        tax_commission_taker_1182,
        tax_commission_buyer_1183,
        tax_commission_seller_1184,
        discount_enabled_for_account_1185,
        discount_enabled_for_symbol_1186,
        discount_1187,
        special_commission_maker_1188,
        special_commission_taker_1189,
        special_commission_buyer_1190,
        special_commission_seller_1191,
    ) = _S_bbqqqqqqqqBBqqqqq.unpack_from(view, at)
    at += block
    length_1193 = view[at]
    at += 1 + length_1193
    symbol_1192 = str(view[at - length_1193 : at], "utf-8")
    length_1195 = view[at]
    at += 1 + length_1195
    discount_asset_1194 = str(view[at - length_1195 : at], "utf-8") if length_1195 else None
    return {
        "standardCommission.maker": decimal_text(standard_commission_maker_1177, commission_exponent_1175),
        "standardCommission.taker": decimal_text(standard_commission_taker_1178, commission_exponent_1175),
        "standardCommission.buyer": decimal_text(standard_commission_buyer_1179, commission_exponent_1175),
        "standardCommission.seller": decimal_text(standard_commission_seller_1180, commission_exponent_1175),
        "taxCommission.maker": decimal_text(tax_commission_maker_1181, commission_exponent_1175),
        "taxCommission.taker": decimal_text(tax_commission_taker_1182, commission_exponent_1175),
        "taxCommission.buyer": decimal_text(tax_commission_buyer_1183, commission_exponent_1175),
        "taxCommission.seller": decimal_text(tax_commission_seller_1184, commission_exponent_1175),
        "discount.enabledForAccount": discount_enabled_for_account_1185 == 1,
        "discount.enabledForSymbol": discount_enabled_for_symbol_1186 == 1,
        "discount.discount": decimal_text(discount_1187, discount_exponent_1176),
        "specialCommission.maker": (
            None
            if special_commission_maker_1188 == -9223372036854775808
            else decimal_text(special_commission_maker_1188, commission_exponent_1175)
        ),
        "specialCommission.taker": (
            None
            if special_commission_taker_1189 == -9223372036854775808
            else decimal_text(special_commission_taker_1189, commission_exponent_1175)
        ),
        "specialCommission.buyer": (
            None
            if special_commission_buyer_1190 == -9223372036854775808
            else decimal_text(special_commission_buyer_1190, commission_exponent_1175)
        ),
        "specialCommission.seller": (
            None
            if special_commission_seller_1191 == -9223372036854775808
            else decimal_text(special_commission_seller_1191, commission_exponent_1175)
        ),
        "symbol": symbol_1192,
        "discount.discountAsset": discount_asset_1194,
    }


def _decode_user_data_stream_start_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 500, `UserDataStreamStartResponse`."""
    at += block
    length_1197 = view[at]
    at += 1 + length_1197
    listen_key_1196 = str(view[at - length_1197 : at], "utf-8")
    return {"listenKey": listen_key_1196}


def _decode_user_data_stream_ping_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 501, `UserDataStreamPingResponse`."""
    return {}


def _decode_user_data_stream_stop_response(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 502, `UserDataStreamStopResponse`."""
    return {}


def _decode_user_data_stream_subscribe_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 503, `UserDataStreamSubscribeResponse`."""
    (subscription_id_1198,) = _S_H.unpack_from(view, at)
    return {"subscriptionId": (None if subscription_id_1198 == 65535 else subscription_id_1198)}


def _decode_user_data_stream_unsubscribe_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 504, `UserDataStreamUnsubscribeResponse`."""
    return {}


def _decode_user_data_stream_subscribe_listen_token_response(
    view: memoryview, at: int, block: int, row: Any, microseconds: bool
) -> Any:
    """Template 505, `UserDataStreamSubscribeListenTokenResponse`."""
    subscription_id_1199, expiration_time_1200 = _S_Hq.unpack_from(view, at)
    return {
        "subscriptionId": subscription_id_1199,
        "expirationTime": (expiration_time_1200 if microseconds else expiration_time_1200 // 1000),
    }


def _decode_allocation_report_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 600, `AllocationReportEvent`."""
    (
        event_time_1201,
        transact_time_1202,
        price_exponent_1203,
        qty_exponent_1204,
        commission_exponent_1205,
        allocation_transaction_type_1206,
        allocation_report_type_1207,
        allocation_status_1208,
        side_1209,
        counter_party_role_1210,
        counter_party_external_account_id_1211,
        counter_party_order_id_1212,
        allocation_report_id_1213,
        allocation_id_1214,
        source_order_id_1215,
        source_order_list_id_1216,
        source_trade_id_1217,
        source_allocation_id_1218,
        price_1219,
        qty_1220,
        quote_qty_1221,
        commission_1222,
        subscription_id_1223,
    ) = _S_qqbbbBBBBBqqqqqqqqqqqqH.unpack_from(view, at)
    at += block
    length_1225 = view[at]
    at += 1 + length_1225
    symbol_1224 = str(view[at - length_1225 : at], "utf-8")
    length_1227 = view[at]
    at += 1 + length_1227
    commission_asset_1226 = str(view[at - length_1227 : at], "utf-8") if length_1227 else None
    length_1229 = view[at]
    at += 1 + length_1229
    source_symbol_1228 = str(view[at - length_1229 : at], "utf-8") if length_1229 else None
    return {
        "E": (event_time_1201 if microseconds else event_time_1201 // 1000),
        "T": (transact_time_1202 if microseconds else transact_time_1202 // 1000),
        "x": _ENUM_allocationTransactionType[allocation_transaction_type_1206],
        "r": _ENUM_allocationReportType[allocation_report_type_1207],
        "X": _ENUM_allocationStatus[allocation_status_1208],
        "S": _ENUM_orderSide[side_1209],
        "P": _ENUM_counterPartyRole[counter_party_role_1210],
        "h": counter_party_external_account_id_1211,
        "I": counter_party_order_id_1212,
        "R": allocation_report_id_1213,
        "a": allocation_id_1214,
        "i": source_order_id_1215,
        "g": (-1 if source_order_list_id_1216 == -9223372036854775808 else source_order_list_id_1216),
        "t": (None if source_trade_id_1217 == -9223372036854775808 else source_trade_id_1217),
        "Sa": (None if source_allocation_id_1218 == -9223372036854775808 else source_allocation_id_1218),
        "p": decimal_text(price_1219, price_exponent_1203),
        "q": decimal_text(qty_1220, qty_exponent_1204),
        "Q": decimal_text(quote_qty_1221, price_exponent_1203),
        "n": decimal_text(commission_1222, commission_exponent_1205),
        "subscriptionId": (None if subscription_id_1223 == 65535 else subscription_id_1223),
        "s": symbol_1224,
        "N": commission_asset_1226,
        "Ss": source_symbol_1228,
    }


def _decode_balance_update_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 601, `BalanceUpdateEvent`."""
    event_time_1230, clear_time_1231, qty_exponent_1232, free_qty_delta_1233, subscription_id_1234 = (
        _S_qqbqH.unpack_from(view, at)
    )
    at += block
    length_1236 = view[at]
    at += 1 + length_1236
    asset_1235 = str(view[at - length_1236 : at], "utf-8")
    return {
        "E": (event_time_1230 if microseconds else event_time_1230 // 1000),
        "T": (
            None
            if clear_time_1231 == -9223372036854775808
            else (clear_time_1231 if microseconds else clear_time_1231 // 1000)
        ),
        "d": decimal_text(free_qty_delta_1233, qty_exponent_1232),
        "subscriptionId": (None if subscription_id_1234 == 65535 else subscription_id_1234),
        "a": asset_1235,
    }


def _decode_event_stream_terminated_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 602, `EventStreamTerminatedEvent`."""
    event_time_1237, subscription_id_1238 = _S_qH.unpack_from(view, at)
    return {
        "E": (event_time_1237 if microseconds else event_time_1237 // 1000),
        "subscriptionId": (None if subscription_id_1238 == 65535 else subscription_id_1238),
    }


def _decode_execution_report_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 603, `ExecutionReportEvent`."""
    (
        event_time_1239,
        transact_time_1240,
        price_exponent_1241,
        qty_exponent_1242,
        commission_exponent_1243,
        order_creation_time_1244,
        working_time_1245,
        order_id_1246,
        order_list_id_1247,
        orig_qty_1248,
        price_1249,
        orig_quote_order_qty_1250,
        iceberg_qty_1251,
        stop_price_1252,
        order_type_1253,
        side_1254,
        time_in_force_1255,
        execution_type_1256,
        order_status_1257,
        trade_id_1258,
        execution_id_1259,
        executed_qty_1260,
        cummulative_quote_qty_1261,
        last_qty_1262,
        last_price_1263,
        quote_qty_1264,
        commission_1265,
        is_working_1266,
        is_maker_1267,
        is_best_match_1268,
        match_type_1269,
        self_trade_prevention_mode_1270,
        order_capacity_1271,
        working_floor_1272,
        used_sor_1273,
        alloc_id_1274,
        trailing_delta_1275,
        trailing_time_1276,
        trade_group_id_1277,
        prevented_qty_1278,
        last_prevented_qty_1279,
        prevented_match_id_1280,
        prevented_execution_qty_1281,
        prevented_execution_price_1282,
        prevented_execution_quote_qty_1283,
        strategy_type_1284,
        strategy_id_1285,
        counter_order_id_1286,
        subscription_id_1287,
        peg_price_type_1288,
        peg_offset_type_1289,
        peg_offset_value_1290,
        pegged_price_1291,
        expiry_reason_1292,
    ) = _S_qqbbbqqqqqqqqqBBBBBqqqqqqqqBBBBBBBBqQqqqqqqqqiqqHBBBqB.unpack_from(view, at)
    at += block
    length_1294 = view[at]
    at += 1 + length_1294
    symbol_1293 = str(view[at - length_1294 : at], "utf-8")
    length_1296 = view[at]
    at += 1 + length_1296
    client_order_id_1295 = str(view[at - length_1296 : at], "utf-8")
    length_1298 = view[at]
    at += 1 + length_1298
    orig_client_order_id_1297 = str(view[at - length_1298 : at], "utf-8") if length_1298 else ""
    length_1300 = view[at]
    at += 1 + length_1300
    commission_asset_1299 = str(view[at - length_1300 : at], "utf-8") if length_1300 else None
    length_1302 = view[at]
    at += 1 + length_1302
    reject_reason_1301 = str(view[at - length_1302 : at], "utf-8") if length_1302 else "NONE"
    length_1304 = view[at]
    at += 1 + length_1304
    counter_symbol_1303 = str(view[at - length_1304 : at], "utf-8") if length_1304 else None
    return {
        "E": (event_time_1239 if microseconds else event_time_1239 // 1000),
        "T": (transact_time_1240 if microseconds else transact_time_1240 // 1000),
        "O": (
            -1
            if order_creation_time_1244 == -9223372036854775808
            else (order_creation_time_1244 if microseconds else order_creation_time_1244 // 1000)
        ),
        "W": (
            None
            if working_time_1245 == -9223372036854775808
            else (working_time_1245 if microseconds else working_time_1245 // 1000)
        ),
        "i": order_id_1246,
        "g": (-1 if order_list_id_1247 == -9223372036854775808 else order_list_id_1247),
        "q": decimal_text(orig_qty_1248, qty_exponent_1242),
        "p": decimal_text(price_1249, price_exponent_1241),
        "Q": decimal_text(orig_quote_order_qty_1250, price_exponent_1241),
        "F": decimal_text(iceberg_qty_1251, qty_exponent_1242),
        "P": decimal_text(stop_price_1252, price_exponent_1241),
        "o": _ENUM_orderType[order_type_1253],
        "S": _ENUM_orderSide[side_1254],
        "f": _ENUM_timeInForce[time_in_force_1255],
        "x": _ENUM_executionType[execution_type_1256],
        "X": _ENUM_orderStatus[order_status_1257],
        "t": (-1 if trade_id_1258 == -9223372036854775808 else trade_id_1258),
        "I": execution_id_1259,
        "z": decimal_text(executed_qty_1260, qty_exponent_1242),
        "Z": decimal_text(cummulative_quote_qty_1261, price_exponent_1241),
        "l": decimal_text(last_qty_1262, qty_exponent_1242),
        "L": decimal_text(last_price_1263, price_exponent_1241),
        "Y": decimal_text(quote_qty_1264, price_exponent_1241),
        "n": decimal_text(commission_1265, commission_exponent_1243),
        "w": is_working_1266 == 1,
        "m": is_maker_1267 == 1,
        "M": is_best_match_1268 == 1,
        "b": _ENUM_matchType[match_type_1269],
        "V": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_1270],
        "y": _ENUM_orderCapacity[order_capacity_1271],
        "k": _ENUM_floor[working_floor_1272],
        "uS": used_sor_1273 == 1,
        "a": (None if alloc_id_1274 == -9223372036854775808 else alloc_id_1274),
        "d": (None if trailing_delta_1275 == 18446744073709551615 else trailing_delta_1275),
        "D": (
            None
            if trailing_time_1276 == -9223372036854775808
            else (trailing_time_1276 if microseconds else trailing_time_1276 // 1000)
        ),
        "u": (None if trade_group_id_1277 == -9223372036854775808 else trade_group_id_1277),
        "A": decimal_text(prevented_qty_1278, qty_exponent_1242),
        "B": (
            None
            if last_prevented_qty_1279 == -9223372036854775808
            else decimal_text(last_prevented_qty_1279, qty_exponent_1242)
        ),
        "v": (None if prevented_match_id_1280 == -9223372036854775808 else prevented_match_id_1280),
        "pl": (
            None
            if prevented_execution_qty_1281 == -9223372036854775808
            else decimal_text(prevented_execution_qty_1281, qty_exponent_1242)
        ),
        "pL": (
            None
            if prevented_execution_price_1282 == -9223372036854775808
            else decimal_text(prevented_execution_price_1282, price_exponent_1241)
        ),
        "pY": (
            None
            if prevented_execution_quote_qty_1283 == -9223372036854775808
            else decimal_text(prevented_execution_quote_qty_1283, price_exponent_1241)
        ),
        "J": (None if strategy_type_1284 == -2147483648 else strategy_type_1284),
        "j": (None if strategy_id_1285 == -9223372036854775808 else strategy_id_1285),
        "U": (None if counter_order_id_1286 == -9223372036854775808 else counter_order_id_1286),
        "subscriptionId": (None if subscription_id_1287 == 65535 else subscription_id_1287),
        "gP": (None if peg_price_type_1288 == 255 else _ENUM_pegPriceType[peg_price_type_1288]),
        "gOT": (None if peg_offset_type_1289 == 255 else _ENUM_pegOffsetType[peg_offset_type_1289]),
        "gOV": (None if peg_offset_value_1290 == 255 else peg_offset_value_1290),
        "gp": (
            None if pegged_price_1291 == -9223372036854775808 else decimal_text(pegged_price_1291, price_exponent_1241)
        ),
        "eR": (None if expiry_reason_1292 == 255 else _ENUM_expiryReason[expiry_reason_1292]),
        "s": symbol_1293,
        "c": client_order_id_1295,
        "C": orig_client_order_id_1297,
        "N": commission_asset_1299,
        "r": reject_reason_1301,
        "Cs": counter_symbol_1303,
    }


def _decode_external_lock_update_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 604, `ExternalLockUpdateEvent`."""
    event_time_1305, clear_time_1306, qty_exponent_1307, locked_qty_delta_1308, subscription_id_1309 = (
        _S_qqbqH.unpack_from(view, at)
    )
    at += block
    length_1311 = view[at]
    at += 1 + length_1311
    asset_1310 = str(view[at - length_1311 : at], "utf-8")
    return {
        "E": (event_time_1305 if microseconds else event_time_1305 // 1000),
        "T": (clear_time_1306 if microseconds else clear_time_1306 // 1000),
        "d": decimal_text(locked_qty_delta_1308, qty_exponent_1307),
        "subscriptionId": (None if subscription_id_1309 == 65535 else subscription_id_1309),
        "a": asset_1310,
    }


def _decode_list_status_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 606, `ListStatusEvent`."""
    (
        event_time_1312,
        transact_time_1313,
        order_list_id_1314,
        contingency_type_1315,
        list_status_type_1316,
        list_order_status_1317,
        subscription_id_1318,
    ) = _S_qqqBBBH.unpack_from(view, at)
    at += block
    block_1319, count_1320 = _S_HH.unpack_from(view, at)
    at += 4
    orders_1321 = []
    for _ in range(count_1320):
        require_block(block_1319, 8)
        start = at
        at += block_1319
        (order_id_1322,) = _S_q.unpack_from(view, start)
        length_1324 = view[at]
        at += 1 + length_1324
        symbol_1323 = str(view[at - length_1324 : at], "utf-8")
        length_1326 = view[at]
        at += 1 + length_1326
        client_order_id_1325 = str(view[at - length_1326 : at], "utf-8")
        orders_1321.append({"i": order_id_1322, "s": symbol_1323, "c": client_order_id_1325})
    length_1328 = view[at]
    at += 1 + length_1328
    symbol_1327 = str(view[at - length_1328 : at], "utf-8")
    length_1330 = view[at]
    at += 1 + length_1330
    list_client_order_id_1329 = str(view[at - length_1330 : at], "utf-8")
    length_1332 = view[at]
    at += 1 + length_1332
    reject_reason_1331 = str(view[at - length_1332 : at], "utf-8") if length_1332 else "NONE"
    return {
        "E": (event_time_1312 if microseconds else event_time_1312 // 1000),
        "T": (transact_time_1313 if microseconds else transact_time_1313 // 1000),
        "g": order_list_id_1314,
        "c": _ENUM_contingencyType[contingency_type_1315],
        "l": _ENUM_listStatusType[list_status_type_1316],
        "L": _ENUM_listOrderStatus[list_order_status_1317],
        "subscriptionId": (None if subscription_id_1318 == 65535 else subscription_id_1318),
        "O": orders_1321,
        "s": symbol_1327,
        "C": list_client_order_id_1329,
        "r": reject_reason_1331,
    }


def _decode_outbound_account_position_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 607, `OutboundAccountPositionEvent`."""
    event_time_1333, update_time_1334, subscription_id_1335 = _S_qqH.unpack_from(view, at)
    at += block
    block_1336, count_1337 = _S_HI.unpack_from(view, at)
    at += 6
    balances_1338 = []
    for _ in range(count_1337):
        require_block(block_1336, 17)
        start = at
        at += block_1336
        exponent_1339, free_1340, locked_1341 = _S_bqq.unpack_from(view, start)
        length_1343 = view[at]
        at += 1 + length_1343
        asset_1342 = str(view[at - length_1343 : at], "utf-8")
        balances_1338.append(
            {
                "f": decimal_text(free_1340, exponent_1339),
                "l": decimal_text(locked_1341, exponent_1339),
                "a": asset_1342,
            }
        )
    return {
        "E": (event_time_1333 if microseconds else event_time_1333 // 1000),
        "u": (update_time_1334 if microseconds else update_time_1334 // 1000),
        "subscriptionId": (None if subscription_id_1335 == 65535 else subscription_id_1335),
        "B": balances_1338,
    }


def _decode_server_shutdown_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 610, `ServerShutdownEvent`."""
    (event_time_1344,) = _S_q.unpack_from(view, at)
    return {"E": (event_time_1344 if microseconds else event_time_1344 // 1000)}


def _decode_non_representable_message(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 999, `NonRepresentableMessage`."""
    return {}


SCHEMA = SbeSchema(
    3,
    5,
    {
        1: ("PriceFilter", 25, _decode_price_filter),
        2: ("PercentPriceFilter", 21, _decode_percent_price_filter),
        3: ("PercentPriceBySideFilter", 37, _decode_percent_price_by_side_filter),
        4: ("LotSizeFilter", 25, _decode_lot_size_filter),
        5: ("MinNotionalFilter", 14, _decode_min_notional_filter),
        6: ("NotionalFilter", 23, _decode_notional_filter),
        7: ("IcebergPartsFilter", 8, _decode_iceberg_parts_filter),
        8: ("MarketLotSizeFilter", 25, _decode_market_lot_size_filter),
        9: ("MaxNumOrdersFilter", 8, _decode_max_num_orders_filter),
        10: ("MaxNumAlgoOrdersFilter", 8, _decode_max_num_algo_orders_filter),
        11: ("MaxNumIcebergOrdersFilter", 8, _decode_max_num_iceberg_orders_filter),
        12: ("MaxPositionFilter", 9, _decode_max_position_filter),
        13: ("TrailingDeltaFilter", 32, _decode_trailing_delta_filter),
        14: ("TPlusSellFilter", 8, _decode_t_plus_sell_filter),
        18: ("MaxNumOrderListsFilter", 8, _decode_max_num_order_lists_filter),
        20: ("MaxNumOrderAmendsFilter", 8, _decode_max_num_order_amends_filter),
        15: ("ExchangeMaxNumOrdersFilter", 8, _decode_exchange_max_num_orders_filter),
        16: ("ExchangeMaxNumAlgoOrdersFilter", 8, _decode_exchange_max_num_algo_orders_filter),
        17: ("ExchangeMaxNumIcebergOrdersFilter", 8, _decode_exchange_max_num_iceberg_orders_filter),
        19: ("ExchangeMaxNumOrderListsFilter", 8, _decode_exchange_max_num_order_lists_filter),
        21: ("MaxAssetFilter", 9, _decode_max_asset_filter),
        22: ("PriceRangeExecutionRule", 33, _decode_price_range_execution_rule),
        50: ("WebSocketResponse", 3, _decode_web_socket_response),
        51: ("WebSocketSessionLogonResponse", 26, _decode_web_socket_session_logon_response),
        52: ("WebSocketSessionStatusResponse", 26, _decode_web_socket_session_status_response),
        53: ("WebSocketSessionLogoutResponse", 26, _decode_web_socket_session_logout_response),
        54: ("WebSocketSessionSubscriptionsResponse", 0, _decode_web_socket_session_subscriptions_response),
        100: ("ErrorResponse", 18, _decode_error_response),
        101: ("PingResponse", 0, _decode_ping_response),
        102: ("ServerTimeResponse", 8, _decode_server_time_response),
        103: ("ExchangeInfoResponse", 0, _decode_exchange_info_response),
        104: ("ExecutionRulesResponse", 0, _decode_execution_rules_response),
        105: ("MyFiltersResponse", 0, _decode_my_filters_response),
        200: ("DepthResponse", 10, _decode_depth_response),
        201: ("TradesResponse", 2, _decode_trades_response),
        202: ("AggTradesResponse", 2, _decode_agg_trades_response),
        203: ("KlinesResponse", 2, _decode_klines_response),
        204: ("AveragePriceResponse", 25, _decode_average_price_response),
        205: ("Ticker24hSymbolFullResponse", 182, _decode_ticker24h_symbol_full_response),
        206: ("Ticker24hFullResponse", 0, _decode_ticker24h_full_response),
        207: ("Ticker24hSymbolMiniResponse", 106, _decode_ticker24h_symbol_mini_response),
        208: ("Ticker24hMiniResponse", 0, _decode_ticker24h_mini_response),
        209: ("PriceTickerSymbolResponse", 9, _decode_price_ticker_symbol_response),
        210: ("PriceTickerResponse", 0, _decode_price_ticker_response),
        211: ("BookTickerSymbolResponse", 34, _decode_book_ticker_symbol_response),
        212: ("BookTickerResponse", 0, _decode_book_ticker_response),
        213: ("TickerSymbolFullResponse", 126, _decode_ticker_symbol_full_response),
        214: ("TickerFullResponse", 0, _decode_ticker_full_response),
        215: ("TickerSymbolMiniResponse", 106, _decode_ticker_symbol_mini_response),
        216: ("TickerMiniResponse", 0, _decode_ticker_mini_response),
        217: ("ReferencePriceResponse", 17, _decode_reference_price_response),
        218: ("ReferencePriceCalculationResponse", 17, _decode_reference_price_calculation_response),
        219: ("BlockTradesResponse", 2, _decode_block_trades_response),
        300: ("NewOrderAckResponse", 24, _decode_new_order_ack_response),
        301: ("NewOrderResultResponse", 154, _decode_new_order_result_response),
        302: ("NewOrderFullResponse", 154, _decode_new_order_full_response),
        303: ("OrderTestResponse", 0, _decode_order_test_response),
        304: ("OrderResponse", 163, _decode_order_response),
        305: ("CancelOrderResponse", 137, _decode_cancel_order_response),
        306: ("CancelOpenOrdersResponse", 0, _decode_cancel_open_orders_response),
        307: ("CancelReplaceOrderResponse", 2, _decode_cancel_replace_order_response),
        308: ("OrdersResponse", 0, _decode_orders_response),
        309: ("NewOrderListAckResponse", 19, _decode_new_order_list_ack_response),
        310: ("NewOrderListResultResponse", 21, _decode_new_order_list_result_response),
        311: ("NewOrderListFullResponse", 21, _decode_new_order_list_full_response),
        312: ("CancelOrderListResponse", 21, _decode_cancel_order_list_response),
        313: ("OrderListResponse", 19, _decode_order_list_response),
        314: ("OrderListsResponse", 0, _decode_order_lists_response),
        315: ("OrderTestWithCommissionsResponse", 60, _decode_order_test_with_commissions_response),
        316: ("OrderAmendmentsResponse", 0, _decode_order_amendments_response),
        317: ("OrderAmendKeepPriorityResponse", 145, _decode_order_amend_keep_priority_response),
        400: ("AccountResponse", 64, _decode_account_response),
        401: ("AccountTradesResponse", 0, _decode_account_trades_response),
        402: ("AccountOrderRateLimitResponse", 0, _decode_account_order_rate_limit_response),
        403: ("AccountPreventedMatchesResponse", 0, _decode_account_prevented_matches_response),
        404: ("AccountAllocationsResponse", 0, _decode_account_allocations_response),
        405: ("AccountCommissionResponse", 108, _decode_account_commission_response),
        500: ("UserDataStreamStartResponse", 0, _decode_user_data_stream_start_response),
        501: ("UserDataStreamPingResponse", 0, _decode_user_data_stream_ping_response),
        502: ("UserDataStreamStopResponse", 0, _decode_user_data_stream_stop_response),
        503: ("UserDataStreamSubscribeResponse", 2, _decode_user_data_stream_subscribe_response),
        504: ("UserDataStreamUnsubscribeResponse", 0, _decode_user_data_stream_unsubscribe_response),
        505: (
            "UserDataStreamSubscribeListenTokenResponse",
            10,
            _decode_user_data_stream_subscribe_listen_token_response,
        ),
        600: ("AllocationReportEvent", 122, _decode_allocation_report_event),
        601: ("BalanceUpdateEvent", 27, _decode_balance_update_event),
        602: ("EventStreamTerminatedEvent", 10, _decode_event_stream_terminated_event),
        603: ("ExecutionReportEvent", 282, _decode_execution_report_event),
        604: ("ExternalLockUpdateEvent", 27, _decode_external_lock_update_event),
        606: ("ListStatusEvent", 29, _decode_list_status_event),
        607: ("OutboundAccountPositionEvent", 18, _decode_outbound_account_position_event),
        610: ("ServerShutdownEvent", 8, _decode_server_shutdown_event),
        999: ("NonRepresentableMessage", 0, _decode_non_representable_message),
    },
    deprecated=PROD_DEPRECATED,
    retired=PROD_RETIRED,
)
