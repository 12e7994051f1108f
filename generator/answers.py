"""Each operation's answer plan: the generator decides how an answer is decoded and checked.

The plan is emitted beside the operation (generator/templates/endpoint_module.py.jinja) and
carried out by the core (signing/_answers.py), which never looks generated code up by name:

* `schema`: the operation's 200 schema; its `$ref`s name the component schemas it reaches,
  which the plan carries as JSON text (`schemas`), stripped to what the checks read. The core
  parses that text and builds the type check on the first answer it checks, so a process
  holds the schemas of the operations it calls and nothing else;
* `rows`: the positional-row models (price levels, klines) the answer reaches, by schema name;
* `fast`: the msgspec types that decode the body straight into models, tried in turn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.index import FIELD_PREFIX, SpecIndex

__all__ = ["AnswerPlanCode", "answer_plan"]

# What signing/_answers.py reads of a schema; the prose and examples stay out of the shipped file.
_SCHEMA_KEYS = frozenset(
    {"$ref", "const", "oneOf", "anyOf", "allOf", "type", "prefixItems", "minItems", "items", "additionalProperties"}
    | {"x-binance-added", "x-binance-renamed-from"}  # read by the tolerant reader (signing/_tolerance.py)
)
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


@dataclass
class AnswerPlanCode:
    """Python source for one operation's `AnswerPlan` and the model imports it needs."""

    schema: str
    schemas: str = ""
    rows: dict[str, str] = field(default_factory=dict)
    fast: list[str] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[1]


def _class_name(schema_name: str) -> str:
    return str(ClassName(schema_name, FIELD_PREFIX))


def _model_import(schema_name: str) -> str:
    name = _class_name(schema_name)
    return f"from ...models.{PythonIdentifier(name, FIELD_PREFIX)} import {name}"


def _stripped(schema: Any) -> Any:
    """`schema` with only what the type check reads (property names kept, their schemas stripped)."""
    if not isinstance(schema, dict):
        return schema
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties":
            kept[key] = {name: _stripped(member) for name, member in value.items()}
        elif key == "required":
            kept[key] = list(value)
        elif key in ("oneOf", "anyOf", "allOf", "prefixItems"):
            kept[key] = [_stripped(member) for member in value]
        elif key in ("items", "additionalProperties"):
            kept[key] = _stripped(value)
        elif key == "$ref":
            kept[key] = _ref_name(value)  # the shipped schemas are one flat mapping by name
        elif key in _SCHEMA_KEYS:
            kept[key] = value
    return kept


