"""Decoders for Binance's SBE schemas (spec/sbe/), written beside the REST package.

`write_sbe` is called by `python -m generator` and writes one module per schema:

- `_sbe_spot.py` from `spec/sbe/spot_<id>_<version>.xml` (the REST and WebSocket API answers),
  with the schema lifecycle of `lifecycle_prod.json` and `lifecycle_testnet.json`;
- `_sbe_stream.py` from `spec/sbe/stream_<id>_<version>.xml` (the SBE market-data streams).

Each message gets a function that reads it from a `memoryview` and returns the data the JSON
answer would hold: the same field names (`mbx:jsonPath`), decimals as the exact text of
mantissa and exponent, enums and sets as their JSON values, timestamps in the JSON's unit.
The operation's own parser then builds the same typed model it builds from JSON. A message's
root block and each fixed-size group are read by one precompiled `struct.Struct`; a group
whose entries hold no group or var-data is read with `iter_unpack` in one pass, and one of
8- and 16-byte fields (price levels, klines) column by column, its decimals written in bulk
(`decimal_columns`) and its positional rows built as the row model the caller passes (`row`).
"""

from __future__ import annotations

import json
import re
import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SBE = "{http://fixprotocol.io/2016/sbe}"
MBX = "{https://developers.binance.com/docs/binance-spot-api-docs}"

# struct format and null value (SBE's defaults for presence="optional") of each primitive.
PRIMITIVES: dict[str, tuple[str, int | None]] = {
    "char": ("s", None),
    "int8": ("b", -(2**7)),
    "uint8": ("B", 2**8 - 1),
    "int16": ("h", -(2**15)),
    "uint16": ("H", 2**16 - 1),
    "int32": ("i", -(2**31)),
    "uint32": ("I", 2**32 - 1),
    "int64": ("q", -(2**63)),
    "uint64": ("Q", 2**64 - 1),
    "float": ("f", None),
    "double": ("d", None),
}
MANTISSA128_NULL = -(2**127)
# JSON fields an SBE answer does not carry, filled so the JSON model reads it unchanged:
# SBE times are UTC (Binance's FAQ) and klines end with a placeholder the docs say to ignore.
JSON_FILL: dict[str, dict[str, Any]] = {"ExchangeInfoResponse": {"timezone": "UTC", "serverTime": 0}}
ROW_FILL: dict[str, list[Any]] = {"klines": ["0"]}
# Per group entry: "=field" repeats that field (JSON's older duplicate name); other values are
# constants for fields schema 3:5 lacks (`permissions` is always empty in JSON; no OPO flag yet).
ENTRY_FILL: dict[tuple[str, str], dict[str, Any]] = {
    ("ExchangeInfoResponse", "symbols"): {
        "quotePrecision": "=quoteAssetPrecision",
        "opoAllowed": False,
        "permissions": [],
    }
}
MODULES = {"spot": "_sbe_spot.py", "stream": "_sbe_stream.py"}
COLUMN_KINDS = ("decimal", "decimal128", "time", "int")
# Binance's JSON answers give times in milliseconds; SBE in microseconds. The REST/WebSocket API
# decoders convert so the JSON models read them unchanged; stream events keep microseconds.
TIME_DIVISOR = {"spot": 1000, "stream": 1}


@dataclass
class Field:
    name: str
    json_name: str
    kind: str  # int, float, decimal, decimal128, time, bool, enum, set, constant, exponent
    fmt: str = ""
    null: int | None = None
    optional: bool = False
    exponent: str = ""
    type_name: str = ""
    constant: Any = None
    default: Any = None
    positional: bool = False


@dataclass
class Data:
    name: str
    json_name: str
    length_fmt: str
    kind: str  # text, message
    optional: bool
    default: str | None = None  # mbx:jsonDefaultValue: what JSON says where an optional text is empty


@dataclass
class Group:
    name: str
    json_name: str
    dimension: str  # struct format of blockLength + numInGroup
    fields: list[Field] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    data: list[Data] = field(default_factory=list)
    omit_empty: bool = False

    @property
    def fixed(self) -> bool:
        return not self.groups and not self.data


@dataclass
class Message:
    name: str
    template_id: int
    body: Group


