"""Our reading of the spec: what the templates need beyond openapi-python-client's model.

openapi-python-client keeps only part of each operation (no Binance extensions,
no formats, no bounds). The templates look up everything else here, through the
`binance` global this module's `SpecIndex` becomes.
"""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

FIELD_PREFIX = "field_"
METHODS = ("get", "post", "put", "delete")
SIGNED = {"TRADE", "USER_DATA"}
# Answers whose models are msgspec structs (signing.StructModel), decoded straight from the bytes:
# exchangeInfo's 22,000 filters and the tickers of all 3,000 symbols cost more to build as attrs
# models than the JSON costs to decode (bench/parse.py). Every object schema they reach becomes a
# struct.
STRUCT_ANSWERS = ("exchangeInfo", "ticker24hr", "tickerTradingDay", "ticker", "tickerPrice", "tickerBookTicker")
# Epoch times among the int64 parameters (startTime, endDate, endTimestamp…): they also take datetimes and ISO text.
TIME_NAME = re.compile(r"(Time|Date|Timestamp)$")
# x-binance-duration's values, with the kind of parameter each fits and the annotation it then has.
DURATION_KINDS = {
    ("ms", "integer"): "DurationLike",
    ("s", "integer"): "DurationLike",
    ("d", "integer"): "DurationLike",
    ("window", "string"): "WindowLike",
}
BODY_ENCODINGS = {"application/json": "json", "application/x-www-form-urlencoded": "form"}


def python_name(wire_name: str) -> str:
    return str(PythonIdentifier(wire_name, FIELD_PREFIX))


def natural_name(wire_name: str) -> str:
    """A parameter's or a positional field's Python name: `python_name`, but a builtin's name is not suffixed.

    Users write `type=` as every Binance client spells it, and read `kline.open`; a parameter
    shadowing a builtin inside a generated function harms nothing. Only a keyword (`from`) keeps
    its trailing underscore. (Object models' fields follow `model_field_name`.)
    """
    name = python_name(wire_name)
    bare = name.removesuffix("_")
    return bare if name != bare and bare == snake_case(wire_name) and hasattr(builtins, bare) else name


def model_field_name(wire_name: str) -> str:
    """An object model's field name: `python_name`, but `type` unsuffixed (`order.type`, as the parameter).

    Other builtins keep the suffix there: a field named `list` would shadow the builtin in the
    annotations of the class's other fields. `type` is only needed as `builtins.type`, which the
    model template writes in such a class.
    """
    name = natural_name(wire_name)
    return name if name == "type" else python_name(wire_name)


def former_parameter_name(wire_name: str) -> str:
    """The name a parameter had before 0.7.0 when `natural_name` changed it, else "": a deprecated alias."""
    name = python_name(wire_name)
    return name if name != natural_name(wire_name) else ""


# A parameter named in a description as `camelCase`: the docstrings name the Python parameter instead.
_CODE_SPAN = re.compile(r"`([A-Za-z][A-Za-z0-9]*)`")


def pythonic_text(text: str, parameters: list[ParameterInfo]) -> str:
    """`text` with each parameter named by its wire name in backquotes renamed to its Python name."""
    names = {p.wire_name: p.python_name for p in parameters}
    return _CODE_SPAN.sub(lambda m: f"`{names.get(m.group(1), m.group(1))}`", text)


_SCALAR_TYPES = ("string", "integer", "number", "boolean")


def _check_added_fields(name: str, schema: dict[str, Any]) -> None:
    """Refuse `x-binance-added` where the models could not read the field's absence as UNSET.

    Only required scalar fields qualify: their `from_dict` passes the value through as it is,
    so an absent one simply becomes UNSET (generator/templates/model.py.jinja).
    """
    required = set(schema.get("required", ()))
    for field_name, field_schema in schema.get("properties", {}).items():
        if "x-binance-added" not in field_schema:
            continue
        if field_name not in required or field_schema.get("type") not in _SCALAR_TYPES or "enum" in field_schema:
            raise ValueError(f"{name}.{field_name}: x-binance-added belongs on a required field of a scalar type")


