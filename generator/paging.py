"""The paging iterators: `x-binance-paging` of each operation, read and checked, and
binance_spot_client/_paging.py (the iterators of Spot) and `_group_paging/<family>.py` (each group's,
imported with the group) rendered from it (templates/paging.py.jinja).

The iterators live in mixins that `Spot`, `AsyncSpot` and the group classes inherit, so the
facade templates only name their base class. The walk itself is the core's (signing/_paging.py);
the generated method hands it a `Paging` plan and the operation's other arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment
from openapi_python_client.strings import pascal_case

from generator.index import OperationInfo, ParameterInfo, SpecIndex, python_name

EXTENSION = "x-binance-paging"
METHODS = ("time", "id", "page", "offset")
# Keys of the extension that name a parameter, and those that name a field of an item or the answer.
PARAMETER_KEYS = ("limit", "start", "end", "cursor")
KEYS = {"by", "limit", "start", "end", "max-span-ms", "cursor", "item-id", "item-time", "items", "page-size"}
# A GET taking one of these looks paged: it needs `x-binance-paging` or a reason in spec/coverage/paging.yaml.
PAGED_LOOKING = frozenset(
    {"fromId", "fromAllocationId", "fromPreventedMatchId", "current", "page", "pageIndex", "offset"}
    | {"startTime", "beginTime", "startDate"}
)


@dataclass
class PagedOperation:
    """One operation with an iterator: its plan (Python names) and the arguments the iterator takes."""

    op: OperationInfo
    by: str
    limit: ParameterInfo
    page_size: int
    item_class: str
    start: ParameterInfo | None = None
    end: ParameterInfo | None = None
    max_span_ms: int | None = None
    cursor: ParameterInfo | None = None
    item_id: str = ""
    item_time: str = ""
    items: str = ""

    @property
    def walked(self) -> set[str]:
        """Wire names of the parameters the walk sets: the caller does not pass them."""
        names = {self.limit.wire_name}
        if self.by in ("page", "offset") and self.cursor is not None:
            names.add(self.cursor.wire_name)
        return names | {p.wire_name for p in (self.start, self.end) if p is not None}

    @property
    def required_parameters(self) -> list[ParameterInfo]:
        return [p for p in self.op.required_parameters if p.wire_name not in self.walked]

    @property
    def optional_parameters(self) -> list[ParameterInfo]:
        return [p for p in self.op.optional_parameters if p.wire_name not in self.walked]

    @property
    def span_text(self) -> str:
        """`max_span_ms` for people: "90 days", "1 hour"."""
        assert self.max_span_ms is not None
        for unit, size in (("day", 86_400_000), ("hour", 3_600_000), ("minute", 60_000)):
            if self.max_span_ms % size == 0:
                count = self.max_span_ms // size
                return f"{count} {unit}{'s' if count > 1 else ''}"
        return f"{self.max_span_ms} ms"

    @property
    def method_name(self) -> str:
        return f"iter_{self.op.python_name}"


def paged_operations(index: SpecIndex) -> list[PagedOperation]:
    """Every operation with `x-binance-paging`, checked against its parameters and answer, by method name."""
    found = []
    for op in index.operations.values():
        spec = index.document["paths"][op.path][op.method.lower()]
        if EXTENSION in spec:
            found.append(_read(index, op, spec, spec[EXTENSION]))
    return sorted(found, key=lambda paged: paged.op.python_name)


def looks_paged(index: SpecIndex) -> list[str]:
    """operationIds of the GET operations with a parameter of `PAGED_LOOKING`, iterated or not."""
    return sorted(
        op.operation_id
        for op in index.operations.values()
        if op.method == "GET" and any(p.wire_name in PAGED_LOOKING for p in op.parameters)
    )


def _read(index: SpecIndex, op: OperationInfo, spec: dict[str, Any], paging: dict[str, Any]) -> PagedOperation:
    def fail(problem: str) -> ValueError:
        return ValueError(f"{op.operation_id}: {EXTENSION}: {problem}")

    unknown = set(paging) - KEYS
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}")
    if op.method != "GET":
        raise fail("only reads page: a walk may ask for a page again, and an order call must never be repeated")
    if paging.get("by") not in METHODS:
        raise fail(f"`by` is one of {METHODS}")
    parameters = {p.wire_name: p for p in op.parameters}
    named: dict[str, ParameterInfo | None] = {}
    for key in PARAMETER_KEYS:
        wire = paging.get(key)
        if wire is not None and wire not in parameters:
            raise fail(f"{key} names {wire!r}, which is not a parameter")
        named[key] = parameters[wire] if wire is not None else None
    limit = named["limit"]
    if limit is None:
        raise fail("`limit` names the page-size parameter")
    page_size = paging.get("page-size", limit.maximum)
    if page_size is None:
        raise fail(f"{limit.wire_name} has no maximum: give `page-size`")
    if paging["by"] != "time" and named["cursor"] is None:
        raise fail(f"`cursor` names the parameter that moves a {paging['by']} walk on")
    if paging["by"] == "time" and (named["start"] is None or not paging.get("item-time")):
        raise fail("a time walk needs `start` and `item-time`")
    if paging["by"] == "id" and not paging.get("item-id"):
        raise fail("an id walk needs `item-id`")
    if "max-span-ms" in paging and named["start"] is None:
        raise fail("`max-span-ms` cuts the start..end range: name `start` and `end`")
    item_schema, items = _item_schema(index, spec, paging.get("items"), fail)
    properties = index.resolve(index.schemas[item_schema]).get("properties") or {
        # a positional row (klines): its fields are its items' titles
        item["title"]: item
        for item in index.schemas[item_schema].get("prefixItems", [])
    }
    for key in ("item-id", "item-time"):
        if key in paging and paging[key] not in properties:
            raise fail(f"{key} names {paging[key]!r}, which is not a field of {item_schema}")
    return PagedOperation(
        op=op,
        by=paging["by"],
        limit=limit,
        page_size=int(page_size),
        item_class=pascal_case(item_schema),
        start=named["start"],
        end=named["end"],
        max_span_ms=paging.get("max-span-ms"),
        cursor=named["cursor"],
        item_id=python_name(paging["item-id"]) if "item-id" in paging else "",
        item_time=python_name(paging["item-time"]) if "item-time" in paging else "",
        items=items,
    )


def _item_schema(index: SpecIndex, spec: dict[str, Any], items: str | None, fail: Any) -> tuple[str, str]:
    """The schema name of one item, and the answer's field holding the list ("" for a bare list)."""
    answer = spec["responses"]["200"]["content"]["application/json"]["schema"]
    listing = answer
    if items is not None:
        listing = index.resolve(answer).get("properties", {}).get(items)
        if listing is None:
            raise fail(f"items names {items!r}, which is not a field of the answer")
    listing = index.resolve(listing)
    reference = listing.get("items", {}).get("$ref") if listing.get("type") == "array" else None
    if reference is None:
        raise fail("the answer (or its `items` field) must be a list of a named schema")
    return reference.rsplit("/", 1)[1], python_name(items) if items is not None else ""


def write_paging(output: Path, index: SpecIndex, env: Environment) -> None:
    paged = paged_operations(index)
    template = env.get_template("paging.py.jinja")
    folder = output / "_group_paging"
    folder.mkdir()
    docstring = '"""The iterators of each /sapi group (see _paging.py). Generated; do not edit."""\n'
    (folder / "__init__.py").write_text(docstring, encoding="utf-8")
    scopes: list[tuple[str | None, str | None]] = [(None, None), *index.groups.items()]  # None: Spot's own
    for tag, name in scopes:
        mine = [each for each in paged if each.op.group == tag]
        models = {each.item_class for each in mine}
        for parameter in (p for each in mine for p in each.op.parameters if p.kind == "enum" and p.members):
            models.add(parameter.annotation.split(" | ")[0])  # an enum of the spec's components
        up = "." if tag is None else ".."  # the package, relative to the module written
        rendered = template.render(paged=paged, tag=tag, name=name, models=sorted(models), up=up)
        (output / "_paging.py" if tag is None else folder / f"{tag}.py").write_text(rendered, encoding="utf-8")
