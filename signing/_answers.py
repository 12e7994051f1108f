"""An operation's answer: how its body is decoded and how its JSON types are checked.

The generator decides, per operation, what this module carries out (see generator/answers.py):

* `fast`: msgspec types to decode the body straight into models, tried in turn (the struct
  models of exchangeInfo and the tickers, the positional rows of books and klines). A body
  they refuse is read the plain way instead, and the models then say what is wrong.
* `schema`: the answer's JSON schema, its `$ref`s naming entries of `schemas` (the component
  schemas this answer reaches, stripped of prose, as JSON text the generated module carries
  and this module parses on first use: no file, and nothing of other operations). On first
  use it becomes a msgspec type (TypedDicts, tuples, lists, unions) that `check` holds a decoded
  body against: a price sent as a number instead of decimal text raises
  `ResponseValidationError` naming the JSON path. The check only reads; fields the spec does
  not know are ignored here and kept by the models.

Where JSON Schema says more than msgspec unions can hold, the type is widened, never
narrowed, so a good answer is never refused: several object variants (`oneOf` of order
answers) merge into one TypedDict of all their fields, required only where every variant
requires them; several array variants become a list of their merged items.

An answer the strict check refuses is read again by the tolerant reader (_tolerance.py):
differences that lose nothing are converted and logged once per operation on
`binance_spot_client.drift`; only what is left is refused.

Nothing here imports generated code: the generated operation module hands over its models.
"""

from __future__ import annotations

import functools
import json
import logging
import typing
from collections.abc import Callable, Mapping
from typing import Any, NotRequired, Required

from ._errors import ResponseValidationError
from ._sbe import SbeSchema
from ._tolerance import merged_objects, read_tolerantly
from ._types import StructModel

__all__ = ["AnswerPlan", "type_checks_available"]

try:
    import msgspec
except ImportError:  # pragma: no cover - e.g. on PyPy: answers are then read plainly and unchecked
    msgspec = None  # type: ignore[assignment]

# What the decoders raise on a body they cannot read; RecursionError on one nested thousands of levels deep.
_UNREADABLE = (ValueError, RecursionError)

_SCALARS: dict[str, Any] = {"string": str, "integer": int, "number": float, "boolean": bool, "null": type(None)}

# msgspec reads Binance's bodies in 0.4-0.95x the time of json.loads with no more memory; orjson was
# as fast but peaked at 3.5-4x json.loads' memory on the large bodies (bench/parse.py).
_loads: Callable[[bytes], Any] = json.loads if msgspec is None else msgspec.json.Decoder().decode

# A body the fast decoders refuse is read the slower, plain way. Said once per operation, on the
# logger that reports what Binance sends beyond the spec.
_drift = logging.getLogger("binance_spot_client.drift")


def type_checks_available() -> bool:
    """Whether msgspec is installed, without which answers are read unchecked."""
    return msgspec is not None


def _ref_name(ref: str) -> str:
    """The schema a `$ref` names: the generator writes bare names, a spec writes JSON pointers."""
    return ref.rsplit("/", 1)[-1]


def plain_json(content: bytes, operation_id: str) -> Any:
    """The body as plain JSON values, or a ResponseValidationError naming the operation and quoting it."""
    try:
        return _loads(content)
    except _UNREADABLE:
        pass
    try:  # what msgspec refuses and json reads: NaN, lone surrogates, UTF-16 bodies
        return json.loads(content)
    except _UNREADABLE:
        excerpt = content[:200].decode("utf-8", "replace") or "(empty body)"
        raise ResponseValidationError(operation_id, [f"body is not JSON: {excerpt!r}"]) from None


