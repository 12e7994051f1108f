"""What every generated SBE decoder shares: the message header, group rows, decimal text.

The decoders themselves are generated from Binance's schemas (binance_spot_client/_sbe_spot.py
and _sbe_stream.py, from spec/sbe/); they hand their tables to `SbeSchema` as data, so the
core never imports them.
"""

from __future__ import annotations

import struct
import sys
import warnings
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from itertools import repeat
from operator import floordiv
from typing import Any, Literal

import httpx

from ._errors import SbeDecodeError, SbeSchemaError, UnknownSbeTemplateError

__all__ = [
    "SBE_MEDIA_TYPE",
    "Encoding",
    "is_sbe",
    "sbe_error_reader",
    "SbeSchema",
    "SbeSchemaDeprecatedWarning",
    "check_schema_version",
    "columns",
    "decimal_column",
    "time_column",
    "wide_column",
    "decimal_text",
    "float_text",
    "require_block",
    "rows",
    "set_values",
    "struct_of",
]

SBE_MEDIA_TYPE = "application/sbe"
Encoding = Literal["json", "sbe"]
"""What a client asks Binance to answer in: JSON, or SBE for the operations the SBE schema covers."""
HEADER = struct.Struct("<HHHH")  # blockLength, templateId, schemaId, version
Decoder = Callable[[memoryview, int, int], Any]
_POWERS = tuple(10**k for k in range(64))


class SbeSchemaDeprecatedWarning(UserWarning):
    """The SBE schema version asked for is deprecated by Binance and will be retired."""


def struct_of(fmt: str) -> struct.Struct:
    return struct.Struct(fmt)


def decimal_text(mantissa: int, exponent: int) -> str:
    """The exact decimal `mantissa * 10**exponent` as Binance writes it in JSON: as many
    decimals as the exponent says, so (1000000, -8) is "0.01000000"."""
    if exponent >= 0:
        return str(mantissa * _POWERS[exponent])
    if mantissa < 0:
        return "-" + decimal_text(-mantissa, exponent)
    whole, fraction = divmod(mantissa, _POWERS[-exponent])
    return f"{whole}.{fraction:0{-exponent}d}"


# "%d.%08d" and the like: with divmod, `map` formats a whole column of decimals in C.
_FORMATS = tuple(f"%d.%0{k}d" for k in range(64))
_UINT64 = 2**64 - 1
# A group whose fields are all 8 or 16 bytes is read as one cast to int64: native order must be SBE's.
COLUMNS_READABLE = sys.byteorder == "little"


def columns(view: memoryview, at: int, count: int, width: int) -> list[list[int]]:
    """The int64 columns of `count` entries of `width` int64s each: one cast, one `tolist`, C slices."""
    end = at + count * width * 8
    if end > len(view):
        raise SbeDecodeError(f"a group of {count} entries ends at byte {end}, past the message's {len(view)}")
    values = view[at:end].cast("q").tolist()
    return [values[index::width] for index in range(width)]


def decimal_column(mantissas: list[int], exponent: int) -> list[str]:
    """`decimal_text` of a whole column, in C when the exponent is negative and no mantissa is."""
    if exponent >= 0 or (mantissas and min(mantissas) < 0):
        return [decimal_text(mantissa, exponent) for mantissa in mantissas]
    return list(map(_FORMATS[-exponent].__mod__, map(divmod, mantissas, repeat(_POWERS[-exponent]))))


def wide_column(low: list[int], high: list[int]) -> list[int]:
    """128-bit little-endian mantissas from their low (read signed) and high int64 halves."""
    if not any(high) and (not low or min(low) >= 0):
        return low
    return [(lo & _UINT64) | (hi << 64) for lo, hi in zip(low, high, strict=True)]


def time_column(values: list[int], divisor: int) -> list[int]:
    return values if divisor == 1 else list(map(floordiv, values, repeat(divisor)))


def float_text(value: float) -> str:
    # The schema's only float is a percent change, which Binance's JSON writes with three decimals.
    return f"{value:.3f}"


def set_values(bits: int, choices: tuple[tuple[int, str], ...]) -> list[str]:
    """The JSON values of the choices whose bit is set, in the schema's order."""
    return [name for bit, name in choices if bits >> bit & 1]


def require_block(block: int, known: int) -> None:
    if block < known:
        raise SbeDecodeError(f"a group's entries are {block} bytes, shorter than the schema's {known}")


