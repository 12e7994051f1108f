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
from functools import cache, lru_cache
from itertools import repeat
from operator import floordiv
from typing import Any, Literal

import httpx

try:
    import msgspec
except ImportError:  # PyPy: the bulk decimal path needs msgspec's int encoder
    msgspec = None  # type: ignore[assignment]

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
    "decimal_columns",
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
Decoder = Callable[[memoryview, int, int, Any, bool], Any]
_POWERS = tuple(10**k for k in range(129))  # every int8 exponent


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
_FORMATS = tuple(f"%d.%0{k}d" for k in range(129))
_UINT64 = 2**64 - 1
# A group whose fields are all 8 or 16 bytes is read as one cast to int64: native order must be SBE's.
COLUMNS_READABLE = sys.byteorder == "little"


def columns(view: memoryview, at: int, count: int, width: int, slots: Iterable[int] | None = None) -> list[list[int]]:
    """The int64 columns of `count` entries of `width` int64s each: one cast, C slices. With
    `slots`, only those columns are read (the others are left empty)."""
    end = at + count * width * 8
    if end > len(view):
        raise SbeDecodeError(f"a group of {count} entries ends at byte {end}, past the message's {len(view)}")
    words = view[at:end].cast("q")
    if slots is None:
        values = words.tolist()
        return [values[index::width] for index in range(width)]
    wanted = set(slots)
    return [words[index::width].tolist() if index in wanted else [] for index in range(width)]


def decimal_column(mantissas: list[int], exponent: int) -> list[str]:
    """`decimal_text` of a whole column, in C when the exponent is negative and no mantissa is."""
    if exponent >= 0 or (mantissas and min(mantissas) < 0):
        return [decimal_text(mantissa, exponent) for mantissa in mantissas]
    return list(map(_FORMATS[-exponent].__mod__, map(divmod, mantissas, repeat(_POWERS[-exponent]))))


# The bulk path writes each value as the digits of mantissa + 10**W: that must stay below 2**63.
_BULK_DIGITS = 18
# The widest of every 64th mantissa guesses W; a wider one elsewhere fails the check and W is redone.
_SAMPLE_STEP = 64
_encode_ints = msgspec.json.Encoder().encode if msgspec is not None else None


def decimal_columns(
    view: memoryview, at: int, count: int, width: int, decimals: tuple[tuple[int, int, int], ...]
) -> list[list[str]]:
    """The decimal text of the decimal fields of a fixed group of `count` entries of `width` int64s
    at `at` (read as `columns` reads it), each field given as (its slot, the slot of its high half
    for a 128-bit mantissa or -1, its exponent): for every value, exactly what `decimal_text` gives.

    Turning 10,000 ints into text one `str` or `%` at a time costs more than msgspec takes to
    decode a whole JSON answer, so a column whose mantissas all lie in [0, 10**18) (every price
    and quantity Binance sends) is written in bulk, with no Python operation per value: one
    big-integer addition over the group's bytes puts 10**W on each mantissa, so that msgspec
    writes every value of the column as a 1 and then W digits; those fixed-width records take
    their decimal point by strided slices, lose the leading zeros of their whole part in a few
    `str.replace` passes, and one `split` makes the strings. Any other column (a negative or
    128-bit mantissa, an exponent of 0 or more) is formatted value by value.
    """
    end = at + 8 * width * count
    if end > len(view):
        raise SbeDecodeError(f"a group of {count} entries ends at byte {end}, past the message's {len(view)}")
    raw = view[at:end]
    words = raw.cast("q")
    digits_of: dict[int, int] = {}
    for slot, high, exponent in decimals:
        if _encode_ints is None or not count or not 0 < -exponent < _BULK_DIGITS:
            continue
        if high >= 0 and words[high::width].tobytes().count(0) != 8 * count:
            continue  # a mantissa past 64 bits
        sample = max(words[slot::width][::_SAMPLE_STEP].tolist())
        digits_of[slot] = max(len(str(sample)), 1 - exponent) if 0 <= sample < _POWERS[_BULK_DIGITS] else 0
    texts: dict[int, list[str]] = {}
    if digits_of:
        texts = _bulk_texts(raw, count, width, digits_of, {slot: -exponent for slot, _, exponent in decimals})
        redo = {slot: _widest(words[slot::width].tolist()) for slot in digits_of if slot not in texts}
        redo = {slot: digits for slot, digits in redo.items() if digits}
        if redo:
            texts.update(_bulk_texts(raw, count, width, redo, {slot: -exponent for slot, _, exponent in decimals}))
    column: list[list[int]] | None = None
    found: list[list[str]] = []
    for slot, high, exponent in decimals:
        if slot in texts:
            found.append(texts[slot])
            continue
        column = column or columns(view, at, count, width)
        mantissas = wide_column(column[slot], column[high]) if high >= 0 else column[slot]
        found.append(decimal_column(mantissas, exponent))
    return found


def _widest(mantissas: list[int]) -> int:
    """W for a column of mantissas, or 0 when some mantissa is outside [0, 10**18)."""
    if min(mantissas) < 0 or max(mantissas) >= _POWERS[_BULK_DIGITS]:
        return 0
    return len(str(max(mantissas)))


