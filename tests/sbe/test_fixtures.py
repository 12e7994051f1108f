"""The generated SBE decoders against messages built by hand, byte by byte, from the layout
spot_3_5.xml documents (little-endian; header = blockLength, templateId, schemaId, version as
uint16; group dimensions = blockLength uint16 + numInGroup uint32; varString8 = uint8 length
+ UTF-8 bytes). No encoder of ours is involved, so a decoder bug cannot cancel out.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from binance_spot_client._sbe_spot import SCHEMA
from binance_spot_client._sbe_stream import SCHEMA as STREAM_SCHEMA
from binance_spot_client.api.general.exchange_info import ENDPOINT as EXCHANGE_INFO
from binance_spot_client.api.market.depth import ENDPOINT as DEPTH
from binance_spot_client.api.market.klines import ENDPOINT as KLINES
from binance_spot_client.models.exchange_info import ExchangeInfo
from binance_spot_client.signing import SbeDecodeError, UnknownSbeTemplateError


def u8(v: int) -> bytes:
    return v.to_bytes(1, "little")


def i8(v: int) -> bytes:
    return v.to_bytes(1, "little", signed=True)


def u16(v: int) -> bytes:
    return v.to_bytes(2, "little")


def i16(v: int) -> bytes:
    return v.to_bytes(2, "little", signed=True)


def u32(v: int) -> bytes:
    return v.to_bytes(4, "little")


def i64(v: int) -> bytes:
    return v.to_bytes(8, "little", signed=True)


def i128(v: int) -> bytes:
    return v.to_bytes(16, "little", signed=True)


def header(block: int, template: int) -> bytes:
    return u16(block) + u16(template) + u16(3) + u16(5)


def group(block: int, count: int) -> bytes:
    return u16(block) + u32(count)


def text8(value: str) -> bytes:
    raw = value.encode()
    return u8(len(raw)) + raw


# The order book example of Binance's docs, in SBE: lastUpdateId 1027024, both exponents -8.
DEPTH_SBE = (
    header(10, 200)
    + i64(1027024)
    + i8(-8)
    + i8(-8)
    + group(16, 1)
    + i64(400000000)
    + i64(43100000000)
    + group(16, 1)
    + i64(400000200)
    + i64(1200000000)
)
DEPTH_JSON = '{"lastUpdateId":1027024,"bids":[["4.00000000","431.00000000"]],"asks":[["4.00000200","12.00000000"]]}'

# One trade: its group's int8 booleans keep it off the column-by-column path.
TRADES_SBE = (
    header(2, 201)
    + i8(-2)
    + i8(-3)
    + group(42, 1)
    + i64(28457)
    + i64(410)
    + i64(12000)
    + i64(49200)
    + i64(1499865549590000)
    + u8(1)
    + u8(1)
)

# One 1m kline; times in microseconds (SBE), volumes as 128-bit mantissas, exponents -2 and -4.
KLINE_FIELDS = (
    i64(1499040000000000)  # openTime, µs
    + i64(1016)  # open 10.16
    + i64(8000)  # high 80.00
    + i64(1015)  # low 10.15
    + i64(1577)  # close 15.77
    + i128(1481780430)  # volume 148178.0430
    + i64(1499644799999000)  # closeTime, µs
    + i128(208880000)  # quote volume 2088800.00
    + i64(308)  # trades
    + i128(17562430)  # taker base 1756.2430
    + i128(2834722)  # taker quote 28347.22
)
KLINES_SBE = header(2, 203) + i8(-2) + i8(-4) + group(120, 1) + KLINE_FIELDS
KLINES_JSON = (
    '[[1499040000000,"10.16","80.00","10.15","15.77","148178.0430",1499644799999,'
    '"2088800.00",308,"1756.2430","28347.22","0"]]'
)


def price_filter() -> bytes:
    # PriceFilter (template 1): filterType is a constant, so the block is the exponent and 3 mantissas.
    return header(25, 1) + i8(-8) + i64(1000000) + i64(100000000000000) + i64(1000000)


def exchange_max_orders() -> bytes:
    return header(8, 15) + i64(1000)


SYMBOL_BLOCK = (
    u8(0)  # status TRADING
    + u8(8)
    + u8(8)
    + u8(8)
    + u8(8)  # precisions
    + u16(0b11)  # orderTypes: MARKET, LIMIT
    + u8(1)  # icebergAllowed
    + u8(1)  # ocoAllowed
    + u8(0)  # otoAllowed
    + u8(1)  # quoteOrderQtyMarketAllowed
    + u8(1)  # allowTrailingStop
    + u8(0)  # cancelReplaceAllowed
    + u8(1)  # amendAllowed
    + u8(1)  # isSpotTradingAllowed
    + u8(0)  # isMarginTradingAllowed
    + u8(2)  # defaultSelfTradePreventionMode EXPIRE_TAKER
    + u8(0b1110)  # allowed: EXPIRE_TAKER, EXPIRE_MAKER, EXPIRE_BOTH
    + u8(255)  # pegInstructionsAllowed: optional, null
)
EXCHANGE_INFO_SBE = (
    header(0, 103)
    + group(11, 1)
    + u8(2)  # REQUEST_WEIGHT
    + u8(1)  # MINUTE
    + u8(1)
    + i64(6000)
    + group(0, 1)
    + u8(len(exchange_max_orders()))
    + exchange_max_orders()
    + group(len(SYMBOL_BLOCK), 1)
    + SYMBOL_BLOCK
    + group(0, 1)  # filters
    + u8(len(price_filter()))
    + price_filter()
    + group(0, 1)  # permissionSets
    + group(0, 1)  # permissions
    + text8("SPOT")
    + text8("ETHBTC")
    + text8("ETH")
    + text8("BTC")
    + group(0, 0)  # sors: none
)


def exchange_info_json() -> dict[str, Any]:
    return {
        "timezone": "UTC",
        "serverTime": 0,
        "rateLimits": [{"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 6000}],
        "exchangeFilters": [{"filterType": "EXCHANGE_MAX_NUM_ORDERS", "maxNumOrders": 1000}],
        "symbols": [
            {
                "symbol": "ETHBTC",
                "status": "TRADING",
                "baseAsset": "ETH",
                "baseAssetPrecision": 8,
                "quoteAsset": "BTC",
                "quotePrecision": 8,
                "quoteAssetPrecision": 8,
                "baseCommissionPrecision": 8,
                "quoteCommissionPrecision": 8,
                "orderTypes": ["MARKET", "LIMIT"],
                "icebergAllowed": True,
                "ocoAllowed": True,
                "otoAllowed": False,
                "opoAllowed": False,
                "quoteOrderQtyMarketAllowed": True,
                "allowTrailingStop": True,
                "cancelReplaceAllowed": False,
                "amendAllowed": True,
                "pegInstructionsAllowed": None,
                "isSpotTradingAllowed": True,
                "isMarginTradingAllowed": False,
                "filters": [
                    {
                        "filterType": "PRICE_FILTER",
                        "minPrice": "0.01000000",
                        "maxPrice": "1000000.00000000",
                        "tickSize": "0.01000000",
                    }
                ],
                "permissions": [],
                "permissionSets": [["SPOT"]],
                "defaultSelfTradePreventionMode": "EXPIRE_TAKER",
                "allowedSelfTradePreventionModes": ["EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH"],
            }
        ],
    }


def test_depth_sbe_and_json_give_equal_models() -> None:
    name, data = SCHEMA.decode(DEPTH_SBE)
    assert name == "DepthResponse"
    assert data == json.loads(DEPTH_JSON)
    assert DEPTH.parse(data) == DEPTH.parse(json.loads(DEPTH_JSON))


def test_klines_sbe_and_json_give_equal_models() -> None:
    _, data = SCHEMA.decode(KLINES_SBE)
    assert data == json.loads(KLINES_JSON)
    assert KLINES.parse(data) == KLINES.parse(json.loads(KLINES_JSON))


def test_exchange_info_with_embedded_filters_var_data_and_a_null() -> None:
    _, data = SCHEMA.decode(EXCHANGE_INFO_SBE)
    expected = exchange_info_json()
    assert data == expected
    assert EXCHANGE_INFO.parse(data) == EXCHANGE_INFO.parse(expected)


def test_exchange_info_sbe_becomes_the_struct_models_of_the_json_path() -> None:
    sbe = EXCHANGE_INFO_SBE.replace(SYMBOL_BLOCK, SYMBOL_BLOCK[:-1] + u8(1))  # pegInstructionsAllowed: true
    expected = exchange_info_json()
    expected["symbols"][0]["pegInstructionsAllowed"] = True
    from_sbe = EXCHANGE_INFO.answer.models_of(SCHEMA.decode(sbe)[1])
    from_json = EXCHANGE_INFO.answer.decode(json.dumps(expected).encode())
    assert isinstance(from_sbe, ExchangeInfo)
    assert from_sbe == from_json


def test_exchange_info_sbe_the_structs_refuse_is_left_to_the_parser() -> None:
    # A null pegInstructionsAllowed fits no struct (the JSON path reads it the slower way too).
    _, data = SCHEMA.decode(EXCHANGE_INFO_SBE)
    assert EXCHANGE_INFO.answer.models_of(data) is data


def test_repeated_embedded_filters_decode_to_separate_equal_dicts() -> None:
    one = u8(len(price_filter())) + price_filter()
    sbe = EXCHANGE_INFO_SBE.replace(group(0, 1) + one, group(0, 3) + one * 3)
    filters = SCHEMA.decode(sbe)[1]["symbols"][0]["filters"]
    assert filters == exchange_info_json()["symbols"][0]["filters"] * 3
    assert len({id(entry) for entry in filters}) == 3


def test_trade_group_read_entry_by_entry() -> None:
    assert SCHEMA.decode(TRADES_SBE)[1] == [
        {
            "id": 28457,
            "price": "4.10",
            "qty": "12.000",
            "quoteQty": "492.00",
            "time": 1499865549590,
            "isBuyerMaker": True,
            "isBestMatch": True,
        }
    ]


def test_negative_mantissa_and_positive_exponent() -> None:
    # AveragePriceResponse: mins int64, priceExponent, price (optional mantissa), closeTime (optional).
    message = header(25, 204) + i64(5) + i8(2) + i64(-15) + i64(-(2**63))
    assert SCHEMA.decode(message)[1] == {"mins": 5, "price": "-1500", "closeTime": -1}


def test_error_response_with_nulls_and_var_data() -> None:
    message = (
        header(18, 100)
        + i16(-1121)
        + i64(-(2**63))  # serverTime: null
        + i64(-(2**63))  # retryAfter: null
        + u16(15)
        + b"Invalid symbol."
        + u32(0)  # data: empty means null
    )
    assert SCHEMA.decode(message)[1] == {
        "code": -1121,
        "serverTime": None,
        "retryAfter": None,
        "msg": "Invalid symbol.",
        "data": None,
    }


def test_a_newer_schemas_longer_blocks_are_skipped() -> None:
    # Root block 14 (4 unknown trailing bytes) and group entries of 20 bytes (4 more each).
    message = (
        header(14, 200)
        + i64(7)
        + i8(-1)
        + i8(0)
        + b"\xff" * 4
        + group(20, 2)
        + i64(15)
        + i64(2)
        + b"\xee" * 4
        + i64(14)
        + i64(3)
        + b"\xee" * 4
        + group(20, 0)
    )
    assert SCHEMA.decode(message)[1] == {"lastUpdateId": 7, "bids": [["1.5", "2"], ["1.4", "3"]], "asks": []}


def test_unknown_template_is_a_typed_error() -> None:
    with pytest.raises(UnknownSbeTemplateError) as caught:
        SCHEMA.decode(header(0, 4242))
    assert (caught.value.template_id, caught.value.schema_id, caught.value.version) == (4242, 3, 5)


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        (DEPTH_SBE[:-3], "a group of 1 entries ends at byte 62, past the message's 59"),
        (TRADES_SBE[:-3], "TradesResponse: error: iterative unpacking requires a buffer of a multiple of 42 bytes"),
        (header(8, 200) + bytes(8), "DepthResponse: a root block of 8 bytes, shorter than the schema's 10"),
        (DEPTH_SBE[:4] + u16(1) + DEPTH_SBE[6:], "a message of schema 1, expected schema 3"),
        (b"\x00\x01", "2 bytes cannot hold an SBE message header"),
    ],
)
def test_malformed_messages_are_typed_errors(message: bytes, problem: str) -> None:
    with pytest.raises(SbeDecodeError) as caught:
        SCHEMA.decode(message)
    assert str(caught.value).startswith(problem)


def test_stream_depth_diff_with_16_bit_groups_keeps_microseconds() -> None:
    # DepthDiffStreamEvent (10003) of schema 1:0: groups of groupSize16Encoding (uint16 count).
    message = (
        u16(26)
        + u16(10003)
        + u16(1)
        + u16(0)
        + i64(1_700_000_000_123_456)
        + i64(100)
        + i64(102)
        + i8(-2)
        + i8(-5)
        + u16(16)
        + u16(1)
        + i64(6701234)
        + i64(150000)
        + u16(16)
        + u16(0)
        + text8("BTCUSDT")
    )
    assert STREAM_SCHEMA.decode(message) == (
        "DepthDiffStreamEvent",
        {
            "eventTime": 1_700_000_000_123_456,
            "firstBookUpdateId": 100,
            "lastBookUpdateId": 102,
            "bids": [{"price": "67012.34", "qty": "1.50000"}],
            "asks": [],
            "symbol": "BTCUSDT",
        },
    )
