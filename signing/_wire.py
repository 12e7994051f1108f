"""Checking the JSON types of a decoded answer against the spec, at C speed.

The generated models take plain JSON values as they come (that is what makes them fast),
so a price sent as a number instead of decimal text, or a string where an id belongs,
would reach the caller unnoticed. Here each operation's 200 schema in the shipped
`openapi.json` becomes a msgspec type (TypedDicts, tuples, lists, unions) and
`msgspec.convert` checks a decoded body against it: a mismatch is a
`ResponseValidationError` naming the JSON path. The check only reads; fields the spec
does not know are ignored here and kept by the models.

Positional rows (price levels, klines) are the models' own msgspec structs (`types.Row`), and
so are all models of exchangeInfo and of the tickers (`types.StructModel`). For answers made of
such structs, `answer_decoder` gives a decoder that builds them while it reads the bytes, the
fast path of the largest market data answers; a body it refuses is read the plain way instead.

Where JSON Schema says more than msgspec unions can hold, the type is widened, never
narrowed, so a good answer is never refused: several object variants (`oneOf` of order
answers) merge into one TypedDict of all their fields, required only where every variant
requires them; several array variants become a list of their merged items.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
import typing
from collections.abc import Callable
from importlib import resources
from typing import Any, NotRequired, Required

from ._errors import ResponseValidationError
from ._operation import Operation

__all__ = ["answer_decoder", "check_types", "type_checks_available", "wire_type"]

try:
    import msgspec
except ImportError:  # pragma: no cover - e.g. on PyPy: answers are then read unchecked
    msgspec = None  # type: ignore[assignment]

_SCALARS: dict[str, Any] = {"string": str, "integer": int, "number": float, "boolean": bool, "null": type(None)}


def type_checks_available() -> bool:
    """Whether msgspec is installed, without which answers are read unchecked."""
    return msgspec is not None


@functools.cache
def _document() -> dict[str, Any]:
    text = resources.files("binance_spot_client").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


class _Builder:
    """Turns schemas of one document into msgspec types, one TypedDict per named schema."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.named: dict[str, Any] = {}

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def type_of(self, schema: dict[str, Any], name: str = "Answer") -> Any:
        if "$ref" in schema:
            ref = schema["$ref"].rsplit("/", 1)[1]
            if ref not in self.named:
                self.named[ref] = Any  # a placeholder while building, should a schema ever refer to itself
                self.named[ref] = self.row_model(ref) or self.type_of(self.schemas[ref], ref)
            return self.named[ref]
        if "const" in schema:
            return type(schema["const"])
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            return self.union(variants, name)
        parts = schema.get("allOf")
        if parts:  # one part: a $ref given a description of its own; several: objects to join
            if len(parts) == 1:
                return self.type_of(parts[0], name)
            return self.type_of(self.merged_objects([self.resolve(part) for part in parts], all_required=True), name)
        kinds = schema.get("type")
        if isinstance(kinds, list):
            return self.union([{**schema, "type": kind} for kind in kinds], name)
        if kinds == "array":
            return self.array(schema, name)
        if kinds == "object":
            return self.object(schema, name)
        return _SCALARS.get(kinds, Any) if isinstance(kinds, str) else Any

    def row_model(self, name: str) -> type | None:
        """The generated struct of a positional-row schema (one with prefixItems), else None."""
        if "prefixItems" not in self.schemas.get(name, {}):
            return None
        model = _model_named(name)
        return model if isinstance(model, type) and issubclass(model, msgspec.Struct) else None

    def rows_of(self, schema: dict[str, Any]) -> type | None:
        """The row model of an array schema whose items are positional rows, else None."""
        items = schema.get("items", {})
        if schema.get("type") != "array" or "$ref" not in items:
            return None
        return self.row_model(items["$ref"].rsplit("/", 1)[1])

    def array(self, schema: dict[str, Any], name: str) -> Any:
        positions = schema.get("prefixItems")
        if positions is not None:
            if schema.get("minItems") != len(positions):
                return list[Any]
            return tuple[tuple(self.type_of(item, f"{name}Item") for item in positions)]  # type: ignore[misc]
        items = schema.get("items")
        return list[self.type_of(items, f"{name}Item")] if items else list[Any]  # type: ignore[misc]

    def object(self, schema: dict[str, Any], name: str) -> Any:
        properties: dict[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        if not properties:
            return dict[str, self.type_of(extra, f"{name}Value")] if isinstance(extra, dict) else dict[str, Any]  # type: ignore[misc]
        required = set(schema.get("required", ()))
        fields = {
            key: (Required if key in required else NotRequired)[self.type_of(value, f"{name}_{key}")]
            for key, value in properties.items()
        }
        return typing.TypedDict(name, fields)  # type: ignore[operator]

    def union(self, variants: list[dict[str, Any]], name: str) -> Any:
        """A union msgspec accepts: at most one object and one array member (merged if need be)."""
        by_kind: dict[str, list[dict[str, Any]]] = {}
        for variant in variants:
            resolved = self.resolve(variant)
            nested = resolved.get("oneOf") or resolved.get("anyOf")
            for member in nested or [variant]:
                kind = self.resolve(member).get("type")
                by_kind.setdefault(kind if isinstance(kind, str) else "any", []).append(member)
        if "any" in by_kind:
            return Any
        members = []
        for kind, schemas in by_kind.items():
            if kind == "object" and len(schemas) > 1:
                members.append(self.type_of(self.merged_objects([self.resolve(s) for s in schemas]), name))
            elif kind == "array" and len(schemas) > 1:
                items = [self.resolve(s).get("items", {}) for s in schemas]
                members.append(list[self.union(items, f"{name}Item")])  # type: ignore[misc]
            else:
                members.append(self.type_of(schemas[0], name))
        return functools.reduce(lambda left, right: left | right, members)

    def merged_objects(self, schemas: list[dict[str, Any]], all_required: bool = False) -> dict[str, Any]:
        """One object schema with every field of `schemas`; a field typed differently becomes untyped."""
        properties: dict[str, Any] = {}
        for schema in schemas:
            for key, value in schema.get("properties", {}).items():
                properties[key] = value if properties.get(key, value) == value else {}
        required_sets = [set(schema.get("required", ())) for schema in schemas]
        required = set.union(*required_sets) if all_required else set.intersection(*required_sets)
        return {"type": "object", "properties": properties, "required": sorted(required)}


def _folded(name: str) -> str:
    return re.sub("[^0-9a-z]", "", name.lower())


@functools.cache
def _model_names() -> dict[str, str]:
    """Model class names by their folded schema name.

    openapi-python-client names a class by the PascalCase of its schema's name, which can
    differ in case from it: the class of `Ticker24hrFull` is `Ticker24HrFull`.
    """
    return {_folded(name): name for name in importlib.import_module("binance_spot_client.models").__all__}


def _model_named(schema_name: str) -> Any:
    """The generated model class of a schema, or None when there is none."""
    name = _model_names().get(_folded(schema_name))
    return None if name is None else getattr(importlib.import_module("binance_spot_client.models"), name)


@functools.cache
def _builder() -> _Builder:
    return _Builder(_document())


@functools.cache
def _answers() -> dict[str, dict[str, Any]]:
    """The 200 schema of every operation in the spec, by operationId."""
    found = {}
    for methods in _document().get("paths", {}).values():
        for definition in methods.values():
            if isinstance(definition, dict) and "operationId" in definition:
                media = definition["responses"]["200"]["content"]["application/json"]
                found[definition["operationId"]] = media["schema"]
    return found


@functools.cache
def _type_for(operation_id: str) -> Any:
    schema = _answers().get(operation_id)
    if schema is None:
        return None  # not an operation of the spec (an ad hoc `request`): nothing to check against
    return _builder().type_of(schema, operation_id[:1].upper() + operation_id[1:])


def _row_list_or_scalar(builder: _Builder, field: dict[str, Any]) -> Any:
    """`list[<row model>]` for a list of rows, the Python type of a JSON scalar, else None."""
    row = builder.rows_of(field)
    if row is not None:
        return list[row]  # type: ignore[valid-type]
    kind = field.get("type")
    return _SCALARS.get(kind) if isinstance(kind, str) else None


def _rows_answer(schema: dict[str, Any]) -> Any:
    """The decode type of an answer holding positional rows, or None for any other answer.

    A list of rows decodes to a list of row models. An object whose fields are lists of rows
    and scalars decodes to a dict of exactly those value types: its other fields, and any
    Binance adds, are kept for the model's own reading. Anything else has no fast path.
    """
    builder = _builder()
    schema = builder.resolve(schema)
    row = builder.rows_of(schema)
    if row is not None:
        return list[row]  # type: ignore[valid-type]
    if schema.get("type") != "object" or not schema.get("properties"):
        return None
    members: list[Any] = []
    for field in schema["properties"].values():
        kind = _row_list_or_scalar(builder, builder.resolve(field))
        if kind is None:
            return None
        if kind not in members:
            members.append(kind)
    rows = [member for member in members if typing.get_origin(member) is list]
    if len(rows) != 1:  # no rows, or more kinds of array than one msgspec union can hold
        return None
    return dict[str, functools.reduce(lambda left, right: left | right, members)]  # type: ignore[misc]


def _struct_model(schema: dict[str, Any]) -> type | None:
    """The model a `$ref` names when it is a struct model (`types.StructModel`), else None."""
    if "$ref" not in schema:
        return None
    model = _model_named(schema["$ref"].rsplit("/", 1)[1])
    return model if isinstance(model, type) and issubclass(model, _struct_model_base()) else None


@functools.cache
def _struct_model_base() -> type:
    base: type = importlib.import_module("binance_spot_client.types").StructModel
    return base


def _struct_answer(schema: dict[str, Any]) -> list[Any]:
    """The decode types of an answer made of struct models, to try in turn; empty for other answers.

    A `oneOf` (one ticker or a list of them, FULL or MINI) gets a type per variant: its i-th
    object variant or a list of its i-th array variant's items, in the order the generated parse
    tries them. A variant joins only if each earlier one of its JSON type requires a field it
    lacks: a body it accepts then fails the earlier variants' `from_dict` too, so the plain
    reading would give the very same models.
    """
    variants = schema.get("oneOf", [schema])
    objects = _told_apart([_struct_model(variant) for variant in variants if "$ref" in variant])
    arrays = _told_apart([_struct_model(variant.get("items", {})) for variant in variants if "items" in variant])
    types: list[Any] = []
    for position in range(max(len(objects), len(arrays))):
        members: list[Any] = objects[position : position + 1]
        members += [list[items] for items in arrays[position : position + 1]]  # type: ignore[valid-type]
        types.append(functools.reduce(lambda left, right: left | right, members))
    return types


def _told_apart(models: list[type | None]) -> list[type]:
    """The leading struct models, up to the first that is not one or that an earlier one may accept."""
    kept: list[type] = []
    for model in models:
        if model is None or not all(_requires_more(earlier, model) for earlier in kept):
            break
        kept.append(model)
    return kept


def _requires_more(earlier: type, later: type) -> bool:
    """Whether `earlier` requires a field `later` does not have (so never reads what `later` decodes)."""
    later_fields = {field.encode_name for field in msgspec.structs.fields(later)}
    return any(field.required and field.encode_name not in later_fields for field in msgspec.structs.fields(earlier))


def _in_turn(decoders: list[Callable[[bytes], Any]]) -> Callable[[bytes], Any]:
    """One decoder trying `decoders` in order; when all refuse the body, the first one's error."""
    if len(decoders) == 1:
        return decoders[0]

    def decode(content: bytes) -> Any:
        refusals = []
        for decoder in decoders:
            try:
                return decoder(content)
            except msgspec.ValidationError as exc:
                refusals.append(exc)
        raise refusals[0]

    return decode


def _decoded_as_models(payload: object) -> bool:
    """Whether `payload` is struct models an answer decoder built (and so type-checked while reading)."""
    if isinstance(payload, list):
        return bool(payload) and isinstance(payload[0], _struct_model_base())
    return isinstance(payload, _struct_model_base())


@functools.cache
def answer_decoder(operation_id: str) -> Callable[[bytes], Any] | None:
    """A JSON decoder that builds the answer's struct models or rows, or None when it has none.

    It raises a `ValueError` (msgspec's `DecodeError`) for any body off that shape, for the
    caller to read the plain way instead.
    """
    schema = _answers().get(operation_id)
    if msgspec is None or schema is None:
        return None
    structs = _struct_answer(schema)
    if structs:
        return _in_turn([msgspec.json.Decoder(target).decode for target in structs])
    target = _rows_answer(schema)
    return None if target is None else msgspec.json.Decoder(target).decode


def wire_type(operation: Operation) -> Any:
    """The msgspec type of `operation`'s 200 answer, or None when the spec does not describe it."""
    return _type_for(operation.operation_id)


def check_types(operation: Operation, payload: object) -> None:
    """Raise ResponseValidationError if `payload`'s JSON types do not fit the operation's answer."""
    if msgspec is None:
        return
    expected = wire_type(operation)
    if expected is None or _decoded_as_models(payload):
        return  # no spec to check against, or structs answer_decoder built: it checked every type
    try:
        msgspec.convert(payload, expected)
    except msgspec.ValidationError as exc:
        raise ResponseValidationError(operation.operation_id, [str(exc)], payload) from None