@dataclass
class ParameterInfo:
    wire_name: str
    python_name: str
    kind: str
    required: bool
    annotation: str
    description: str
    enum: list[str] = field(default_factory=list)
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    example: Any = None
    in_body: bool = False
    # An enum parameter's values as the enum's members (`OrderSide.BUY`), when the enum is a named schema.
    members: dict[str, str] = field(default_factory=dict)
    default: Any = None
    """What Binance assumes when the parameter is left out (the schema's `default`), for the reference."""
    former_name: str = ""
    """The Python name before 0.7.0 (`type_`), still accepted with a DeprecationWarning; "" when unchanged."""
    duration: str = ""
    """`x-binance-duration`: the unit of a duration ("ms", "s", "d") or "window" for Binance's `"4h"` text."""

    def literal(self, values: list[Any]) -> str:
        """The annotation admitting exactly `values` of this parameter (enum members and their strings)."""
        if self.kind == "enum":
            names = [self.members[str(v)] for v in values if str(v) in self.members] + [repr(str(v)) for v in values]
        else:
            names = [repr(v) for v in values]
        return "Literal[" + ", ".join(names) + "]"


@dataclass(frozen=True)
class AnswerOverload:
    """One `@overload` of an operation: some parameters narrowed (name -> annotation and default), and the answer."""

    narrowed: dict[str, str]
    returns: str


@dataclass(frozen=True)
class StructTag:
    """How msgspec tells the members of a discriminated union apart: the field and this member's value."""

    wire_name: str
    python_name: str
    value: str


@dataclass
class OperationInfo:
    operation_id: str
    python_name: str
    method: str
    path: str
    tag: str
    security: str
    weight: int
    summary: str
    description: str
    deprecated: bool
    parameters: list[ParameterInfo]
    mutually_exclusive: list[list[str]]
    one_of_required: list[list[str]]
    host: str = ""
    body: str = ""
    optional_signature: bool = False
    client_order_id: str = ""
    overloads: list[AnswerOverload] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return self.security in SIGNED

    @property
    def group(self) -> str | None:
        """The facade group (`client.wallet.…`, `client.oauth.…`) of a non-/api operation, else None."""
        return None if self.path.startswith("/api/") else self.tag

    @property
    def facade(self) -> str:
        """Where users find the operation and its description: `Spot.depth`, `Spot.wallet.system_status`."""
        return f"Spot.{self.group}.{self.python_name}" if self.group else f"Spot.{self.python_name}"

    @property
    def module(self) -> str:
        return f"binance_spot_client.api.{self.tag}.{self.python_name}"

    @property
    def former_names(self) -> dict[str, str]:
        """Deprecated keyword -> its parameter's name, for the parameters renamed in 0.7.0."""
        return {p.former_name: p.python_name for p in self.parameters if p.former_name}

    @property
    def required_parameters(self) -> list[ParameterInfo]:
        return [p for p in self.parameters if p.required]

    @property
    def optional_parameters(self) -> list[ParameterInfo]:
        return [p for p in self.parameters if not p.required]


