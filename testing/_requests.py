"""Reading a request's parameters the way Binance does, driven by the spec.

The fake exchange parses the query string (and a form body), then checks every
parameter against the operation's definition: unknown names, missing or empty
required ones, malformed numbers, enum values, bounds, and the spec's groups of
mutually exclusive and one-of-required parameters. Each failure is the Binance
error a real server would send.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import parse_qsl

from binance_spot_client.signing import Operation, Parameter

from ._keys import ApiKey
from ._rejections import (
    bad_combination,
    duplicate_parameter,
    empty_parameter,
    illegal_characters,
    invalid_enum,
    mandatory,
    not_valid,
    one_of_mandatory,
    out_of_range,
    unread_parameters,
)

__all__ = ["SIGNING_PARAMETERS", "Call", "parse_pairs", "read_parameters"]

SIGNING_PARAMETERS = ("timestamp", "recvWindow", "signature")

# The "legal range" patterns Binance quotes in its -1100 messages.
_INTEGER = "^[0-9]{1,20}$"
_DECIMAL = r"^([0-9]{1,20})(\.[0-9]{1,20})?$"
# A symbol: Binance's ASCII set, or since 2025-12 any non-ASCII character (`这是测试币456`).
_SYMBOL = r"([A-Z0-9-_.]|[^\x00-\x7F]){1,20}"
_SYMBOLS = rf'^\[("{_SYMBOL}"(,"{_SYMBOL}"){{0,}}){{0,1}}\]$'


@dataclass
class Call:
    """One request the fake accepted: its operation, typed parameters (by wire name) and caller."""

    operation: Operation
    values: dict[str, object]
    now_ms: int
    api_key: ApiKey | None = None

    def has(self, name: str) -> bool:
        return name in self.values

    def text(self, name: str, default: str | None = None) -> str | None:
        value = self.values.get(name, default)
        return None if value is None else str(value)

    def decimal(self, name: str) -> Decimal | None:
        value = self.values.get(name)
        return value if isinstance(value, Decimal) else None

    def integer(self, name: str, default: int | None = None) -> int | None:
        value = self.values.get(name, default)
        return value if isinstance(value, int) and not isinstance(value, bool) else default

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.values.get(name, default)
        return value if isinstance(value, bool) else default

    def strings(self, name: str) -> list[str] | None:
        value = self.values.get(name)
        return [str(item) for item in value] if isinstance(value, list) else None

    def require(self, name: str) -> object:
        """The value of a parameter the spec leaves optional but this request needs (-1102 otherwise)."""
        if name not in self.values:
            raise mandatory(name)
        return self.values[name]

    def require_decimal(self, name: str) -> Decimal:
        self.require(name)
        value = self.decimal(name)
        assert value is not None
        return value


def parse_pairs(query: str, body: bytes, content_type: str) -> dict[str, str]:
    """Name/value pairs from the query string and a form or JSON body; the query wins, as on Binance.

    A JSON body's values become the text they would have in a query (objects as JSON text).
    """
    pairs = parse_qsl(query, keep_blank_values=True)
    pairs_in_body: list[tuple[str, str]] = []
    if body and "application/x-www-form-urlencoded" in content_type:
        pairs_in_body = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    elif body and "application/json" in content_type:
        try:
            fields = json.loads(body)
        except ValueError:
            raise not_valid("body") from None
        if not isinstance(fields, dict):
            raise not_valid("body")
        pairs_in_body = [
            (name, value if isinstance(value, str) else json.dumps(value)) for name, value in fields.items()
        ]
    if pairs_in_body:
        in_query = {name for name, _ in pairs}
        pairs += [(name, value) for name, value in pairs_in_body if name not in in_query]
    found: dict[str, str] = {}
    for name, value in pairs:
        if name in found:
            raise duplicate_parameter()
        found[name] = value
    return found


def read_parameters(operation: Operation, enum_names: dict[str, str], sent: dict[str, str]) -> dict[str, object]:
    """Typed values (by wire name) of the operation's parameters, or the Rejection Binance would send."""
    remaining = {name: value for name, value in sent.items() if name not in SIGNING_PARAMETERS}
    values: dict[str, object] = {}
    for parameter in operation.parameters:
        if parameter.kind == "indexed":
            items = _numbered_fields(parameter.wire_name, remaining)
            if items:
                values[parameter.wire_name] = items
            elif parameter.required:
                raise mandatory(parameter.wire_name)
            continue
        text = remaining.pop(parameter.wire_name, None)
        if text is None:
            if parameter.required:
                raise mandatory(parameter.wire_name)
            continue
        if text == "":
            raise mandatory(parameter.wire_name) if parameter.required else empty_parameter(parameter.wire_name)
        values[parameter.wire_name] = _convert(parameter, text, enum_names.get(parameter.wire_name, ""))
    if remaining:
        raise unread_parameters(len(sent) - len(remaining), len(sent))
    for group in operation.mutually_exclusive:
        if sum(1 for name in group if name in values) > 1:
            raise bad_combination()
    for group in operation.one_of_required:
        if not any(name in values for name in group):
            raise one_of_mandatory(group)
    return values


