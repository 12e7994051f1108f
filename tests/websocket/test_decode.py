"""Frames decoded in C agree with the general reading, and fall back to it for what msgspec refuses."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from binance_spot_client._stream_events import STREAMS as STREAM_TABLE
from binance_spot_client._stream_events import TAGGED_EVENTS
from binance_spot_client.websocket import (
    AggTrade,
    BookTicker,
    KlineEvent,
    PartialDepth,
    Trade,
    decode_event,
    parse_event,
)
from binance_spot_client.websocket._decode import decode_combined, decode_typed

from .test_events import EXECUTION_REPORT

SPEC = yaml.safe_load((Path(__file__).parents[2] / "spec" / "websocket" / "streams.yaml").read_text())
# A name of each stream pattern, and the event type Binance sends for each placeholder event type.
PLACEHOLDERS = {"<symbol>": "bnbbtc", "<interval>": "1M", "<window>": "4h", "<levels>": "10"}


def fill(text: str) -> str:
    for placeholder, value in PLACEHOLDERS.items():
        text = text.replace(placeholder, value)
    return text


# A wire value of each field type, of the JSON type Binance sends it as.
WIRE = {"string": "BNBBTC", "decimal": "0.00100", "int64": 7, "boolean": True, "levels": [["1.5", "2"]]}


def wire_payload(event: str) -> dict[str, Any]:
    """A payload as Binance sends it: its `e`, every field (null where nullable), and the keys it says to ignore."""
    spec = SPEC["events"][event]
    payload: dict[str, Any] = {key: True for key in spec.get("ignored", ())}
    for item in spec["fields"]:
        kind = item["type"]
        if kind.startswith("nullable:"):
            payload[item["key"]] = None
        elif kind.startswith("object:"):
            payload[item["key"]] = wire_payload(kind.removeprefix("object:"))
        elif kind.startswith("array:"):
            payload[item["key"]] = [wire_payload(kind.removeprefix("array:"))]
        else:
            payload[item["key"]] = WIRE[kind]
    return payload | ({"e": fill(spec["e"])} if "e" in spec else {})


def frame(payload: Any, stream: str) -> bytes:
    return json.dumps({"stream": stream, "data": payload}, separators=(",", ":")).encode()


@pytest.mark.parametrize("stream", SPEC["streams"], ids=lambda stream: stream["name"])
def test_every_stream_decodes_in_c_to_what_the_general_reading_gives(stream: dict[str, Any]) -> None:
    name = fill(stream["name"])
    payload: Any = wire_payload(stream["event"])
    if stream.get("array"):
        payload = [payload, payload]
    decoded = decode_combined(frame(payload, name))
    assert decoded is not None
    assert decoded == (name, parse_event(json.loads(json.dumps(payload))))
    events = decoded[1] if isinstance(decoded[1], tuple) else (decoded[1],)
    assert [type(event).__name__ for event in events] == [stream["event"]] * len(events)
    ignored = {key: True for key in SPEC["events"][stream["event"]].get("ignored", ())}
    assert [getattr(event, "unknown_fields", None) for event in events] == [ignored] * len(events)


def test_every_stream_name_of_the_spec_has_one_entry() -> None:
    names = [fill(stream["name"]) for stream in SPEC["streams"]]
    assert [sum(bool(pattern.match(name)) for pattern, _, _ in STREAM_TABLE) for name in names] == [1] * len(names)


@pytest.mark.parametrize("event", TAGGED_EVENTS, ids=lambda event: event.__name__)
def test_payloads_with_an_event_type_decode_without_a_stream_name(event: Any) -> None:
    payload = wire_payload(event.__name__)
    raw = json.dumps(payload).encode()
    assert decode_typed(raw) == parse_event(payload)
    assert decode_typed(json.dumps([payload]).encode()) == (parse_event(payload),)


def test_ignored_keys_are_shown_in_extra_but_not_as_fields() -> None:
    trade = {"e": "trade", "E": 1, "s": "BNBBTC", "t": 12345, "p": "0.001", "q": "100", "T": 2, "m": True, "M": False}
    event = decode_typed(json.dumps(trade).encode(), "bnbbtc@trade")
    assert isinstance(event, Trade)
    assert event.unknown_fields == {"M": False}
    assert repr(event) == (
        "Trade(event_time=1, symbol='BNBBTC', trade_id=12345, price='0.001', quantity='100', trade_time=2, "
        "buyer_is_maker=True, unknown_fields={'M': False})"
    )
    assert pickle.loads(pickle.dumps(event)) == event


def test_an_unknown_key_leaves_c_and_is_kept_in_extra() -> None:
    trade = {"e": "aggTrade", "E": 1, "s": "BNBBTC", "a": 2, "p": "0.1", "q": "1", "f": 3, "l": 4, "T": 5, "m": True}
    raw = json.dumps(trade | {"M": True, "X": "new"}).encode()
    assert decode_typed(raw, "bnbbtc@aggTrade") is None
    assert decode_combined(frame(trade | {"X": "new"}, "bnbbtc@aggTrade")) is None
    event = decode_event(raw, "bnbbtc@aggTrade")
    assert isinstance(event, AggTrade)
    assert (event.unknown_fields, event.price) == ({"M": True, "X": "new"}, "0.1")
    assert event != parse_event(trade | {"M": True})
    assert pickle.loads(pickle.dumps(event)).unknown_fields == {"M": True, "X": "new"}


def test_a_value_of_another_json_type_is_read_the_general_way() -> None:
    book = {"u": 400900217, "s": "BNBUSDT", "b": 25.35, "B": "31.21", "a": "25.36", "A": "40.66"}
    assert decode_typed(json.dumps(book).encode(), "bnbusdt@bookTicker") is None
    event = decode_event(json.dumps(book).encode(), "bnbusdt@bookTicker")
    assert isinstance(event, BookTicker) and event.best_bid_price == "25.35"


def test_events_without_an_event_type_are_told_by_the_stream_name() -> None:
    depth = {"lastUpdateId": 160, "bids": [["0.0024", "10"]], "asks": [["0.0026", "100"]]}
    decoded = decode_combined(frame(depth, "bnbbtc@depth5@100ms"))
    assert decoded == ("bnbbtc@depth5@100ms", PartialDepth(160, (("0.0024", "10"),), (("0.0026", "100"),)))
    assert decode_typed(json.dumps(depth).encode()) is None  # no stream name, no `e`: the general reading's work


def test_a_frame_with_data_before_stream_is_decoded_in_two_passes() -> None:
    bar = {"t": 1, "T": 2, "s": "BNBBTC", "i": "1m", "f": 100, "L": 200, "o": "0.1", "c": "0.2", "h": "0.3"}
    bar |= {"l": "0.05", "v": "1000", "n": 100, "x": False, "q": "1.0", "V": "500", "Q": "0.5", "B": "123456"}
    kline = {"e": "kline", "E": 3, "s": "BNBBTC", "k": bar}
    decoded = decode_combined(json.dumps({"data": kline, "stream": "bnbbtc@kline_1m"}).encode())
    assert decoded is not None
    stream, event = decoded
    assert isinstance(event, KlineEvent)
    assert (stream, event.kline.close, event.kline.unknown_fields) == ("bnbbtc@kline_1m", "0.2", {"B": "123456"})


def test_frames_that_are_not_events_are_left_to_the_general_reading() -> None:
    assert decode_combined(b'{"result":null,"id":1}') is None
    assert decode_combined(b'{"stream":"bnbbtc@trade","data":{"e":"trade"}}') is None
    assert decode_combined(b"not json") is None
    assert decode_typed(b'{"result":null,"id":1}', "bnbbtc@trade") is None
    assert decode_typed(b'{"e":"somethingNew","E":1}') is None
    with pytest.raises(ValueError):
        decode_event(b"not json")


def test_user_data_event_in_c_equals_the_general_reading() -> None:
    assert decode_typed(json.dumps(EXECUTION_REPORT).encode()) == parse_event(EXECUTION_REPORT)


WITHOUT_MSGSPEC = """
import sys
sys.modules["msgspec"] = None  # `import msgspec` fails, as on PyPy
import json, pickle
from binance_spot_client.signing import PlainStruct
from binance_spot_client.websocket import Trade, decode_event
from binance_spot_client.websocket._decode import decode_combined
trade = {"e": "trade", "E": 1, "s": "BNBBTC", "t": 12345, "p": "0.001", "q": "100", "T": 2, "m": True, "M": True}
event = decode_event(json.dumps(trade | {"X": 1}).encode(), "bnbbtc@trade")
print(isinstance(event, PlainStruct), decode_combined(b'{"stream":"bnbbtc@trade","data":{}}'))
print(event, pickle.loads(pickle.dumps(event)) == event)
"""


def test_without_msgspec_events_are_plain_objects_read_the_general_way() -> None:
    done = subprocess.run([sys.executable, "-c", WITHOUT_MSGSPEC], capture_output=True, text=True, check=True)
    assert done.stdout == (
        "True None\n"
        "Trade(event_time=1, symbol='BNBBTC', trade_id=12345, price='0.001', quantity='100', trade_time=2, "
        "buyer_is_maker=True, unknown_fields={'M': True, 'X': 1}) True\n"
    )