class Schema:
    def __init__(self, path: Path) -> None:
        root = ET.parse(path).getroot()
        self.id = int(root.attrib["id"])
        self.version = int(root.attrib["version"])
        self.types: dict[str, ET.Element] = {}
        for element in root.find("types") or []:
            self.types[element.attrib["name"]] = element
        self.enums: dict[str, dict[int, Any]] = {}
        self.enum_nulls: dict[str, int] = {}
        self.sets: dict[str, list[tuple[int, str]]] = {}
        for name, element in self.types.items():
            if element.tag == "enum":
                self.enums[name] = {
                    int(value.text or "0"): _enum_json(element.attrib["name"], value)
                    for value in element.findall("validValue")
                }
                null = PRIMITIVES[element.attrib["encodingType"]][1]
                assert null is not None, f"enum {name} is not encoded as an integer"
                self.enum_nulls[name] = null
            elif element.tag == "set":
                self.sets[name] = [
                    (int(choice.text or "0"), choice.attrib.get(f"{MBX}jsonValue", choice.attrib["name"]))
                    for choice in element.findall("choice")
                ]
        self.messages = [
            Message(m.attrib["name"], int(m.attrib["id"]), self._group(m, "", "groupSizeEncoding"))
            for m in root.findall(f"{SBE}message")
        ]

    def _group(self, element: ET.Element, name: str, dimension: str) -> Group:
        group = Group(
            name,
            element.attrib.get(f"{MBX}jsonPath", name),
            self._composite_format(dimension),
            omit_empty=element.attrib.get(f"{MBX}jsonOmitNull") == "true",
        )
        for child in element:
            if child.tag == "field":
                group.fields.append(self._field(child))
            elif child.tag == "group":
                group.groups.append(
                    self._group(child, child.attrib["name"], child.attrib.get("dimensionType", "groupSizeEncoding"))
                )
            elif child.tag == "data":
                group.data.append(self._data(child))
        return group

    def _composite_format(self, name: str) -> str:
        return "".join(PRIMITIVES[t.attrib["primitiveType"]][0] for t in self.types[name].findall("type"))

    def _field(self, element: ET.Element) -> Field:
        name = element.attrib["name"]
        json_path = element.attrib.get(f"{MBX}jsonPath", name)
        type_name = element.attrib["type"]
        optional = element.attrib.get("presence") == "optional"
        item = Field(name, json_path, "int", optional=optional, type_name=type_name, positional=json_path == "[]")
        default = element.attrib.get(f"{MBX}jsonDefaultValue")
        if element.attrib.get("presence") == "constant":
            enum_name, value_name = element.attrib["valueRef"].split(".")
            values = self.types[enum_name].findall("validValue")
            item.kind = "constant"
            item.constant = next(_enum_json(enum_name, v) for v in values if v.attrib["name"] == value_name)
            return item
        if type_name == "exponent8":  # read for the mantissas that name it; not a JSON field
            item.kind, item.fmt = "exponent", "b"
            return item
        if type_name == "mantissa128":
            item.kind, item.fmt, item.exponent = "decimal128", "16s", element.attrib[f"{MBX}exponent"]
            item.default = default
            return item
        definition = self.types.get(type_name)
        primitive = type_name if definition is None else definition.attrib.get("primitiveType", "")
        if definition is not None and definition.tag in ("enum", "set"):
            primitive = definition.attrib["encodingType"]
        item.fmt, item.null = PRIMITIVES[primitive]
        if f"{MBX}exponent" in element.attrib:
            item.kind, item.exponent = "decimal", element.attrib[f"{MBX}exponent"]
            item.default = default
        elif type_name == "utcTimestampUs":
            item.kind = "time"
            item.default = None if default is None else int(default)
        elif type_name == "boolEnum":
            item.kind = "bool"
        elif definition is not None and definition.tag == "enum":
            item.kind = "enum"
        elif definition is not None and definition.tag == "set":
            item.kind = "set"
        elif primitive in ("float", "double"):
            item.kind = "float"
            item.default = default
        else:
            item.default = None if default is None else int(default)
        return item

    def _data(self, element: ET.Element) -> Data:
        type_name = element.attrib["type"]
        length = self.types[type_name].find("type")
        assert length is not None
        return Data(
            element.attrib["name"],
            element.attrib.get(f"{MBX}jsonPath", element.attrib["name"]),
            PRIMITIVES[length.attrib["primitiveType"]][0],
            "message" if "essageData" in type_name else "text",
            type_name.startswith("optional"),
            element.attrib.get(f"{MBX}jsonDefaultValue"),
        )


