"""The tolerant reader: which differences between an answer and its spec lose nothing.

Binance's answers drift from what its docs say: a count sent as `"1"`, a date as a number, an
id quoted, a field renamed, a field Binance added lately missing on an older or lagging host.
Refusing such an answer breaks working code (a withdrawal that went through then raises), so
an answer that fails the strict type check is read again here, along its schema:

* a value whose JSON type differs is converted when the conversion is exact both ways
  (`lossless`, the one place that decides it): whole-number text to an integer, an integer to
  text, `"true"`/`"false"` to a boolean, a whole float below 2**53 to an integer. Anything
  else stays as it is and the type check that follows refuses it, naming the JSON path: a
  float where exact decimal text is required, `"abc"` or `1.5` where an integer is;
* a field sent under an older name the spec lists (`x-binance-renamed-from`) is read under
  its current name;
* a required field Binance added lately (`x-binance-added`) may be absent: the models read
  it as UNSET. Any other missing required field is still refused.

Each change becomes a note (`$.rows[*].total: integer sent as text`) that AnswerPlan logs
once per operation. Only answers that fail the strict check come here, so answers that fit
the spec pay nothing for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["TolerantReading", "lossless", "merged_objects", "read_tolerantly"]

_WHOLE_NUMBER_TEXT = re.compile(r"-?(0|[1-9][0-9]*)")
# Beyond 2**53 a float no longer holds every integer, so one may already have lost digits.
_EXACT_FLOAT_INTEGERS = 2**53


def lossless(value: object, json_type: str) -> tuple[Any, str | None]:
    """`value` as `json_type` and a note on what changed, or `value` unchanged and None.

    Only conversions that the reverse conversion undoes exactly are made.
    """
    if json_type == "integer":
        if isinstance(value, str) and _WHOLE_NUMBER_TEXT.fullmatch(value):
            return int(value), "integer sent as text"
        if isinstance(value, float) and value.is_integer() and abs(value) <= _EXACT_FLOAT_INTEGERS:
            return int(value), "integer sent with a decimal point"
    elif json_type == "string" and isinstance(value, int) and not isinstance(value, bool):
        return str(value), "integer sent where text is expected"
    elif json_type == "boolean" and value in ("true", "false"):
        return value == "true", "boolean sent as text"
    return value, None


_JSON_TYPES: dict[type, str] = {str: "string", bool: "boolean", int: "integer", float: "number", dict: "object"}


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return "array" if isinstance(value, list) else _JSON_TYPES.get(type(value), "other")


def _fits(value_type: str, declared: str) -> bool:
    return value_type == declared or (value_type == "integer" and declared == "number")


@dataclass
class TolerantReading:
    """An answer read tolerantly: the converted payload and what was converted, in order."""

    payload: Any
    notes: list[str] = field(default_factory=list)


def read_tolerantly(payload: object, schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> TolerantReading:
    """`payload` with every lossless difference from `schema` converted (see the module's docstring)."""
    reader = _Reader(schemas)
    converted = reader.read(payload, dict(schema), "$")
    return TolerantReading(converted, list(reader.notes))


class _Reader:
    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas
        self.notes: dict[str, None] = {}  # an ordered set: one note per path and change

    def note(self, path: str, change: str) -> None:
        self.notes.setdefault(f"{path}: {change}")

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def read(self, value: Any, schema: Mapping[str, Any], path: str) -> Any:
        schema = self.resolve(schema)
        parts = schema.get("allOf")
        if parts:
            return self.read(value, merged_objects([self.resolve(part) for part in parts], all_required=True), path)
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            return self.variants(value, [self.resolve(variant) for variant in variants], path)
        declared = schema.get("type")
        if isinstance(value, dict) and (declared == "object" or "properties" in schema):
            return self.object(value, schema, path)
        if isinstance(value, list) and declared == "array":
            return self.array(value, schema, path)
        kinds: list[str] = declared if isinstance(declared, list) else [declared] if isinstance(declared, str) else []
        if any(_fits(_json_type(value), kind) for kind in kinds):
            return value
        for kind in kinds:
            converted, change = lossless(value, kind)
            if change is not None:
                self.note(path, change)
                return converted
        return value

    def variants(self, value: Any, variants: list[Mapping[str, Any]], path: str) -> Any:
        """A `oneOf` value: read by the one variant of its JSON type, or by all of them merged."""
        value_type = _json_type(value)
        fitting = [variant for variant in variants if variant.get("type") == value_type]
        if len(fitting) == 1:
            return self.read(value, fitting[0], path)
        if value_type == "object" and fitting:
            return self.object(value, merged_objects(fitting, all_required=False), path)
        if value_type == "array" and fitting:
            items = {"oneOf": [variant.get("items", {}) for variant in fitting]}
            return self.array(value, {"type": "array", "items": items}, path)
        if len(variants) == 1:
            return self.read(value, variants[0], path)
        return value

    def object(self, value: dict[str, Any], schema: Mapping[str, Any], path: str) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        value = dict(value)
        for name, member in properties.items():
            if name in value:
                continue
            old = next((old for old in member.get("x-binance-renamed-from", ()) if old in value), None)
            if old is not None:
                value[name] = value.pop(old)
                self.note(f"{path}.{old}", f"renamed {name} since, read as {name}")
            elif name in required and "x-binance-added" in member:
                self.note(f"{path}.{name}", f"missing (added {member['x-binance-added']}), read as UNSET")
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            member = properties.get(key, extra if isinstance(extra, dict) else None)
            if member is not None:
                value[key] = self.read(item, member, f"{path}.{key}")
        return value

    def array(self, value: list[Any], schema: Mapping[str, Any], path: str) -> list[Any]:
        positions = schema.get("prefixItems")
        if positions is not None:
            return [
                self.read(item, positions[index], f"{path}[{index}]") if index < len(positions) else item
                for index, item in enumerate(value)
            ]
        items = schema.get("items")
        if not items:
            return value
        return [self.read(item, items, f"{path}[*]") for item in value]


def merged_objects(schemas: list[Mapping[str, Any]], *, all_required: bool = False) -> dict[str, Any]:
    """One object schema with every field of `schemas`; a field they type differently becomes untyped.

    Required: fields every schema requires, or with `all_required` (an `allOf`) any schema requires.
    """
    properties: dict[str, Any] = {}
    for schema in schemas:
        for key, member in schema.get("properties", {}).items():
            properties[key] = member if properties.get(key, member) == member else {}
    required_sets = [set(schema.get("required", ())) for schema in schemas]
    required = set.union(*required_sets) if all_required else set.intersection(*required_sets)
    return {"type": "object", "properties": properties, "required": sorted(required)}
