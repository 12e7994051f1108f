"""The WebSocket part of the generated package, from spec/websocket/ and the REST spec.

`write_websocket` is called by `python -m generator` (generator/__main__.py) beside the
REST package and writes two modules:

- `_websocket_methods.py` (template websocket_methods.py.jinja): the method table of
  api.yaml, and one typed method per method with a REST twin, async and blocking. A twin's
  parameters, result type and answer reading are the REST operation's, taken from our
  `SpecIndex` and openapi-python-client's reading of the spec, never from generated code.
- `_stream_events.py` (template stream_events.py.jinja): one event class per event of
  streams.yaml, each reading its payload with code written out field by field, and
  `parse_event`, which picks the class by the event type or, for payloads without one, by
  their keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment
from openapi_python_client.parser.openapi import Endpoint, GeneratorData

from generator.index import OperationInfo, SpecIndex

METHODS_MODULE = "_websocket_methods.py"
EVENTS_MODULE = "_stream_events.py"
# What the placeholders of an event type stand for: Binance's rolling windows are 1h…23h and 1d…7d.
EVENT_TYPE_PLACEHOLDERS = {"window": r"\d+[hd]"}
# ...and those of a stream name (symbols are sent lowercase; intervals are 1s…1M; book depths 5, 10, 20).
STREAM_NAME_PLACEHOLDERS = EVENT_TYPE_PLACEHOLDERS | {
    "symbol": r"[a-z0-9_.-]+",
    "interval": r"\d+[smhdwM]",
    "levels": r"\d+",
}


def snake(name: str) -> str:
    """`order.cancelReplace` → `order_cancel_replace`, `ticker.24hr` → `ticker_24hr`, `eventTime` → `event_time`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace(".", "_").lower()


@dataclass(frozen=True)
class RestTwin:
    """A WebSocket API method that is a REST operation spoken over the socket."""

    name: str
    python_name: str
    entry: dict[str, Any]
    operation: OperationInfo
    endpoint: Endpoint

    @property
    def former_name(self) -> str:
        """The method's name before 0.7.0 (from Binance's method name), kept as a deprecated alias; "" if the same.

        A twin is named as its REST operation is, so one name finds the operation on both clients.
        """
        old = snake(self.name)
        return old if old != self.python_name else ""

    @property
    def answer(self) -> Any:
        """openapi-python-client's property for the 200 answer: its type, imports and reading code."""
        return next(p for p in self.endpoint.responses.patterns if p.status_code.range == (200, 200)).prop


@dataclass(frozen=True)
class EventField:
    key: str
    python_name: str
    annotation: str
    reading: str
    optional: bool = False
    """Binance sends it only in some cases; None when absent."""


@dataclass(frozen=True)
class EventClass:
    name: str
    doc: str
    fields: tuple[EventField, ...]
    event_type: str | None
    user_data: bool
    is_part: bool
    ignored: tuple[tuple[str, str], ...] = ()
    """(wire key, private field name) of the keys Binance documents as ones to ignore."""

    @property
    def tag(self) -> str | None:
        """The `e` msgspec checks while decoding; an event type with placeholders is a field instead."""
        return self.event_type if self.event_type and "<" not in self.event_type else None

    @property
    def rename(self) -> dict[str, str]:
        return {f.python_name: f.key for f in self.fields} | {name: key for key, name in self.ignored}


@dataclass(frozen=True)
class StreamName:
    """A stream of streams.yaml: the pattern its names match, and the event (or list of events) it carries."""

    pattern: str
    event: str
    array: bool


def write_websocket(output: Path, spec_dir: Path, openapi: GeneratorData, index: SpecIndex, env: Environment) -> None:
    """Write the WebSocket modules into the package folder `output`.

    A spec folder without `websocket/` (a test's cut-down REST spec) gets none.
    """
    folder = spec_dir / "websocket"
    if not folder.is_dir():
        return
    api = yaml.safe_load((folder / "api.yaml").read_text(encoding="utf-8"))
    streams = yaml.safe_load((folder / "streams.yaml").read_text(encoding="utf-8"))
    (output / METHODS_MODULE).write_text(render_methods(api, openapi, index, env), encoding="utf-8")
    (output / EVENTS_MODULE).write_text(render_events(streams, env), encoding="utf-8")