def _bulk_texts(
    raw: memoryview, count: int, width: int, digits_of: dict[int, int], fractions: dict[int, int]
) -> dict[int, list[str]]:
    """The text of the columns `digits_of` names (slot -> W, 0 to skip it) whose every mantissa
    fits in W digits; the columns where one does not are left out. Columns of the same exponent
    and W are written as one, so a group of many decimals (klines) pays the
    fixed cost of the slices and passes once per exponent and W rather than once per column."""
    # (fraction digits, W) -> slots; W leaves the fraction's digits and at least one whole digit.
    pending: dict[tuple[int, int], list[int]] = {}
    for slot, digits in digits_of.items():
        if digits:
            pending.setdefault((fractions[slot], max(digits, fractions[slot] + 1)), []).append(slot)
    while pending:
        entry = bytearray(8 * width)
        for (_, digits), slots in pending.items():
            for slot in slots:
                entry[8 * slot : 8 * slot + 8] = _POWERS[digits].to_bytes(8, "little")
        try:
            total = int.from_bytes(raw, "little") + int.from_bytes(bytes(entry) * count, "little")
            shifted = memoryview(total.to_bytes(len(raw), "little")).cast("q")
        except OverflowError:  # a carry out of the last entry: some mantissa was out of range
            return {}
        texts: dict[int, list[str]] = {}
        failed = []
        for (fraction, digits), slots in pending.items():
            values: list[int] = []
            for slot in slots:
                values += shifted[slot::width].tolist()
            text = _fixed_width_text(values, digits, digits - fraction)
            if text is None:
                failed.append((fraction, digits))
                continue
            for index, slot in enumerate(slots):
                texts[slot] = text[index * count : (index + 1) * count]
        if not failed:
            return texts
        # A negative mantissa carries into the next slot when 10**W is added: the columns that
        # passed may be off by that carry, so they are made again without the failed ones.
        for key in failed:
            del pending[key]
    return {}


_ZERO_FLAGS = bytes(int(byte == ord("0")) for byte in range(256))
_ZERO_TO_MARK = ord("x") - ord("0")


def _fixed_width_text(shifted: list[int], digits: int, whole: int) -> list[str] | None:
    """The text of values that msgspec writes as "1" and `digits` digits, the point after `whole`
    of them; None when some value is written otherwise (its mantissa was out of range)."""
    assert _encode_ints is not None
    count = len(shifted)
    body = _encode_ints(shifted)[1:]  # "1ddd,1ddd,...,1ddd]"
    record = digits + 2
    ends = b"," * (count - 1) + b"]"
    if len(body) != count * record or body[record - 1 :: record] != ends or body[::record] != b"1" * count:
        return None
    # Dropping the leading 1 and adding the point keeps every record's width: the whole digits
    # move one place left, the fraction stays. Start from whichever side needs fewer strided copies.
    if whole <= record - whole - 1:
        out = bytearray(body)
        for index in range(whole):
            out[index::record] = body[index + 1 :: record]
    else:
        out = bytearray(body[1:] + b"]")
        for index in range(whole + 1, record):
            out[index::record] = body[index::record]
    out[whole::record] = b"." * count
    # The whole part's leading zeros (never its last digit) become "x", dropped by one translate.
    # Searching the text for them instead costs a scan of it per zero place (str.replace).
    leading = -1  # a flag byte per record: all of its places so far are zeros
    for index in range(whole - 1):
        place = out[index::record]
        leading &= int.from_bytes(place.translate(_ZERO_FLAGS), "little")
        if not leading:
            break
        out[index::record] = (int.from_bytes(place, "little") + leading * _ZERO_TO_MARK).to_bytes(count, "little")
    return out.translate(None, b"x").decode("latin-1")[:-1].split(",")


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
    return list(_set_names(bits, choices))


@lru_cache(maxsize=1024)  # a set's few combinations recur (every symbol's order types)
def _set_names(bits: int, choices: tuple[tuple[int, str], ...]) -> tuple[str, ...]:
    return tuple(name for bit, name in choices if bits >> bit & 1)


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

    def embedded_reader(self, microseconds: bool = False) -> Callable[[memoryview], Any]:
        """A reader of the messages that one message embeds in var-data (a symbol's filters), with
        its own header each, for the decoding of that one message.

        Each distinct embedded message is decoded once: exchangeInfo's 2,000 symbols carry about
        20,000 filters, most of them (the order-count limits, the percent-price bands) the same
        bytes from symbol to symbol, and a lookup costs far less than decoding one. Every read gets
        its own dict, so models built from one never share it with another.
        """
        seen: dict[bytes, dict[str, Any]] = {}

        def read(view: memoryview) -> Any:
            key = view.tobytes()
            found = seen.get(key)
            if found is None:
                data = self.decode(view, None, microseconds)[1]
                if not isinstance(data, dict) or not all(map(_is_scalar, data.values())):
                    return data  # nested values would be shared by the copies: decoded each time
                found = seen[key] = data
            return found.copy()

        return read

    def decode(
        self, data: bytes | bytearray | memoryview, row: Callable[..., Any] | None = None, microseconds: bool = False
    ) -> tuple[str, Any]:
        """The message's name and the data its JSON form holds.

        `row` is the answer's model of a positional row (a price level, a kline), when it has one:
        rows read as columns are then built as that model (what `rows_of` gives) rather than lists.
        Times come in milliseconds, as JSON's do, or in microseconds when `microseconds` (the
        caller asked Binance for them: SBE's own times are microseconds whatever was asked).
        """
        view = memoryview(data).cast("B")  # the decoders read a var-data length as one item of it
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
            return name, decoder(view, HEADER.size, block, row, microseconds)
        except SbeDecodeError:
            raise
        except (struct.error, KeyError, IndexError, UnicodeDecodeError, ValueError) as exc:
            raise SbeDecodeError(f"{name}: {type(exc).__name__}: {exc}") from None


def _is_scalar(value: object) -> bool:
    return not isinstance(value, list | dict)


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
