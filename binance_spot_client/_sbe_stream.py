"""SBE decoders for schema 1:0 (stream_1_0.xml).

Each function reads one message and returns the data its JSON answer holds.
Generated from spec/ by `python -m generator`; do not edit."""

from itertools import repeat
from typing import Any

from .signing._sbe import (
    COLUMNS_READABLE,
    SbeSchema,
    decimal_columns,
    decimal_text,
    rows,
    struct_of,
)

SCHEMA_ID = 1
SCHEMA_VERSION = 0

_ENUM_boolEnum: dict[int, Any] = {0: False, 1: True, 255: None}
_S_HH = struct_of("<HH")
_S_HI = struct_of("<HI")
_S_qq = struct_of("<qq")
_S_qqbb = struct_of("<qqbb")
_S_qqbbqqqq = struct_of("<qqbbqqqq")
_S_qqqB = struct_of("<qqqB")
_S_qqqbb = struct_of("<qqqbb")


def _decode_trades_stream_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 10000, `TradesStreamEvent`."""
    event_time_1, transact_time_2, price_exponent_3, qty_exponent_4 = _S_qqbb.unpack_from(view, at)
    at += block
    block_5, count_6 = _S_HI.unpack_from(view, at)
    at += 6
    trades_7 = [
        {
            "id": id_8,
            "price": decimal_text(price_9, price_exponent_3),
            "qty": decimal_text(qty_10, qty_exponent_4),
            "isBuyerMaker": is_buyer_maker_11 == 1,
            "isBestMatch": True,
        }
        for id_8, price_9, qty_10, is_buyer_maker_11 in rows(_S_qqqB, view, at, block_5, count_6, 25)
    ]
    at += block_5 * count_6
    length_13 = view[at]
    at += 1 + length_13
    symbol_12 = str(view[at - length_13 : at], "utf-8")
    return {"eventTime": event_time_1, "transactTime": transact_time_2, "trades": trades_7, "symbol": symbol_12}


def _decode_best_bid_ask_stream_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 10001, `BestBidAskStreamEvent`."""
    (
        event_time_14,
        book_update_id_15,
        price_exponent_16,
        qty_exponent_17,
        bid_price_18,
        bid_qty_19,
        ask_price_20,
        ask_qty_21,
    ) = _S_qqbbqqqq.unpack_from(view, at)
    at += block
    length_23 = view[at]
    at += 1 + length_23
    symbol_22 = str(view[at - length_23 : at], "utf-8")
    return {
        "eventTime": event_time_14,
        "bookUpdateId": book_update_id_15,
        "bidPrice": decimal_text(bid_price_18, price_exponent_16),
        "bidQty": decimal_text(bid_qty_19, qty_exponent_17),
        "askPrice": decimal_text(ask_price_20, price_exponent_16),
        "askQty": decimal_text(ask_qty_21, qty_exponent_17),
        "symbol": symbol_22,
    }


