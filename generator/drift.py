"""Drift: what recorded real responses contain that the spec does not know.

    python -m generator drift RECORDING [RECORDING …] [--spec DIR] [--json]

A recording is a JSON file holding either `{"operation_id": …, "body": …}` (also
`response`/`payload` for the body) or a bare payload whose file name starts with
the operationId (`depth.json`, `depth-2026-11-22.json`). Folders are searched for
*.json. Each unknown field, enum value or type is reported with its operation and
JSON path: the input for the next spec update.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from generator.bundle import SPEC_DIR, bundle

METHODS = ("get", "post", "put", "delete")
_JSON_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


@dataclass(frozen=True)
class Drift:
    operation_id: str
    path: str
    kind: str
    """unknown field, unknown enum value or unexpected type"""
    detail: str


class DriftFinder:
    """Walks a payload beside the response schema of its operation."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas = document.get("components", {}).get("schemas", {})
        self.responses = {
            op["operationId"]: op["responses"]["200"]["content"]["application/json"]["schema"]
            for item in document["paths"].values()
            for method, op in item.items()
            if method in METHODS
        }

    def resolve(self, node: Any) -> dict[str, Any]:
        while isinstance(node, dict) and "$ref" in node:
            node = self.schemas[node["$ref"].rsplit("/", 1)[1]]
        return node if isinstance(node, dict) else {}

    def find(self, operation_id: str, payload: Any) -> list[Drift]:
        if operation_id not in self.responses:
            return [Drift(operation_id, "$", "unknown operation", "not in the spec")]
        found: list[Drift] = []
        self._walk(operation_id, self.responses[operation_id], payload, "$", found)
        return found

    def _fits(self, schema: Any, value: Any) -> bool:
        node = self.resolve(schema)
        if isinstance(value, dict):
            return node.get("type", "object") == "object" and set(node.get("required", [])) <= set(value)
        return self._type_ok(node, value)

    def _type_ok(self, node: dict[str, Any], value: Any) -> bool:
        kinds = node.get("type")
        if kinds is None:
            return True
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if isinstance(value, bool):
            return "boolean" in kinds
        if isinstance(value, int):
            return "integer" in kinds or "number" in kinds
        if isinstance(value, float):
            return "number" in kinds
        return any(isinstance(value, _JSON_TYPES[k]) for k in kinds if k in _JSON_TYPES)

    def _walk(self, op: str, schema: Any, value: Any, path: str, found: list[Drift]) -> None:
        node = self.resolve(schema)
        variants = node.get("oneOf") or node.get("anyOf")
        if variants:
            chosen = next((v for v in variants if self._fits(v, value)), variants[0])
            self._walk(op, chosen, value, path, found)
            return
        if not self._type_ok(node, value) and "prefixItems" not in node:
            found.append(
                Drift(op, path, "unexpected type", f"{type(value).__name__} where the spec says {node.get('type')}")
            )
            return
        if "enum" in node and value not in node["enum"]:
            found.append(Drift(op, path, "unknown enum value", repr(value)))
        if isinstance(value, dict):
            properties = node.get("properties", {})
            for key, child in value.items():
                if key in properties:
                    self._walk(op, properties[key], child, f"{path}.{key}", found)
                elif node.get("additionalProperties") is not True or not properties:
                    found.append(Drift(op, f"{path}.{key}", "unknown field", f"value {json.dumps(child)[:60]}"))
        elif isinstance(value, list):
            positions = node.get("prefixItems")
            for index, item in enumerate(value):
                if positions is not None:
                    if index < len(positions):
                        self._walk(op, positions[index], item, f"{path}[{index}]", found)
                    else:
                        found.append(Drift(op, f"{path}[{index}]", "unknown field", "extra position"))
                elif "items" in node:
                    self._walk(op, node["items"], item, f"{path}[{index}]", found)


def read_recording(path: Path) -> tuple[str, Any]:
    data = json.loads(path.read_text("utf-8"))
    if isinstance(data, dict) and "operation_id" in data:
        for key in ("body", "response", "payload"):
            if key in data:
                return str(data["operation_id"]), data[key]
    return re.split(r"[-.]", path.name, maxsplit=1)[0], data


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator drift", description=__doc__.splitlines()[0])
    parser.add_argument("recordings", nargs="+", type=Path)
    parser.add_argument("--spec", type=Path, default=SPEC_DIR)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    finder = DriftFinder(bundle(args.spec))
    files = [f for p in args.recordings for f in (sorted(p.rglob("*.json")) if p.is_dir() else [p])]
    drifts = [d for f in files for d in finder.find(*read_recording(f))]
    if args.json:
        print(json.dumps([asdict(d) for d in drifts], indent=2))
    else:
        for d in drifts:
            print(f"{d.operation_id} {d.path}: {d.kind} ({d.detail})")
        print(f"{len(files)} recordings, {len(drifts)} differences from the spec")
    return 1 if drifts else 0