def render_methods(api: dict[str, Any], openapi: GeneratorData, index: SpecIndex, env: Environment) -> str:
    endpoints = {
        str(endpoint.name): endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    rows: list[str] = []
    twins: list[RestTwin] = []
    for name, entry in api["methods"].items():
        rows.append(f"{name!r}: {method_row(entry)!r}")  # ruff format gives the quotes their house style
        rest = entry.get("rest")
        if rest is not None:
            operation = index.operations[rest]
            twins.append(RestTwin(name, operation.python_name, entry, operation, endpoints[operation.python_name]))
    template = env.get_template("websocket_methods.py.jinja")
    return template.render(rows=rows, twins=twins, endpoints=[twin.endpoint for twin in twins])


def method_row(entry: dict[str, Any]) -> tuple[Any, ...]:
    """(security, signed, weight, rest operationId, own schema, own parameters (wire, kind, required), deprecated)."""
    params = tuple((p["name"], p["type"], bool(p.get("required", False))) for p in entry.get("params", []))
    signed = bool(entry.get("signed", entry["security"] != "NONE"))
    deprecated = bool(entry.get("deprecated", False))
    return (entry["security"], signed, entry["weight"], entry.get("rest"), entry.get("schema"), params, deprecated)


def render_events(streams: dict[str, Any], env: Environment) -> str:
    events: dict[str, dict[str, Any]] = streams["events"]
    parts = {
        kind.split(":", 1)[1]
        for event in events.values()
        for item in event["fields"]
        for kind in [item["type"].removeprefix("nullable:")]
        if kind.startswith(("object:", "array:"))
    }
    classes = [event_class(name, event, name in parts) for name, event in events.items()]
    typed = [c for c in classes if c.event_type is not None and "<" not in c.event_type]
    patterned = [(event_type_pattern(c.event_type), c) for c in classes if c.event_type and "<" in c.event_type]
    # Without an `e`, a payload is told by its keys; the spec's streams never send two such events on one stream.
    shaped = [c for c in classes if c.event_type is None and not c.is_part]
    names = [StreamName(name_pattern(s["name"]), s["event"], bool(s.get("array", False))) for s in streams["streams"]]
    template = env.get_template("stream_events.py.jinja")
    return template.render(classes=classes, typed=typed, patterned=patterned, shaped=shaped, streams=names)


def event_class(name: str, event: dict[str, Any], is_part: bool) -> EventClass:
    event_type = event.get("e")
    fields = tuple(event_field(item) for item in event["fields"])
    optional = [f.optional for f in fields]
    if optional != sorted(optional):  # a dataclass field with a default cannot come before one without
        raise ValueError(f"{name}: optional fields must follow the others in spec/websocket/streams.yaml")
    doc = "A part of an event." if is_part else f"The `{event_type or name}` event."
    ignored = tuple((key, f"_ignored_{snake(key)}") for key in event.get("ignored", ()))
    return EventClass(name, doc, fields, event_type, bool(event.get("user_data", False)), is_part, ignored)


def event_field(item: dict[str, Any]) -> EventField:
    kind, key, name = item["type"], item["key"], snake(item["name"])
    if not item.get("optional", False):
        return EventField(key, name, annotation(kind), reading(kind, key))
    return EventField(
        key, name, f"{annotation(kind)} | None", f"None if {key!r} not in payload else {reading(kind, key)}", True
    )


def annotation(kind: str) -> str:
    if kind.startswith("nullable:"):
        return f"{annotation(kind.removeprefix('nullable:'))} | None"
    if kind.startswith("object:"):
        return kind.removeprefix("object:")
    if kind.startswith("array:"):
        return f"tuple[{kind.removeprefix('array:')}, ...]"
    return {"int64": "int", "boolean": "bool", "levels": "tuple[tuple[str, str], ...]"}.get(kind, "str")


def reading(kind: str, key: str, value: str = "") -> str:
    """The expression reading one field of `payload` (or `value`, when given) as its Python type."""
    value = value or f"payload[{key!r}]"
    if kind.startswith("nullable:"):
        return f"None if {value} is None else {reading(kind.removeprefix('nullable:'), key, value)}"
    if kind.startswith("object:"):
        return f"{kind.removeprefix('object:')}.from_payload({value})"
    if kind.startswith("array:"):
        return f"tuple({kind.removeprefix('array:')}.from_payload(item) for item in {value})"
    if kind == "levels":
        return f"tuple((str(price), str(quantity)) for price, quantity, *_ in {value})"
    return {"int64": f"int({value})", "boolean": f"bool({value})"}.get(kind, f"str({value})")


def event_type_pattern(event_type: str) -> str:
    """A regular expression for an event type with placeholders (`<window>Ticker`)."""
    return placeholder_pattern(event_type, EVENT_TYPE_PLACEHOLDERS)


def name_pattern(stream: str) -> str:
    """A regular expression for the names of a stream (`<symbol>@kline_<interval>`)."""
    return placeholder_pattern(stream, STREAM_NAME_PLACEHOLDERS)


def placeholder_pattern(text: str, placeholders: dict[str, str]) -> str:
    parts = re.split(r"<(\w+)>", text)
    return "^" + "".join(placeholders[p] if i % 2 else re.escape(p) for i, p in enumerate(parts)) + "$"