def _answer_schema(index: SpecIndex, operation_id: str) -> dict[str, Any]:
    operation = index.operations[operation_id]
    spec = index.document["paths"][operation.path][operation.method.lower()]
    schema: dict[str, Any] = spec["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def _references(schema: Any, found: set[str]) -> None:
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "$ref" and isinstance(value, str):
                found.add(_ref_name(value))
            else:
                _references(value, found)
    elif isinstance(schema, list):
        for member in schema:
            _references(member, found)


def _reachable(index: SpecIndex, schema: dict[str, Any]) -> list[str]:
    """Names of the component schemas `schema` reaches, in sorted order."""
    seen: set[str] = set()
    pending: set[str] = set()
    _references(schema, pending)
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            _references(index.schemas[name], pending)
    return sorted(seen)


def _schemas_text(index: SpecIndex, names: list[str]) -> str:
    """A Python literal of the JSON text of the named component schemas, stripped to what checks read;
    "" when there are none. Text rather than a dict literal: importing the module then builds no
    objects for it, and only an answer that is checked parses it."""
    if not names:
        return ""
    stripped = {name: _stripped(index.schemas[name]) for name in names}
    return repr(json.dumps(stripped, separators=(",", ":"), sort_keys=True))


class _Planner:
    def __init__(self, index: SpecIndex, plan: AnswerPlanCode) -> None:
        self.index = index
        self.plan = plan

    def model(self, schema_name: str) -> str:
        self.plan.imports.add(_model_import(schema_name))
        return _class_name(schema_name)

    def struct_model(self, schema: dict[str, Any]) -> str | None:
        """The schema name a `$ref` names when its model is a struct (signing.StructModel), else None."""
        if "$ref" not in schema:
            return None
        name = _ref_name(schema["$ref"])
        return name if name in self.index.structs else None

    def row_of(self, schema: dict[str, Any]) -> str | None:
        """The row model's schema name of an array whose items are positional rows, else None."""
        items = schema.get("items", {})
        if schema.get("type") != "array" or "$ref" not in items:
            return None
        name = _ref_name(items["$ref"])
        return name if name in self.index.tuples else None

    def requires_more(self, earlier: str, later: str) -> bool:
        """Whether `earlier` requires a field `later` lacks, so it never reads what `later` decodes."""
        later_fields = set(self.index.schemas[later].get("properties", {}))
        return any(name not in later_fields for name in self.index.schemas[earlier].get("required", ()))

    def told_apart(self, names: list[str | None]) -> list[str]:
        """The leading struct models, up to the first that is not one or that an earlier one may accept."""
        kept: list[str] = []
        for name in names:
            if name is None or not all(self.requires_more(earlier, name) for earlier in kept):
                break
            kept.append(name)
        return kept

    def struct_targets(self, schema: dict[str, Any]) -> list[str]:
        """Decode types of an answer made of struct models, one per variant position, in the order
        the generated parse tries them (a ticker or a list of them, FULL or MINI). A variant joins
        only if each earlier one of its JSON type requires a field it lacks: a body it accepts then
        fails the earlier variants' `from_dict` too, so the plain reading gives the same models."""
        variants = schema.get("oneOf", [schema])
        objects = self.told_apart([self.struct_model(v) for v in variants if "$ref" in v])
        arrays = self.told_apart([self.struct_model(v.get("items", {})) for v in variants if "items" in v])
        targets = []
        for position in range(max(len(objects), len(arrays))):
            members = [self.model(name) for name in objects[position : position + 1]]
            members += [f"list[{self.model(name)}]" for name in arrays[position : position + 1]]
            targets.append(" | ".join(members))
        return targets

    def rows_target(self, schema: dict[str, Any]) -> str | None:
        """The decode type of an answer holding positional rows, or None for any other answer.

        A list of rows decodes to a list of row models. An object whose fields are lists of rows
        and scalars decodes to a dict of exactly those value types: its other fields, and any
        Binance adds, are kept for the model's own reading. Anything else has no fast path.
        """
        schema = self.index.resolve(schema)
        row = self.row_of(schema)
        if row is not None:
            return f"list[{self.model(row)}]"
        if schema.get("type") != "object" or not schema.get("properties"):
            return None
        members: list[str] = []
        row_kinds = 0
        for member in schema["properties"].values():
            member = self.index.resolve(member)
            row = self.row_of(member)
            json_type = member.get("type")
            kind = _SCALARS.get(json_type) if isinstance(json_type, str) else None
            if row is not None:
                kind = f"list[{self.model(row)}]"
            if kind is None:
                return None
            if kind not in members:
                members.append(kind)
                row_kinds += row is not None
        if row_kinds != 1:  # no rows, or more kinds of array than one msgspec union can hold
            return None
        return f"dict[str, {' | '.join(members)}]"


def answer_plan(index: SpecIndex, operation_id: str) -> AnswerPlanCode:
    schema = _answer_schema(index, operation_id)
    reachable = _reachable(index, schema)
    plan = AnswerPlanCode(schema=repr(_stripped(schema)), schemas=_schemas_text(index, reachable))
    planner = _Planner(index, plan)
    for name in reachable:
        if name in index.tuples:
            plan.rows[name] = planner.model(name)
    plan.fast = planner.struct_targets(schema)
    if not plan.fast:
        rows = planner.rows_target(schema)
        plan.fast = [rows] if rows else []
    return plan
