"""SBE decoders for schema 3:5 (spot_3_5.xml).

Each function reads one message and returns the data its JSON answer holds.
Generated from spec/ by `python -m generator`; do not edit."""

from typing import Any

from .signing._sbe import SbeSchema, decimal_text, float_text, require_block, rows, set_values, struct_of

SCHEMA_ID = 3
SCHEMA_VERSION = 5
PROD_DEPRECATED = ((3, 2), (3, 3), (3, 4))
PROD_RETIRED = ((1, 0), (2, 0), (2, 1), (3, 0), (3, 1))
TESTNET_DEPRECATED = ((3, 2), (3, 3), (3, 4))
TESTNET_RETIRED = ((1, 0), (2, 0), (2, 1), (3, 0), (3, 1))

_ENUM_accountType: dict[int, Any] = {0: "SPOT", 2: "UNKNOWN", 254: "NON_REPRESENTABLE"}
_ENUM_allocationReportType: dict[int, Any] = {1: "Accept", 254: "NON_REPRESENTABLE"}
_ENUM_allocationStatus: dict[int, Any] = {1: "Accepted", 254: "NON_REPRESENTABLE"}
_ENUM_allocationTransactionType: dict[int, Any] = {1: "New", 254: "NON_REPRESENTABLE"}
_ENUM_allocationType: dict[int, Any] = {0: "UNKNOWN", 2: "SOR", 254: "NON_REPRESENTABLE"}
_ENUM_boolEnum: dict[int, Any] = {0: False, 1: True}
_ENUM_calculationType: dict[int, Any] = {1: "EXTERNAL", 2: "ARITHMETIC_MEAN", 254: "NON_REPRESENTABLE"}
_ENUM_cancelReplaceStatus: dict[int, Any] = {0: "SUCCESS", 1: "FAILURE", 2: "NOT_ATTEMPTED", 254: "NON_REPRESENTABLE"}
_ENUM_commissionType: dict[int, Any] = {
    0: "RECV_ASSET",
    1: "QUOTE_ASSET",
    2: "GAS_OR_RECV_STRICT",
    3: "GAS_OR_RECV_OPTIONAL",
    254: "NON_REPRESENTABLE",
}
_ENUM_contingencyType: dict[int, Any] = {1: "OCO", 2: "OTO", 254: "NON_REPRESENTABLE"}
_ENUM_counterPartyRole: dict[int, Any] = {1: "Client", 254: "NON_REPRESENTABLE"}
_ENUM_executionRuleType: dict[int, Any] = {1: "PRICE_RANGE", 254: "NON_REPRESENTABLE"}
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
}
_ENUM_externalSettlementSide: dict[int, Any] = {0: "DEBIT", 1: "CREDIT", 254: "NON_REPRESENTABLE"}
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
}
_ENUM_floor: dict[int, Any] = {1: "EXCHANGE", 2: "BROKER", 3: "SOR", 254: "NON_REPRESENTABLE"}
_ENUM_listOrderStatus: dict[int, Any] = {
    0: "CANCELING",
    1: "EXECUTING",
    2: "ALL_DONE",
    3: "REJECT",
    254: "NON_REPRESENTABLE",
}
_ENUM_listStatusType: dict[int, Any] = {
    0: "RESPONSE",
    1: "EXEC_STARTED",
    2: "ALL_DONE",
    3: "UPDATED",
    254: "NON_REPRESENTABLE",
}
_ENUM_matchType: dict[int, Any] = {1: "AUTO_MATCH", 2: "ONE_PARTY_TRADE_REPORT", 254: "NON_REPRESENTABLE"}
_ENUM_orderCapacity: dict[int, Any] = {1: "PRINCIPAL", 2: "AGENCY", 254: "NON_REPRESENTABLE"}
_ENUM_orderSide: dict[int, Any] = {0: "BUY", 1: "SELL", 254: "NON_REPRESENTABLE"}
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
}
_ENUM_pegOffsetType: dict[int, Any] = {1: "PRICE_LEVEL", 254: "NON_REPRESENTABLE"}
_ENUM_pegPriceType: dict[int, Any] = {1: "PRIMARY_PEG", 2: "MARKET_PEG", 254: "NON_REPRESENTABLE"}
_ENUM_rateLimitInterval: dict[int, Any] = {0: "SECOND", 1: "MINUTE", 2: "HOUR", 3: "DAY", 254: "NON_REPRESENTABLE"}
_ENUM_rateLimitType: dict[int, Any] = {
    0: "RAW_REQUESTS",
    1: "CONNECTIONS",
    2: "REQUEST_WEIGHT",
    3: "ORDERS",
    254: "NON_REPRESENTABLE",
}
_ENUM_selfTradePreventionMode: dict[int, Any] = {
    1: "NONE",
    2: "EXPIRE_TAKER",
    3: "EXPIRE_MAKER",
    4: "EXPIRE_BOTH",
    5: "DECREMENT",
    6: "TRANSFER",
    254: "NON_REPRESENTABLE",
}
_ENUM_symbolStatus: dict[int, Any] = {
    0: "TRADING",
    1: "END_OF_DAY",
    2: "HALT",
    3: "BREAK",
    4: "CANCEL_ONLY",
    254: "NON_REPRESENTABLE",
}
_ENUM_timeInForce: dict[int, Any] = {0: "GTC", 1: "IOC", 2: "FOK", 254: "NON_REPRESENTABLE"}
_ENUM_tradeType: dict[int, Any] = {0: "BLOCK_TRADE", 254: "NON_REPRESENTABLE"}
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
_S_B = struct_of("<B")
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


def _decode_price_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 1, `PriceFilter`."""
    price_exponent_1, min_price_2, max_price_3, tick_size_4 = _S_bqqq.unpack_from(view, at)
    return {
        "filterType": "PRICE_FILTER",
        "minPrice": decimal_text(min_price_2, price_exponent_1),
        "maxPrice": decimal_text(max_price_3, price_exponent_1),
        "tickSize": decimal_text(tick_size_4, price_exponent_1),
    }


def _decode_percent_price_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 2, `PercentPriceFilter`."""
    multiplier_exponent_5, multiplier_up_6, multiplier_down_7, avg_price_mins_8 = _S_bqqi.unpack_from(view, at)
    return {
        "filterType": "PERCENT_PRICE",
        "multiplierUp": decimal_text(multiplier_up_6, multiplier_exponent_5),
        "multiplierDown": decimal_text(multiplier_down_7, multiplier_exponent_5),
        "avgPriceMins": avg_price_mins_8,
    }


def _decode_percent_price_by_side_filter(view: memoryview, at: int, block: int) -> Any:
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


def _decode_lot_size_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 4, `LotSizeFilter`."""
    qty_exponent_15, min_qty_16, max_qty_17, step_size_18 = _S_bqqq.unpack_from(view, at)
    return {
        "filterType": "LOT_SIZE",
        "minQty": decimal_text(min_qty_16, qty_exponent_15),
        "maxQty": decimal_text(max_qty_17, qty_exponent_15),
        "stepSize": decimal_text(step_size_18, qty_exponent_15),
    }


def _decode_min_notional_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 5, `MinNotionalFilter`."""
    price_exponent_19, min_notional_20, apply_to_market_21, avg_price_mins_22 = _S_bqBi.unpack_from(view, at)
    return {
        "filterType": "MIN_NOTIONAL",
        "minNotional": decimal_text(min_notional_20, price_exponent_19),
        "applyToMarket": apply_to_market_21 == 1,
        "avgPriceMins": avg_price_mins_22,
    }


def _decode_notional_filter(view: memoryview, at: int, block: int) -> Any:
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


def _decode_iceberg_parts_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 7, `IcebergPartsFilter`."""
    (filter_limit_29,) = _S_q.unpack_from(view, at)
    return {"filterType": "ICEBERG_PARTS", "limit": filter_limit_29}


def _decode_market_lot_size_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 8, `MarketLotSizeFilter`."""
    qty_exponent_30, min_qty_31, max_qty_32, step_size_33 = _S_bqqq.unpack_from(view, at)
    return {
        "filterType": "MARKET_LOT_SIZE",
        "minQty": decimal_text(min_qty_31, qty_exponent_30),
        "maxQty": decimal_text(max_qty_32, qty_exponent_30),
        "stepSize": decimal_text(step_size_33, qty_exponent_30),
    }


