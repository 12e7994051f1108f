"""SBE market-data streams: binary frames to the JSON streams' event types.

Binance's SBE streams (stream-sbe.binance.com) send each event as one SBE message of the
stream schema in a binary frame; the generated decoders (`binance_spot_client._sbe_stream`)
read it, and this module turns what they read into the events the JSON streams give, so a
bot's code does not change with the encoding:

| SBE stream           | message                    | event                                |
|----------------------|----------------------------|--------------------------------------|
| `<symbol>@trade`      | `TradesStreamEvent`        | one `Trade` per trade in the message |
| `<symbol>@bestBidAsk` | `BestBidAskStreamEvent`    | `BookTicker`, event time in `unknown_fields["E"]` |
| `<symbol>@depth`      | `DepthDiffStreamEvent`     | `DepthUpdate`                        |
| `<symbol>@depth20`    | `DepthSnapshotStreamEvent` | `PartialDepth`, `unknown_fields["E"]`, `unknown_fields["s"]` |

Every time of an SBE event is in **microseconds**, as Binance sends it (a JSON stream gives
milliseconds unless asked for microseconds): nothing is rounded away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from binance_spot_client._sbe_stream import SCHEMA
from binance_spot_client._stream_events import BookTicker, DepthUpdate, Event, PartialDepth, Trade
from binance_spot_client.signing import Ed25519Signer, ParameterError, Signer

__all__ = ["SBE_STREAM_NAMES", "check_sbe_credentials", "sbe_stream_events"]

SBE_STREAM_NAMES = ("trade", "bestBidAsk", "depth", "depth20")
"""What follows `<symbol>@` in the name of each SBE stream Binance serves."""


def _levels(levels: Sequence[Mapping[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((level["price"], level["qty"]) for level in levels)


def _trades(data: Mapping[str, Any]) -> list[Event]:
    return [
        Trade(
            event_time=data["eventTime"],
            symbol=data["symbol"],
            trade_id=trade["id"],
            price=trade["price"],
            quantity=trade["qty"],
            trade_time=data["transactTime"],
            buyer_is_maker=trade["isBuyerMaker"],
            _ignored_m=trade["isBestMatch"],  # the JSON trade's "M", constant in SBE
        )
        for trade in data["trades"]
    ]


def _best_bid_ask(data: Mapping[str, Any]) -> list[Event]:
    event = BookTicker(
        update_id=data["bookUpdateId"],
        symbol=data["symbol"],
        best_bid_price=data["bidPrice"],
        best_bid_quantity=data["bidQty"],
        best_ask_price=data["askPrice"],
        best_ask_quantity=data["askQty"],
    )
    event.keep_unknown({"E": data["eventTime"]})  # the JSON bookTicker has no event time: kept as an unknown field
    return [event]


def _depth_diff(data: Mapping[str, Any]) -> list[Event]:
    return [
        DepthUpdate(
            event_time=data["eventTime"],
            symbol=data["symbol"],
            first_update_id=data["firstBookUpdateId"],
            final_update_id=data["lastBookUpdateId"],
            bids=_levels(data["bids"]),
            asks=_levels(data["asks"]),
        )
    ]


def _depth_snapshot(data: Mapping[str, Any]) -> list[Event]:
    event = PartialDepth(last_update_id=data["bookUpdateId"], bids=_levels(data["bids"]), asks=_levels(data["asks"]))
    event.keep_unknown({"E": data["eventTime"], "s": data["symbol"]})
    return [event]


# Each message: the stream it comes on (after `<symbol>@`) and how its data becomes events.
_EVENTS: dict[str, tuple[str, Callable[[Mapping[str, Any]], list[Event]]]] = {
    "TradesStreamEvent": ("trade", _trades),
    "BestBidAskStreamEvent": ("bestBidAsk", _best_bid_ask),
    "DepthDiffStreamEvent": ("depth", _depth_diff),
    "DepthSnapshotStreamEvent": ("depth20", _depth_snapshot),
}


def sbe_stream_events(frame: bytes | bytearray | memoryview) -> tuple[str, list[Event]]:
    """The stream name (`btcusdt@depth`) and the typed events of one binary frame of the SBE streams.

    Raises `SbeDecodeError` for bytes that are not a message of the stream schema
    (`UnknownSbeTemplateError` for a message it does not define).
    """
    name, data = SCHEMA.decode(frame)
    kind, events = _EVENTS[name]
    return f"{data['symbol'].lower()}@{kind}", events(data)


def check_sbe_credentials(api_key: str | None, signer: Signer | None) -> str:
    """The API key to send, once it is known to be an Ed25519 key: the only type the SBE streams accept.

    The key's type is read from the private key (or signer) given with it, since the API key
    itself does not tell; checked before connecting, so a wrong key never reaches Binance.
    """
    if not api_key:
        raise ParameterError("api_key", "the SBE market data streams need an Ed25519 API key (X-MBX-APIKEY)")
    if signer is None:
        raise ParameterError(
            "private_key", "the SBE market data streams need the Ed25519 private key of the API key, to check its type"
        )
    if not isinstance(signer, Ed25519Signer):
        raise ParameterError(
            "private_key", f"the SBE market data streams accept Ed25519 keys only, not {type(signer).__name__}'s"
        )
    return api_key