class AnswerPlan:
    """How one operation's answer is decoded and type-checked, as the generator planned it."""

    def __init__(
        self,
        operation_id: str,
        schema: Mapping[str, Any],
        *,
        schemas: str | Mapping[str, Any] = "",
        rows: Mapping[str, type] | None = None,
        fast: tuple[Any, ...] = (),
        sbe: Callable[[], SbeSchema] | None = None,
    ) -> None:
        self.operation_id = operation_id
        self._sbe = sbe
        self.answers_in_sbe: bool = sbe is not None
        """Whether Binance can answer this operation in SBE (see `sbe`), known without importing its decoders."""
        self.schema = schema
        self._schemas = schemas
        self.rows: Mapping[str, type] = rows or {}
        self.fast = fast
        self._drift_reported = False
        self._tolerance_reported = False

    def __repr__(self) -> str:
        return f"AnswerPlan({self.operation_id!r})"

    @functools.cached_property
    def sbe(self) -> SbeSchema | None:
        """The SBE schema Binance can answer this operation in; None when only JSON.

        The generated module hands over a function importing it, called here on first use: the SBE
        decoders are a large module (0.36 MB) that a JSON-only process never needs.
        """
        return None if self._sbe is None else self._sbe()

    @functools.cached_property
    def schemas(self) -> Mapping[str, Any]:
        """The component schemas `schema` reaches, by name; parsed from the generated JSON text on first use.

        Each operation carries only its own: a process never reads the schemas of operations it does not
        check (one shared file of them all cost 1.9 MB and its parse on the first checked answer).
        """
        if isinstance(self._schemas, str):
            parsed: dict[str, Any] = _loads(self._schemas.encode()) if self._schemas else {}
            return parsed
        return self._schemas

    @functools.cached_property
    def sbe_row(self) -> type | None:
        """The model the SBE decoder builds positional rows as: the answer's one row model, if one."""
        return next(iter(self.rows.values())) if len(self.rows) == 1 else None

    @functools.cached_property
    def _fast_decoders(self) -> tuple[Callable[[bytes], Any], ...]:
        if msgspec is None:
            return ()
        return tuple(msgspec.json.Decoder(target).decode for target in self.fast)

    @functools.cached_property
    def _model_targets(self) -> tuple[Any, ...]:
        """The fast types that are struct models or lists of them: what `models_of` builds."""
        if msgspec is None:
            return ()
        return tuple(target for target in self.fast if _is_struct_model(target))

    def models_of(self, data: Any) -> Any:
        """Decoded SBE `data` (the values its JSON form holds) as the models the fast decoders build
        from JSON, built by msgspec in C; `data` itself when no fast type takes it, for the
        operation's parser to read (and the tolerant reader to convert) as it reads plain JSON.

        Measured on exchangeInfo of 2,000 symbols: 12 ms, against 31 ms for the models' `from_dict`.
        """
        for target in self._model_targets:
            try:
                return msgspec.convert(data, target)
            except msgspec.ValidationError:
                continue
        return data

    @functools.cached_property
    def wire_type(self) -> Any:
        """The msgspec type of the answer's JSON, built from its schema on first use."""
        return _Builder(self.schemas, self.rows).type_of(dict(self.schema), _class_name(self.operation_id))

    @functools.cached_property
    def tolerant_wire_type(self) -> Any:
        """`wire_type` with the required fields Binance added lately (`x-binance-added`) optional."""
        builder = _Builder(self.schemas, self.rows, tolerant=True)
        return builder.type_of(dict(self.schema), _class_name(self.operation_id))

    def decode_fast(self, content: bytes) -> Any:
        """The body decoded straight into models by the fast decoders, tried in turn.

        Raises the first decoder's refusal (a ValueError, or RecursionError on a body nested
        too deep) when none takes the body, and
        ValueError when the answer has no fast path.
        """
        refusals = []
        for decoder in self._fast_decoders:
            try:
                return decoder(content)
            except _UNREADABLE as exc:  # msgspec's DecodeError and ValidationError are ValueErrors
                refusals.append(exc)
        raise refusals[0] if refusals else ValueError(f"{self.operation_id} has no fast decoder")

    def decode(self, content: bytes) -> Any:
        """The body decoded: into models where a fast decoder takes it, else as plain JSON values."""
        if self._fast_decoders:
            try:
                return self.decode_fast(content)
            except _UNREADABLE as exc:
                if isinstance(exc, msgspec.ValidationError) and not self._drift_reported:
                    self._drift_reported = True
                    _drift.warning("%s answer does not fit the spec (%s): read the slower way", self.operation_id, exc)
        return plain_json(content, self.operation_id)

    def check(self, payload: Any) -> Any:
        """`payload` if its JSON types fit the answer's schema, else as the tolerant reader converts it.

        Raises ResponseValidationError, naming the JSON path, on a difference that would lose something.
        """
        if msgspec is None or _decoded_as_models(payload):
            return payload  # structs a fast decoder built were checked while it read them
        try:
            msgspec.convert(payload, self.wire_type)
        except msgspec.ValidationError:
            return self.tolerate(payload)
        return payload

    def tolerate(self, payload: Any) -> Any:
        """`payload` with its lossless differences from the spec converted (_tolerance.py), then checked.

        Raises ResponseValidationError naming the JSON path of a difference that loses something.
        """
        if _decoded_as_models(payload):
            return payload
        reading = read_tolerantly(payload, self.schema, self.schemas)
        if msgspec is not None:
            try:
                msgspec.convert(reading.payload, self.tolerant_wire_type)
            except msgspec.ValidationError as exc:
                raise ResponseValidationError(self.operation_id, [str(exc)], payload) from None
        if reading.notes and not self._tolerance_reported:
            self._tolerance_reported = True
            changes = "; ".join(reading.notes)
            _drift.warning("%s answer differs from the spec without loss: %s", self.operation_id, changes)
        return reading.payload