def _decode_depth_snapshot_stream_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 10002, `DepthSnapshotStreamEvent`."""
    event_time_24, book_update_id_25, price_exponent_26, qty_exponent_27 = _S_qqbb.unpack_from(view, at)
    at += block
    block_28, count_29 = _S_HH.unpack_from(view, at)
    at += 4
    if block_28 == 16 and COLUMNS_READABLE:
        price_column_33, qty_column_34 = decimal_columns(
            view,
            at,
            count_29,
            2,
            (
                (0, -1, price_exponent_26),
                (1, -1, qty_exponent_27),
            ),
        )
        bids_30 = list(map(dict, map(zip, repeat(("price", "qty")), zip(price_column_33, qty_column_34, strict=False))))
    else:
        bids_30 = [
            {"price": decimal_text(price_31, price_exponent_26), "qty": decimal_text(qty_32, qty_exponent_27)}
            for price_31, qty_32 in rows(_S_qq, view, at, block_28, count_29, 16)
        ]
    at += block_28 * count_29
    block_35, count_36 = _S_HH.unpack_from(view, at)
    at += 4
    if block_35 == 16 and COLUMNS_READABLE:
        price_column_40, qty_column_41 = decimal_columns(
            view,
            at,
            count_36,
            2,
            (
                (0, -1, price_exponent_26),
                (1, -1, qty_exponent_27),
            ),
        )
        asks_37 = list(map(dict, map(zip, repeat(("price", "qty")), zip(price_column_40, qty_column_41, strict=False))))
    else:
        asks_37 = [
            {"price": decimal_text(price_38, price_exponent_26), "qty": decimal_text(qty_39, qty_exponent_27)}
            for price_38, qty_39 in rows(_S_qq, view, at, block_35, count_36, 16)
        ]
    at += block_35 * count_36
    length_43 = view[at]
    at += 1 + length_43
    symbol_42 = str(view[at - length_43 : at], "utf-8")
    return {
        "eventTime": event_time_24,
        "bookUpdateId": book_update_id_25,
        "bids": bids_30,
        "asks": asks_37,
        "symbol": symbol_42,
    }


def _decode_depth_diff_stream_event(view: memoryview, at: int, block: int, row: Any, microseconds: bool) -> Any:
    """Template 10003, `DepthDiffStreamEvent`."""
    event_time_44, first_book_update_id_45, last_book_update_id_46, price_exponent_47, qty_exponent_48 = (
        _S_qqqbb.unpack_from(view, at)
    )
    at += block
    block_49, count_50 = _S_HH.unpack_from(view, at)
    at += 4
    if block_49 == 16 and COLUMNS_READABLE:
        price_column_54, qty_column_55 = decimal_columns(
            view,
            at,
            count_50,
            2,
            (
                (0, -1, price_exponent_47),
                (1, -1, qty_exponent_48),
            ),
        )
        bids_51 = list(map(dict, map(zip, repeat(("price", "qty")), zip(price_column_54, qty_column_55, strict=False))))
    else:
        bids_51 = [
            {"price": decimal_text(price_52, price_exponent_47), "qty": decimal_text(qty_53, qty_exponent_48)}
            for price_52, qty_53 in rows(_S_qq, view, at, block_49, count_50, 16)
        ]
    at += block_49 * count_50
    block_56, count_57 = _S_HH.unpack_from(view, at)
    at += 4
    if block_56 == 16 and COLUMNS_READABLE:
        price_column_61, qty_column_62 = decimal_columns(
            view,
            at,
            count_57,
            2,
            (
                (0, -1, price_exponent_47),
                (1, -1, qty_exponent_48),
            ),
        )
        asks_58 = list(map(dict, map(zip, repeat(("price", "qty")), zip(price_column_61, qty_column_62, strict=False))))
    else:
        asks_58 = [
            {"price": decimal_text(price_59, price_exponent_47), "qty": decimal_text(qty_60, qty_exponent_48)}
            for price_59, qty_60 in rows(_S_qq, view, at, block_56, count_57, 16)
        ]
    at += block_56 * count_57
    length_64 = view[at]
    at += 1 + length_64
    symbol_63 = str(view[at - length_64 : at], "utf-8")
    return {
        "eventTime": event_time_44,
        "firstBookUpdateId": first_book_update_id_45,
        "lastBookUpdateId": last_book_update_id_46,
        "bids": bids_51,
        "asks": asks_58,
        "symbol": symbol_63,
    }


SCHEMA = SbeSchema(
    1,
    0,
    {
        10000: ("TradesStreamEvent", 18, _decode_trades_stream_event),
        10001: ("BestBidAskStreamEvent", 50, _decode_best_bid_ask_stream_event),
        10002: ("DepthSnapshotStreamEvent", 18, _decode_depth_snapshot_stream_event),
        10003: ("DepthDiffStreamEvent", 26, _decode_depth_diff_stream_event),
    },
)