def _convert(parameter: Parameter, text: str, enum_name: str) -> object:
    name = parameter.wire_name
    value: object
    if parameter.kind in ("integer", "time"):  # times are epoch integers on the wire
        if not re.fullmatch(_INTEGER, text):
            raise illegal_characters(name, _INTEGER)
        value = int(text)
        _check_bounds(parameter, Decimal(value))
    elif parameter.kind == "decimal":
        if not re.fullmatch(_DECIMAL, text):
            raise illegal_characters(name, _DECIMAL)
        value = Decimal(text)
        _check_bounds(parameter, value)
    elif parameter.kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise not_valid(name)
        value = text.lower() == "true"
    elif parameter.kind == "enum":
        if parameter.enum and text not in parameter.enum:
            raise invalid_enum(enum_name, name)
        value = text
    elif parameter.kind == "array":
        value = _json_list(name, text, parameter.pattern)
    elif parameter.kind == "object":
        try:
            value = json.loads(text)
        except ValueError:
            raise not_valid(name) from None
        if not isinstance(value, dict):
            raise not_valid(name)
    else:
        if parameter.pattern is not None and not re.fullmatch(parameter.pattern, text):
            raise illegal_characters(name, parameter.pattern)
        value = text
    return value


def _numbered_fields(name: str, remaining: dict[str, str]) -> list[dict[str, str]]:
    """Take `name[0].key=value` fields (a list of objects, as Binance numbers them) out of `remaining`."""
    found: dict[int, dict[str, str]] = {}
    pattern = re.compile(re.escape(name) + r"\[(\d+)\]\.(\w+)")
    for wire_name in list(remaining):
        match = pattern.fullmatch(wire_name)
        if match is not None:
            found.setdefault(int(match.group(1)), {})[match.group(2)] = remaining.pop(wire_name)
    return [found[index] for index in sorted(found)]


def _json_list(name: str, text: str, pattern: str | None) -> list[object]:
    try:
        items = json.loads(text)
    except ValueError:
        raise illegal_characters(name, _SYMBOLS) from None
    if not isinstance(items, list) or any(isinstance(item, (list, dict)) for item in items):
        raise illegal_characters(name, _SYMBOLS)
    texts = [item for item in items if isinstance(item, str)]
    if pattern is not None and not all(re.fullmatch(pattern, item) for item in texts):
        raise illegal_characters(name, _SYMBOLS)
    return list(items)


def _check_bounds(parameter: Parameter, number: Decimal) -> None:
    too_low = parameter.minimum is not None and number < Decimal(str(parameter.minimum))
    too_high = parameter.maximum is not None and number > Decimal(str(parameter.maximum))
    if too_low or too_high:
        raise out_of_range(parameter.wire_name)