def _class_name(operation_id: str) -> str:
    return operation_id[:1].upper() + operation_id[1:]


def _is_struct_model(target: Any) -> bool:
    if typing.get_origin(target) is list:
        (target,) = typing.get_args(target)
    return isinstance(target, type) and issubclass(target, StructModel)


def _decoded_as_models(payload: object) -> bool:
    """Whether `payload` is struct models a fast decoder built (and so type-checked while reading)."""
    if isinstance(payload, list):
        return bool(payload) and isinstance(payload[0], StructModel)
    return isinstance(payload, StructModel)


class _Builder:
    """Turns answer schemas into msgspec types, one TypedDict per named schema."""

    def __init__(self, schemas: Mapping[str, Any], rows: Mapping[str, type], *, tolerant: bool = False) -> None:
        self.schemas = schemas
        self.rows = rows
        self.tolerant = tolerant
        self.named: dict[str, Any] = {}

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[_ref_name(schema["$ref"])]
        return schema

    def type_of(self, schema: dict[str, Any], name: str = "Answer") -> Any:
        if "$ref" in schema:
            ref = _ref_name(schema["$ref"])
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
            return self.type_of(merged_objects([self.resolve(part) for part in parts], all_required=True), name)
        kinds = schema.get("type")
        if isinstance(kinds, list):
            return self.union([{**schema, "type": kind} for kind in kinds], name)
        if kinds == "array":
            return self.array(schema, name)
        if kinds == "object":
            return self.object(schema, name)
        return _SCALARS.get(kinds, Any) if isinstance(kinds, str) else Any

    def row_model(self, name: str) -> type | None:
        """The generated struct of a positional-row schema, when the operation named one."""
        return self.rows.get(name)

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
        if self.tolerant:  # answers from before Binance added them lack these (see _tolerance.py)
            required -= {key for key, value in properties.items() if "x-binance-added" in value}
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
                members.append(self.type_of(merged_objects([self.resolve(s) for s in schemas]), name))
            elif kind == "array" and len(schemas) > 1:
                items = [self.resolve(s).get("items", {}) for s in schemas]
                members.append(list[self.union(items, f"{name}Item")])  # type: ignore[misc]
            else:
                members.append(self.type_of(schemas[0], name))
        return functools.reduce(lambda left, right: left | right, members)