class SpecIndex:
    """Operations by operationId and tuple-shaped schemas by name, read from the bundled spec."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.operations: dict[str, OperationInfo] = {}
        for path, item in document["paths"].items():
            for method in METHODS:
                if method in item:
                    operation = self._read_operation(path, method, item[method])
                    self.operations[operation.operation_id] = operation
        self.by_python_name = {op.python_name: op for op in self.operations.values()}
        self.groups: dict[str, str] = {
            op.group: "".join(word.capitalize() for word in op.group.split("_"))
            for op in sorted(self.operations.values(), key=lambda op: op.tag)
            if op.group is not None
        }
        self.tuples: dict[str, list[str]] = {
            name: [natural_name(item["title"]) for item in schema["prefixItems"]]
            for name, schema in self.schemas.items()
            if "prefixItems" in schema
        }
        # Row fields renamed in 0.7.0 (`Kline.open_` -> `open`): old name -> new, kept as deprecated aliases.
        # Former (before 0.7.0) field names by model class, kept as deprecated aliases; `__main__` adds
        # object models' renamed fields (`model_field_name`) as it renames them.
        self.former_row_fields: dict[str, dict[str, str]] = {
            name: {python_name(item["title"]): natural_name(item["title"]) for item in schema["prefixItems"]}
            for name, schema in self.schemas.items()
            if "prefixItems" in schema
        }
        for name, renames in self.former_row_fields.items():
            self.former_row_fields[name] = {old: new for old, new in renames.items() if old != new}
        for name, schema in self.schemas.items():
            _check_added_fields(name, schema)
        self.structs: dict[str, StructTag | None] = {}
        for operation in (self.operations[name] for name in STRUCT_ANSWERS if name in self.operations):
            answer = document["paths"][operation.path][operation.method.lower()]["responses"]["200"]
            self._add_structs(answer["content"]["application/json"]["schema"], None, answer=True)
        self.struct_classes = {pascal_case(name) for name in self.structs}

    def _add_structs(self, schema: dict[str, Any], tag: StructTag | None, answer: bool = False) -> None:
        """Mark the object schemas `schema` reaches as structs; union members get their tag.

        msgspec decodes a union of structs only by a tag field, so inside an answer a `oneOf`
        must name its discriminator and each member must fix that field to one value. The
        answer itself may be an untagged `oneOf` (a ticker or a list, FULL or MINI): its decoder
        tries the variants in turn (generator/answers.py). Objects must be named
        schemas (they become the struct classes). Anything else stops the generator here.
        """
        name = schema["$ref"].rsplit("/", 1)[1] if "$ref" in schema else None
        schema = self.resolve(schema)
        if "oneOf" in schema:
            field = schema.get("discriminator", {}).get("propertyName")
            if field is None and answer:
                for member in schema["oneOf"]:
                    self._add_structs(member, None)
                return
            if field is None:
                raise ValueError(f"a struct answer reaches a oneOf without a discriminator: {schema}")
            for member in schema["oneOf"]:
                values = self.resolve(self.resolve(member)["properties"][field]).get("enum", [])
                if len(values) != 1:
                    raise ValueError(f"union member {member} must fix {field} to one value")
                self._add_structs(member, StructTag(field, model_field_name(field), values[0]))
        elif schema.get("type") == "array":
            self._add_structs(schema.get("items", {}), None)
        elif schema.get("type") == "object" or "properties" in schema:
            if name is None or not schema.get("properties"):
                raise ValueError(f"a struct answer reaches an object that is not a named schema with fields: {schema}")
            known = name in self.structs
            self.structs[name] = tag or self.structs.get(name)
            if known:
                return
            for field_schema in schema["properties"].values():
                self._add_structs(field_schema, None)

    @staticmethod
    def camel(name: str) -> str:
        """`name` in camelCase as msgspec's `rename="camel"` writes it (a test holds the two together)."""
        first, *rest = name.split("_")
        return first + "".join(part[:1].upper() + part[1:] for part in rest)

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def _read_operation(self, path: str, method: str, spec: dict[str, Any]) -> OperationInfo:
        operation_id = spec["operationId"]
        body, body_parameters = self._read_body(spec.get("requestBody"))
        parameters = [self._read_parameter(p) for p in spec.get("parameters", [])] + body_parameters
        for parameter in parameters:
            parameter.description = pythonic_text(parameter.description, parameters)
        # /api's orders carry newClientOrderId; an operation naming its order otherwise says which parameter.
        order_id = "newClientOrderId" if any(p.wire_name == "newClientOrderId" for p in parameters) else ""
        operation = OperationInfo(
            operation_id=operation_id,
            python_name=snake_case(operation_id),
            method=method.upper(),
            path=path,
            tag=spec["tags"][0],
            security=spec["x-binance-security"],
            weight=int(spec["x-binance-weight"]),
            summary=spec.get("summary", ""),
            description=pythonic_text(spec.get("description", ""), parameters),
            deprecated=bool(spec.get("deprecated", False)),
            parameters=parameters,
            mutually_exclusive=spec.get("x-binance-mutually-exclusive", []),
            one_of_required=spec.get("x-binance-one-of-required", []),
            host=spec.get("x-binance-host", ""),
            body=body,
            optional_signature=spec.get("x-binance-signature") == "optional",
            client_order_id=spec.get("x-binance-client-order-id", order_id),
        )
        if "x-binance-answer-by" in spec:
            answer = spec["responses"]["200"]["content"]["application/json"]["schema"]
            operation.overloads = self._answer_overloads(operation, spec["x-binance-answer-by"], answer)
        return operation

    def _answer_overloads(
        self, op: OperationInfo, rules: list[dict[str, Any]], answer: dict[str, Any]
    ) -> list[AnswerOverload]:
        """The overloads `x-binance-answer-by` describes (spec/README.md): each narrows the parameters that
        pick the answer's shape, one combination of their cases per overload."""
        by_wire = {p.wire_name: p for p in op.parameters}
        variants = {self._type_of(member) for member in self.resolve(answer)["oneOf"]}
        singles = [t for t in variants if not t.startswith("list[")]
        # (narrowed parameters, the item's schema class or None when no rule picks it, a list or None)
        cases: list[tuple[dict[str, str], str | None, bool | None]] = [({}, None, None)]
        for rule in rules:
            parameter = by_wire[rule["parameter"]]
            ruled: list[tuple[dict[str, str], str | None, bool | None]] = []
            if rule.get("list-when-omitted"):
                ruled = [
                    ({parameter.python_name: parameter.annotation}, None, False),
                    ({parameter.python_name: "None = None"}, None, True),
                ]
            else:
                answers = {key: pascal_case(schema) for key, schema in rule["answers"].items()}
                ruled = [
                    ({parameter.python_name: parameter.literal([key])}, item, None) for key, item in answers.items()
                ]
                default = rule.get("default")
                if isinstance(default, dict):
                    chooser = by_wire[default["parameter"]]
                    chosen = {str(k): v for k, v in default["answers"].items()}
                    for pick in dict.fromkeys(chosen.values()):
                        values = [k for k, v in chosen.items() if v == pick]
                        ruled.append(
                            (
                                {parameter.python_name: "None = None", chooser.python_name: chooser.literal(values)},
                                answers[pick],
                                None,
                            )
                        )
                    others = [v for v in chooser.enum if v not in chosen]
                    narrowed = {parameter.python_name: "None = None", chooser.python_name: chooser.literal(others)}
                    ruled.append((narrowed, answers[default["otherwise"]], None))
                elif default is not None:
                    ruled.append(({parameter.python_name: "None = None"}, answers[default], None))
            cases = [
                (narrowed | more, item or other_item, listed if listed is not None else other_listed)
                for narrowed, item, listed in cases
                for more, other_item, other_listed in ruled
            ]
        overloads = []
        for narrowed, item, listed in cases:
            item = item or (singles[0] if len(singles) == 1 else None)
            if item is None:
                raise ValueError(f"{op.operation_id}: x-binance-answer-by leaves the answer's schema open")
            returns = f"list[{item}]" if listed else item
            if returns not in variants:
                raise ValueError(f"{op.operation_id}: x-binance-answer-by names {returns}, not a variant of the answer")
            overloads.append(AnswerOverload(narrowed, returns))
        return overloads

    def _type_of(self, member: dict[str, Any]) -> str:
        """A `oneOf` member as the Python type the overloads name: a schema's class or a list of one."""
        if "$ref" in member:
            return pascal_case(member["$ref"].rsplit("/", 1)[1])
        return f"list[{self._type_of(member['items'])}]"

    def _read_body(self, spec: dict[str, Any] | None) -> tuple[str, list[ParameterInfo]]:
        """A request body's fields as parameters, and how the body is encoded ("json" or "form")."""
        if not spec:
            return "", []
        media_type, media = next(iter(spec["content"].items()))
        encoding = BODY_ENCODINGS[media_type]
        schema = self.resolve(media["schema"])
        required = set(schema.get("required", ()))
        fields = []
        for name, property_schema in schema.get("properties", {}).items():
            described = {
                "name": name,
                "required": name in required,
                "description": property_schema.get("description", ""),
            }
            fields.append(self._read_parameter(described | {"schema": property_schema}))
        for parameter in fields:
            parameter.in_body = True
            if parameter.kind == "enum":  # the endpoint modules import no body models: name the values instead
                parameter.annotation = "Literal[" + ", ".join(repr(v) for v in parameter.enum) + "]"
        return encoding, fields

    def _read_parameter(self, spec: dict[str, Any]) -> ParameterInfo:
        if "$ref" in spec:
            spec = self.document["components"]["parameters"][spec["$ref"].rsplit("/", 1)[1]]
        raw = spec.get("schema", {})
        schema = self.resolve(raw)
        enum: list[str] = []
        members: dict[str, str] = {}
        pattern = schema.get("pattern")
        if "enum" in schema:
            kind = "enum"
            enum = [str(v) for v in schema["enum"]]
            # Closed: a typo fails the type check, and editors complete the values.
            annotation = "Literal[" + ", ".join(repr(v) for v in enum) + "]"
            if "$ref" in raw:
                enum_class = raw["$ref"].rsplit("/", 1)[1]
                annotation = f"{enum_class} | {annotation}"
                var_names = [str(n) for n in schema.get("x-enum-varnames", [])]
                members = {
                    str(value): f"{enum_class}.{key}"
                    for key, value in EnumProperty.values_from_list(schema["enum"], None, var_names).items()  # type: ignore[arg-type]
                }
        elif schema.get("type") == "array" and spec.get("x-binance-encoding") == "indexed-fields":
            kind = "indexed"
            annotation = "Sequence[Mapping[str, object]]"
        elif schema.get("type") == "array":
            kind = "array"
            annotation = "Sequence[str]"
            pattern = self.resolve(schema.get("items", {})).get("pattern")
        elif schema.get("type") == "object":
            kind, annotation = "object", "Mapping[str, object]"
        elif schema.get("format") == "decimal":
            kind, annotation = "decimal", "DecimalLike"
        elif schema.get("format") == "int64" and TIME_NAME.search(spec["name"]):
            kind, annotation = "time", "TimeLike"
        elif schema.get("type") == "integer":
            kind, annotation = "integer", "int"
        elif schema.get("type") == "number":
            kind, annotation = "decimal", "DecimalLike"
        elif schema.get("type") == "boolean":
            kind, annotation = "boolean", "bool"
        else:
            kind, annotation = "string", "str"
        duration = str(spec.get("x-binance-duration", ""))
        if duration:
            if (duration, kind) not in DURATION_KINDS:
                raise ValueError(f"{spec['name']}: x-binance-duration {duration!r} does not fit a {kind} parameter")
            annotation = DURATION_KINDS[duration, kind]
        return ParameterInfo(
            wire_name=spec["name"],
            python_name=natural_name(spec["name"]),
            former_name=former_parameter_name(spec["name"]),
            kind=kind,
            required=bool(spec.get("required", False)),
            annotation=annotation,
            description=" ".join(str(spec.get("description", "")).split()),
            enum=enum,
            minimum=schema.get("minimum"),
            maximum=schema.get("maximum"),
            pattern=pattern,
            example=spec.get("example", raw.get("example", schema.get("example"))),
            members=members,
            default=raw.get("default", schema.get("default")),
            duration=duration,
        )