def _decode_max_num_orders_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 9, `MaxNumOrdersFilter`."""
    (max_num_orders_34,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": max_num_orders_34}


def _decode_max_num_algo_orders_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 10, `MaxNumAlgoOrdersFilter`."""
    (max_num_algo_orders_35,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": max_num_algo_orders_35}


def _decode_max_num_iceberg_orders_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 11, `MaxNumIcebergOrdersFilter`."""
    (max_num_iceberg_orders_36,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ICEBERG_ORDERS", "maxNumIcebergOrders": max_num_iceberg_orders_36}


def _decode_max_position_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 12, `MaxPositionFilter`."""
    qty_exponent_37, max_position_38 = _S_bq.unpack_from(view, at)
    return {"filterType": "MAX_POSITION", "maxPosition": decimal_text(max_position_38, qty_exponent_37)}


def _decode_trailing_delta_filter(view: memoryview, at: int, block: int) -> Any:
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


def _decode_t_plus_sell_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 14, `TPlusSellFilter`."""
    (end_time_43,) = _S_q.unpack_from(view, at)
    return {
        "filterType": "T_PLUS_SELL",
        "endTime": (-1 if end_time_43 == -9223372036854775808 else end_time_43 // 1000),
    }


def _decode_max_num_order_lists_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 18, `MaxNumOrderListsFilter`."""
    (max_num_order_lists_44,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ORDER_LISTS", "maxNumOrderLists": max_num_order_lists_44}


def _decode_max_num_order_amends_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 20, `MaxNumOrderAmendsFilter`."""
    (max_num_order_amends_45,) = _S_q.unpack_from(view, at)
    return {"filterType": "MAX_NUM_ORDER_AMENDS", "maxNumOrderAmends": max_num_order_amends_45}


def _decode_exchange_max_num_orders_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 15, `ExchangeMaxNumOrdersFilter`."""
    (max_num_orders_46,) = _S_q.unpack_from(view, at)
    return {"filterType": "EXCHANGE_MAX_NUM_ORDERS", "maxNumOrders": max_num_orders_46}


def _decode_exchange_max_num_algo_orders_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 16, `ExchangeMaxNumAlgoOrdersFilter`."""
    (max_num_algo_orders_47,) = _S_q.unpack_from(view, at)
    return {"filterType": "EXCHANGE_MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": max_num_algo_orders_47}


def _decode_exchange_max_num_iceberg_orders_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 17, `ExchangeMaxNumIcebergOrdersFilter`."""
    (max_num_iceberg_orders_48,) = _S_q.unpack_from(view, at)
    return {"filterType": "EXCHANGE_MAX_NUM_ICEBERG_ORDERS", "maxNumIcebergOrders": max_num_iceberg_orders_48}


def _decode_exchange_max_num_order_lists_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 19, `ExchangeMaxNumOrderListsFilter`."""
    (max_num_order_lists_49,) = _S_q.unpack_from(view, at)
    return {"filterType": "EXCHANGE_MAX_NUM_ORDER_LISTS", "maxNumOrderLists": max_num_order_lists_49}


def _decode_max_asset_filter(view: memoryview, at: int, block: int) -> Any:
    """Template 21, `MaxAssetFilter`."""
    qty_exponent_50, max_qty_51 = _S_bq.unpack_from(view, at)
    at += block
    (length_53,) = _S_B.unpack_from(view, at)
    at += 1 + length_53
    asset_52 = str(view[at - length_53 : at], "utf-8")
    return {"filterType": "MAX_ASSET", "limit": decimal_text(max_qty_51, qty_exponent_50), "asset": asset_52}


def _decode_price_range_execution_rule(view: memoryview, at: int, block: int) -> Any:
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


def _decode_web_socket_response(view: memoryview, at: int, block: int) -> Any:
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
    (length_70,) = _S_B.unpack_from(view, at)
    at += 1 + length_70
    id_69 = str(view[at - length_70 : at], "utf-8")
    (length_72,) = _S_I.unpack_from(view, at)
    at += 4 + length_72
    result_71 = decode_embedded(view[at - length_72 : at])
    return {
        "sbeSchemaIdVersionDeprecated": sbe_schema_id_version_deprecated_59 == 1,
        "status": status_60,
        "rateLimits": rate_limits_63,
        "id": id_69,
        "result": result_71,
    }


def _decode_web_socket_session_logon_response(view: memoryview, at: int, block: int) -> Any:
    """Template 51, `WebSocketSessionLogonResponse`."""
    authorized_since_73, connected_since_74, return_rate_limits_75, server_time_76, user_data_stream_77 = (
        _S_qqBqB.unpack_from(view, at)
    )
    at += block
    (length_79,) = _S_H.unpack_from(view, at)
    at += 2 + length_79
    logged_on_api_key_78 = str(view[at - length_79 : at], "utf-8")
    return {
        "authorizedSince": authorized_since_73 // 1000,
        "connectedSince": connected_since_74 // 1000,
        "returnRateLimits": return_rate_limits_75 == 1,
        "serverTime": server_time_76 // 1000,
        "userDataStream": (None if user_data_stream_77 == 255 else user_data_stream_77 == 1),
        "apiKey": logged_on_api_key_78,
    }


def _decode_web_socket_session_status_response(view: memoryview, at: int, block: int) -> Any:
    """Template 52, `WebSocketSessionStatusResponse`."""
    authorized_since_80, connected_since_81, return_rate_limits_82, server_time_83, user_data_stream_84 = (
        _S_qqBqB.unpack_from(view, at)
    )
    at += block
    (length_86,) = _S_H.unpack_from(view, at)
    at += 2 + length_86
    logged_on_api_key_85 = str(view[at - length_86 : at], "utf-8") if length_86 else None
    return {
        "authorizedSince": (None if authorized_since_80 == -9223372036854775808 else authorized_since_80 // 1000),
        "connectedSince": connected_since_81 // 1000,
        "returnRateLimits": return_rate_limits_82 == 1,
        "serverTime": server_time_83 // 1000,
        "userDataStream": (None if user_data_stream_84 == 255 else user_data_stream_84 == 1),
        "apiKey": logged_on_api_key_85,
    }


def _decode_web_socket_session_logout_response(view: memoryview, at: int, block: int) -> Any:
    """Template 53, `WebSocketSessionLogoutResponse`."""
    authorized_since_87, connected_since_88, return_rate_limits_89, server_time_90, user_data_stream_91 = (
        _S_qqBqB.unpack_from(view, at)
    )
    at += block
    (length_93,) = _S_H.unpack_from(view, at)
    at += 2 + length_93
    logged_on_api_key_92 = str(view[at - length_93 : at], "utf-8") if length_93 else None
    return {
        "authorizedSince": (None if authorized_since_87 == -9223372036854775808 else authorized_since_87 // 1000),
        "connectedSince": connected_since_88 // 1000,
        "returnRateLimits": return_rate_limits_89 == 1,
        "serverTime": server_time_90 // 1000,
        "userDataStream": (None if user_data_stream_91 == 255 else user_data_stream_91 == 1),
        "apiKey": logged_on_api_key_92,
    }


def _decode_web_socket_session_subscriptions_response(view: memoryview, at: int, block: int) -> Any:
    """Template 54, `WebSocketSessionSubscriptionsResponse`."""
    at += block
    block_94, count_95 = _S_HI.unpack_from(view, at)
    at += 6
    subscriptions_96 = [
        {
            "subscriptionId": subscription_id_97,
            "expirationTime": (None if expiration_time_98 == -9223372036854775808 else expiration_time_98 // 1000),
        }
        for subscription_id_97, expiration_time_98 in rows(_S_Hq, view, at, block_94, count_95, 10)
    ]
    at += block_94 * count_95
    return {"subscriptions": subscriptions_96}


def _decode_error_response(view: memoryview, at: int, block: int) -> Any:
    """Template 100, `ErrorResponse`."""
    code_99, server_time_100, retry_after_101 = _S_hqq.unpack_from(view, at)
    at += block
    (length_103,) = _S_H.unpack_from(view, at)
    at += 2 + length_103
    msg_102 = str(view[at - length_103 : at], "utf-8")
    (length_105,) = _S_I.unpack_from(view, at)
    at += 4 + length_105
    data_104 = decode_embedded(view[at - length_105 : at]) if length_105 else None
    return {
        "code": code_99,
        "serverTime": (None if server_time_100 == -9223372036854775808 else server_time_100 // 1000),
        "retryAfter": (None if retry_after_101 == -9223372036854775808 else retry_after_101 // 1000),
        "msg": msg_102,
        "data": data_104,
    }


def _decode_ping_response(view: memoryview, at: int, block: int) -> Any:
    """Template 101, `PingResponse`."""
    return {}


def _decode_server_time_response(view: memoryview, at: int, block: int) -> Any:
    """Template 102, `ServerTimeResponse`."""
    (server_time_106,) = _S_q.unpack_from(view, at)
    return {"serverTime": server_time_106 // 1000}


def _decode_exchange_info_response(view: memoryview, at: int, block: int) -> Any:
    """Template 103, `ExchangeInfoResponse`."""
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
        (length_118,) = _S_B.unpack_from(view, at)
        at += 1 + length_118
        filter_117 = decode_embedded(view[at - length_118 : at])
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
            (length_144,) = _S_B.unpack_from(view, at)
            at += 1 + length_144
            filter_143 = decode_embedded(view[at - length_144 : at])
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
                (length_152,) = _S_B.unpack_from(view, at)
                at += 1 + length_152
                permission_151 = str(view[at - length_152 : at], "utf-8")
                permissions_150.append(permission_151)
            permission_sets_147.append(permissions_150)
        (length_154,) = _S_B.unpack_from(view, at)
        at += 1 + length_154
        symbol_153 = str(view[at - length_154 : at], "utf-8")
        (length_156,) = _S_B.unpack_from(view, at)
        at += 1 + length_156
        base_asset_155 = str(view[at - length_156 : at], "utf-8")
        (length_158,) = _S_B.unpack_from(view, at)
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
            (length_166,) = _S_B.unpack_from(view, at)
            at += 1 + length_166
            symbol_165 = str(view[at - length_166 : at], "utf-8")
            sor_symbols_164.append(symbol_165)
        (length_168,) = _S_B.unpack_from(view, at)
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


def _decode_execution_rules_response(view: memoryview, at: int, block: int) -> Any:
    """Template 104, `ExecutionRulesResponse`."""
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
            (length_176,) = _S_B.unpack_from(view, at)
            at += 1 + length_176
            rule_175 = decode_embedded(view[at - length_176 : at])
            rules_174.append(rule_175)
        (length_178,) = _S_B.unpack_from(view, at)
        at += 1 + length_178
        symbol_177 = str(view[at - length_178 : at], "utf-8")
        symbol_rules_171.append({"rules": rules_174, "symbol": symbol_177})
    return {"symbolRules": symbol_rules_171}


def _decode_my_filters_response(view: memoryview, at: int, block: int) -> Any:
    """Template 105, `MyFiltersResponse`."""
    at += block
    block_179, count_180 = _S_HI.unpack_from(view, at)
    at += 6
    exchange_filters_181 = []
    for _ in range(count_180):
        at += block_179
        (length_183,) = _S_B.unpack_from(view, at)
        at += 1 + length_183
        filter_182 = decode_embedded(view[at - length_183 : at])
        exchange_filters_181.append(filter_182)
    block_184, count_185 = _S_HI.unpack_from(view, at)
    at += 6
    symbol_filters_186 = []
    for _ in range(count_185):
        at += block_184
        (length_188,) = _S_B.unpack_from(view, at)
        at += 1 + length_188
        filter_187 = decode_embedded(view[at - length_188 : at])
        symbol_filters_186.append(filter_187)
    block_189, count_190 = _S_HI.unpack_from(view, at)
    at += 6
    asset_filters_191 = []
    for _ in range(count_190):
        at += block_189
        (length_193,) = _S_B.unpack_from(view, at)
        at += 1 + length_193
        filter_192 = decode_embedded(view[at - length_193 : at])
        asset_filters_191.append(filter_192)
    return {
        "exchangeFilters": exchange_filters_181,
        "symbolFilters": symbol_filters_186,
        "assetFilters": asset_filters_191,
    }


def _decode_depth_response(view: memoryview, at: int, block: int) -> Any:
    """Template 200, `DepthResponse`."""
    last_update_id_194, price_exponent_195, qty_exponent_196 = _S_qbb.unpack_from(view, at)
    at += block
    block_197, count_198 = _S_HI.unpack_from(view, at)
    at += 6
    bids_199 = [
        [decimal_text(price_200, price_exponent_195), decimal_text(qty_201, qty_exponent_196)]
        for price_200, qty_201 in rows(_S_qq, view, at, block_197, count_198, 16)
    ]
    at += block_197 * count_198
    block_202, count_203 = _S_HI.unpack_from(view, at)
    at += 6
    asks_204 = [
        [decimal_text(price_205, price_exponent_195), decimal_text(qty_206, qty_exponent_196)]
        for price_205, qty_206 in rows(_S_qq, view, at, block_202, count_203, 16)
    ]
    at += block_202 * count_203
    return {"lastUpdateId": last_update_id_194, "bids": bids_199, "asks": asks_204}


def _decode_trades_response(view: memoryview, at: int, block: int) -> Any:
    """Template 201, `TradesResponse`."""
    price_exponent_207, qty_exponent_208 = _S_bb.unpack_from(view, at)
    at += block
    block_209, count_210 = _S_HI.unpack_from(view, at)
    at += 6
    trades_211 = [
        {
            "id": id_212,
            "price": decimal_text(price_213, price_exponent_207),
            "qty": decimal_text(qty_214, qty_exponent_208),
            "quoteQty": decimal_text(quote_qty_215, price_exponent_207),
            "time": time_216 // 1000,
            "isBuyerMaker": is_buyer_maker_217 == 1,
            "isBestMatch": is_best_match_218 == 1,
        }
        for id_212, price_213, qty_214, quote_qty_215, time_216, is_buyer_maker_217, is_best_match_218 in rows(
            _S_qqqqqBB, view, at, block_209, count_210, 42
        )
    ]
    at += block_209 * count_210
    return trades_211


def _decode_agg_trades_response(view: memoryview, at: int, block: int) -> Any:
    """Template 202, `AggTradesResponse`."""
    price_exponent_219, qty_exponent_220 = _S_bb.unpack_from(view, at)
    at += block
    block_221, count_222 = _S_HI.unpack_from(view, at)
    at += 6
    agg_trades_223 = [
        {
            "a": agg_trade_id_224,
            "p": decimal_text(price_225, price_exponent_219),
            "q": decimal_text(qty_226, qty_exponent_220),
            "f": first_trade_id_227,
            "l": last_trade_id_228,
            "T": time_229 // 1000,
            "m": is_buyer_maker_230 == 1,
            "M": is_best_match_231 == 1,
        }
        for agg_trade_id_224, price_225, qty_226, first_trade_id_227, last_trade_id_228, time_229, is_buyer_maker_230, is_best_match_231 in rows(
            _S_qqqqqqBB, view, at, block_221, count_222, 50
        )
    ]
    at += block_221 * count_222
    return agg_trades_223


def _decode_klines_response(view: memoryview, at: int, block: int) -> Any:
    """Template 203, `KlinesResponse`."""
    price_exponent_232, qty_exponent_233 = _S_bb.unpack_from(view, at)
    at += block
    block_234, count_235 = _S_HI.unpack_from(view, at)
    at += 6
    klines_236 = [
        [
            open_time_237 // 1000,
            decimal_text(open_price_238, price_exponent_232),
            decimal_text(high_price_239, price_exponent_232),
            decimal_text(low_price_240, price_exponent_232),
            decimal_text(close_price_241, price_exponent_232),
            decimal_text(int.from_bytes(volume_242, "little", signed=True), qty_exponent_233),
            close_time_243 // 1000,
            decimal_text(int.from_bytes(quote_volume_244, "little", signed=True), price_exponent_232),
            num_trades_245,
            decimal_text(int.from_bytes(taker_buy_base_volume_246, "little", signed=True), qty_exponent_233),
            decimal_text(int.from_bytes(taker_buy_quote_volume_247, "little", signed=True), price_exponent_232),
            "0",
        ]
        for open_time_237, open_price_238, high_price_239, low_price_240, close_price_241, volume_242, close_time_243, quote_volume_244, num_trades_245, taker_buy_base_volume_246, taker_buy_quote_volume_247 in rows(
            _S_qqqqq16sq16sq16s16s, view, at, block_234, count_235, 120
        )
    ]
    at += block_234 * count_235
    return klines_236


def _decode_average_price_response(view: memoryview, at: int, block: int) -> Any:
    """Template 204, `AveragePriceResponse`."""
    mins_248, price_exponent_249, price_250, close_time_251 = _S_qbqq.unpack_from(view, at)
    return {
        "mins": mins_248,
        "price": ("0" if price_250 == -9223372036854775808 else decimal_text(price_250, price_exponent_249)),
        "closeTime": (-1 if close_time_251 == -9223372036854775808 else close_time_251 // 1000),
    }


def _decode_ticker24h_symbol_full_response(view: memoryview, at: int, block: int) -> Any:
    """Template 205, `Ticker24hSymbolFullResponse`."""
    (
        price_exponent_252,
        qty_exponent_253,
        price_change_254,
        price_change_percent_255,
        weighted_avg_price_256,
        prev_close_price_257,
        last_price_258,
        last_qty_259,
        bid_price_260,
        bid_qty_261,
        ask_price_262,
        ask_qty_263,
        open_price_264,
        high_price_265,
        low_price_266,
        volume_267,
        quote_volume_268,
        open_time_269,
        close_time_270,
        first_id_271,
        last_id_272,
        num_trades_273,
    ) = _S_bbqfqqq16sqqqqqqq16s16sqqqqq.unpack_from(view, at)
    at += block
    (length_275,) = _S_B.unpack_from(view, at)
    at += 1 + length_275
    symbol_274 = str(view[at - length_275 : at], "utf-8")
    return {
        "priceChange": (
            "0" if price_change_254 == -9223372036854775808 else decimal_text(price_change_254, price_exponent_252)
        ),
        "priceChangePercent": (
            "0.0" if price_change_percent_255 != price_change_percent_255 else float_text(price_change_percent_255)
        ),
        "weightedAvgPrice": (
            "0"
            if weighted_avg_price_256 == -9223372036854775808
            else decimal_text(weighted_avg_price_256, price_exponent_252)
        ),
        "prevClosePrice": (
            "0"
            if prev_close_price_257 == -9223372036854775808
            else decimal_text(prev_close_price_257, price_exponent_252)
        ),
        "lastPrice": (
            "0" if last_price_258 == -9223372036854775808 else decimal_text(last_price_258, price_exponent_252)
        ),
        "lastQty": decimal_text(int.from_bytes(last_qty_259, "little", signed=True), qty_exponent_253),
        "bidPrice": ("0" if bid_price_260 == -9223372036854775808 else decimal_text(bid_price_260, price_exponent_252)),
        "bidQty": decimal_text(bid_qty_261, qty_exponent_253),
        "askPrice": ("0" if ask_price_262 == -9223372036854775808 else decimal_text(ask_price_262, price_exponent_252)),
        "askQty": decimal_text(ask_qty_263, qty_exponent_253),
        "openPrice": (
            "0" if open_price_264 == -9223372036854775808 else decimal_text(open_price_264, price_exponent_252)
        ),
        "highPrice": (
            "0" if high_price_265 == -9223372036854775808 else decimal_text(high_price_265, price_exponent_252)
        ),
        "lowPrice": ("0" if low_price_266 == -9223372036854775808 else decimal_text(low_price_266, price_exponent_252)),
        "volume": decimal_text(int.from_bytes(volume_267, "little", signed=True), qty_exponent_253),
        "quoteVolume": decimal_text(int.from_bytes(quote_volume_268, "little", signed=True), price_exponent_252),
        "openTime": open_time_269 // 1000,
        "closeTime": close_time_270 // 1000,
        "firstId": (-1 if first_id_271 == -9223372036854775808 else first_id_271),
        "lastId": (-1 if last_id_272 == -9223372036854775808 else last_id_272),
        "count": num_trades_273,
        "symbol": symbol_274,
    }


def _decode_ticker24h_full_response(view: memoryview, at: int, block: int) -> Any:
    """Template 206, `Ticker24hFullResponse`."""
    at += block
    block_276, count_277 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_278 = []
    for _ in range(count_277):
        require_block(block_276, 182)
        start = at
        at += block_276
        (
            price_exponent_279,
            qty_exponent_280,
            price_change_281,
            price_change_percent_282,
            weighted_avg_price_283,
            prev_close_price_284,
            last_price_285,
            last_qty_286,
            bid_price_287,
            bid_qty_288,
            ask_price_289,
            ask_qty_290,
            open_price_291,
            high_price_292,
            low_price_293,
            volume_294,
            quote_volume_295,
            open_time_296,
            close_time_297,
            first_id_298,
            last_id_299,
            num_trades_300,
        ) = _S_bbqfqqq16sqqqqqqq16s16sqqqqq.unpack_from(view, start)
        (length_302,) = _S_B.unpack_from(view, at)
        at += 1 + length_302
        symbol_301 = str(view[at - length_302 : at], "utf-8")
        tickers_278.append(
            {
                "priceChange": (
                    "0"
                    if price_change_281 == -9223372036854775808
                    else decimal_text(price_change_281, price_exponent_279)
                ),
                "priceChangePercent": (
                    "0.0"
                    if price_change_percent_282 != price_change_percent_282
                    else float_text(price_change_percent_282)
                ),
                "weightedAvgPrice": (
                    "0"
                    if weighted_avg_price_283 == -9223372036854775808
                    else decimal_text(weighted_avg_price_283, price_exponent_279)
                ),
                "prevClosePrice": (
                    "0"
                    if prev_close_price_284 == -9223372036854775808
                    else decimal_text(prev_close_price_284, price_exponent_279)
                ),
                "lastPrice": (
                    "0" if last_price_285 == -9223372036854775808 else decimal_text(last_price_285, price_exponent_279)
                ),
                "lastQty": decimal_text(int.from_bytes(last_qty_286, "little", signed=True), qty_exponent_280),
                "bidPrice": (
                    "0" if bid_price_287 == -9223372036854775808 else decimal_text(bid_price_287, price_exponent_279)
                ),
                "bidQty": decimal_text(bid_qty_288, qty_exponent_280),
                "askPrice": (
                    "0" if ask_price_289 == -9223372036854775808 else decimal_text(ask_price_289, price_exponent_279)
                ),
                "askQty": decimal_text(ask_qty_290, qty_exponent_280),
                "openPrice": (
                    "0" if open_price_291 == -9223372036854775808 else decimal_text(open_price_291, price_exponent_279)
                ),
                "highPrice": (
                    "0" if high_price_292 == -9223372036854775808 else decimal_text(high_price_292, price_exponent_279)
                ),
                "lowPrice": (
                    "0" if low_price_293 == -9223372036854775808 else decimal_text(low_price_293, price_exponent_279)
                ),
                "volume": decimal_text(int.from_bytes(volume_294, "little", signed=True), qty_exponent_280),
                "quoteVolume": decimal_text(
                    int.from_bytes(quote_volume_295, "little", signed=True), price_exponent_279
                ),
                "openTime": open_time_296 // 1000,
                "closeTime": close_time_297 // 1000,
                "firstId": (-1 if first_id_298 == -9223372036854775808 else first_id_298),
                "lastId": (-1 if last_id_299 == -9223372036854775808 else last_id_299),
                "count": num_trades_300,
                "symbol": symbol_301,
            }
        )
    return tickers_278


def _decode_ticker24h_symbol_mini_response(view: memoryview, at: int, block: int) -> Any:
    """Template 207, `Ticker24hSymbolMiniResponse`."""
    (
        price_exponent_303,
        qty_exponent_304,
        open_price_305,
        high_price_306,
        low_price_307,
        last_price_308,
        volume_309,
        quote_volume_310,
        open_time_311,
        close_time_312,
        first_id_313,
        last_id_314,
        num_trades_315,
    ) = _S_bbqqqq16s16sqqqqq.unpack_from(view, at)
    at += block
    (length_317,) = _S_B.unpack_from(view, at)
    at += 1 + length_317
    symbol_316 = str(view[at - length_317 : at], "utf-8")
    return {
        "openPrice": (
            "0" if open_price_305 == -9223372036854775808 else decimal_text(open_price_305, price_exponent_303)
        ),
        "highPrice": (
            "0" if high_price_306 == -9223372036854775808 else decimal_text(high_price_306, price_exponent_303)
        ),
        "lowPrice": ("0" if low_price_307 == -9223372036854775808 else decimal_text(low_price_307, price_exponent_303)),
        "lastPrice": (
            "0" if last_price_308 == -9223372036854775808 else decimal_text(last_price_308, price_exponent_303)
        ),
        "volume": decimal_text(int.from_bytes(volume_309, "little", signed=True), qty_exponent_304),
        "quoteVolume": decimal_text(int.from_bytes(quote_volume_310, "little", signed=True), price_exponent_303),
        "openTime": open_time_311 // 1000,
        "closeTime": close_time_312 // 1000,
        "firstId": (-1 if first_id_313 == -9223372036854775808 else first_id_313),
        "lastId": (-1 if last_id_314 == -9223372036854775808 else last_id_314),
        "count": num_trades_315,
        "symbol": symbol_316,
    }


def _decode_ticker24h_mini_response(view: memoryview, at: int, block: int) -> Any:
    """Template 208, `Ticker24hMiniResponse`."""
    at += block
    block_318, count_319 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_320 = []
    for _ in range(count_319):
        require_block(block_318, 106)
        start = at
        at += block_318
        (
            price_exponent_321,
            qty_exponent_322,
            open_price_323,
            high_price_324,
            low_price_325,
            last_price_326,
            volume_327,
            quote_volume_328,
            open_time_329,
            close_time_330,
            first_id_331,
            last_id_332,
            num_trades_333,
        ) = _S_bbqqqq16s16sqqqqq.unpack_from(view, start)
        (length_335,) = _S_B.unpack_from(view, at)
        at += 1 + length_335
        symbol_334 = str(view[at - length_335 : at], "utf-8")
        tickers_320.append(
            {
                "openPrice": (
                    "0" if open_price_323 == -9223372036854775808 else decimal_text(open_price_323, price_exponent_321)
                ),
                "highPrice": (
                    "0" if high_price_324 == -9223372036854775808 else decimal_text(high_price_324, price_exponent_321)
                ),
                "lowPrice": (
                    "0" if low_price_325 == -9223372036854775808 else decimal_text(low_price_325, price_exponent_321)
                ),
                "lastPrice": (
                    "0" if last_price_326 == -9223372036854775808 else decimal_text(last_price_326, price_exponent_321)
                ),
                "volume": decimal_text(int.from_bytes(volume_327, "little", signed=True), qty_exponent_322),
                "quoteVolume": decimal_text(
                    int.from_bytes(quote_volume_328, "little", signed=True), price_exponent_321
                ),
                "openTime": open_time_329 // 1000,
                "closeTime": close_time_330 // 1000,
                "firstId": (-1 if first_id_331 == -9223372036854775808 else first_id_331),
                "lastId": (-1 if last_id_332 == -9223372036854775808 else last_id_332),
                "count": num_trades_333,
                "symbol": symbol_334,
            }
        )
    return tickers_320


def _decode_price_ticker_symbol_response(view: memoryview, at: int, block: int) -> Any:
    """Template 209, `PriceTickerSymbolResponse`."""
    price_exponent_336, price_337 = _S_bq.unpack_from(view, at)
    at += block
    (length_339,) = _S_B.unpack_from(view, at)
    at += 1 + length_339
    symbol_338 = str(view[at - length_339 : at], "utf-8")
    return {
        "price": ("0" if price_337 == -9223372036854775808 else decimal_text(price_337, price_exponent_336)),
        "symbol": symbol_338,
    }


def _decode_price_ticker_response(view: memoryview, at: int, block: int) -> Any:
    """Template 210, `PriceTickerResponse`."""
    at += block
    block_340, count_341 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_342 = []
    for _ in range(count_341):
        require_block(block_340, 9)
        start = at
        at += block_340
        price_exponent_343, price_344 = _S_bq.unpack_from(view, start)
        (length_346,) = _S_B.unpack_from(view, at)
        at += 1 + length_346
        symbol_345 = str(view[at - length_346 : at], "utf-8")
        tickers_342.append(
            {
                "price": ("0" if price_344 == -9223372036854775808 else decimal_text(price_344, price_exponent_343)),
                "symbol": symbol_345,
            }
        )
    return tickers_342


def _decode_book_ticker_symbol_response(view: memoryview, at: int, block: int) -> Any:
    """Template 211, `BookTickerSymbolResponse`."""
    price_exponent_347, qty_exponent_348, bid_price_349, bid_qty_350, ask_price_351, ask_qty_352 = (
        _S_bbqqqq.unpack_from(view, at)
    )
    at += block
    (length_354,) = _S_B.unpack_from(view, at)
    at += 1 + length_354
    symbol_353 = str(view[at - length_354 : at], "utf-8")
    return {
        "bidPrice": ("0" if bid_price_349 == -9223372036854775808 else decimal_text(bid_price_349, price_exponent_347)),
        "bidQty": decimal_text(bid_qty_350, qty_exponent_348),
        "askPrice": ("0" if ask_price_351 == -9223372036854775808 else decimal_text(ask_price_351, price_exponent_347)),
        "askQty": decimal_text(ask_qty_352, qty_exponent_348),
        "symbol": symbol_353,
    }


def _decode_book_ticker_response(view: memoryview, at: int, block: int) -> Any:
    """Template 212, `BookTickerResponse`."""
    at += block
    block_355, count_356 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_357 = []
    for _ in range(count_356):
        require_block(block_355, 34)
        start = at
        at += block_355
        price_exponent_358, qty_exponent_359, bid_price_360, bid_qty_361, ask_price_362, ask_qty_363 = (
            _S_bbqqqq.unpack_from(view, start)
        )
        (length_365,) = _S_B.unpack_from(view, at)
        at += 1 + length_365
        symbol_364 = str(view[at - length_365 : at], "utf-8")
        tickers_357.append(
            {
                "bidPrice": (
                    "0" if bid_price_360 == -9223372036854775808 else decimal_text(bid_price_360, price_exponent_358)
                ),
                "bidQty": decimal_text(bid_qty_361, qty_exponent_359),
                "askPrice": (
                    "0" if ask_price_362 == -9223372036854775808 else decimal_text(ask_price_362, price_exponent_358)
                ),
                "askQty": decimal_text(ask_qty_363, qty_exponent_359),
                "symbol": symbol_364,
            }
        )
    return tickers_357


def _decode_ticker_symbol_full_response(view: memoryview, at: int, block: int) -> Any:
    """Template 213, `TickerSymbolFullResponse`."""
    (
        price_exponent_366,
        qty_exponent_367,
        price_change_368,
        price_change_percent_369,
        weighted_avg_price_370,
        open_price_371,
        high_price_372,
        low_price_373,
        last_price_374,
        volume_375,
        quote_volume_376,
        open_time_377,
        close_time_378,
        first_id_379,
        last_id_380,
        num_trades_381,
    ) = _S_bbqfqqqqq16s16sqqqqq.unpack_from(view, at)
    at += block
    (length_383,) = _S_B.unpack_from(view, at)
    at += 1 + length_383
    symbol_382 = str(view[at - length_383 : at], "utf-8")
    return {
        "priceChange": (
            "0" if price_change_368 == -9223372036854775808 else decimal_text(price_change_368, price_exponent_366)
        ),
        "priceChangePercent": (
            "0.0" if price_change_percent_369 != price_change_percent_369 else float_text(price_change_percent_369)
        ),
        "weightedAvgPrice": (
            "0"
            if weighted_avg_price_370 == -9223372036854775808
            else decimal_text(weighted_avg_price_370, price_exponent_366)
        ),
        "openPrice": (
            "0" if open_price_371 == -9223372036854775808 else decimal_text(open_price_371, price_exponent_366)
        ),
        "highPrice": (
            "0" if high_price_372 == -9223372036854775808 else decimal_text(high_price_372, price_exponent_366)
        ),
        "lowPrice": ("0" if low_price_373 == -9223372036854775808 else decimal_text(low_price_373, price_exponent_366)),
        "lastPrice": (
            "0" if last_price_374 == -9223372036854775808 else decimal_text(last_price_374, price_exponent_366)
        ),
        "volume": decimal_text(int.from_bytes(volume_375, "little", signed=True), qty_exponent_367),
        "quoteVolume": decimal_text(int.from_bytes(quote_volume_376, "little", signed=True), price_exponent_366),
        "openTime": open_time_377 // 1000,
        "closeTime": close_time_378 // 1000,
        "firstId": (-1 if first_id_379 == -9223372036854775808 else first_id_379),
        "lastId": (-1 if last_id_380 == -9223372036854775808 else last_id_380),
        "count": num_trades_381,
        "symbol": symbol_382,
    }


def _decode_ticker_full_response(view: memoryview, at: int, block: int) -> Any:
    """Template 214, `TickerFullResponse`."""
    at += block
    block_384, count_385 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_386 = []
    for _ in range(count_385):
        require_block(block_384, 126)
        start = at
        at += block_384
        (
            price_exponent_387,
            qty_exponent_388,
            price_change_389,
            price_change_percent_390,
            weighted_avg_price_391,
            open_price_392,
            high_price_393,
            low_price_394,
            last_price_395,
            volume_396,
            quote_volume_397,
            open_time_398,
            close_time_399,
            first_id_400,
            last_id_401,
            num_trades_402,
        ) = _S_bbqfqqqqq16s16sqqqqq.unpack_from(view, start)
        (length_404,) = _S_B.unpack_from(view, at)
        at += 1 + length_404
        symbol_403 = str(view[at - length_404 : at], "utf-8")
        tickers_386.append(
            {
                "priceChange": (
                    "0"
                    if price_change_389 == -9223372036854775808
                    else decimal_text(price_change_389, price_exponent_387)
                ),
                "priceChangePercent": (
                    "0.0"
                    if price_change_percent_390 != price_change_percent_390
                    else float_text(price_change_percent_390)
                ),
                "weightedAvgPrice": (
                    "0"
                    if weighted_avg_price_391 == -9223372036854775808
                    else decimal_text(weighted_avg_price_391, price_exponent_387)
                ),
                "openPrice": (
                    "0" if open_price_392 == -9223372036854775808 else decimal_text(open_price_392, price_exponent_387)
                ),
                "highPrice": (
                    "0" if high_price_393 == -9223372036854775808 else decimal_text(high_price_393, price_exponent_387)
                ),
                "lowPrice": (
                    "0" if low_price_394 == -9223372036854775808 else decimal_text(low_price_394, price_exponent_387)
                ),
                "lastPrice": (
                    "0" if last_price_395 == -9223372036854775808 else decimal_text(last_price_395, price_exponent_387)
                ),
                "volume": decimal_text(int.from_bytes(volume_396, "little", signed=True), qty_exponent_388),
                "quoteVolume": decimal_text(
                    int.from_bytes(quote_volume_397, "little", signed=True), price_exponent_387
                ),
                "openTime": open_time_398 // 1000,
                "closeTime": close_time_399 // 1000,
                "firstId": (-1 if first_id_400 == -9223372036854775808 else first_id_400),
                "lastId": (-1 if last_id_401 == -9223372036854775808 else last_id_401),
                "count": num_trades_402,
                "symbol": symbol_403,
            }
        )
    return tickers_386


def _decode_ticker_symbol_mini_response(view: memoryview, at: int, block: int) -> Any:
    """Template 215, `TickerSymbolMiniResponse`."""
    (
        price_exponent_405,
        qty_exponent_406,
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
    ) = _S_bbqqqq16s16sqqqqq.unpack_from(view, at)
    at += block
    (length_419,) = _S_B.unpack_from(view, at)
    at += 1 + length_419
    symbol_418 = str(view[at - length_419 : at], "utf-8")
    return {
        "openPrice": (
            "0" if open_price_407 == -9223372036854775808 else decimal_text(open_price_407, price_exponent_405)
        ),
        "highPrice": (
            "0" if high_price_408 == -9223372036854775808 else decimal_text(high_price_408, price_exponent_405)
        ),
        "lowPrice": ("0" if low_price_409 == -9223372036854775808 else decimal_text(low_price_409, price_exponent_405)),
        "lastPrice": (
            "0" if last_price_410 == -9223372036854775808 else decimal_text(last_price_410, price_exponent_405)
        ),
        "volume": decimal_text(int.from_bytes(volume_411, "little", signed=True), qty_exponent_406),
        "quoteVolume": decimal_text(int.from_bytes(quote_volume_412, "little", signed=True), price_exponent_405),
        "openTime": open_time_413 // 1000,
        "closeTime": close_time_414 // 1000,
        "firstId": (-1 if first_id_415 == -9223372036854775808 else first_id_415),
        "lastId": (-1 if last_id_416 == -9223372036854775808 else last_id_416),
        "count": num_trades_417,
        "symbol": symbol_418,
    }


def _decode_ticker_mini_response(view: memoryview, at: int, block: int) -> Any:
    """Template 216, `TickerMiniResponse`."""
    at += block
    block_420, count_421 = _S_HI.unpack_from(view, at)
    at += 6
    tickers_422 = []
    for _ in range(count_421):
        require_block(block_420, 106)
        start = at
        at += block_420
        (
            price_exponent_423,
            qty_exponent_424,
            open_price_425,
            high_price_426,
            low_price_427,
            last_price_428,
            volume_429,
            quote_volume_430,
            open_time_431,
            close_time_432,
            first_id_433,
            last_id_434,
            num_trades_435,
        ) = _S_bbqqqq16s16sqqqqq.unpack_from(view, start)
        (length_437,) = _S_B.unpack_from(view, at)
        at += 1 + length_437
        symbol_436 = str(view[at - length_437 : at], "utf-8")
        tickers_422.append(
            {
                "openPrice": (
                    "0" if open_price_425 == -9223372036854775808 else decimal_text(open_price_425, price_exponent_423)
                ),
                "highPrice": (
                    "0" if high_price_426 == -9223372036854775808 else decimal_text(high_price_426, price_exponent_423)
                ),
                "lowPrice": (
                    "0" if low_price_427 == -9223372036854775808 else decimal_text(low_price_427, price_exponent_423)
                ),
                "lastPrice": (
                    "0" if last_price_428 == -9223372036854775808 else decimal_text(last_price_428, price_exponent_423)
                ),
                "volume": decimal_text(int.from_bytes(volume_429, "little", signed=True), qty_exponent_424),
                "quoteVolume": decimal_text(
                    int.from_bytes(quote_volume_430, "little", signed=True), price_exponent_423
                ),
                "openTime": open_time_431 // 1000,
                "closeTime": close_time_432 // 1000,
                "firstId": (-1 if first_id_433 == -9223372036854775808 else first_id_433),
                "lastId": (-1 if last_id_434 == -9223372036854775808 else last_id_434),
                "count": num_trades_435,
                "symbol": symbol_436,
            }
        )
    return tickers_422


def _decode_reference_price_response(view: memoryview, at: int, block: int) -> Any:
    """Template 217, `ReferencePriceResponse`."""
    price_exponent_438, reference_price_439, timestamp_440 = _S_bqq.unpack_from(view, at)
    at += block
    (length_442,) = _S_B.unpack_from(view, at)
    at += 1 + length_442
    symbol_441 = str(view[at - length_442 : at], "utf-8")
    return {
        "referencePrice": (
            None
            if reference_price_439 == -9223372036854775808
            else decimal_text(reference_price_439, price_exponent_438)
        ),
        "timestamp": timestamp_440 // 1000,
        "symbol": symbol_441,
    }


def _decode_reference_price_calculation_response(view: memoryview, at: int, block: int) -> Any:
    """Template 218, `ReferencePriceCalculationResponse`."""
    calculation_type_443, external_calculation_id_444, bucket_count_445, bucket_width_ms_446 = _S_BqII.unpack_from(
        view, at
    )
    at += block
    (length_448,) = _S_B.unpack_from(view, at)
    at += 1 + length_448
    symbol_447 = str(view[at - length_448 : at], "utf-8")
    return {
        "calculationType": _ENUM_calculationType[calculation_type_443],
        "externalCalculationId": (
            None if external_calculation_id_444 == -9223372036854775808 else external_calculation_id_444
        ),
        "bucketCount": (None if bucket_count_445 == 4294967295 else bucket_count_445),
        "bucketWidthMs": (None if bucket_width_ms_446 == 4294967295 else bucket_width_ms_446),
        "symbol": symbol_447,
    }


def _decode_block_trades_response(view: memoryview, at: int, block: int) -> Any:
    """Template 219, `BlockTradesResponse`."""
    price_exponent_449, qty_exponent_450 = _S_bb.unpack_from(view, at)
    at += block
    block_451, count_452 = _S_HI.unpack_from(view, at)
    at += 6
    block_trades_453 = [
        {
            "id": id_454,
            "price": decimal_text(price_455, price_exponent_449),
            "qty": decimal_text(qty_456, qty_exponent_450),
            "quoteQty": decimal_text(quote_qty_457, price_exponent_449),
            "time": time_458 // 1000,
            "isBuyerMaker": is_buyer_maker_459 == 1,
        }
        for id_454, price_455, qty_456, quote_qty_457, time_458, is_buyer_maker_459 in rows(
            _S_qqqqqB, view, at, block_451, count_452, 41
        )
    ]
    at += block_451 * count_452
    return block_trades_453


def _decode_new_order_ack_response(view: memoryview, at: int, block: int) -> Any:
    """Template 300, `NewOrderAckResponse`."""
    order_id_460, order_list_id_461, transact_time_462 = _S_qqq.unpack_from(view, at)
    at += block
    (length_464,) = _S_B.unpack_from(view, at)
    at += 1 + length_464
    symbol_463 = str(view[at - length_464 : at], "utf-8")
    (length_466,) = _S_B.unpack_from(view, at)
    at += 1 + length_466
    client_order_id_465 = str(view[at - length_466 : at], "utf-8")
    return {
        "orderId": order_id_460,
        "orderListId": (-1 if order_list_id_461 == -9223372036854775808 else order_list_id_461),
        "transactTime": transact_time_462 // 1000,
        "symbol": symbol_463,
        "clientOrderId": client_order_id_465,
    }


def _decode_new_order_result_response(view: memoryview, at: int, block: int) -> Any:
    """Template 301, `NewOrderResultResponse`."""
    (
        price_exponent_467,
        qty_exponent_468,
        order_id_469,
        order_list_id_470,
        transact_time_471,
        price_472,
        orig_qty_473,
        executed_qty_474,
        cummulative_quote_qty_475,
        status_476,
        time_in_force_477,
        order_type_478,
        side_479,
        stop_price_480,
        trailing_delta_481,
        trailing_time_482,
        working_time_483,
        iceberg_qty_484,
        strategy_id_485,
        strategy_type_486,
        order_capacity_487,
        working_floor_488,
        self_trade_prevention_mode_489,
        trade_group_id_490,
        prevented_quantity_491,
        used_sor_492,
        orig_quote_order_qty_493,
        peg_price_type_494,
        peg_offset_type_495,
        peg_offset_value_496,
        pegged_price_497,
        expiry_reason_498,
    ) = _S_bbqqqqqqqBBBBqqqqqqiBBBqqBqBBBqB.unpack_from(view, at)
    at += block
    (length_500,) = _S_B.unpack_from(view, at)
    at += 1 + length_500
    symbol_499 = str(view[at - length_500 : at], "utf-8")
    (length_502,) = _S_B.unpack_from(view, at)
    at += 1 + length_502
    client_order_id_501 = str(view[at - length_502 : at], "utf-8")
    return {
        "orderId": order_id_469,
        "orderListId": (-1 if order_list_id_470 == -9223372036854775808 else order_list_id_470),
        "transactTime": transact_time_471 // 1000,
        "price": decimal_text(price_472, price_exponent_467),
        "origQty": decimal_text(orig_qty_473, qty_exponent_468),
        "executedQty": decimal_text(executed_qty_474, qty_exponent_468),
        "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_475, price_exponent_467),
        "status": _ENUM_orderStatus[status_476],
        "timeInForce": _ENUM_timeInForce[time_in_force_477],
        "type": _ENUM_orderType[order_type_478],
        "side": _ENUM_orderSide[side_479],
        "stopPrice": (
            None if stop_price_480 == -9223372036854775808 else decimal_text(stop_price_480, price_exponent_467)
        ),
        "trailingDelta": (None if trailing_delta_481 == -9223372036854775808 else trailing_delta_481),
        "trailingTime": (None if trailing_time_482 == -9223372036854775808 else trailing_time_482 // 1000),
        "workingTime": (-1 if working_time_483 == -9223372036854775808 else working_time_483 // 1000),
        "icebergQty": (
            None if iceberg_qty_484 == -9223372036854775808 else decimal_text(iceberg_qty_484, qty_exponent_468)
        ),
        "strategyId": (None if strategy_id_485 == -9223372036854775808 else strategy_id_485),
        "strategyType": (None if strategy_type_486 == -2147483648 else strategy_type_486),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_487],
        "workingFloor": _ENUM_floor[working_floor_488],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_489],
        "tradeGroupId": (None if trade_group_id_490 == -9223372036854775808 else trade_group_id_490),
        "preventedQuantity": decimal_text(prevented_quantity_491, qty_exponent_468),
        "usedSor": used_sor_492 == 1,
        "origQuoteOrderQty": decimal_text(orig_quote_order_qty_493, price_exponent_467),
        "pegPriceType": (None if peg_price_type_494 == 255 else _ENUM_pegPriceType[peg_price_type_494]),
        "pegOffsetType": (None if peg_offset_type_495 == 255 else _ENUM_pegOffsetType[peg_offset_type_495]),
        "pegOffsetValue": (None if peg_offset_value_496 == 255 else peg_offset_value_496),
        "peggedPrice": (
            None if pegged_price_497 == -9223372036854775808 else decimal_text(pegged_price_497, price_exponent_467)
        ),
        "expiryReason": (None if expiry_reason_498 == 255 else _ENUM_expiryReason[expiry_reason_498]),
        "symbol": symbol_499,
        "clientOrderId": client_order_id_501,
    }


def _decode_new_order_full_response(view: memoryview, at: int, block: int) -> Any:
    """Template 302, `NewOrderFullResponse`."""
    (
        price_exponent_503,
        qty_exponent_504,
        order_id_505,
        order_list_id_506,
        transact_time_507,
        price_508,
        orig_qty_509,
        executed_qty_510,
        cummulative_quote_qty_511,
        status_512,
        time_in_force_513,
        order_type_514,
        side_515,
        stop_price_516,
        trailing_delta_517,
        trailing_time_518,
        working_time_519,
        iceberg_qty_520,
        strategy_id_521,
        strategy_type_522,
        order_capacity_523,
        working_floor_524,
        self_trade_prevention_mode_525,
        trade_group_id_526,
        prevented_quantity_527,
        used_sor_528,
        orig_quote_order_qty_529,
        peg_price_type_530,
        peg_offset_type_531,
        peg_offset_value_532,
        pegged_price_533,
        expiry_reason_534,
    ) = _S_bbqqqqqqqBBBBqqqqqqiBBBqqBqBBBqB.unpack_from(view, at)
    at += block
    block_535, count_536 = _S_HI.unpack_from(view, at)
    at += 6
    fills_537 = []
    for _ in range(count_536):
        require_block(block_535, 42)
        start = at
        at += block_535
        commission_exponent_538, match_type_539, price_540, qty_541, commission_542, trade_id_543, alloc_id_544 = (
            _S_bBqqqqq.unpack_from(view, start)
        )
        (length_546,) = _S_B.unpack_from(view, at)
        at += 1 + length_546
        commission_asset_545 = str(view[at - length_546 : at], "utf-8") if length_546 else None
        fills_537.append(
            {
                "matchType": _ENUM_matchType[match_type_539],
                "price": decimal_text(price_540, price_exponent_503),
                "qty": decimal_text(qty_541, qty_exponent_504),
                "commission": decimal_text(commission_542, commission_exponent_538),
                "tradeId": (None if trade_id_543 == -9223372036854775808 else trade_id_543),
                "allocId": (None if alloc_id_544 == -9223372036854775808 else alloc_id_544),
                "commissionAsset": commission_asset_545,
            }
        )
    block_547, count_548 = _S_HI.unpack_from(view, at)
    at += 6
    prevented_matches_549 = []
    for _ in range(count_548):
        require_block(block_547, 40)
        start = at
        at += block_547
        (
            prevented_match_id_550,
            maker_order_id_551,
            price_552,
            taker_prevented_quantity_553,
            maker_prevented_quantity_554,
        ) = _S_qqqqq.unpack_from(view, start)
        (length_556,) = _S_B.unpack_from(view, at)
        at += 1 + length_556
        maker_symbol_555 = str(view[at - length_556 : at], "utf-8") if length_556 else None
        prevented_matches_549.append(
            {
                "preventedMatchId": prevented_match_id_550,
                "makerOrderId": (None if maker_order_id_551 == -9223372036854775808 else maker_order_id_551),
                "price": (None if price_552 == -9223372036854775808 else decimal_text(price_552, price_exponent_503)),
                "takerPreventedQuantity": (
                    None
                    if taker_prevented_quantity_553 == -9223372036854775808
                    else decimal_text(taker_prevented_quantity_553, qty_exponent_504)
                ),
                "makerPreventedQuantity": (
                    None
                    if maker_prevented_quantity_554 == -9223372036854775808
                    else decimal_text(maker_prevented_quantity_554, qty_exponent_504)
                ),
                "makerSymbol": maker_symbol_555,
            }
        )
    (length_558,) = _S_B.unpack_from(view, at)
    at += 1 + length_558
    symbol_557 = str(view[at - length_558 : at], "utf-8")
    (length_560,) = _S_B.unpack_from(view, at)
    at += 1 + length_560
    client_order_id_559 = str(view[at - length_560 : at], "utf-8")
    return {
        "orderId": order_id_505,
        "orderListId": (-1 if order_list_id_506 == -9223372036854775808 else order_list_id_506),
        "transactTime": transact_time_507 // 1000,
        "price": decimal_text(price_508, price_exponent_503),
        "origQty": decimal_text(orig_qty_509, qty_exponent_504),
        "executedQty": decimal_text(executed_qty_510, qty_exponent_504),
        "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_511, price_exponent_503),
        "status": _ENUM_orderStatus[status_512],
        "timeInForce": _ENUM_timeInForce[time_in_force_513],
        "type": _ENUM_orderType[order_type_514],
        "side": _ENUM_orderSide[side_515],
        "stopPrice": (
            None if stop_price_516 == -9223372036854775808 else decimal_text(stop_price_516, price_exponent_503)
        ),
        "trailingDelta": (None if trailing_delta_517 == -9223372036854775808 else trailing_delta_517),
        "trailingTime": (None if trailing_time_518 == -9223372036854775808 else trailing_time_518 // 1000),
        "workingTime": (-1 if working_time_519 == -9223372036854775808 else working_time_519 // 1000),
        "icebergQty": (
            None if iceberg_qty_520 == -9223372036854775808 else decimal_text(iceberg_qty_520, qty_exponent_504)
        ),
        "strategyId": (None if strategy_id_521 == -9223372036854775808 else strategy_id_521),
        "strategyType": (None if strategy_type_522 == -2147483648 else strategy_type_522),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_523],
        "workingFloor": _ENUM_floor[working_floor_524],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_525],
        "tradeGroupId": (None if trade_group_id_526 == -9223372036854775808 else trade_group_id_526),
        "preventedQuantity": decimal_text(prevented_quantity_527, qty_exponent_504),
        "usedSor": used_sor_528 == 1,
        "origQuoteOrderQty": decimal_text(orig_quote_order_qty_529, price_exponent_503),
        "pegPriceType": (None if peg_price_type_530 == 255 else _ENUM_pegPriceType[peg_price_type_530]),
        "pegOffsetType": (None if peg_offset_type_531 == 255 else _ENUM_pegOffsetType[peg_offset_type_531]),
        "pegOffsetValue": (None if peg_offset_value_532 == 255 else peg_offset_value_532),
        "peggedPrice": (
            None if pegged_price_533 == -9223372036854775808 else decimal_text(pegged_price_533, price_exponent_503)
        ),
        "expiryReason": (None if expiry_reason_534 == 255 else _ENUM_expiryReason[expiry_reason_534]),
        "fills": fills_537,
        "preventedMatches": prevented_matches_549,
        "symbol": symbol_557,
        "clientOrderId": client_order_id_559,
    }


def _decode_order_test_response(view: memoryview, at: int, block: int) -> Any:
    """Template 303, `OrderTestResponse`."""
    return {}


def _decode_order_response(view: memoryview, at: int, block: int) -> Any:
    """Template 304, `OrderResponse`."""
    (
        price_exponent_561,
        qty_exponent_562,
        order_id_563,
        order_list_id_564,
        price_565,
        orig_qty_566,
        executed_qty_567,
        cummulative_quote_qty_568,
        status_569,
        time_in_force_570,
        order_type_571,
        side_572,
        stop_price_573,
        trailing_delta_574,
        trailing_time_575,
        iceberg_qty_576,
        time_577,
        update_time_578,
        is_working_579,
        working_time_580,
        orig_quote_order_qty_581,
        strategy_id_582,
        strategy_type_583,
        order_capacity_584,
        working_floor_585,
        self_trade_prevention_mode_586,
        prevented_match_id_587,
        prevented_quantity_588,
        used_sor_589,
        peg_price_type_590,
        peg_offset_type_591,
        peg_offset_value_592,
        pegged_price_593,
        expiry_reason_594,
    ) = _S_bbqqqqqqBBBBqqqqqqBqqqiBBBqqBBBBqB.unpack_from(view, at)
    at += block
    (length_596,) = _S_B.unpack_from(view, at)
    at += 1 + length_596
    symbol_595 = str(view[at - length_596 : at], "utf-8")
    (length_598,) = _S_B.unpack_from(view, at)
    at += 1 + length_598
    client_order_id_597 = str(view[at - length_598 : at], "utf-8")
    return {
        "orderId": order_id_563,
        "orderListId": (-1 if order_list_id_564 == -9223372036854775808 else order_list_id_564),
        "price": decimal_text(price_565, price_exponent_561),
        "origQty": decimal_text(orig_qty_566, qty_exponent_562),
        "executedQty": decimal_text(executed_qty_567, qty_exponent_562),
        "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_568, price_exponent_561),
        "status": _ENUM_orderStatus[status_569],
        "timeInForce": _ENUM_timeInForce[time_in_force_570],
        "type": _ENUM_orderType[order_type_571],
        "side": _ENUM_orderSide[side_572],
        "stopPrice": (
            None if stop_price_573 == -9223372036854775808 else decimal_text(stop_price_573, price_exponent_561)
        ),
        "trailingDelta": (None if trailing_delta_574 == -9223372036854775808 else trailing_delta_574),
        "trailingTime": (None if trailing_time_575 == -9223372036854775808 else trailing_time_575 // 1000),
        "icebergQty": (
            None if iceberg_qty_576 == -9223372036854775808 else decimal_text(iceberg_qty_576, qty_exponent_562)
        ),
        "time": time_577 // 1000,
        "updateTime": update_time_578 // 1000,
        "isWorking": is_working_579 == 1,
        "workingTime": (-1 if working_time_580 == -9223372036854775808 else working_time_580 // 1000),
        "origQuoteOrderQty": decimal_text(orig_quote_order_qty_581, price_exponent_561),
        "strategyId": (None if strategy_id_582 == -9223372036854775808 else strategy_id_582),
        "strategyType": (None if strategy_type_583 == -2147483648 else strategy_type_583),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_584],
        "workingFloor": _ENUM_floor[working_floor_585],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_586],
        "preventedMatchId": (None if prevented_match_id_587 == -9223372036854775808 else prevented_match_id_587),
        "preventedQuantity": decimal_text(prevented_quantity_588, qty_exponent_562),
        "usedSor": used_sor_589 == 1,
        "pegPriceType": (None if peg_price_type_590 == 255 else _ENUM_pegPriceType[peg_price_type_590]),
        "pegOffsetType": (None if peg_offset_type_591 == 255 else _ENUM_pegOffsetType[peg_offset_type_591]),
        "pegOffsetValue": (None if peg_offset_value_592 == 255 else peg_offset_value_592),
        "peggedPrice": (
            None if pegged_price_593 == -9223372036854775808 else decimal_text(pegged_price_593, price_exponent_561)
        ),
        "expiryReason": (None if expiry_reason_594 == 255 else _ENUM_expiryReason[expiry_reason_594]),
        "symbol": symbol_595,
        "clientOrderId": client_order_id_597,
    }


def _decode_cancel_order_response(view: memoryview, at: int, block: int) -> Any:
    """Template 305, `CancelOrderResponse`."""
    (
        price_exponent_599,
        qty_exponent_600,
        order_id_601,
        order_list_id_602,
        transact_time_603,
        price_604,
        orig_qty_605,
        executed_qty_606,
        cummulative_quote_qty_607,
        status_608,
        time_in_force_609,
        order_type_610,
        side_611,
        stop_price_612,
        trailing_delta_613,
        trailing_time_614,
        iceberg_qty_615,
        strategy_id_616,
        strategy_type_617,
        order_capacity_618,
        working_floor_619,
        self_trade_prevention_mode_620,
        prevented_quantity_621,
        used_sor_622,
        orig_quote_order_qty_623,
        peg_price_type_624,
        peg_offset_type_625,
        peg_offset_value_626,
        pegged_price_627,
    ) = _S_bbqqqqqqqBBBBqqqqqiBBBqBqBBBq.unpack_from(view, at)
    at += block
    (length_629,) = _S_B.unpack_from(view, at)
    at += 1 + length_629
    symbol_628 = str(view[at - length_629 : at], "utf-8")
    (length_631,) = _S_B.unpack_from(view, at)
    at += 1 + length_631
    orig_client_order_id_630 = str(view[at - length_631 : at], "utf-8")
    (length_633,) = _S_B.unpack_from(view, at)
    at += 1 + length_633
    client_order_id_632 = str(view[at - length_633 : at], "utf-8")
    return {
        "orderId": order_id_601,
        "orderListId": (-1 if order_list_id_602 == -9223372036854775808 else order_list_id_602),
        "transactTime": transact_time_603 // 1000,
        "price": decimal_text(price_604, price_exponent_599),
        "origQty": decimal_text(orig_qty_605, qty_exponent_600),
        "executedQty": decimal_text(executed_qty_606, qty_exponent_600),
        "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_607, price_exponent_599),
        "status": _ENUM_orderStatus[status_608],
        "timeInForce": _ENUM_timeInForce[time_in_force_609],
        "type": _ENUM_orderType[order_type_610],
        "side": _ENUM_orderSide[side_611],
        "stopPrice": (
            None if stop_price_612 == -9223372036854775808 else decimal_text(stop_price_612, price_exponent_599)
        ),
        "trailingDelta": (None if trailing_delta_613 == -9223372036854775808 else trailing_delta_613),
        "trailingTime": (None if trailing_time_614 == -9223372036854775808 else trailing_time_614 // 1000),
        "icebergQty": (
            None if iceberg_qty_615 == -9223372036854775808 else decimal_text(iceberg_qty_615, qty_exponent_600)
        ),
        "strategyId": (None if strategy_id_616 == -9223372036854775808 else strategy_id_616),
        "strategyType": (None if strategy_type_617 == -2147483648 else strategy_type_617),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_618],
        "workingFloor": _ENUM_floor[working_floor_619],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_620],
        "preventedQuantity": decimal_text(prevented_quantity_621, qty_exponent_600),
        "usedSor": used_sor_622 == 1,
        "origQuoteOrderQty": decimal_text(orig_quote_order_qty_623, price_exponent_599),
        "pegPriceType": (None if peg_price_type_624 == 255 else _ENUM_pegPriceType[peg_price_type_624]),
        "pegOffsetType": (None if peg_offset_type_625 == 255 else _ENUM_pegOffsetType[peg_offset_type_625]),
        "pegOffsetValue": (None if peg_offset_value_626 == 255 else peg_offset_value_626),
        "peggedPrice": (
            None if pegged_price_627 == -9223372036854775808 else decimal_text(pegged_price_627, price_exponent_599)
        ),
        "symbol": symbol_628,
        "origClientOrderId": orig_client_order_id_630,
        "clientOrderId": client_order_id_632,
    }


def _decode_cancel_open_orders_response(view: memoryview, at: int, block: int) -> Any:
    """Template 306, `CancelOpenOrdersResponse`."""
    at += block
    block_634, count_635 = _S_HI.unpack_from(view, at)
    at += 6
    responses_636 = []
    for _ in range(count_635):
        at += block_634
        (length_638,) = _S_H.unpack_from(view, at)
        at += 2 + length_638
        response_637 = decode_embedded(view[at - length_638 : at])
        responses_636.append({"response": response_637})
    return responses_636


def _decode_cancel_replace_order_response(view: memoryview, at: int, block: int) -> Any:
    """Template 307, `CancelReplaceOrderResponse`."""
    cancel_result_639, new_order_result_640 = _S_BB.unpack_from(view, at)
    at += block
    (length_642,) = _S_H.unpack_from(view, at)
    at += 2 + length_642
    cancel_response_641 = decode_embedded(view[at - length_642 : at]) if length_642 else None
    (length_644,) = _S_I.unpack_from(view, at)
    at += 4 + length_644
    new_order_response_643 = decode_embedded(view[at - length_644 : at]) if length_644 else None
    return {
        "cancelResult": _ENUM_cancelReplaceStatus[cancel_result_639],
        "newOrderResult": _ENUM_cancelReplaceStatus[new_order_result_640],
        "cancelResponse": cancel_response_641,
        "newOrderResponse": new_order_response_643,
    }


def _decode_orders_response(view: memoryview, at: int, block: int) -> Any:
    """Template 308, `OrdersResponse`."""
    at += block
    block_645, count_646 = _S_HI.unpack_from(view, at)
    at += 6
    orders_647 = []
    for _ in range(count_646):
        require_block(block_645, 163)
        start = at
        at += block_645
        (
            price_exponent_648,
            qty_exponent_649,
            order_id_650,
            order_list_id_651,
            price_652,
            orig_qty_653,
            executed_qty_654,
            cummulative_quote_qty_655,
            status_656,
            time_in_force_657,
            order_type_658,
            side_659,
            stop_price_660,
            trailing_delta_661,
            trailing_time_662,
            iceberg_qty_663,
            time_664,
            update_time_665,
            is_working_666,
            working_time_667,
            orig_quote_order_qty_668,
            strategy_id_669,
            strategy_type_670,
            order_capacity_671,
            working_floor_672,
            self_trade_prevention_mode_673,
            prevented_match_id_674,
            prevented_quantity_675,
            used_sor_676,
            peg_price_type_677,
            peg_offset_type_678,
            peg_offset_value_679,
            pegged_price_680,
            expiry_reason_681,
        ) = _S_bbqqqqqqBBBBqqqqqqBqqqiBBBqqBBBBqB.unpack_from(view, start)
        (length_683,) = _S_B.unpack_from(view, at)
        at += 1 + length_683
        symbol_682 = str(view[at - length_683 : at], "utf-8")
        (length_685,) = _S_B.unpack_from(view, at)
        at += 1 + length_685
        client_order_id_684 = str(view[at - length_685 : at], "utf-8")
        orders_647.append(
            {
                "orderId": order_id_650,
                "orderListId": (-1 if order_list_id_651 == -9223372036854775808 else order_list_id_651),
                "price": decimal_text(price_652, price_exponent_648),
                "origQty": decimal_text(orig_qty_653, qty_exponent_649),
                "executedQty": decimal_text(executed_qty_654, qty_exponent_649),
                "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_655, price_exponent_648),
                "status": _ENUM_orderStatus[status_656],
                "timeInForce": _ENUM_timeInForce[time_in_force_657],
                "type": _ENUM_orderType[order_type_658],
                "side": _ENUM_orderSide[side_659],
                "stopPrice": (
                    None if stop_price_660 == -9223372036854775808 else decimal_text(stop_price_660, price_exponent_648)
                ),
                "trailingDelta": (None if trailing_delta_661 == -9223372036854775808 else trailing_delta_661),
                "trailingTime": (None if trailing_time_662 == -9223372036854775808 else trailing_time_662 // 1000),
                "icebergQty": (
                    None if iceberg_qty_663 == -9223372036854775808 else decimal_text(iceberg_qty_663, qty_exponent_649)
                ),
                "time": time_664 // 1000,
                "updateTime": update_time_665 // 1000,
                "isWorking": is_working_666 == 1,
                "workingTime": (-1 if working_time_667 == -9223372036854775808 else working_time_667 // 1000),
                "origQuoteOrderQty": decimal_text(orig_quote_order_qty_668, price_exponent_648),
                "strategyId": (None if strategy_id_669 == -9223372036854775808 else strategy_id_669),
                "strategyType": (None if strategy_type_670 == -2147483648 else strategy_type_670),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_671],
                "workingFloor": _ENUM_floor[working_floor_672],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_673],
                "preventedMatchId": (
                    None if prevented_match_id_674 == -9223372036854775808 else prevented_match_id_674
                ),
                "preventedQuantity": decimal_text(prevented_quantity_675, price_exponent_648),
                "usedSor": used_sor_676 == 1,
                "pegPriceType": (None if peg_price_type_677 == 255 else _ENUM_pegPriceType[peg_price_type_677]),
                "pegOffsetType": (None if peg_offset_type_678 == 255 else _ENUM_pegOffsetType[peg_offset_type_678]),
                "pegOffsetValue": (None if peg_offset_value_679 == 255 else peg_offset_value_679),
                "peggedPrice": (
                    None
                    if pegged_price_680 == -9223372036854775808
                    else decimal_text(pegged_price_680, price_exponent_648)
                ),
                "expiryReason": (None if expiry_reason_681 == 255 else _ENUM_expiryReason[expiry_reason_681]),
                "symbol": symbol_682,
                "clientOrderId": client_order_id_684,
            }
        )
    return orders_647


def _decode_new_order_list_ack_response(view: memoryview, at: int, block: int) -> Any:
    """Template 309, `NewOrderListAckResponse`."""
    order_list_id_686, contingency_type_687, list_status_type_688, list_order_status_689, transaction_time_690 = (
        _S_qBBBq.unpack_from(view, at)
    )
    at += block
    block_691, count_692 = _S_HH.unpack_from(view, at)
    at += 4
    orders_693 = []
    for _ in range(count_692):
        require_block(block_691, 8)
        start = at
        at += block_691
        (order_id_694,) = _S_q.unpack_from(view, start)
        (length_696,) = _S_B.unpack_from(view, at)
        at += 1 + length_696
        symbol_695 = str(view[at - length_696 : at], "utf-8")
        (length_698,) = _S_B.unpack_from(view, at)
        at += 1 + length_698
        client_order_id_697 = str(view[at - length_698 : at], "utf-8")
        orders_693.append({"orderId": order_id_694, "symbol": symbol_695, "clientOrderId": client_order_id_697})
    block_699, count_700 = _S_HH.unpack_from(view, at)
    at += 4
    order_reports_701 = []
    for _ in range(count_700):
        require_block(block_699, 24)
        start = at
        at += block_699
        order_id_702, order_list_id_703, transact_time_704 = _S_qqq.unpack_from(view, start)
        (length_706,) = _S_B.unpack_from(view, at)
        at += 1 + length_706
        symbol_705 = str(view[at - length_706 : at], "utf-8")
        (length_708,) = _S_B.unpack_from(view, at)
        at += 1 + length_708
        client_order_id_707 = str(view[at - length_708 : at], "utf-8")
        order_reports_701.append(
            {
                "orderId": order_id_702,
                "orderListId": (-1 if order_list_id_703 == -9223372036854775808 else order_list_id_703),
                "transactTime": transact_time_704 // 1000,
                "symbol": symbol_705,
                "clientOrderId": client_order_id_707,
            }
        )
    (length_710,) = _S_B.unpack_from(view, at)
    at += 1 + length_710
    list_client_order_id_709 = str(view[at - length_710 : at], "utf-8")
    (length_712,) = _S_B.unpack_from(view, at)
    at += 1 + length_712
    symbol_711 = str(view[at - length_712 : at], "utf-8")
    return {
        "orderListId": order_list_id_686,
        "contingencyType": _ENUM_contingencyType[contingency_type_687],
        "listStatusType": _ENUM_listStatusType[list_status_type_688],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_689],
        "transactionTime": transaction_time_690 // 1000,
        "orders": orders_693,
        "orderReports": order_reports_701,
        "listClientOrderId": list_client_order_id_709,
        "symbol": symbol_711,
    }


def _decode_new_order_list_result_response(view: memoryview, at: int, block: int) -> Any:
    """Template 310, `NewOrderListResultResponse`."""
    (
        order_list_id_713,
        contingency_type_714,
        list_status_type_715,
        list_order_status_716,
        transaction_time_717,
        price_exponent_718,
        qty_exponent_719,
    ) = _S_qBBBqbb.unpack_from(view, at)
    at += block
    block_720, count_721 = _S_HH.unpack_from(view, at)
    at += 4
    orders_722 = []
    for _ in range(count_721):
        require_block(block_720, 8)
        start = at
        at += block_720
        (order_id_723,) = _S_q.unpack_from(view, start)
        (length_725,) = _S_B.unpack_from(view, at)
        at += 1 + length_725
        symbol_724 = str(view[at - length_725 : at], "utf-8")
        (length_727,) = _S_B.unpack_from(view, at)
        at += 1 + length_727
        client_order_id_726 = str(view[at - length_727 : at], "utf-8")
        orders_722.append({"orderId": order_id_723, "symbol": symbol_724, "clientOrderId": client_order_id_726})
    block_728, count_729 = _S_HH.unpack_from(view, at)
    at += 4
    order_reports_730 = []
    for _ in range(count_729):
        require_block(block_728, 152)
        start = at
        at += block_728
        (
            order_id_731,
            order_list_id_732,
            transact_time_733,
            price_734,
            orig_qty_735,
            executed_qty_736,
            cummulative_quote_qty_737,
            status_738,
            time_in_force_739,
            order_type_740,
            side_741,
            stop_price_742,
            trailing_delta_743,
            trailing_time_744,
            working_time_745,
            iceberg_qty_746,
            strategy_id_747,
            strategy_type_748,
            order_capacity_749,
            working_floor_750,
            self_trade_prevention_mode_751,
            trade_group_id_752,
            prevented_quantity_753,
            used_sor_754,
            orig_quote_order_qty_755,
            peg_price_type_756,
            peg_offset_type_757,
            peg_offset_value_758,
            pegged_price_759,
            expiry_reason_760,
        ) = _S_qqqqqqqBBBBqqqqqqiBBBqqBqBBBqB.unpack_from(view, start)
        (length_762,) = _S_B.unpack_from(view, at)
        at += 1 + length_762
        symbol_761 = str(view[at - length_762 : at], "utf-8")
        (length_764,) = _S_B.unpack_from(view, at)
        at += 1 + length_764
        client_order_id_763 = str(view[at - length_764 : at], "utf-8")
        order_reports_730.append(
            {
                "orderId": order_id_731,
                "orderListId": (-1 if order_list_id_732 == -9223372036854775808 else order_list_id_732),
                "transactTime": transact_time_733 // 1000,
                "price": decimal_text(price_734, price_exponent_718),
                "origQty": decimal_text(orig_qty_735, qty_exponent_719),
                "executedQty": decimal_text(executed_qty_736, qty_exponent_719),
                "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_737, price_exponent_718),
                "status": _ENUM_orderStatus[status_738],
                "timeInForce": _ENUM_timeInForce[time_in_force_739],
                "type": _ENUM_orderType[order_type_740],
                "side": _ENUM_orderSide[side_741],
                "stopPrice": (
                    None if stop_price_742 == -9223372036854775808 else decimal_text(stop_price_742, price_exponent_718)
                ),
                "trailingDelta": (None if trailing_delta_743 == -9223372036854775808 else trailing_delta_743),
                "trailingTime": (None if trailing_time_744 == -9223372036854775808 else trailing_time_744 // 1000),
                "workingTime": (-1 if working_time_745 == -9223372036854775808 else working_time_745 // 1000),
                "icebergQty": (
                    None if iceberg_qty_746 == -9223372036854775808 else decimal_text(iceberg_qty_746, qty_exponent_719)
                ),
                "strategyId": (None if strategy_id_747 == -9223372036854775808 else strategy_id_747),
                "strategyType": (None if strategy_type_748 == -2147483648 else strategy_type_748),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_749],
                "workingFloor": _ENUM_floor[working_floor_750],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_751],
                "tradeGroupId": (None if trade_group_id_752 == -9223372036854775808 else trade_group_id_752),
                "preventedQuantity": decimal_text(prevented_quantity_753, qty_exponent_719),
                "usedSor": used_sor_754 == 1,
                "origQuoteOrderQty": decimal_text(orig_quote_order_qty_755, price_exponent_718),
                "pegPriceType": (None if peg_price_type_756 == 255 else _ENUM_pegPriceType[peg_price_type_756]),
                "pegOffsetType": (None if peg_offset_type_757 == 255 else _ENUM_pegOffsetType[peg_offset_type_757]),
                "pegOffsetValue": (None if peg_offset_value_758 == 255 else peg_offset_value_758),
                "peggedPrice": (
                    None
                    if pegged_price_759 == -9223372036854775808
                    else decimal_text(pegged_price_759, price_exponent_718)
                ),
                "expiryReason": (None if expiry_reason_760 == 255 else _ENUM_expiryReason[expiry_reason_760]),
                "symbol": symbol_761,
                "clientOrderId": client_order_id_763,
            }
        )
    (length_766,) = _S_B.unpack_from(view, at)
    at += 1 + length_766
    list_client_order_id_765 = str(view[at - length_766 : at], "utf-8")
    (length_768,) = _S_B.unpack_from(view, at)
    at += 1 + length_768
    symbol_767 = str(view[at - length_768 : at], "utf-8")
    return {
        "orderListId": order_list_id_713,
        "contingencyType": _ENUM_contingencyType[contingency_type_714],
        "listStatusType": _ENUM_listStatusType[list_status_type_715],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_716],
        "transactionTime": transaction_time_717 // 1000,
        "orders": orders_722,
        "orderReports": order_reports_730,
        "listClientOrderId": list_client_order_id_765,
        "symbol": symbol_767,
    }


def _decode_new_order_list_full_response(view: memoryview, at: int, block: int) -> Any:
    """Template 311, `NewOrderListFullResponse`."""
    (
        order_list_id_769,
        contingency_type_770,
        list_status_type_771,
        list_order_status_772,
        transaction_time_773,
        price_exponent_774,
        qty_exponent_775,
    ) = _S_qBBBqbb.unpack_from(view, at)
    at += block
    block_776, count_777 = _S_HH.unpack_from(view, at)
    at += 4
    orders_778 = []
    for _ in range(count_777):
        require_block(block_776, 8)
        start = at
        at += block_776
        (order_id_779,) = _S_q.unpack_from(view, start)
        (length_781,) = _S_B.unpack_from(view, at)
        at += 1 + length_781
        symbol_780 = str(view[at - length_781 : at], "utf-8")
        (length_783,) = _S_B.unpack_from(view, at)
        at += 1 + length_783
        client_order_id_782 = str(view[at - length_783 : at], "utf-8")
        orders_778.append({"orderId": order_id_779, "symbol": symbol_780, "clientOrderId": client_order_id_782})
    block_784, count_785 = _S_HH.unpack_from(view, at)
    at += 4
    order_reports_786 = []
    for _ in range(count_785):
        require_block(block_784, 152)
        start = at
        at += block_784
        (
            order_id_787,
            order_list_id_788,
            transact_time_789,
            price_790,
            orig_qty_791,
            executed_qty_792,
            cummulative_quote_qty_793,
            status_794,
            time_in_force_795,
            order_type_796,
            side_797,
            stop_price_798,
            trailing_delta_799,
            trailing_time_800,
            working_time_801,
            iceberg_qty_802,
            strategy_id_803,
            strategy_type_804,
            order_capacity_805,
            working_floor_806,
            self_trade_prevention_mode_807,
            trade_group_id_808,
            prevented_quantity_809,
            used_sor_810,
            orig_quote_order_qty_811,
            peg_price_type_812,
            peg_offset_type_813,
            peg_offset_value_814,
            pegged_price_815,
            expiry_reason_816,
        ) = _S_qqqqqqqBBBBqqqqqqiBBBqqBqBBBqB.unpack_from(view, start)
        block_817, count_818 = _S_HI.unpack_from(view, at)
        at += 6
        fills_819 = []
        for _ in range(count_818):
            require_block(block_817, 42)
            start = at
            at += block_817
            commission_exponent_820, match_type_821, price_822, qty_823, commission_824, trade_id_825, alloc_id_826 = (
                _S_bBqqqqq.unpack_from(view, start)
            )
            (length_828,) = _S_B.unpack_from(view, at)
            at += 1 + length_828
            commission_asset_827 = str(view[at - length_828 : at], "utf-8") if length_828 else None
            fills_819.append(
                {
                    "matchType": _ENUM_matchType[match_type_821],
                    "price": decimal_text(price_822, price_exponent_774),
                    "qty": decimal_text(qty_823, qty_exponent_775),
                    "commission": decimal_text(commission_824, commission_exponent_820),
                    "tradeId": (None if trade_id_825 == -9223372036854775808 else trade_id_825),
                    "allocId": (None if alloc_id_826 == -9223372036854775808 else alloc_id_826),
                    "commissionAsset": commission_asset_827,
                }
            )
        block_829, count_830 = _S_HI.unpack_from(view, at)
        at += 6
        prevented_matches_831 = []
        for _ in range(count_830):
            require_block(block_829, 40)
            start = at
            at += block_829
            (
                prevented_match_id_832,
                maker_order_id_833,
                price_834,
                taker_prevented_quantity_835,
                maker_prevented_quantity_836,
            ) = _S_qqqqq.unpack_from(view, start)
            (length_838,) = _S_B.unpack_from(view, at)
            at += 1 + length_838
            maker_symbol_837 = str(view[at - length_838 : at], "utf-8") if length_838 else None
            prevented_matches_831.append(
                {
                    "preventedMatchId": prevented_match_id_832,
                    "makerOrderId": (None if maker_order_id_833 == -9223372036854775808 else maker_order_id_833),
                    "price": (
                        None if price_834 == -9223372036854775808 else decimal_text(price_834, price_exponent_774)
                    ),
                    "takerPreventedQuantity": (
                        None
                        if taker_prevented_quantity_835 == -9223372036854775808
                        else decimal_text(taker_prevented_quantity_835, qty_exponent_775)
                    ),
                    "makerPreventedQuantity": (
                        None
                        if maker_prevented_quantity_836 == -9223372036854775808
                        else decimal_text(maker_prevented_quantity_836, qty_exponent_775)
                    ),
                    "makerSymbol": maker_symbol_837,
                }
            )
        (length_840,) = _S_B.unpack_from(view, at)
        at += 1 + length_840
        symbol_839 = str(view[at - length_840 : at], "utf-8")
        (length_842,) = _S_B.unpack_from(view, at)
        at += 1 + length_842
        client_order_id_841 = str(view[at - length_842 : at], "utf-8")
        order_reports_786.append(
            {
                "orderId": order_id_787,
                "orderListId": (-1 if order_list_id_788 == -9223372036854775808 else order_list_id_788),
                "transactTime": transact_time_789 // 1000,
                "price": decimal_text(price_790, price_exponent_774),
                "origQty": decimal_text(orig_qty_791, qty_exponent_775),
                "executedQty": decimal_text(executed_qty_792, qty_exponent_775),
                "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_793, price_exponent_774),
                "status": _ENUM_orderStatus[status_794],
                "timeInForce": _ENUM_timeInForce[time_in_force_795],
                "type": _ENUM_orderType[order_type_796],
                "side": _ENUM_orderSide[side_797],
                "stopPrice": (
                    None if stop_price_798 == -9223372036854775808 else decimal_text(stop_price_798, price_exponent_774)
                ),
                "trailingDelta": (None if trailing_delta_799 == -9223372036854775808 else trailing_delta_799),
                "trailingTime": (None if trailing_time_800 == -9223372036854775808 else trailing_time_800 // 1000),
                "workingTime": (-1 if working_time_801 == -9223372036854775808 else working_time_801 // 1000),
                "icebergQty": (
                    None if iceberg_qty_802 == -9223372036854775808 else decimal_text(iceberg_qty_802, qty_exponent_775)
                ),
                "strategyId": (None if strategy_id_803 == -9223372036854775808 else strategy_id_803),
                "strategyType": (None if strategy_type_804 == -2147483648 else strategy_type_804),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_805],
                "workingFloor": _ENUM_floor[working_floor_806],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_807],
                "tradeGroupId": (None if trade_group_id_808 == -9223372036854775808 else trade_group_id_808),
                "preventedQuantity": decimal_text(prevented_quantity_809, qty_exponent_775),
                "usedSor": used_sor_810 == 1,
                "origQuoteOrderQty": decimal_text(orig_quote_order_qty_811, price_exponent_774),
                "pegPriceType": (None if peg_price_type_812 == 255 else _ENUM_pegPriceType[peg_price_type_812]),
                "pegOffsetType": (None if peg_offset_type_813 == 255 else _ENUM_pegOffsetType[peg_offset_type_813]),
                "pegOffsetValue": (None if peg_offset_value_814 == 255 else peg_offset_value_814),
                "peggedPrice": (
                    None
                    if pegged_price_815 == -9223372036854775808
                    else decimal_text(pegged_price_815, price_exponent_774)
                ),
                "expiryReason": (None if expiry_reason_816 == 255 else _ENUM_expiryReason[expiry_reason_816]),
                "fills": fills_819,
                "preventedMatches": prevented_matches_831,
                "symbol": symbol_839,
                "clientOrderId": client_order_id_841,
            }
        )
    (length_844,) = _S_B.unpack_from(view, at)
    at += 1 + length_844
    list_client_order_id_843 = str(view[at - length_844 : at], "utf-8")
    (length_846,) = _S_B.unpack_from(view, at)
    at += 1 + length_846
    symbol_845 = str(view[at - length_846 : at], "utf-8")
    return {
        "orderListId": order_list_id_769,
        "contingencyType": _ENUM_contingencyType[contingency_type_770],
        "listStatusType": _ENUM_listStatusType[list_status_type_771],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_772],
        "transactionTime": transaction_time_773 // 1000,
        "orders": orders_778,
        "orderReports": order_reports_786,
        "listClientOrderId": list_client_order_id_843,
        "symbol": symbol_845,
    }


def _decode_cancel_order_list_response(view: memoryview, at: int, block: int) -> Any:
    """Template 312, `CancelOrderListResponse`."""
    (
        order_list_id_847,
        contingency_type_848,
        list_status_type_849,
        list_order_status_850,
        transaction_time_851,
        price_exponent_852,
        qty_exponent_853,
    ) = _S_qBBBqbb.unpack_from(view, at)
    at += block
    block_854, count_855 = _S_HH.unpack_from(view, at)
    at += 4
    orders_856 = []
    for _ in range(count_855):
        require_block(block_854, 8)
        start = at
        at += block_854
        (order_id_857,) = _S_q.unpack_from(view, start)
        (length_859,) = _S_B.unpack_from(view, at)
        at += 1 + length_859
        symbol_858 = str(view[at - length_859 : at], "utf-8")
        (length_861,) = _S_B.unpack_from(view, at)
        at += 1 + length_861
        client_order_id_860 = str(view[at - length_861 : at], "utf-8")
        orders_856.append({"orderId": order_id_857, "symbol": symbol_858, "clientOrderId": client_order_id_860})
    block_862, count_863 = _S_HH.unpack_from(view, at)
    at += 4
    order_reports_864 = []
    for _ in range(count_863):
        require_block(block_862, 135)
        start = at
        at += block_862
        (
            order_id_865,
            order_list_id_866,
            transact_time_867,
            price_868,
            orig_qty_869,
            executed_qty_870,
            cummulative_quote_qty_871,
            status_872,
            time_in_force_873,
            order_type_874,
            side_875,
            stop_price_876,
            trailing_delta_877,
            trailing_time_878,
            iceberg_qty_879,
            strategy_id_880,
            strategy_type_881,
            order_capacity_882,
            working_floor_883,
            self_trade_prevention_mode_884,
            prevented_quantity_885,
            used_sor_886,
            orig_quote_order_qty_887,
            peg_price_type_888,
            peg_offset_type_889,
            peg_offset_value_890,
            pegged_price_891,
        ) = _S_qqqqqqqBBBBqqqqqiBBBqBqBBBq.unpack_from(view, start)
        (length_893,) = _S_B.unpack_from(view, at)
        at += 1 + length_893
        symbol_892 = str(view[at - length_893 : at], "utf-8")
        (length_895,) = _S_B.unpack_from(view, at)
        at += 1 + length_895
        orig_client_order_id_894 = str(view[at - length_895 : at], "utf-8")
        (length_897,) = _S_B.unpack_from(view, at)
        at += 1 + length_897
        client_order_id_896 = str(view[at - length_897 : at], "utf-8")
        order_reports_864.append(
            {
                "orderId": order_id_865,
                "orderListId": (-1 if order_list_id_866 == -9223372036854775808 else order_list_id_866),
                "transactTime": transact_time_867 // 1000,
                "price": decimal_text(price_868, price_exponent_852),
                "origQty": decimal_text(orig_qty_869, qty_exponent_853),
                "executedQty": decimal_text(executed_qty_870, qty_exponent_853),
                "cummulativeQuoteQty": decimal_text(cummulative_quote_qty_871, price_exponent_852),
                "status": _ENUM_orderStatus[status_872],
                "timeInForce": _ENUM_timeInForce[time_in_force_873],
                "type": _ENUM_orderType[order_type_874],
                "side": _ENUM_orderSide[side_875],
                "stopPrice": (
                    None if stop_price_876 == -9223372036854775808 else decimal_text(stop_price_876, price_exponent_852)
                ),
                "trailingDelta": (None if trailing_delta_877 == -9223372036854775808 else trailing_delta_877),
                "trailingTime": (None if trailing_time_878 == -9223372036854775808 else trailing_time_878 // 1000),
                "icebergQty": (
                    None if iceberg_qty_879 == -9223372036854775808 else decimal_text(iceberg_qty_879, qty_exponent_853)
                ),
                "strategyId": (None if strategy_id_880 == -9223372036854775808 else strategy_id_880),
                "strategyType": (None if strategy_type_881 == -2147483648 else strategy_type_881),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_882],
                "workingFloor": _ENUM_floor[working_floor_883],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_884],
                "preventedQuantity": decimal_text(prevented_quantity_885, qty_exponent_853),
                "usedSor": used_sor_886 == 1,
                "origQuoteOrderQty": decimal_text(orig_quote_order_qty_887, price_exponent_852),
                "pegPriceType": (None if peg_price_type_888 == 255 else _ENUM_pegPriceType[peg_price_type_888]),
                "pegOffsetType": (None if peg_offset_type_889 == 255 else _ENUM_pegOffsetType[peg_offset_type_889]),
                "pegOffsetValue": (None if peg_offset_value_890 == 255 else peg_offset_value_890),
                "peggedPrice": (
                    None
                    if pegged_price_891 == -9223372036854775808
                    else decimal_text(pegged_price_891, price_exponent_852)
                ),
                "symbol": symbol_892,
                "origClientOrderId": orig_client_order_id_894,
                "clientOrderId": client_order_id_896,
            }
        )
    (length_899,) = _S_B.unpack_from(view, at)
    at += 1 + length_899
    list_client_order_id_898 = str(view[at - length_899 : at], "utf-8")
    (length_901,) = _S_B.unpack_from(view, at)
    at += 1 + length_901
    symbol_900 = str(view[at - length_901 : at], "utf-8")
    return {
        "orderListId": order_list_id_847,
        "contingencyType": _ENUM_contingencyType[contingency_type_848],
        "listStatusType": _ENUM_listStatusType[list_status_type_849],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_850],
        "transactionTime": transaction_time_851 // 1000,
        "orders": orders_856,
        "orderReports": order_reports_864,
        "listClientOrderId": list_client_order_id_898,
        "symbol": symbol_900,
    }


def _decode_order_list_response(view: memoryview, at: int, block: int) -> Any:
    """Template 313, `OrderListResponse`."""
    order_list_id_902, contingency_type_903, list_status_type_904, list_order_status_905, transaction_time_906 = (
        _S_qBBBq.unpack_from(view, at)
    )
    at += block
    block_907, count_908 = _S_HH.unpack_from(view, at)
    at += 4
    orders_909 = []
    for _ in range(count_908):
        require_block(block_907, 8)
        start = at
        at += block_907
        (order_id_910,) = _S_q.unpack_from(view, start)
        (length_912,) = _S_B.unpack_from(view, at)
        at += 1 + length_912
        symbol_911 = str(view[at - length_912 : at], "utf-8")
        (length_914,) = _S_B.unpack_from(view, at)
        at += 1 + length_914
        client_order_id_913 = str(view[at - length_914 : at], "utf-8")
        orders_909.append({"orderId": order_id_910, "symbol": symbol_911, "clientOrderId": client_order_id_913})
    (length_916,) = _S_B.unpack_from(view, at)
    at += 1 + length_916
    list_client_order_id_915 = str(view[at - length_916 : at], "utf-8")
    (length_918,) = _S_B.unpack_from(view, at)
    at += 1 + length_918
    symbol_917 = str(view[at - length_918 : at], "utf-8")
    return {
        "orderListId": order_list_id_902,
        "contingencyType": _ENUM_contingencyType[contingency_type_903],
        "listStatusType": _ENUM_listStatusType[list_status_type_904],
        "listOrderStatus": _ENUM_listOrderStatus[list_order_status_905],
        "transactionTime": transaction_time_906 // 1000,
        "orders": orders_909,
        "listClientOrderId": list_client_order_id_915,
        "symbol": symbol_917,
    }


def _decode_order_lists_response(view: memoryview, at: int, block: int) -> Any:
    """Template 314, `OrderListsResponse`."""
    at += block
    block_919, count_920 = _S_HI.unpack_from(view, at)
    at += 6
    order_lists_921 = []
    for _ in range(count_920):
        require_block(block_919, 19)
        start = at
        at += block_919
        order_list_id_922, contingency_type_923, list_status_type_924, list_order_status_925, transaction_time_926 = (
            _S_qBBBq.unpack_from(view, start)
        )
        block_927, count_928 = _S_HI.unpack_from(view, at)
        at += 6
        orders_929 = []
        for _ in range(count_928):
            require_block(block_927, 8)
            start = at
            at += block_927
            (order_id_930,) = _S_q.unpack_from(view, start)
            (length_932,) = _S_B.unpack_from(view, at)
            at += 1 + length_932
            symbol_931 = str(view[at - length_932 : at], "utf-8")
            (length_934,) = _S_B.unpack_from(view, at)
            at += 1 + length_934
            client_order_id_933 = str(view[at - length_934 : at], "utf-8")
            orders_929.append({"orderId": order_id_930, "symbol": symbol_931, "clientOrderId": client_order_id_933})
        (length_936,) = _S_B.unpack_from(view, at)
        at += 1 + length_936
        list_client_order_id_935 = str(view[at - length_936 : at], "utf-8")
        (length_938,) = _S_B.unpack_from(view, at)
        at += 1 + length_938
        symbol_937 = str(view[at - length_938 : at], "utf-8")
        order_lists_921.append(
            {
                "orderListId": order_list_id_922,
                "contingencyType": _ENUM_contingencyType[contingency_type_923],
                "listStatusType": _ENUM_listStatusType[list_status_type_924],
                "listOrderStatus": _ENUM_listOrderStatus[list_order_status_925],
                "transactionTime": transaction_time_926 // 1000,
                "orders": orders_929,
                "listClientOrderId": list_client_order_id_935,
                "symbol": symbol_937,
            }
        )
    return order_lists_921


def _decode_order_test_with_commissions_response(view: memoryview, at: int, block: int) -> Any:
    """Template 315, `OrderTestWithCommissionsResponse`."""
    (
        commission_exponent_939,
        discount_exponent_940,
        standard_commission_for_order_maker_941,
        standard_commission_for_order_taker_942,
        tax_commission_for_order_maker_943,
        tax_commission_for_order_taker_944,
        discount_enabled_for_account_945,
        discount_enabled_for_symbol_946,
        discount_947,
        special_commission_for_order_maker_948,
        special_commission_for_order_taker_949,
    ) = _S_bbqqqqBBqqq.unpack_from(view, at)
    at += block
    (length_951,) = _S_B.unpack_from(view, at)
    at += 1 + length_951
    discount_asset_950 = str(view[at - length_951 : at], "utf-8") if length_951 else None
    return {
        "standardCommissionForOrder.maker": decimal_text(
            standard_commission_for_order_maker_941, commission_exponent_939
        ),
        "standardCommissionForOrder.taker": decimal_text(
            standard_commission_for_order_taker_942, commission_exponent_939
        ),
        "taxCommissionForOrder.maker": decimal_text(tax_commission_for_order_maker_943, commission_exponent_939),
        "taxCommissionForOrder.taker": decimal_text(tax_commission_for_order_taker_944, commission_exponent_939),
        "discount.enabledForAccount": discount_enabled_for_account_945 == 1,
        "discount.enabledForSymbol": discount_enabled_for_symbol_946 == 1,
        "discount.discount": decimal_text(discount_947, discount_exponent_940),
        "specialCommissionForOrder.maker": (
            None
            if special_commission_for_order_maker_948 == -9223372036854775808
            else decimal_text(special_commission_for_order_maker_948, commission_exponent_939)
        ),
        "specialCommissionForOrder.taker": (
            None
            if special_commission_for_order_taker_949 == -9223372036854775808
            else decimal_text(special_commission_for_order_taker_949, commission_exponent_939)
        ),
        "discount.discountAsset": discount_asset_950,
    }


def _decode_order_amendments_response(view: memoryview, at: int, block: int) -> Any:
    """Template 316, `OrderAmendmentsResponse`."""
    at += block
    block_952, count_953 = _S_HI.unpack_from(view, at)
    at += 6
    amendments_954 = []
    for _ in range(count_953):
        require_block(block_952, 41)
        start = at
        at += block_952
        order_id_955, execution_id_956, qty_exponent_957, orig_qty_958, new_qty_959, time_960 = _S_qqbqqq.unpack_from(
            view, start
        )
        (length_962,) = _S_B.unpack_from(view, at)
        at += 1 + length_962
        symbol_961 = str(view[at - length_962 : at], "utf-8")
        (length_964,) = _S_B.unpack_from(view, at)
        at += 1 + length_964
        orig_client_order_id_963 = str(view[at - length_964 : at], "utf-8")
        (length_966,) = _S_B.unpack_from(view, at)
        at += 1 + length_966
        new_client_order_id_965 = str(view[at - length_966 : at], "utf-8")
        amendments_954.append(
            {
                "orderId": order_id_955,
                "executionId": execution_id_956,
                "origQty": decimal_text(orig_qty_958, qty_exponent_957),
                "newQty": decimal_text(new_qty_959, qty_exponent_957),
                "time": time_960 // 1000,
                "symbol": symbol_961,
                "origClientOrderId": orig_client_order_id_963,
                "newClientOrderId": new_client_order_id_965,
            }
        )
    return amendments_954


def _decode_order_amend_keep_priority_response(view: memoryview, at: int, block: int) -> Any:
    """Template 317, `OrderAmendKeepPriorityResponse`."""
    (
        transact_time_967,
        execution_id_968,
        price_exponent_969,
        qty_exponent_970,
        order_id_971,
        order_list_id_972,
        price_973,
        qty_974,
        executed_qty_975,
        prevented_qty_976,
        cumulative_quote_qty_977,
        status_978,
        time_in_force_979,
        order_type_980,
        side_981,
        stop_price_982,
        trailing_delta_983,
        trailing_time_984,
        iceberg_qty_985,
        working_time_986,
        strategy_id_987,
        strategy_type_988,
        order_capacity_989,
        working_floor_990,
        self_trade_prevention_mode_991,
        used_sor_992,
        peg_price_type_993,
        peg_offset_type_994,
        peg_offset_value_995,
        pegged_price_996,
    ) = _S_qqbbqqqqqqqBBBBqqqqqqiBBBBBBBq.unpack_from(view, at)
    at += block
    block_997, count_998 = _S_HH.unpack_from(view, at)
    at += 4
    list_status_999 = []
    for _ in range(count_998):
        require_block(block_997, 10)
        start = at
        at += block_997
        order_list_id_1000, contingency_type_1001, list_order_status_1002 = _S_qBB.unpack_from(view, start)
        block_1003, count_1004 = _S_HH.unpack_from(view, at)
        at += 4
        orders_1005 = []
        for _ in range(count_1004):
            require_block(block_1003, 8)
            start = at
            at += block_1003
            (order_id_1006,) = _S_q.unpack_from(view, start)
            (length_1008,) = _S_B.unpack_from(view, at)
            at += 1 + length_1008
            symbol_1007 = str(view[at - length_1008 : at], "utf-8")
            (length_1010,) = _S_B.unpack_from(view, at)
            at += 1 + length_1010
            client_order_id_1009 = str(view[at - length_1010 : at], "utf-8")
            orders_1005.append({"orderId": order_id_1006, "symbol": symbol_1007, "clientOrderId": client_order_id_1009})
        (length_1012,) = _S_B.unpack_from(view, at)
        at += 1 + length_1012
        list_client_order_id_1011 = str(view[at - length_1012 : at], "utf-8")
        (length_1014,) = _S_B.unpack_from(view, at)
        at += 1 + length_1014
        symbol_1013 = str(view[at - length_1014 : at], "utf-8")
        list_status_999.append(
            {
                "orderListId": order_list_id_1000,
                "contingencyType": _ENUM_contingencyType[contingency_type_1001],
                "listOrderStatus": _ENUM_listOrderStatus[list_order_status_1002],
                "orders": orders_1005,
                "listClientOrderId": list_client_order_id_1011,
                "symbol": symbol_1013,
            }
        )
    block_1015, count_1016 = _S_HH.unpack_from(view, at)
    at += 4
    related_orders_1017 = []
    for _ in range(count_1016):
        require_block(block_1015, 127)
        start = at
        at += block_1015
        (
            order_id_1018,
            order_list_id_1019,
            price_1020,
            qty_1021,
            executed_qty_1022,
            prevented_qty_1023,
            cumulative_quote_qty_1024,
            status_1025,
            time_in_force_1026,
            order_type_1027,
            side_1028,
            stop_price_1029,
            trailing_delta_1030,
            trailing_time_1031,
            iceberg_qty_1032,
            working_time_1033,
            strategy_id_1034,
            strategy_type_1035,
            order_capacity_1036,
            working_floor_1037,
            self_trade_prevention_mode_1038,
            used_sor_1039,
            peg_price_type_1040,
            peg_offset_type_1041,
            peg_offset_value_1042,
            pegged_price_1043,
        ) = _S_qqqqqqqBBBBqqqqqqiBBBBBBBq.unpack_from(view, start)
        (length_1045,) = _S_B.unpack_from(view, at)
        at += 1 + length_1045
        symbol_1044 = str(view[at - length_1045 : at], "utf-8")
        (length_1047,) = _S_B.unpack_from(view, at)
        at += 1 + length_1047
        client_order_id_1046 = str(view[at - length_1047 : at], "utf-8") if length_1047 else None
        related_orders_1017.append(
            {
                "orderId": order_id_1018,
                "orderListId": (-1 if order_list_id_1019 == -9223372036854775808 else order_list_id_1019),
                "price": decimal_text(price_1020, price_exponent_969),
                "qty": decimal_text(qty_1021, qty_exponent_970),
                "executedQty": decimal_text(executed_qty_1022, qty_exponent_970),
                "preventedQty": decimal_text(prevented_qty_1023, qty_exponent_970),
                "cumulativeQuoteQty": decimal_text(cumulative_quote_qty_1024, price_exponent_969),
                "status": _ENUM_orderStatus[status_1025],
                "timeInForce": _ENUM_timeInForce[time_in_force_1026],
                "type": _ENUM_orderType[order_type_1027],
                "side": _ENUM_orderSide[side_1028],
                "stopPrice": (
                    None
                    if stop_price_1029 == -9223372036854775808
                    else decimal_text(stop_price_1029, price_exponent_969)
                ),
                "trailingDelta": (None if trailing_delta_1030 == -9223372036854775808 else trailing_delta_1030),
                "trailingTime": (None if trailing_time_1031 == -9223372036854775808 else trailing_time_1031 // 1000),
                "icebergQty": (
                    None
                    if iceberg_qty_1032 == -9223372036854775808
                    else decimal_text(iceberg_qty_1032, qty_exponent_970)
                ),
                "workingTime": (-1 if working_time_1033 == -9223372036854775808 else working_time_1033 // 1000),
                "strategyId": (None if strategy_id_1034 == -9223372036854775808 else strategy_id_1034),
                "strategyType": (None if strategy_type_1035 == -2147483648 else strategy_type_1035),
                "orderCapacity": _ENUM_orderCapacity[order_capacity_1036],
                "workingFloor": _ENUM_floor[working_floor_1037],
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_1038],
                "usedSor": used_sor_1039 == 1,
                "pegPriceType": (None if peg_price_type_1040 == 255 else _ENUM_pegPriceType[peg_price_type_1040]),
                "pegOffsetType": (None if peg_offset_type_1041 == 255 else _ENUM_pegOffsetType[peg_offset_type_1041]),
                "pegOffsetValue": (None if peg_offset_value_1042 == 255 else peg_offset_value_1042),
                "peggedPrice": (
                    None
                    if pegged_price_1043 == -9223372036854775808
                    else decimal_text(pegged_price_1043, price_exponent_969)
                ),
                "symbol": symbol_1044,
                "clientOrderId": client_order_id_1046,
            }
        )
    (length_1049,) = _S_B.unpack_from(view, at)
    at += 1 + length_1049
    symbol_1048 = str(view[at - length_1049 : at], "utf-8")
    (length_1051,) = _S_B.unpack_from(view, at)
    at += 1 + length_1051
    orig_client_order_id_1050 = str(view[at - length_1051 : at], "utf-8") if length_1051 else None
    (length_1053,) = _S_B.unpack_from(view, at)
    at += 1 + length_1053
    client_order_id_1052 = str(view[at - length_1053 : at], "utf-8") if length_1053 else None
    return {
        "transactTime": transact_time_967 // 1000,
        "executionId": execution_id_968,
        "orderId": order_id_971,
        "orderListId": (-1 if order_list_id_972 == -9223372036854775808 else order_list_id_972),
        "price": decimal_text(price_973, price_exponent_969),
        "qty": decimal_text(qty_974, qty_exponent_970),
        "executedQty": decimal_text(executed_qty_975, qty_exponent_970),
        "preventedQty": decimal_text(prevented_qty_976, qty_exponent_970),
        "cumulativeQuoteQty": decimal_text(cumulative_quote_qty_977, price_exponent_969),
        "status": _ENUM_orderStatus[status_978],
        "timeInForce": _ENUM_timeInForce[time_in_force_979],
        "type": _ENUM_orderType[order_type_980],
        "side": _ENUM_orderSide[side_981],
        "stopPrice": (
            None if stop_price_982 == -9223372036854775808 else decimal_text(stop_price_982, price_exponent_969)
        ),
        "trailingDelta": (None if trailing_delta_983 == -9223372036854775808 else trailing_delta_983),
        "trailingTime": (None if trailing_time_984 == -9223372036854775808 else trailing_time_984 // 1000),
        "icebergQty": (
            None if iceberg_qty_985 == -9223372036854775808 else decimal_text(iceberg_qty_985, qty_exponent_970)
        ),
        "workingTime": (-1 if working_time_986 == -9223372036854775808 else working_time_986 // 1000),
        "strategyId": (None if strategy_id_987 == -9223372036854775808 else strategy_id_987),
        "strategyType": (None if strategy_type_988 == -2147483648 else strategy_type_988),
        "orderCapacity": _ENUM_orderCapacity[order_capacity_989],
        "workingFloor": _ENUM_floor[working_floor_990],
        "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_991],
        "usedSor": used_sor_992 == 1,
        "pegPriceType": (None if peg_price_type_993 == 255 else _ENUM_pegPriceType[peg_price_type_993]),
        "pegOffsetType": (None if peg_offset_type_994 == 255 else _ENUM_pegOffsetType[peg_offset_type_994]),
        "pegOffsetValue": (None if peg_offset_value_995 == 255 else peg_offset_value_995),
        "peggedPrice": (
            None if pegged_price_996 == -9223372036854775808 else decimal_text(pegged_price_996, price_exponent_969)
        ),
        "listStatus": list_status_999,
        "relatedOrders": related_orders_1017,
        "symbol": symbol_1048,
        "origClientOrderId": orig_client_order_id_1050,
        "clientOrderId": client_order_id_1052,
    }


def _decode_account_response(view: memoryview, at: int, block: int) -> Any:
    """Template 400, `AccountResponse`."""
    (
        commission_exponent_1054,
        commission_rate_maker_1055,
        commission_rate_taker_1056,
        commission_rate_buyer_1057,
        commission_rate_seller_1058,
        can_trade_1059,
        can_withdraw_1060,
        can_deposit_1061,
        brokered_1062,
        require_self_trade_prevention_1063,
        prevent_sor_1064,
        update_time_1065,
        account_type_1066,
        trade_group_id_1067,
        uid_1068,
    ) = _S_bqqqqBBBBBBqBqq.unpack_from(view, at)
    at += block
    block_1069, count_1070 = _S_HI.unpack_from(view, at)
    at += 6
    balances_1071 = []
    for _ in range(count_1070):
        require_block(block_1069, 17)
        start = at
        at += block_1069
        exponent_1072, free_1073, locked_1074 = _S_bqq.unpack_from(view, start)
        (length_1076,) = _S_B.unpack_from(view, at)
        at += 1 + length_1076
        asset_1075 = str(view[at - length_1076 : at], "utf-8")
        balances_1071.append(
            {
                "free": decimal_text(free_1073, exponent_1072),
                "locked": decimal_text(locked_1074, exponent_1072),
                "asset": asset_1075,
            }
        )
    block_1077, count_1078 = _S_HI.unpack_from(view, at)
    at += 6
    permissions_1079 = []
    for _ in range(count_1078):
        at += block_1077
        (length_1081,) = _S_B.unpack_from(view, at)
        at += 1 + length_1081
        permission_1080 = str(view[at - length_1081 : at], "utf-8")
        permissions_1079.append(permission_1080)
    block_1082, count_1083 = _S_HI.unpack_from(view, at)
    at += 6
    reduce_only_assets_1084 = []
    for _ in range(count_1083):
        at += block_1082
        (length_1086,) = _S_B.unpack_from(view, at)
        at += 1 + length_1086
        asset_1085 = str(view[at - length_1086 : at], "utf-8")
        reduce_only_assets_1084.append(asset_1085)
    return {
        "commissionRates.maker": decimal_text(commission_rate_maker_1055, commission_exponent_1054),
        "commissionRates.taker": decimal_text(commission_rate_taker_1056, commission_exponent_1054),
        "commissionRates.buyer": decimal_text(commission_rate_buyer_1057, commission_exponent_1054),
        "commissionRates.seller": decimal_text(commission_rate_seller_1058, commission_exponent_1054),
        "canTrade": can_trade_1059 == 1,
        "canWithdraw": can_withdraw_1060 == 1,
        "canDeposit": can_deposit_1061 == 1,
        "brokered": brokered_1062 == 1,
        "requireSelfTradePrevention": require_self_trade_prevention_1063 == 1,
        "preventSor": prevent_sor_1064 == 1,
        "updateTime": update_time_1065 // 1000,
        "accountType": _ENUM_accountType[account_type_1066],
        "tradeGroupId": (None if trade_group_id_1067 == -9223372036854775808 else trade_group_id_1067),
        "uid": uid_1068,
        "balances": balances_1071,
        "permissions": permissions_1079,
        "reduceOnlyAssets": reduce_only_assets_1084,
    }


def _decode_account_trades_response(view: memoryview, at: int, block: int) -> Any:
    """Template 401, `AccountTradesResponse`."""
    at += block
    block_1087, count_1088 = _S_HI.unpack_from(view, at)
    at += 6
    trades_1089 = []
    for _ in range(count_1088):
        require_block(block_1087, 70)
        start = at
        at += block_1087
        (
            price_exponent_1090,
            qty_exponent_1091,
            commission_exponent_1092,
            id_1093,
            order_id_1094,
            order_list_id_1095,
            price_1096,
            qty_1097,
            quote_qty_1098,
            commission_1099,
            time_1100,
            is_buyer_1101,
            is_maker_1102,
            is_best_match_1103,
        ) = _S_bbbqqqqqqqqBBB.unpack_from(view, start)
        (length_1105,) = _S_B.unpack_from(view, at)
        at += 1 + length_1105
        symbol_1104 = str(view[at - length_1105 : at], "utf-8")
        (length_1107,) = _S_B.unpack_from(view, at)
        at += 1 + length_1107
        commission_asset_1106 = str(view[at - length_1107 : at], "utf-8") if length_1107 else None
        trades_1089.append(
            {
                "id": id_1093,
                "orderId": order_id_1094,
                "orderListId": (-1 if order_list_id_1095 == -9223372036854775808 else order_list_id_1095),
                "price": decimal_text(price_1096, price_exponent_1090),
                "qty": decimal_text(qty_1097, qty_exponent_1091),
                "quoteQty": decimal_text(quote_qty_1098, price_exponent_1090),
                "commission": decimal_text(commission_1099, commission_exponent_1092),
                "time": time_1100 // 1000,
                "isBuyer": is_buyer_1101 == 1,
                "isMaker": is_maker_1102 == 1,
                "isBestMatch": is_best_match_1103 == 1,
                "symbol": symbol_1104,
                "commissionAsset": commission_asset_1106,
            }
        )
    return trades_1089


def _decode_account_order_rate_limit_response(view: memoryview, at: int, block: int) -> Any:
    """Template 402, `AccountOrderRateLimitResponse`."""
    at += block
    block_1108, count_1109 = _S_HI.unpack_from(view, at)
    at += 6
    rate_limits_1110 = [
        {
            "rateLimitType": _ENUM_rateLimitType[rate_limit_type_1111],
            "interval": _ENUM_rateLimitInterval[interval_1112],
            "intervalNum": interval_num_1113,
            "limit": rate_limit_1114,
            "count": num_orders_1115,
        }
        for rate_limit_type_1111, interval_1112, interval_num_1113, rate_limit_1114, num_orders_1115 in rows(
            _S_BBBqq, view, at, block_1108, count_1109, 19
        )
    ]
    at += block_1108 * count_1109
    return rate_limits_1110


def _decode_account_prevented_matches_response(view: memoryview, at: int, block: int) -> Any:
    """Template 403, `AccountPreventedMatchesResponse`."""
    at += block
    block_1116, count_1117 = _S_HI.unpack_from(view, at)
    at += 6
    prevented_matches_1118 = []
    for _ in range(count_1117):
        require_block(block_1116, 67)
        start = at
        at += block_1116
        (
            price_exponent_1119,
            qty_exponent_1120,
            prevented_match_id_1121,
            taker_order_id_1122,
            maker_order_id_1123,
            trade_group_id_1124,
            self_trade_prevention_mode_1125,
            price_1126,
            taker_prevented_quantity_1127,
            maker_prevented_quantity_1128,
            transact_time_1129,
        ) = _S_bbqqqqBqqqq.unpack_from(view, start)
        (length_1131,) = _S_B.unpack_from(view, at)
        at += 1 + length_1131
        symbol_1130 = str(view[at - length_1131 : at], "utf-8")
        (length_1133,) = _S_B.unpack_from(view, at)
        at += 1 + length_1133
        maker_symbol_1132 = str(view[at - length_1133 : at], "utf-8")
        prevented_matches_1118.append(
            {
                "preventedMatchId": prevented_match_id_1121,
                "takerOrderId": taker_order_id_1122,
                "makerOrderId": maker_order_id_1123,
                "tradeGroupId": trade_group_id_1124,
                "selfTradePreventionMode": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_1125],
                "price": decimal_text(price_1126, price_exponent_1119),
                "takerPreventedQuantity": (
                    None
                    if taker_prevented_quantity_1127 == -9223372036854775808
                    else decimal_text(taker_prevented_quantity_1127, qty_exponent_1120)
                ),
                "makerPreventedQuantity": (
                    None
                    if maker_prevented_quantity_1128 == -9223372036854775808
                    else decimal_text(maker_prevented_quantity_1128, qty_exponent_1120)
                ),
                "transactTime": transact_time_1129 // 1000,
                "symbol": symbol_1130,
                "makerSymbol": maker_symbol_1132,
            }
        )
    return prevented_matches_1118


def _decode_account_allocations_response(view: memoryview, at: int, block: int) -> Any:
    """Template 404, `AccountAllocationsResponse`."""
    at += block
    block_1134, count_1135 = _S_HI.unpack_from(view, at)
    at += 6
    allocations_1136 = []
    for _ in range(count_1135):
        require_block(block_1134, 87)
        start = at
        at += block_1134
        (
            price_exponent_1137,
            qty_exponent_1138,
            commission_exponent_1139,
            allocation_id_1140,
            allocation_type_1141,
            order_id_1142,
            order_list_id_1143,
            source_trade_id_1144,
            source_allocation_id_1145,
            price_1146,
            qty_1147,
            quote_qty_1148,
            commission_1149,
            time_1150,
            is_buyer_1151,
            is_maker_1152,
            is_allocator_1153,
        ) = _S_bbbqBqqqqqqqqqBBB.unpack_from(view, start)
        (length_1155,) = _S_B.unpack_from(view, at)
        at += 1 + length_1155
        symbol_1154 = str(view[at - length_1155 : at], "utf-8")
        (length_1157,) = _S_B.unpack_from(view, at)
        at += 1 + length_1157
        commission_asset_1156 = str(view[at - length_1157 : at], "utf-8") if length_1157 else None
        (length_1159,) = _S_B.unpack_from(view, at)
        at += 1 + length_1159
        source_symbol_1158 = str(view[at - length_1159 : at], "utf-8") if length_1159 else None
        allocations_1136.append(
            {
                "allocationId": allocation_id_1140,
                "allocationType": _ENUM_allocationType[allocation_type_1141],
                "orderId": order_id_1142,
                "orderListId": (-1 if order_list_id_1143 == -9223372036854775808 else order_list_id_1143),
                "sourceTradeId": (None if source_trade_id_1144 == -9223372036854775808 else source_trade_id_1144),
                "sourceAllocationId": (
                    None if source_allocation_id_1145 == -9223372036854775808 else source_allocation_id_1145
                ),
                "price": decimal_text(price_1146, price_exponent_1137),
                "qty": decimal_text(qty_1147, qty_exponent_1138),
                "quoteQty": decimal_text(quote_qty_1148, price_exponent_1137),
                "commission": (
                    None
                    if commission_1149 == -9223372036854775808
                    else decimal_text(commission_1149, commission_exponent_1139)
                ),
                "time": time_1150 // 1000,
                "isBuyer": is_buyer_1151 == 1,
                "isMaker": is_maker_1152 == 1,
                "isAllocator": is_allocator_1153 == 1,
                "symbol": symbol_1154,
                "commissionAsset": commission_asset_1156,
                "sourceSymbol": source_symbol_1158,
            }
        )
    return allocations_1136


def _decode_account_commission_response(view: memoryview, at: int, block: int) -> Any:
    """Template 405, `AccountCommissionResponse`."""
    (
        commission_exponent_1160,
        discount_exponent_1161,
        standard_commission_maker_1162,
        standard_commission_taker_1163,
        standard_commission_buyer_1164,
        standard_commission_seller_1165,
        tax_commission_maker_1166,
        tax_commission_taker_1167,
        tax_commission_buyer_1168,
        tax_commission_seller_1169,
        discount_enabled_for_account_1170,
        discount_enabled_for_symbol_1171,
        discount_1172,
        special_commission_maker_1173,
        special_commission_taker_1174,
        special_commission_buyer_1175,
        special_commission_seller_1176,
    ) = _S_bbqqqqqqqqBBqqqqq.unpack_from(view, at)
    at += block
    (length_1178,) = _S_B.unpack_from(view, at)
    at += 1 + length_1178
    symbol_1177 = str(view[at - length_1178 : at], "utf-8")
    (length_1180,) = _S_B.unpack_from(view, at)
    at += 1 + length_1180
    discount_asset_1179 = str(view[at - length_1180 : at], "utf-8") if length_1180 else None
    return {
        "standardCommission.maker": decimal_text(standard_commission_maker_1162, commission_exponent_1160),
        "standardCommission.taker": decimal_text(standard_commission_taker_1163, commission_exponent_1160),
        "standardCommission.buyer": decimal_text(standard_commission_buyer_1164, commission_exponent_1160),
        "standardCommission.seller": decimal_text(standard_commission_seller_1165, commission_exponent_1160),
        "taxCommission.maker": decimal_text(tax_commission_maker_1166, commission_exponent_1160),
        "taxCommission.taker": decimal_text(tax_commission_taker_1167, commission_exponent_1160),
        "taxCommission.buyer": decimal_text(tax_commission_buyer_1168, commission_exponent_1160),
        "taxCommission.seller": decimal_text(tax_commission_seller_1169, commission_exponent_1160),
        "discount.enabledForAccount": discount_enabled_for_account_1170 == 1,
        "discount.enabledForSymbol": discount_enabled_for_symbol_1171 == 1,
        "discount.discount": decimal_text(discount_1172, discount_exponent_1161),
        "specialCommission.maker": (
            None
            if special_commission_maker_1173 == -9223372036854775808
            else decimal_text(special_commission_maker_1173, commission_exponent_1160)
        ),
        "specialCommission.taker": (
            None
            if special_commission_taker_1174 == -9223372036854775808
            else decimal_text(special_commission_taker_1174, commission_exponent_1160)
        ),
        "specialCommission.buyer": (
            None
            if special_commission_buyer_1175 == -9223372036854775808
            else decimal_text(special_commission_buyer_1175, commission_exponent_1160)
        ),
        "specialCommission.seller": (
            None
            if special_commission_seller_1176 == -9223372036854775808
            else decimal_text(special_commission_seller_1176, commission_exponent_1160)
        ),
        "symbol": symbol_1177,
        "discount.discountAsset": discount_asset_1179,
    }


def _decode_user_data_stream_start_response(view: memoryview, at: int, block: int) -> Any:
    """Template 500, `UserDataStreamStartResponse`."""
    at += block
    (length_1182,) = _S_B.unpack_from(view, at)
    at += 1 + length_1182
    listen_key_1181 = str(view[at - length_1182 : at], "utf-8")
    return {"listenKey": listen_key_1181}


def _decode_user_data_stream_ping_response(view: memoryview, at: int, block: int) -> Any:
    """Template 501, `UserDataStreamPingResponse`."""
    return {}


def _decode_user_data_stream_stop_response(view: memoryview, at: int, block: int) -> Any:
    """Template 502, `UserDataStreamStopResponse`."""
    return {}


def _decode_user_data_stream_subscribe_response(view: memoryview, at: int, block: int) -> Any:
    """Template 503, `UserDataStreamSubscribeResponse`."""
    (subscription_id_1183,) = _S_H.unpack_from(view, at)
    return {"subscriptionId": (None if subscription_id_1183 == 65535 else subscription_id_1183)}


def _decode_user_data_stream_unsubscribe_response(view: memoryview, at: int, block: int) -> Any:
    """Template 504, `UserDataStreamUnsubscribeResponse`."""
    return {}


def _decode_user_data_stream_subscribe_listen_token_response(view: memoryview, at: int, block: int) -> Any:
    """Template 505, `UserDataStreamSubscribeListenTokenResponse`."""
    subscription_id_1184, expiration_time_1185 = _S_Hq.unpack_from(view, at)
    return {"subscriptionId": subscription_id_1184, "expirationTime": expiration_time_1185 // 1000}


def _decode_allocation_report_event(view: memoryview, at: int, block: int) -> Any:
    """Template 600, `AllocationReportEvent`."""
    (
        event_time_1186,
        transact_time_1187,
        price_exponent_1188,
        qty_exponent_1189,
        commission_exponent_1190,
        allocation_transaction_type_1191,
        allocation_report_type_1192,
        allocation_status_1193,
        side_1194,
        counter_party_role_1195,
        counter_party_external_account_id_1196,
        counter_party_order_id_1197,
        allocation_report_id_1198,
        allocation_id_1199,
        source_order_id_1200,
        source_order_list_id_1201,
        source_trade_id_1202,
        source_allocation_id_1203,
        price_1204,
        qty_1205,
        quote_qty_1206,
        commission_1207,
        subscription_id_1208,
    ) = _S_qqbbbBBBBBqqqqqqqqqqqqH.unpack_from(view, at)
    at += block
    (length_1210,) = _S_B.unpack_from(view, at)
    at += 1 + length_1210
    symbol_1209 = str(view[at - length_1210 : at], "utf-8")
    (length_1212,) = _S_B.unpack_from(view, at)
    at += 1 + length_1212
    commission_asset_1211 = str(view[at - length_1212 : at], "utf-8") if length_1212 else None
    (length_1214,) = _S_B.unpack_from(view, at)
    at += 1 + length_1214
    source_symbol_1213 = str(view[at - length_1214 : at], "utf-8") if length_1214 else None
    return {
        "E": event_time_1186 // 1000,
        "T": transact_time_1187 // 1000,
        "x": _ENUM_allocationTransactionType[allocation_transaction_type_1191],
        "r": _ENUM_allocationReportType[allocation_report_type_1192],
        "X": _ENUM_allocationStatus[allocation_status_1193],
        "S": _ENUM_orderSide[side_1194],
        "P": _ENUM_counterPartyRole[counter_party_role_1195],
        "h": counter_party_external_account_id_1196,
        "I": counter_party_order_id_1197,
        "R": allocation_report_id_1198,
        "a": allocation_id_1199,
        "i": source_order_id_1200,
        "g": (-1 if source_order_list_id_1201 == -9223372036854775808 else source_order_list_id_1201),
        "t": (None if source_trade_id_1202 == -9223372036854775808 else source_trade_id_1202),
        "Sa": (None if source_allocation_id_1203 == -9223372036854775808 else source_allocation_id_1203),
        "p": decimal_text(price_1204, price_exponent_1188),
        "q": decimal_text(qty_1205, qty_exponent_1189),
        "Q": decimal_text(quote_qty_1206, price_exponent_1188),
        "n": decimal_text(commission_1207, commission_exponent_1190),
        "subscriptionId": (None if subscription_id_1208 == 65535 else subscription_id_1208),
        "s": symbol_1209,
        "N": commission_asset_1211,
        "Ss": source_symbol_1213,
    }


def _decode_balance_update_event(view: memoryview, at: int, block: int) -> Any:
    """Template 601, `BalanceUpdateEvent`."""
    event_time_1215, clear_time_1216, qty_exponent_1217, free_qty_delta_1218, subscription_id_1219 = (
        _S_qqbqH.unpack_from(view, at)
    )
    at += block
    (length_1221,) = _S_B.unpack_from(view, at)
    at += 1 + length_1221
    asset_1220 = str(view[at - length_1221 : at], "utf-8")
    return {
        "E": event_time_1215 // 1000,
        "T": (None if clear_time_1216 == -9223372036854775808 else clear_time_1216 // 1000),
        "d": decimal_text(free_qty_delta_1218, qty_exponent_1217),
        "subscriptionId": (None if subscription_id_1219 == 65535 else subscription_id_1219),
        "a": asset_1220,
    }


def _decode_event_stream_terminated_event(view: memoryview, at: int, block: int) -> Any:
    """Template 602, `EventStreamTerminatedEvent`."""
    event_time_1222, subscription_id_1223 = _S_qH.unpack_from(view, at)
    return {
        "E": event_time_1222 // 1000,
        "subscriptionId": (None if subscription_id_1223 == 65535 else subscription_id_1223),
    }


def _decode_execution_report_event(view: memoryview, at: int, block: int) -> Any:
    """Template 603, `ExecutionReportEvent`."""
    (
        event_time_1224,
        transact_time_1225,
        price_exponent_1226,
        qty_exponent_1227,
        commission_exponent_1228,
        order_creation_time_1229,
        working_time_1230,
        order_id_1231,
        order_list_id_1232,
        orig_qty_1233,
        price_1234,
        orig_quote_order_qty_1235,
        iceberg_qty_1236,
        stop_price_1237,
        order_type_1238,
        side_1239,
        time_in_force_1240,
        execution_type_1241,
        order_status_1242,
        trade_id_1243,
        execution_id_1244,
        executed_qty_1245,
        cummulative_quote_qty_1246,
        last_qty_1247,
        last_price_1248,
        quote_qty_1249,
        commission_1250,
        is_working_1251,
        is_maker_1252,
        is_best_match_1253,
        match_type_1254,
        self_trade_prevention_mode_1255,
        order_capacity_1256,
        working_floor_1257,
        used_sor_1258,
        alloc_id_1259,
        trailing_delta_1260,
        trailing_time_1261,
        trade_group_id_1262,
        prevented_qty_1263,
        last_prevented_qty_1264,
        prevented_match_id_1265,
        prevented_execution_qty_1266,
        prevented_execution_price_1267,
        prevented_execution_quote_qty_1268,
        strategy_type_1269,
        strategy_id_1270,
        counter_order_id_1271,
        subscription_id_1272,
        peg_price_type_1273,
        peg_offset_type_1274,
        peg_offset_value_1275,
        pegged_price_1276,
        expiry_reason_1277,
    ) = _S_qqbbbqqqqqqqqqBBBBBqqqqqqqqBBBBBBBBqQqqqqqqqqiqqHBBBqB.unpack_from(view, at)
    at += block
    (length_1279,) = _S_B.unpack_from(view, at)
    at += 1 + length_1279
    symbol_1278 = str(view[at - length_1279 : at], "utf-8")
    (length_1281,) = _S_B.unpack_from(view, at)
    at += 1 + length_1281
    client_order_id_1280 = str(view[at - length_1281 : at], "utf-8")
    (length_1283,) = _S_B.unpack_from(view, at)
    at += 1 + length_1283
    orig_client_order_id_1282 = str(view[at - length_1283 : at], "utf-8") if length_1283 else None
    (length_1285,) = _S_B.unpack_from(view, at)
    at += 1 + length_1285
    commission_asset_1284 = str(view[at - length_1285 : at], "utf-8") if length_1285 else None
    (length_1287,) = _S_B.unpack_from(view, at)
    at += 1 + length_1287
    reject_reason_1286 = str(view[at - length_1287 : at], "utf-8") if length_1287 else None
    (length_1289,) = _S_B.unpack_from(view, at)
    at += 1 + length_1289
    counter_symbol_1288 = str(view[at - length_1289 : at], "utf-8") if length_1289 else None
    return {
        "E": event_time_1224 // 1000,
        "T": transact_time_1225 // 1000,
        "O": (-1 if order_creation_time_1229 == -9223372036854775808 else order_creation_time_1229 // 1000),
        "W": (None if working_time_1230 == -9223372036854775808 else working_time_1230 // 1000),
        "i": order_id_1231,
        "g": (-1 if order_list_id_1232 == -9223372036854775808 else order_list_id_1232),
        "q": decimal_text(orig_qty_1233, qty_exponent_1227),
        "p": decimal_text(price_1234, price_exponent_1226),
        "Q": decimal_text(orig_quote_order_qty_1235, price_exponent_1226),
        "F": decimal_text(iceberg_qty_1236, qty_exponent_1227),
        "P": decimal_text(stop_price_1237, price_exponent_1226),
        "o": _ENUM_orderType[order_type_1238],
        "S": _ENUM_orderSide[side_1239],
        "f": _ENUM_timeInForce[time_in_force_1240],
        "x": _ENUM_executionType[execution_type_1241],
        "X": _ENUM_orderStatus[order_status_1242],
        "t": (-1 if trade_id_1243 == -9223372036854775808 else trade_id_1243),
        "I": execution_id_1244,
        "z": decimal_text(executed_qty_1245, qty_exponent_1227),
        "Z": decimal_text(cummulative_quote_qty_1246, price_exponent_1226),
        "l": decimal_text(last_qty_1247, qty_exponent_1227),
        "L": decimal_text(last_price_1248, price_exponent_1226),
        "Y": decimal_text(quote_qty_1249, price_exponent_1226),
        "n": decimal_text(commission_1250, commission_exponent_1228),
        "w": is_working_1251 == 1,
        "m": is_maker_1252 == 1,
        "M": is_best_match_1253 == 1,
        "b": _ENUM_matchType[match_type_1254],
        "V": _ENUM_selfTradePreventionMode[self_trade_prevention_mode_1255],
        "y": _ENUM_orderCapacity[order_capacity_1256],
        "k": _ENUM_floor[working_floor_1257],
        "uS": used_sor_1258 == 1,
        "a": (None if alloc_id_1259 == -9223372036854775808 else alloc_id_1259),
        "d": (None if trailing_delta_1260 == 18446744073709551615 else trailing_delta_1260),
        "D": (None if trailing_time_1261 == -9223372036854775808 else trailing_time_1261 // 1000),
        "u": (None if trade_group_id_1262 == -9223372036854775808 else trade_group_id_1262),
        "A": decimal_text(prevented_qty_1263, qty_exponent_1227),
        "B": (
            None
            if last_prevented_qty_1264 == -9223372036854775808
            else decimal_text(last_prevented_qty_1264, qty_exponent_1227)
        ),
        "v": (None if prevented_match_id_1265 == -9223372036854775808 else prevented_match_id_1265),
        "pl": (
            None
            if prevented_execution_qty_1266 == -9223372036854775808
            else decimal_text(prevented_execution_qty_1266, qty_exponent_1227)
        ),
        "pL": (
            None
            if prevented_execution_price_1267 == -9223372036854775808
            else decimal_text(prevented_execution_price_1267, price_exponent_1226)
        ),
        "pY": (
            None
            if prevented_execution_quote_qty_1268 == -9223372036854775808
            else decimal_text(prevented_execution_quote_qty_1268, price_exponent_1226)
        ),
        "J": (None if strategy_type_1269 == -2147483648 else strategy_type_1269),
        "j": (None if strategy_id_1270 == -9223372036854775808 else strategy_id_1270),
        "U": (None if counter_order_id_1271 == -9223372036854775808 else counter_order_id_1271),
        "subscriptionId": (None if subscription_id_1272 == 65535 else subscription_id_1272),
        "gP": (None if peg_price_type_1273 == 255 else _ENUM_pegPriceType[peg_price_type_1273]),
        "gOT": (None if peg_offset_type_1274 == 255 else _ENUM_pegOffsetType[peg_offset_type_1274]),
        "gOV": (None if peg_offset_value_1275 == 255 else peg_offset_value_1275),
        "gp": (
            None if pegged_price_1276 == -9223372036854775808 else decimal_text(pegged_price_1276, price_exponent_1226)
        ),
        "eR": (None if expiry_reason_1277 == 255 else _ENUM_expiryReason[expiry_reason_1277]),
        "s": symbol_1278,
        "c": client_order_id_1280,
        "C": orig_client_order_id_1282,
        "N": commission_asset_1284,
        "r": reject_reason_1286,
        "Cs": counter_symbol_1288,
    }


def _decode_external_lock_update_event(view: memoryview, at: int, block: int) -> Any:
    """Template 604, `ExternalLockUpdateEvent`."""
    event_time_1290, clear_time_1291, qty_exponent_1292, locked_qty_delta_1293, subscription_id_1294 = (
        _S_qqbqH.unpack_from(view, at)
    )
    at += block
    (length_1296,) = _S_B.unpack_from(view, at)
    at += 1 + length_1296
    asset_1295 = str(view[at - length_1296 : at], "utf-8")
    return {
        "E": event_time_1290 // 1000,
        "T": clear_time_1291 // 1000,
        "d": decimal_text(locked_qty_delta_1293, qty_exponent_1292),
        "subscriptionId": (None if subscription_id_1294 == 65535 else subscription_id_1294),
        "a": asset_1295,
    }


def _decode_list_status_event(view: memoryview, at: int, block: int) -> Any:
    """Template 606, `ListStatusEvent`."""
    (
        event_time_1297,
        transact_time_1298,
        order_list_id_1299,
        contingency_type_1300,
        list_status_type_1301,
        list_order_status_1302,
        subscription_id_1303,
    ) = _S_qqqBBBH.unpack_from(view, at)
    at += block
    block_1304, count_1305 = _S_HH.unpack_from(view, at)
    at += 4
    orders_1306 = []
    for _ in range(count_1305):
        require_block(block_1304, 8)
        start = at
        at += block_1304
        (order_id_1307,) = _S_q.unpack_from(view, start)
        (length_1309,) = _S_B.unpack_from(view, at)
        at += 1 + length_1309
        symbol_1308 = str(view[at - length_1309 : at], "utf-8")
        (length_1311,) = _S_B.unpack_from(view, at)
        at += 1 + length_1311
        client_order_id_1310 = str(view[at - length_1311 : at], "utf-8")
        orders_1306.append({"i": order_id_1307, "s": symbol_1308, "c": client_order_id_1310})
    (length_1313,) = _S_B.unpack_from(view, at)
    at += 1 + length_1313
    symbol_1312 = str(view[at - length_1313 : at], "utf-8")
    (length_1315,) = _S_B.unpack_from(view, at)
    at += 1 + length_1315
    list_client_order_id_1314 = str(view[at - length_1315 : at], "utf-8")
    (length_1317,) = _S_B.unpack_from(view, at)
    at += 1 + length_1317
    reject_reason_1316 = str(view[at - length_1317 : at], "utf-8") if length_1317 else None
    return {
        "E": event_time_1297 // 1000,
        "T": transact_time_1298 // 1000,
        "g": order_list_id_1299,
        "c": _ENUM_contingencyType[contingency_type_1300],
        "l": _ENUM_listStatusType[list_status_type_1301],
        "L": _ENUM_listOrderStatus[list_order_status_1302],
        "subscriptionId": (None if subscription_id_1303 == 65535 else subscription_id_1303),
        "O": orders_1306,
        "s": symbol_1312,
        "C": list_client_order_id_1314,
        "r": reject_reason_1316,
    }


def _decode_outbound_account_position_event(view: memoryview, at: int, block: int) -> Any:
    """Template 607, `OutboundAccountPositionEvent`."""
    event_time_1318, update_time_1319, subscription_id_1320 = _S_qqH.unpack_from(view, at)
    at += block
    block_1321, count_1322 = _S_HI.unpack_from(view, at)
    at += 6
    balances_1323 = []
    for _ in range(count_1322):
        require_block(block_1321, 17)
        start = at
        at += block_1321
        exponent_1324, free_1325, locked_1326 = _S_bqq.unpack_from(view, start)
        (length_1328,) = _S_B.unpack_from(view, at)
        at += 1 + length_1328
        asset_1327 = str(view[at - length_1328 : at], "utf-8")
        balances_1323.append(
            {
                "f": decimal_text(free_1325, exponent_1324),
                "l": decimal_text(locked_1326, exponent_1324),
                "a": asset_1327,
            }
        )
    return {
        "E": event_time_1318 // 1000,
        "u": update_time_1319 // 1000,
        "subscriptionId": (None if subscription_id_1320 == 65535 else subscription_id_1320),
        "B": balances_1323,
    }


def _decode_server_shutdown_event(view: memoryview, at: int, block: int) -> Any:
    """Template 610, `ServerShutdownEvent`."""
    (event_time_1329,) = _S_q.unpack_from(view, at)
    return {"E": event_time_1329 // 1000}


def _decode_non_representable_message(view: memoryview, at: int, block: int) -> Any:
    """Template 999, `NonRepresentableMessage`."""
    return {}


def decode_embedded(view: memoryview) -> Any:
    """A message inside a var-data field, with its own header."""
    return SCHEMA.decode(view)[1]


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