def _enum_json(enum_name: str, value: ET.Element) -> Any:
    if enum_name == "boolEnum":
        return value.attrib["name"] == "True"
    return value.attrib.get(f"{MBX}jsonValue", value.attrib["name"])


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class Writer:
    """Python source for one schema's decoders; names are derived from the schema alone."""

    def __init__(self, schema: Schema, kind: str) -> None:
        self.schema = schema
        self.divisor = TIME_DIVISOR[kind]
        self.structs: dict[str, str] = {}  # name -> format
        self.lines: list[str] = []
        self.counter = 0
        self.current = ""
        self.embeds = False  # whether the message being written reads messages embedded in var-data

    def struct(self, fmt: str) -> str:
        name = "_S_" + re.sub(r"[^A-Za-z0-9]", "x", fmt)
        self.structs[name] = "<" + fmt
        return name

    def fresh(self, base: str) -> str:
        self.counter += 1
        return f"{base}_{self.counter}"

    def time_divisor(self) -> str:
        """What a time is divided by: the schema's unit to milliseconds, unless the caller asked for
        microseconds (`X-MBX-TIME-UNIT`), which every SBE time already is in the spot schema."""
        return str(self.divisor) if self.divisor == 1 else f"1 if microseconds else {self.divisor}"

    def emit(self, indent: int, text: str) -> None:
        self.lines.append("    " * indent + text)

    def value(self, item: Field, var: str, exponents: dict[str, str]) -> str:
        """The expression giving a field's JSON value from its raw local `var`."""
        kind = item.kind
        if kind == "decimal":
            expression = f"decimal_text({var}, {exponents[item.exponent]})"
        elif kind == "decimal128":
            expression = f"decimal_text(int.from_bytes({var}, 'little', signed=True), {exponents[item.exponent]})"
            if item.optional:
                raw = f"int.from_bytes({var}, 'little', signed=True)"
                return f"({_literal(item.default)} if {raw} == {MANTISSA128_NULL} else {expression})"
            return expression
        elif kind == "time":
            expression = var if self.divisor == 1 else f"({var} if microseconds else {var} // {self.divisor})"
        elif kind == "bool":
            expression = f"{var} == 1"
        elif kind == "enum":
            expression = f"_ENUM_{item.type_name}[{var}]"
        elif kind == "set":
            expression = f"set_values({var}, _SET_{item.type_name})"
        elif kind == "float":
            expression = f"float_text({var})"
            return (
                expression if not item.optional else f"({_literal(item.default)} if {var} != {var} else {expression})"
            )
        else:
            expression = var
        if item.optional and item.null is not None:
            return f"({_literal(item.default)} if {var} == {item.null} else {expression})"
        return expression

    def read_block(self, indent: int, group: Group, at: str, exponents: dict[str, str]) -> dict[str, str]:
        """Unpack a block's fields at `at`; returns each JSON field's expression."""
        stored = [f for f in group.fields if f.kind != "constant"]
        names: dict[str, str] = {}
        if stored:
            fmt = "".join(f.fmt for f in stored)
            local = [self.fresh(snake(f.name)) for f in stored]
            target = ", ".join(local) + ("," if len(local) == 1 else "")
            self.emit(indent, f"{target} = {self.struct(fmt)}.unpack_from(view, {at})")
            for item, var in zip(stored, local, strict=True):
                if item.kind == "exponent":
                    exponents[item.name] = var
                names[item.name] = var
        expressions: dict[str, str] = {}
        for item in group.fields:
            if item.kind == "exponent":
                continue
            if item.kind == "constant":
                expressions[item.json_name] = _literal(item.constant)
            else:
                expressions[item.json_name if not item.positional else item.name] = self.value(
                    item, names[item.name], exponents
                )
        return expressions

    @staticmethod
    def block_size(group: Group) -> int:
        return _size("".join(f.fmt for f in group.fields if f.kind != "constant"))

    def assemble(self, group: Group, expressions: dict[str, str], parts: dict[str, str], row_fill: list[Any]) -> str:
        """The expression of one entry (or the message) from its fields' and parts' expressions."""
        collapse = [name for name, path in self.part_paths(group) if path == ".."]
        if collapse:
            return parts[collapse[0]]
        if group.fields and all(f.positional for f in group.fields if f.kind != "exponent"):
            items = [*expressions.values(), *(_literal(v) for v in row_fill)]
            return "[" + ", ".join(items) + "]"
        for key, fill in ENTRY_FILL.get((self.current, group.name), {}).items():
            is_copy = isinstance(fill, str) and fill.startswith("=")
            expressions[key] = expressions[fill[1:]] if is_copy else _literal(fill)
        entries = [f"{json.dumps(k)}: {v}" for k, v in expressions.items()]
        entries += [f"{json.dumps(path)}: {parts[name]}" for name, path in self.part_paths(group)]
        return "{" + ", ".join(entries) + "}"

    @staticmethod
    def part_paths(group: Group) -> list[tuple[str, str]]:
        return [(g.name, g.json_name) for g in group.groups] + [(d.name, d.json_name) for d in group.data]

    def read_parts(self, indent: int, group: Group, exponents: dict[str, str]) -> dict[str, str]:
        """Read a block's groups then var-data from `at` on, advancing it; returns their locals."""
        parts: dict[str, str] = {}
        for child in group.groups:
            parts[child.name] = self.read_group(indent, child, dict(exponents))
        for data in group.data:
            var = self.fresh(snake(data.name))
            length = self.fresh("length")
            size = _size(data.length_fmt)
            if data.length_fmt == "B":  # a byte of the view (bytes, format B) reads faster than an unpack
                self.emit(indent, f"{length} = view[at]")
            else:
                self.emit(indent, f"({length},) = {self.struct(data.length_fmt)}.unpack_from(view, at)")
            self.emit(indent, f"at += {size} + {length}")
            raw = f"view[at - {length} : at]"
            if data.kind == "text":
                value = f"str({raw}, 'utf-8')"
            elif indent > 1:  # in a group: many embedded messages, often the same bytes
                self.embeds, value = True, f"embedded({raw})"
            else:
                value = f"SCHEMA.decode({raw}, None, microseconds)[1]"
            if data.optional:
                value = f"{value} if {length} else {_literal(data.default)}"
            self.emit(indent, f"{var} = {value}")
            parts[data.name] = var
        return parts

    def read_group(self, indent: int, group: Group, exponents: dict[str, str]) -> str:
        size_var, count = self.fresh("block"), self.fresh("count")
        result = self.fresh(snake(group.name))
        dimension = self.struct(group.dimension)
        self.emit(indent, f"{size_var}, {count} = {dimension}.unpack_from(view, at)")
        self.emit(indent, f"at += {_size(group.dimension)}")
        row_fill = ROW_FILL.get(group.name, [])
        if group.fixed and group.fields:
            stored = [f for f in group.fields if f.kind != "constant"]
            local = [self.fresh(snake(f.name)) for f in stored]
            names = dict(zip((f.name for f in stored), local, strict=True))
            expressions = {}
            for item in group.fields:
                if item.kind == "constant":
                    expressions[item.json_name] = _literal(item.constant)
                elif item.kind != "exponent":
                    key = item.name if item.positional else item.json_name
                    expressions[key] = self.value(item, names[item.name], exponents)
            entry = self.assemble(group, expressions, {}, row_fill)
            known = self.block_size(group)
            reader = self.struct("".join(f.fmt for f in stored))
            target = ", ".join(local) + ("," if len(local) == 1 else "")
            columnar = self.columnar(group, exponents, row_fill, count)
            inner = indent
            if columnar is not None:
                assignments, assembled = columnar
                self.emit(indent, f"if {size_var} == {known} and COLUMNS_READABLE:")
                for line in assignments:
                    self.emit(indent + 1, line)
                self.emit(indent + 1, f"{result} = {assembled}")
                self.emit(indent, "else:")
                inner = indent + 1
            self.emit(inner, f"{result} = [")
            self.emit(inner + 1, f"{entry}")
            self.emit(inner + 1, f"for {target} in rows({reader}, view, at, {size_var}, {count}, {known})")
            self.emit(inner, "]")
            self.emit(indent, f"at += {size_var} * {count}")
        else:
            self.emit(indent, f"{result} = []")
            self.emit(indent, f"for _ in range({count}):")
            entry_exponents = dict(exponents)
            if any(f.kind != "constant" for f in group.fields):
                self.emit(indent + 1, f"require_block({size_var}, {self.block_size(group)})")
                self.emit(indent + 1, "start = at")
            self.emit(indent + 1, f"at += {size_var}")
            expressions = self.read_block(indent + 1, group, "start", entry_exponents)
            parts = self.read_parts(indent + 1, group, entry_exponents)
            self.emit(indent + 1, f"{result}.append({self.assemble(group, expressions, parts, row_fill)})")
        return result

    def columnar(
        self, group: Group, exponents: dict[str, str], row_fill: list[Any], count: str
    ) -> tuple[list[str], str] | None:
        """A fixed group of 8- and 16-byte fields read column by column in C (see signing/_sbe.py):
        the statements making each column, and the expression of the entries."""
        stored = [f for f in group.fields if f.kind != "constant"]
        if any(f.fmt not in ("q", "16s") or f.optional or f.kind not in COLUMN_KINDS for f in stored):
            return None
        index, made, assignments = 0, {}, []
        decimals: list[tuple[str, int, int, str]] = []  # local, slot, high slot or -1, exponent
        others: list[int] = []  # the slots read as ints
        for item in stored:
            var = self.fresh(snake(item.name) + "_column")
            made[item.name] = var
            if item.kind in ("decimal", "decimal128"):
                high = index + 1 if item.kind == "decimal128" else -1
                decimals.append((var, index, high, exponents[item.exponent]))
                index += 2 if item.kind == "decimal128" else 1
                continue
            if item.kind == "time":
                assignments.append(f"{var} = time_column(column[{index}], {self.time_divisor()})")
            else:
                assignments.append(f"{var} = column[{index}]")
            others.append(index)
            index += 1
        if decimals:
            # every decimal column of the group in one call: their text is made in bulk (signing/_sbe.py)
            target = ", ".join(var for var, *_ in decimals) + ("," if len(decimals) == 1 else "")
            specs = ", ".join(f"({slot}, {high}, {exponent})" for _, slot, high, exponent in decimals)
            assignments.append(f"{target} = decimal_columns(view, at, {count}, {index}, ({specs},))")
        if others:
            slots = ", ".join(map(str, others)) + ("," if len(others) == 1 else "")
            assignments.insert(0, f"column = columns(view, at, {count}, {index}, ({slots}))")
        values = [
            f"repeat({_literal(item.constant)})" if item.kind == "constant" else made[item.name]
            for item in group.fields
        ]
        if all(f.positional for f in stored):
            fills = [f"repeat({_literal(value)})" for value in row_fill]
            # strict=False: the columns are equally long, and a row's filler repeats without end
            columns = ", ".join(values + fills)
            # The answer's row model when the caller gives one (`row`): built straight from the columns
            # in C, where lists and then `rows_of` would cost twice as much.
            plain = f"list(map(list, zip({columns}, strict=False)))"
            return assignments, f"list(map(row, {columns})) if row is not None else {plain}"
        keys = tuple(item.json_name for item in group.fields)
        entries = f"zip({', '.join(values)}, strict=False)"  # a constant field's column repeats without end
        return assignments, f"list(map(dict, map(zip, repeat({keys!r}), {entries})))"

    def message(self, message: Message) -> None:
        self.current = message.name
        self.emit(0, "")
        self.emit(0, "")
        parameters = "view: memoryview, at: int, block: int, row: Any, microseconds: bool"
        self.emit(0, f"def _decode_{snake(message.name)}({parameters}) -> Any:")
        self.emit(1, f'"""Template {message.template_id}, `{message.name}`."""')
        self.embeds, start = False, len(self.lines)
        exponents: dict[str, str] = {}
        expressions = self.read_block(1, message.body, "at", exponents)
        if message.body.groups or message.body.data:
            self.emit(1, "at += block")
        parts = self.read_parts(1, message.body, exponents)
        for key, fill in JSON_FILL.get(message.name, {}).items():
            expressions[key] = _literal(fill)
        value = self.assemble(message.body, expressions, parts, [])
        omitted = [g.json_name for g in message.body.groups if g.omit_empty]
        if omitted:
            self.emit(1, f"answer = {value}")
            for path in omitted:
                self.emit(1, f"if not answer[{json.dumps(path)}]:")
                self.emit(2, f"del answer[{json.dumps(path)}]")
            self.emit(1, "return answer")
        else:
            self.emit(1, f"return {value}")
        if self.embeds:  # one reader per message: it decodes each distinct embedded message once
            self.lines.insert(start, "    embedded = SCHEMA.embedded_reader(microseconds)")

    def render(self, lifecycle: dict[str, Any] | None, source: str) -> str:
        schema = self.schema
        for message in schema.messages:
            self.message(message)
        head = [
            f'"""SBE decoders for schema {schema.id}:{schema.version} ({source}).',
            "",
            "Each function reads one message and returns the data its JSON answer holds.",
            'Generated from spec/ by `python -m generator`; do not edit."""',
            "",
            "from itertools import repeat",
            "from typing import Any",
            "",
            "from .signing._sbe import (",
            "    COLUMNS_READABLE,",
            "    SbeSchema,",
            "    columns,",
            "    decimal_columns,",
            "    decimal_text,",
            "    float_text,",
            "    require_block,",
            "    rows,",
            "    set_values,",
            "    struct_of,",
            "    time_column,",
            "    wide_column,",
            ")",
            "",
            f"SCHEMA_ID = {schema.id}",
            f"SCHEMA_VERSION = {schema.version}",
        ]
        if lifecycle is not None:
            for environment, data in lifecycle.items():
                head.append(f"{environment.upper()}_DEPRECATED = {_versions(data['deprecatedSchemas'])}")
                head.append(f"{environment.upper()}_RETIRED = {_versions(data['retiredSchemas'])}")
        head.append("")
        for name in sorted(schema.enums):
            # An enum's null value (its encoding's, as SBE defines it) reads as JSON's absent value.
            mapping = {k: v for k, v in sorted(schema.enums[name].items())} | {schema.enum_nulls[name]: None}
            head.append(f"_ENUM_{name}: dict[int, Any] = {mapping!r}")
        for name in sorted(schema.sets):
            head.append(f"_SET_{name} = {tuple(sorted(schema.sets[name]))!r}")
        for name, fmt in sorted(self.structs.items()):
            head.append(f"{name} = struct_of({fmt!r})")
        tail = [
            "",
            "",
            "SCHEMA = SbeSchema(",
            f"    {schema.id},",
            f"    {schema.version},",
            "    {",
            *(
                f"        {m.template_id}: ({m.name!r}, {self.block_size(m.body)}, _decode_{snake(m.name)}),"
                for m in schema.messages
            ),
            "    },",
            *(["    deprecated=PROD_DEPRECATED,", "    retired=PROD_RETIRED,"] if lifecycle is not None else []),
            ")",
        ]
        return "\n".join(head + self.lines + tail) + "\n"


