"""Turning Python values into the exact text Binance expects on the wire.

Every parameter passes through `encode_value`; query strings are built by
`encode_query`, and the same bytes are what gets signed and sent.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from enum import Enum
from urllib.parse import quote

from ._errors import ParameterError

__all__ = ["encode_query", "encode_value", "decimal_text"]

# RFC 3986 unreserved characters stay as they are; everything else is escaped,
# which is how Binance's own signing examples percent-encode payloads.
_SAFE = "-_.~"
# Numbered-field names (`cancelInfoList[0].orderId`) keep their brackets: Binance checks the
# signature over the unescaped name, so an escaped one fails with -1022 (per its prediction docs).
_NAME_SAFE = _SAFE + "[]"


def decimal_text(value: Decimal | float | int | str, name: str = "value") -> str:
    """Plain decimal text, never an exponent and never a binary float expansion."""
    if isinstance(value, bool):
        raise ParameterError(name, "expected a number, got a boolean")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ParameterError(name, f"{value!r} is not a finite number")
        # repr() is the shortest text that round-trips, so 0.1 stays "0.1".
        value = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            parsed = Decimal(value)
        except ArithmeticError:
            raise ParameterError(name, f"{value!r} is not a decimal number") from None
        if not parsed.is_finite():
            raise ParameterError(name, f"{value!r} is not a finite number")
        if "e" not in value.lower():
            return value.strip()
        value = parsed
    elif isinstance(value, int):
        return str(value)
    if not value.is_finite():
        raise ParameterError(name, f"{value!r} is not a finite number")
    return format(value, "f")


def encode_value(value: object, name: str = "value") -> str:
    """The wire text of one parameter value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, Decimal)):
        return decimal_text(value, name)
    if isinstance(value, Sequence):
        # Binance reads lists as compact JSON text: ["BTCUSDT","BNBUSDT"]. Non-ASCII symbols stay
        # characters (not \u escapes), percent-encoded in the query like a single symbol.
        return json.dumps([encode_value(item, name) for item in value], separators=(",", ":"), ensure_ascii=False)
    raise ParameterError(name, f"cannot send a value of type {type(value).__name__}")


# Text made only of these needs no escaping; checking with one regex costs less than `quote` finding so.
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*")


@functools.lru_cache(maxsize=2048)
def _quoted_name(name: str) -> str:
    """A parameter's name escaped; names are the spec's few hundred, so each is escaped once."""
    return quote(name, safe=_NAME_SAFE)


def _quoted(text: str) -> str:
    return text if _UNRESERVED.fullmatch(text) else quote(text, safe=_SAFE)


def encode_query(params: Mapping[str, object] | Iterable[tuple[str, object]]) -> str:
    """Percent-encode `name=value` pairs joined by `&`, in the order given."""
    pairs = params.items() if isinstance(params, Mapping) else params
    return "&".join(f"{_quoted_name(name)}={_quoted(encode_value(value, name))}" for name, value in pairs)
