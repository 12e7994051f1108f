"""Checking a call's arguments against the spec before anything is sent, and encoding them."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import cast

from ._encoding import decimal_text, encode_query
from ._errors import ParameterError
from ._operation import Operation, Parameter

__all__ = ["build_query", "build_request_parts"]

DecimalLike = Decimal | float | int | str


def build_query(operation: Operation, arguments: Mapping[str, object]) -> str:
    """Validate `arguments` (Python names; None means absent) and return them all as a query string."""
    return encode_query(_checked_pairs(operation, arguments))


def build_request_parts(operation: Operation, arguments: Mapping[str, object]) -> tuple[str, bytes]:
    """Validate `arguments` and return the query string and the request body (empty without one).

    The few operations that take a body (`operation.body`) get their body fields as compact
    JSON or as a form; the signature later covers the query string followed by these bytes.
    """
    pairs = _checked_pairs(operation, arguments)
    if not operation.body:
        return encode_query(pairs), b""
    fields = set(operation.body_fields)
    query = [(name, value) for name, value in pairs if name not in fields]
    body = [(name, value) for name, value in pairs if name in fields]
    if operation.body == "json":
        decimals = {p.wire_name for p in operation.parameters if p.kind == "decimal"}
        members = [f"{json.dumps(name)}:{_json_value(value, name in decimals)}" for name, value in body]
        return encode_query(query), ("{" + ",".join(members) + "}").encode()
    return encode_query(query), encode_query(body).encode("ascii")


def _json_value(value: object, decimal: bool) -> str:
    """One JSON body value; decimals as bare JSON numbers of their exact text (Binance's JSON bodies type them so)."""
    if decimal:  # plain decimal text already; Decimal's "f" form also gives ".5" and "+1" JSON's leading digit
        return format(Decimal(str(value)), "f")
    return json.dumps(value.value if isinstance(value, Enum) else value, separators=(",", ":"))


def _checked_pairs(operation: Operation, arguments: Mapping[str, object]) -> list[tuple[str, object]]:
    present = {name: value for name, value in arguments.items() if value is not None}
    pairs: list[tuple[str, object]] = []
    for parameter in operation.parameters:
        value = present.pop(parameter.python_name, None)
        if value is None:
            if parameter.required:
                raise ParameterError(parameter.python_name, "is required")
            continue
        value = _checked(parameter, value)
        if parameter.kind == "indexed":
            pairs.extend(_indexed_fields(parameter.wire_name, cast(Sequence[Mapping[str, object]], value)))
        else:
            pairs.append((parameter.wire_name, value))
    if present:
        raise ParameterError(sorted(present)[0], f"is not a parameter of {operation.operation_id}")
    if not (operation.mutually_exclusive or operation.one_of_required):
        return pairs
    sent = {wire for wire, _ in pairs}
    python = {p.wire_name: p.python_name for p in operation.parameters}
    for group in operation.mutually_exclusive:
        given = [python.get(name, name) for name in group if name in sent]
        if len(given) > 1:
            raise ParameterError(given[1], f"cannot be sent together with {given[0]}")
    for group in operation.one_of_required:
        if not sent.intersection(group):
            names = [python.get(name, name) for name in group]
            raise ParameterError(names[0], f"one of {', '.join(names)} is required")
    return pairs


def _indexed_fields(name: str, items: Sequence[Mapping[str, object]]) -> list[tuple[str, object]]:
    """A list of objects as Binance's numbered fields: details[0].targetAsset=BTC&details[0].percentage=60."""
    return [(f"{name}[{index}].{key}", value) for index, item in enumerate(items) for key, value in item.items()]


def _checked(parameter: Parameter, value: object) -> object:
    """`value` as it is sent (a decimal as its plain text) once it fits `parameter`; else raise ParameterError."""
    name = parameter.python_name
    kind = parameter.kind
    if kind == "enum":
        text = value.value if isinstance(value, Enum) else value
        if not isinstance(text, str) or (parameter.enum and text not in parameter.enum):
            raise ParameterError(name, f"{text!r} is not one of {', '.join(parameter.enum)}")
    elif kind in ("integer", "time"):  # times arrive here as epoch integers (_times.py)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ParameterError(name, f"expected an integer, got {type(value).__name__}")
        _check_bounds(parameter, Decimal(value))
    elif kind == "decimal":
        if not isinstance(value, (str, int, float, Decimal)):
            raise ParameterError(name, f"expected a decimal, got {type(value).__name__}")
        text = decimal_text(value, name)
        if parameter.minimum is not None or parameter.maximum is not None:
            try:
                _check_bounds(parameter, Decimal(text))
            except InvalidOperation:
                raise ParameterError(name, f"{value!r} is not a decimal number") from None
        value = text
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise ParameterError(name, f"expected True or False, got {value!r}")
    elif kind in ("array", "indexed"):
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            raise ParameterError(name, "expected a list")
        if not value:
            raise ParameterError(name, "must not be empty")
        if kind == "indexed" and not all(isinstance(item, Mapping) for item in value):
            raise ParameterError(name, "expected a list of mappings (one per numbered entry)")
    elif kind == "object" and not isinstance(value, Mapping):
        raise ParameterError(name, f"expected a mapping, got {type(value).__name__}")
    elif kind == "string" and not isinstance(value, str):
        raise ParameterError(name, f"expected a string, got {type(value).__name__}")
    if parameter.pattern is not None:
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            if isinstance(item, str) and not re.fullmatch(parameter.pattern, item):
                raise ParameterError(name, f"{item!r} does not match {parameter.pattern}")
    return value


def _check_bounds(parameter: Parameter, number: Decimal) -> None:
    if parameter.minimum is not None and number < Decimal(str(parameter.minimum)):
        raise ParameterError(parameter.python_name, f"{number} is below the minimum {parameter.minimum:g}")
    if parameter.maximum is not None and number > Decimal(str(parameter.maximum)):
        raise ParameterError(parameter.python_name, f"{number} is above the maximum {parameter.maximum:g}")
