"""SBE decoders for schema 1:0 (stream_1_0.xml).

Each function reads one message and returns the data its JSON answer holds.
Generated from spec/ by `python -m generator`; do not edit."""

from typing import Any

from .signing._sbe import SbeSchema, decimal_text, rows, struct_of

SCHEMA_ID = 1
SCHEMA_VERSION = 0

_ENUM_boolEnum: dict[int, Any] = {0: False, 1: True}
_S_B = struct_of("<B")
_S_HH = struct_of("<HH")
_S_HI = struct_of("<HI")
_S_qq = struct_of("<qq")
_S_qqbb = struct_of("<qqbb")
_S_qqbbqqqq = struct_of("<qqbbqqqq")
_S_qqqB = struct_of("<qqqB")
_S_qqqbb = struct_of("<qqqbb")


def _decode_trades_stream_event(view: memoryview, at: int, block: int) -> Any:
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
    (length_13,) = _S_B.unpack_from(view, at)
    at += 1 + length_13
    symbol_12 = str(view[at - length_13 : at], "utf-8")
    return {"eventTime": event_time_1, "transactTime": transact_time_2, "trades": trades_7, "symbol": symbol_12}


def _decode_best_bid_ask_stream_event(view: memoryview, at: int, block: int) -> Any:
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
    (length_23,) = _S_B.unpack_from(view, at)
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


def _decode_depth_snapshot_stream_event(view: memoryview, at: int, block: int) -> Any:
    """Template 10002, `DepthSnapshotStreamEvent`."""
    event_time_24, book_update_id_25, price_exponent_26, qty_exponent_27 = _S_qqbb.unpack_from(view, at)
    at += block
    block_28, count_29 = _S_HH.unpack_from(view, at)
    at += 4
    bids_30 = [
        {"price": decimal_text(price_31, price_exponent_26), "qty": decimal_text(qty_32, qty_exponent_27)}
        for price_31, qty_32 in rows(_S_qq, view, at, block_28, count_29, 16)
    ]
    at += block_28 * count_29
    block_33, count_34 = _S_HH.unpack_from(view, at)
    at += 4
    asks_35 = [
        {"price": decimal_text(price_36, price_exponent_26), "qty": decimal_text(qty_37, qty_exponent_27)}
        for price_36, qty_37 in rows(_S_qq, view, at, block_33, count_34, 16)
    ]
    at += block_33 * count_34
    (length_39,) = _S_B.unpack_from(view, at)
    at += 1 + length_39
    symbol_38 = str(view[at - length_39 : at], "utf-8")
    return {
        "eventTime": event_time_24,
        "bookUpdateId": book_update_id_25,
        "bids": bids_30,
        "asks": asks_35,
        "symbol": symbol_38,
    }


def _decode_depth_diff_stream_event(view: memoryview, at: int, block: int) -> Any:
    """Template 10003, `DepthDiffStreamEvent`."""
    event_time_40, first_book_update_id_41, last_book_update_id_42, price_exponent_43, qty_exponent_44 = (
        _S_qqqbb.unpack_from(view, at)
    )
    at += block
    block_45, count_46 = _S_HH.unpack_from(view, at)
    at += 4
    bids_47 = [
        {"price": decimal_text(price_48, price_exponent_43), "qty": decimal_text(qty_49, qty_exponent_44)}
        for price_48, qty_49 in rows(_S_qq, view, at, block_45, count_46, 16)
    ]
    at += block_45 * count_46
    block_50, count_51 = _S_HH.unpack_from(view, at)
    at += 4
    asks_52 = [
        {"price": decimal_text(price_53, price_exponent_43), "qty": decimal_text(qty_54, qty_exponent_44)}
        for price_53, qty_54 in rows(_S_qq, view, at, block_50, count_51, 16)
    ]
    at += block_50 * count_51
    (length_56,) = _S_B.unpack_from(view, at)
    at += 1 + length_56
    symbol_55 = str(view[at - length_56 : at], "utf-8")
    return {
        "eventTime": event_time_40,
        "firstBookUpdateId": first_book_update_id_41,
        "lastBookUpdateId": last_book_update_id_42,
        "bids": bids_47,
        "asks": asks_52,
        "symbol": symbol_55,
    }


def decode_embedded(view: memoryview) -> Any:
    """A message inside a var-data field, with its own header."""
    return SCHEMA.decode(view)[1]


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