def rows(
    reader: struct.Struct, view: memoryview, at: int, block: int, count: int, known: int
) -> Iterable[tuple[Any, ...]]:
    """The entries of a fixed-size group. A block longer than the schema's holds fields of a newer
    schema version at its end: they are skipped, as SBE's extension rules say."""
    if block == known:
        return reader.iter_unpack(view[at : at + block * count])
    require_block(block, known)
    return (reader.unpack_from(view, at + index * block) for index in range(count))


class SbeSchema:
    """One schema's decoders by template id; `decode` reads a whole message."""

    def __init__(
        self,
        schema_id: int,
        version: int,
        messages: Mapping[int, tuple[str, int, Decoder]],
        *,
        deprecated: tuple[tuple[int, int], ...] = (),
        retired: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.schema_id = schema_id
        self.version = version
        self.messages = messages
        self.deprecated = deprecated
        self.retired = retired

    def request_headers(self, requested: str | None) -> dict[str, str]:
        """The headers asking Binance for SBE in `requested` (`<id>:<version>`; default: this schema).

        Only `application/sbe` is accepted, so that Binance's errors come in SBE too rather than
        a silent fall back to JSON when SBE is off (then Binance answers 406).
        """
        schema_id, version = check_schema_version(
            requested or f"{self.schema_id}:{self.version}",
            (self.schema_id, self.version),
            self.deprecated,
            self.retired,
        )
        return {"Accept": SBE_MEDIA_TYPE, "X-MBX-SBE": f"{schema_id}:{version}"}

    def template_name(self, template_id: int) -> str:
        try:
            return self.messages[template_id][0]
        except KeyError:
            raise UnknownSbeTemplateError(template_id, self.schema_id, self.version) from None

    def decode(self, data: bytes | bytearray | memoryview) -> tuple[str, Any]:
        """The message's name and the data its JSON form holds."""
        view = memoryview(data)
        if len(view) < HEADER.size:
            raise SbeDecodeError(f"{len(view)} bytes cannot hold an SBE message header")
        block, template_id, schema_id, _ = HEADER.unpack_from(view, 0)
        if schema_id != self.schema_id:
            raise SbeDecodeError(f"a message of schema {schema_id}, expected schema {self.schema_id}")
        name = self.template_name(template_id)
        _, known, decoder = self.messages[template_id]
        if block < known:
            raise SbeDecodeError(f"{name}: a root block of {block} bytes, shorter than the schema's {known}")
        try:
            return name, decoder(view, HEADER.size, block)
        except SbeDecodeError:
            raise
        except (struct.error, KeyError, IndexError, UnicodeDecodeError, ValueError) as exc:
            raise SbeDecodeError(f"{name}: {type(exc).__name__}: {exc}") from None


@cache
def _warned(version: tuple[int, int]) -> None:
    warnings.warn(
        f"SBE schema {version[0]}:{version[1]} is deprecated by Binance; a later one will retire it",
        SbeSchemaDeprecatedWarning,
        stacklevel=4,
    )


def check_schema_version(
    requested: str,
    generated: tuple[int, int],
    deprecated: Iterable[tuple[int, int]],
    retired: Iterable[tuple[int, int]],
) -> tuple[int, int]:
    """The `<id>:<version>` a client asks Binance for, checked against the schema lifecycle:
    a retired version raises SbeSchemaError, a deprecated one warns once.

    Binance answers a deprecated version in the newest compatible schema, so the decoders
    (generated from `generated`) read it; a version newer than those decoders, or of another
    schema id, they cannot read.
    """
    try:
        schema_id, _, version_text = requested.partition(":")
        version = (int(schema_id), int(version_text))
    except ValueError:
        raise SbeSchemaError(requested, "not of the form <id>:<version>") from None
    if version in set(retired):
        raise SbeSchemaError(requested, "retired by Binance: requests for it fail")
    if version[0] != generated[0] or version[1] > generated[1]:
        raise SbeSchemaError(
            requested, f"this client decodes schema {generated[0]}:{generated[1]} and older versions of it"
        )
    if version in set(deprecated):
        _warned(version)
    return version


def is_sbe(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.startswith(SBE_MEDIA_TYPE)


def sbe_error_reader(response: httpx.Response, schema: SbeSchema | None) -> Callable[[bytes], object] | None:
    """How to read an error answered in SBE (an `ErrorResponse`) into `{code, msg, ...}`; None for JSON."""
    if schema is None or not is_sbe(response):
        return None

    def read(body: bytes) -> object:
        try:
            return schema.decode(body)[1]
        except SbeDecodeError:
            return None  # reported with an excerpt of the body, as a JSON error that does not parse

    return read
