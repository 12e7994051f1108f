"""The fake exchange's SBE answers: the JSON payload it would send, encoded in schema 3:5.

Hand-written from the schema's layout for the answers the fake encodes (depth, klines, errors);
the client's decoders are generated from the same schema, and are checked against hand-built
bytes in the tests, so this encoder is not what proves them right.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from binance_spot_client._sbe_spot import SCHEMA_ID, SCHEMA_VERSION

SBE_CONTENT_TYPE = "application/sbe"
_HEADER = struct.Struct("<HHHH")
_GROUP = struct.Struct("<HI")
_LEVEL = struct.Struct("<qq")
_KLINE = struct.Struct("<qqqqq16sq16sq16s16s")
_NULL_TIME = -(2**63)


def _message(template_id: int, block: bytes, rest: bytes = b"") -> bytes:
    return _HEADER.pack(len(block), template_id, SCHEMA_ID, SCHEMA_VERSION) + block + rest


def _exponent(texts: Sequence[str]) -> int:
    """The exponent that writes every decimal text exactly: minus its most decimals."""
    return -max((len(text.partition(".")[2]) for text in texts), default=0)


def _mantissa(text: str, exponent: int) -> int:
    whole, _, fraction = text.partition(".")
    digits = whole.lstrip("-") + fraction.ljust(-exponent, "0")
    return -int(digits) if text.startswith("-") else int(digits)


def _levels(levels: Sequence[Sequence[str]], price: int, qty: int) -> bytes:
    rows = b"".join(_LEVEL.pack(_mantissa(p, price), _mantissa(q, qty)) for p, q, *_ in levels)
    return _GROUP.pack(_LEVEL.size, len(levels)) + rows


def _depth(payload: Any) -> bytes:
    levels = [*payload["bids"], *payload["asks"]]
    price, qty = _exponent([level[0] for level in levels]), _exponent([level[1] for level in levels])
    block = struct.pack("<qbb", payload["lastUpdateId"], price, qty)
    return _message(200, block, _levels(payload["bids"], price, qty) + _levels(payload["asks"], price, qty))


def _klines(payload: Any) -> bytes:
    prices = [text for row in payload for text in (row[1], row[2], row[3], row[4], row[7], row[10])]
    price, qty = _exponent(prices), _exponent([text for row in payload for text in (row[5], row[9])])

    def wide(text: str, exponent: int) -> bytes:
        return _mantissa(text, exponent).to_bytes(16, "little", signed=True)

    rows = b"".join(
        _KLINE.pack(
            row[0] * 1000,  # SBE times are microseconds
            *(_mantissa(text, price) for text in row[1:5]),
            wide(row[5], qty),
            row[6] * 1000,
            wide(row[7], price),
            row[8],
            wide(row[9], qty),
            wide(row[10], price),
        )
        for row in payload
    )
    return _message(203, struct.pack("<bb", price, qty), _GROUP.pack(_KLINE.size, len(payload)) + rows)


def error(payload: Any) -> bytes:
    """An `ErrorResponse` for Binance's `{code, msg}`."""
    msg = str(payload.get("msg", "")).encode()
    block = struct.pack("<hqq", payload.get("code", -1000), _NULL_TIME, _NULL_TIME)
    return _message(100, block, struct.pack("<H", len(msg)) + msg + struct.pack("<I", 0))


ENCODERS: dict[str, Callable[[Any], bytes]] = {"depth": _depth, "klines": _klines, "uiKlines": _klines}


def wants_sbe(headers: Mapping[str, str]) -> bool:
    """Whether a request asks for SBE (the schema's id:version is checked by the client)."""
    named = {name.lower(): value for name, value in headers.items()}
    return SBE_CONTENT_TYPE in named.get("accept", "") and bool(named.get("x-mbx-sbe"))
