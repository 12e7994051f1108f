"""Stream frames to typed events in C: msgspec decodes a frame's bytes straight into the event structs.

A stream's name says which event it carries (`STREAMS` of the generated events module), so
each name gets a decoder of its own type, built on first use. Binance writes a combined frame
as `{"stream":"<name>","data":...}`: the name is read from the frame's first bytes, and the
whole frame is decoded in one pass by that stream's decoder. A frame in any other shape is
read in two: its envelope, leaving `data` as raw bytes, then `data` by the stream's decoder.
Payloads with no stream name to go by are decoded as a union tagged by `e`.

Whatever msgspec refuses (a key the spec does not know, a value of another JSON type, an
event type without a class, a control answer) gets `None` here, and the caller reads it the
general way, `json.loads` and `parse_event`, which keeps unknown keys in `extra`. Both ways
give equal events for what both read.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Union

from binance_spot_client._stream_events import STREAMS, TAGGED_EVENTS, Event, parse_event

if TYPE_CHECKING:
    import msgspec
else:
    try:
        import msgspec
    except ImportError:  # e.g. on PyPy: every frame is read the general way
        msgspec = None

__all__ = ["decode_combined", "decode_envelope", "decode_event", "decode_typed"]

Decoded = Event | tuple[Event, ...]
# Stream names seen so far, each with its decoder (None: no stream of the spec has that name): of the
# payload by its name as text, of the whole combined frame by its name as bytes. Bounded, for a
# program that subscribes to ever new names.
_MAX_NAMES = 4096
_by_stream: dict[str, Any] = {}
_frame_by_stream: dict[bytes, Any] = {}
_PREFIX = b'{"stream":"'
_NAME_START = len(_PREFIX)

if msgspec is not None:

    class _Envelope(msgspec.Struct):
        stream: str
        data: msgspec.Raw

    _envelope = msgspec.json.Decoder(_Envelope)
    _tagged_one: Any = Union[TAGGED_EVENTS]  # noqa: UP007 (a union built from a tuple of types)
    _tagged = msgspec.json.Decoder(Union[_tagged_one, tuple[_tagged_one, ...]])  # noqa: UP007


def _payload_type(stream: str) -> Any:
    """What the named stream carries, as a msgspec type; None for a name no stream of the spec has."""
    for pattern, event, array in STREAMS:
        if pattern.match(stream):
            return tuple[event, ...] if array else event  # type: ignore[valid-type]
    return None


def _stream_decoder(stream: str) -> Any:
    decoder = _by_stream.get(stream)
    if decoder is None and stream not in _by_stream:
        payload = _payload_type(stream)
        decoder = None if payload is None else msgspec.json.Decoder(payload)
        if len(_by_stream) >= _MAX_NAMES:
            _by_stream.clear()
        _by_stream[stream] = decoder
    return decoder


def _frame_decoder(stream: bytes) -> Any:
    decoder = _frame_by_stream.get(stream)
    if decoder is None and stream not in _frame_by_stream:
        payload = _payload_type(stream.decode("utf-8", "replace"))
        if payload is not None:
            decoder = msgspec.json.Decoder(msgspec.defstruct("Frame", [("stream", str), ("data", payload)]))
        if len(_frame_by_stream) >= _MAX_NAMES:
            _frame_by_stream.clear()
        _frame_by_stream[stream] = decoder
    return decoder


def decode_combined(frame: bytes) -> tuple[str, Decoded] | None:
    """A combined stream frame's stream name and typed event(s), decoded in C; None where msgspec refuses."""
    if msgspec is None:
        return None
    if frame.startswith(_PREFIX):
        name = frame[_NAME_START : frame.find(b'"', _NAME_START)]
        decoder = _frame_by_stream.get(name) or _frame_decoder(name)
        if decoder is not None:
            try:
                decoded = decoder.decode(frame)
            except msgspec.DecodeError:
                return None
            return decoded.stream, decoded.data
    envelope = decode_envelope(frame)
    if envelope is None:
        return None
    event = decode_typed(envelope[1], envelope[0])
    return None if event is None else (envelope[0], event)


def decode_envelope(frame: bytes | str) -> tuple[str, Any] | None:
    """A combined stream frame's stream name and its `data` as raw bytes; None for any other frame."""
    if msgspec is None:
        return None
    try:
        envelope = _envelope.decode(frame)
    except msgspec.DecodeError:
        return None
    return envelope.stream, envelope.data


def decode_typed(data: Any, stream: str | None = None) -> Decoded | None:
    """The event(s) of a payload's bytes, decoded in C; None where msgspec refuses them.

    `stream` picks the event type by the stream's name; without it (or for a name no stream of
    the spec has) the payload's `e` does.
    """
    if msgspec is None:
        return None
    decoder = None if stream is None else _stream_decoder(stream)
    try:
        decoded: Decoded = (decoder or _tagged).decode(data)
    except msgspec.DecodeError:
        return None
    return decoded


def decode_event(data: bytes | str, stream: str | None = None) -> Decoded:
    """The typed event(s) of a stream payload's bytes: in C where msgspec can, else `parse_event`.

    `stream` (the payload's stream name, as in `btcusdt@bookTicker`) tells events that carry no
    `e` apart; `ValueError` for bytes that are not JSON.
    """
    decoded = decode_typed(data, stream)
    return parse_event(json.loads(data)) if decoded is None else decoded
