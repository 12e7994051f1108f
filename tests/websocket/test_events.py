"""Typed events: the field tables match spec/websocket/streams.yaml, and payloads parse."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from binance_spot_client import websocket
from binance_spot_client.websocket import (
    AggTrade,
    BookTicker,
    DepthUpdate,
    ExecutionReport,
    KlineEvent,
    OutboundAccountPosition,
    PartialDepth,
    RollingWindowTicker,
    UnknownEvent,
    parse_event,
)

STREAMS = yaml.safe_load((Path(__file__).parents[2] / "spec" / "websocket" / "streams.yaml").read_text())


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# A wire value for each field type of streams.yaml, and what the event holds for it.
SAMPLES: dict[str, tuple[Any, Any]] = {
    "string": (123, "123"),
    "decimal": ("0.00100", "0.00100"),
    "int64": (7, 7),
    "boolean": (True, True),
    "levels": ([["1.5", "2", "ignored"]], (("1.5", "2"),)),
}


def payload_of(name: str) -> dict[str, Any]:
    """A payload with every field of the event, each holding a sample of its type (null where nullable)."""
    payload: dict[str, Any] = {}
    for item in STREAMS["events"][name]["fields"]:
        kind = item["type"]
        if kind.startswith("nullable:"):
            payload[item["key"]] = None
        elif kind.startswith("object:"):
            payload[item["key"]] = payload_of(kind.removeprefix("object:"))
        elif kind.startswith("array:"):
            payload[item["key"]] = [payload_of(kind.removeprefix("array:"))]
        else:
            payload[item["key"]] = SAMPLES[kind][0]
    return payload


@pytest.mark.parametrize("name", sorted(STREAMS["events"]))
def test_every_event_of_the_spec_reads_every_field(name: str) -> None:
    spec = STREAMS["events"][name]
    cls: Any = getattr(websocket, name)
    event = cls.from_payload(payload_of(name) | {"newKey": 1})
    for item in spec["fields"]:
        kind, value = item["type"], getattr(event, snake(item["name"]))
        if kind.startswith("nullable:"):
            assert value is None
        elif kind.startswith("object:"):
            assert value == getattr(websocket, kind.removeprefix("object:")).from_payload(
                payload_of(kind.removeprefix("object:"))
            )
        elif kind.startswith("array:"):
            part = kind.removeprefix("array:")
            assert value == (getattr(websocket, part).from_payload(payload_of(part)),)
        else:
            assert value == SAMPLES[kind][1], item
    assert event.unknown_fields == {"newKey": 1}
    if "e" in spec:
        assert (None if "<" in spec["e"] else spec["e"]) == cls.EVENT_TYPE
        assert spec.get("user_data", False) == cls.USER_DATA
    if "e" in spec and "<" not in spec["e"]:
        assert parse_event(payload_of(name) | {"e": spec["e"]}) == cls.from_payload(payload_of(name))


def test_every_stream_names_a_known_event() -> None:
    for stream in STREAMS["streams"]:
        assert stream["event"] in STREAMS["events"], stream["name"]


def test_agg_trade_keeps_decimal_text_and_unknown_keys() -> None:
    payload = {"e": "aggTrade", "E": 1, "s": "BNBBTC", "a": 2, "p": "0.00100", "q": "100", "f": 3, "l": 4}
    event = parse_event(payload | {"T": 5, "m": True, "M": True})
    assert isinstance(event, AggTrade)
    assert (event.price, event.quantity, event.buyer_is_maker) == ("0.00100", "100", True)
    assert event.unknown_fields == {"M": True}


def test_kline_nests_its_bar() -> None:
    bar = {"t": 1, "T": 2, "s": "BNBBTC", "i": "1m", "f": 100, "L": 200, "o": "0.1", "c": "0.2", "h": "0.3"}
    bar |= {"l": "0.05", "v": "1000", "n": 100, "x": False, "q": "1.0", "V": "500", "Q": "0.5", "B": "123456"}
    event = parse_event({"e": "kline", "E": 3, "s": "BNBBTC", "k": bar})
    assert isinstance(event, KlineEvent)
    assert (event.kline.interval, event.kline.close, event.kline.closed) == ("1m", "0.2", False)


def test_payloads_without_event_type_are_recognised_by_shape() -> None:
    book = parse_event({"u": 400900217, "s": "BNBUSDT", "b": "25.35", "B": "31.21", "a": "25.36", "A": "40.66"})
    depth = parse_event({"lastUpdateId": 160, "bids": [["0.0024", "10"]], "asks": [["0.0026", "100"]]})
    assert isinstance(book, BookTicker) and book.best_ask_quantity == "40.66"
    assert isinstance(depth, PartialDepth) and depth.bids == (("0.0024", "10"),)


def test_depth_update_levels_are_price_quantity_pairs() -> None:
    event = parse_event({"e": "depthUpdate", "E": 1, "s": "BNBBTC", "U": 157, "u": 160, "b": [["1", "2"]], "a": []})
    assert isinstance(event, DepthUpdate)
    assert (event.first_update_id, event.final_update_id, event.bids, event.asks) == (157, 160, (("1", "2"),), ())


def test_array_streams_give_a_tuple_of_events() -> None:
    ticker = {"E": 1, "s": "BNBBTC", "p": "1", "P": "2", "o": "3", "h": "4", "l": "5", "c": "6", "w": "7"}
    ticker |= {"v": "8", "q": "9", "O": 0, "C": 1, "F": 0, "L": 18150, "n": 18151}
    events = parse_event([ticker | {"e": "1hTicker"}, ticker | {"e": "4hTicker"}])
    assert isinstance(events, tuple)
    assert [type(e) for e in events] == [RollingWindowTicker, RollingWindowTicker]
    assert [e.event_type for e in events if isinstance(e, RollingWindowTicker)] == ["1hTicker", "4hTicker"]


def test_user_data_events_are_typed() -> None:
    position = parse_event(
        {"e": "outboundAccountPosition", "E": 1, "u": 2, "B": [{"a": "ETH", "f": "10000.0", "l": "0.0"}]}
    )
    assert isinstance(position, OutboundAccountPosition)
    assert position.balances[0].asset == "ETH"
    report = parse_event(EXECUTION_REPORT)
    assert isinstance(report, ExecutionReport)
    assert (report.order_status, report.commission_asset, report.order_id) == ("NEW", None, 4293153)
    assert (report.prevented_match_id, report.working_time, report.unknown_fields) == (3, 1499405658657, {"M": False})


def test_execution_report_conditional_fields_are_none_when_absent_and_typed_when_sent() -> None:
    plain = {key: value for key, value in EXECUTION_REPORT.items() if key not in ("v", "W")}
    report = parse_event(plain)
    assert isinstance(report, ExecutionReport)
    assert (report.prevented_match_id, report.working_time, report.pegged_price, report.expiry_reason) == (
        None, None, None, None,
    )  # fmt: skip
    pegged = parse_event(plain | {"gP": "PRIMARY_PEG", "gOT": "PRICE_LEVEL", "gOV": 5, "gp": "1.00000000"})
    assert isinstance(pegged, ExecutionReport)
    assert (pegged.pegged_price_type, pegged.pegged_offset_type, pegged.pegged_offset_value, pegged.pegged_price) == (
        "PRIMARY_PEG", "PRICE_LEVEL", 5, "1.00000000",
    )  # fmt: skip
    expired = parse_event(
        plain | {"x": "EXPIRED", "eR": "INSUFFICIENT_LIQUIDITY", "uS": True, "Cs": "BTCUSDT", "pl": "2.123456"}
    )
    assert isinstance(expired, ExecutionReport)
    assert (expired.expiry_reason, expired.used_sor, expired.counter_symbol, expired.prevented_execution_quantity) == (
        "INSUFFICIENT_LIQUIDITY", True, "BTCUSDT", "2.123456",
    )  # fmt: skip
    assert expired.unknown_fields == {"M": False}


def test_unknown_event_types_are_kept_not_dropped() -> None:
    event = parse_event({"e": "somethingNew", "E": 1})
    assert event == UnknownEvent("somethingNew", {"e": "somethingNew", "E": 1})


def test_placeholder_event_types_match_only_their_pattern() -> None:
    ticker = payload_of("RollingWindowTicker")
    assert type(parse_event(ticker | {"e": "7dTicker"})) is RollingWindowTicker
    assert parse_event({"e": "weeklyTicker"}) == UnknownEvent("weeklyTicker", {"e": "weeklyTicker"})


def test_payload_without_event_type_needs_every_key_of_its_event() -> None:
    partial = {"u": 1, "b": "25.35", "a": "25.36"}
    assert parse_event(partial) == UnknownEvent(None, partial)


EXECUTION_REPORT = {
    "e": "executionReport",
    "E": 1499405658658,
    "s": "ETHBTC",
    "c": "mUvoqJxFIILMdfAW5iGSOW",
    "S": "BUY",
    "o": "LIMIT",
    "f": "GTC",
    "q": "1.00000000",
    "p": "0.10264410",
    "P": "0.00000000",
    "F": "0.00000000",
    "g": -1,
    "C": "",
    "x": "NEW",
    "X": "NEW",
    "r": "NONE",
    "i": 4293153,
    "l": "0.00000000",
    "z": "0.00000000",
    "L": "0.00000000",
    "n": "0",
    "N": None,
    "T": 1499405658657,
    "t": -1,
    "v": 3,
    "I": 8641984,
    "w": True,
    "m": False,
    "M": False,
    "O": 1499405658657,
    "Z": "0.00000000",
    "Y": "0.00000000",
    "Q": "0.00000000",
    "W": 1499405658657,
    "V": "NONE",
}