def _size(fmt: str) -> int:
    return struct.calcsize("<" + fmt)


def _literal(value: Any) -> str:
    return repr(value)


def _versions(entries: list[dict[str, Any]]) -> str:
    return repr(tuple(sorted((int(e["id"]), int(e["version"])) for e in entries)))


def schema_file(spec_dir: Path, prefix: str) -> Path:
    """The one schema file of a kind: updating the schema replaces it."""
    found = sorted((spec_dir / "sbe").glob(f"{prefix}_*.xml"))
    if len(found) != 1:
        raise SystemExit(f"spec/sbe/ must hold exactly one {prefix}_<id>_<version>.xml, found {len(found)}")
    return found[0]


def rest_coverage(spec_dir: Path) -> dict[str, str]:
    """`METHOD /path` -> message, from the "Response for - REST GET /api/v3/depth" comment Binance
    writes before each answer message of the spot schema."""
    if not (spec_dir / "sbe").is_dir():
        return {}
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    root = ET.parse(schema_file(spec_dir, "spot"), parser).getroot()
    covered: dict[str, str] = {}
    comment = ""
    for child in root:
        if child.tag is ET.Comment:  # type: ignore[comparison-overlap]  # how ElementTree marks a comment
            comment = child.text or ""
        elif child.tag == f"{SBE}message":
            for method, path in re.findall(r"REST (GET|POST|PUT|DELETE) (/\S+)", comment):
                covered[f"{method} {path}"] = child.attrib["name"]
            comment = ""
    return covered


def write_sbe(output: Path, spec_dir: Path) -> None:
    """Write the SBE decoders; a spec without `sbe/` (a cut-down spec in a test) has none."""
    if not (spec_dir / "sbe").is_dir():
        return
    spot = schema_file(spec_dir, "spot")
    lifecycle = {
        environment: json.loads((spec_dir / "sbe" / f"lifecycle_{environment}.json").read_text(encoding="utf-8"))
        for environment in ("prod", "testnet")
    }
    schema = Schema(spot)
    for environment, data in lifecycle.items():
        latest = data["latestSchema"]
        if (latest["id"], latest["version"]) != (schema.id, schema.version):
            raise SystemExit(
                f"spec/sbe/lifecycle_{environment}.json names {latest['id']}:{latest['version']} as latest, "
                f"but {spot.name} is {schema.id}:{schema.version}"
            )
    (output / MODULES["spot"]).write_text(Writer(schema, "spot").render(lifecycle, spot.name), encoding="utf-8")
    stream = schema_file(spec_dir, "stream")
    (output / MODULES["stream"]).write_text(
        Writer(Schema(stream), "stream").render(None, stream.name), encoding="utf-8"
    )
