"""What changed between two versions of the spec, and whether it breaks users' code.

    python -m generator diff OLD NEW [--json] [--changelog]

OLD and NEW are spec folders, bundled spec files (.json/.yaml, such as
binance_spot_client/openapi.json) or git revisions (the spec/ folder at that
revision). Every change is classified from the point of view of code written
against the generated package: a new optional parameter is compatible, a removed
field or a newly required parameter is breaking, and so is a required parameter
becoming optional (the generated signatures take required parameters by position and
optional ones by keyword only, so a positional call would break).

With --changelog, a section is added to CHANGELOG.md above the previous release and
the version in pyproject.toml is bumped: major for a breaking change (minor while the
major is 0, as semantic versioning allows before 1.0), minor for additions, patch otherwise.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import tarfile
import tempfile
from dataclasses import asdict, dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import yaml

from generator.bundle import bundle
from generator.progress import Progress

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "post", "put", "delete")
BREAKING, COMPATIBLE = "breaking", "compatible"


@dataclass(frozen=True)
class Change:
    operation: str
    """operationId, or `schema Name` for component-level changes."""
    kind: str
    detail: str
    impact: str


def load_spec(source: str, progress: Progress | None = None) -> dict[str, Any]:
    """A bundled spec from a folder, a file, or the spec/ folder of a git revision."""
    progress = progress or Progress()
    path = Path(source)
    if path.is_dir():
        progress.step(f"reading the spec in {source}")
        return bundle(path, progress.fragment)
    if path.is_file():
        progress.step(f"reading {source}")
        text = path.read_text("utf-8")
        return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)  # type: ignore[no-any-return]
    progress.step(f"reading the spec at git revision {source}")
    archive = subprocess.run(
        ["git", "archive", "--format=tar", source, "spec"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tempfile.TemporaryDirectory() as scratch, tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(scratch, filter="data")
        return bundle(Path(scratch) / "spec", progress.fragment)


class _Resolver:
    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})

    def __call__(self, node: Any) -> dict[str, Any]:
        while isinstance(node, dict) and "$ref" in node:
            node = self.schemas.get(node["$ref"].rsplit("/", 1)[1], {})
        return node if isinstance(node, dict) else {}


def _type_of(node: dict[str, Any], resolve: _Resolver) -> str:
    """A short, comparable description of a schema's type."""
    if "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[1]
    node = resolve(node)
    if "prefixItems" in node:
        return "tuple"
    kind = node.get("type", "any")
    if kind == "array":
        return f"array of {_type_of(node.get('items', {}), resolve)}"
    if isinstance(kind, list):
        kind = "|".join(kind)
    return f"{kind}:{node['format']}" if "format" in node else str(kind)


def _operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: {**op, "x-method": method.upper(), "x-path": path}
        for path, item in document.get("paths", {}).items()
        for method, op in item.items()
        if method in METHODS
    }


def _parameters(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in op.get("parameters", []) if "name" in p}


def _compare_parameter(
    op_id: str, name: str, old: dict[str, Any], new: dict[str, Any], old_r: _Resolver, new_r: _Resolver
) -> list[Change]:
    changes: list[Change] = []
    if not old.get("required") and new.get("required"):
        changes.append(Change(op_id, "parameter became required", name, BREAKING))
    if old.get("required") and not new.get("required"):
        changes.append(Change(op_id, "parameter became optional", name, BREAKING))  # positional -> keyword-only
    old_type, new_type = _type_of(old.get("schema", {}), old_r), _type_of(new.get("schema", {}), new_r)
    if old_type != new_type:
        changes.append(Change(op_id, "parameter type changed", f"{name}: {old_type} -> {new_type}", BREAKING))
    old_s, new_s = old_r(old.get("schema", {})), new_r(new.get("schema", {}))
    for bound, sign in (("minimum", 1), ("maximum", -1)):
        before, after = old_s.get(bound), new_s.get(bound)
        if before != after:
            # A higher minimum or a lower maximum refuses values that were accepted before.
            narrowed = after is not None and (before is None or sign * (after - before) > 0)
            impact = BREAKING if narrowed else COMPATIBLE
            changes.append(Change(op_id, f"parameter {bound} changed", f"{name}: {before} -> {after}", impact))
    if "$ref" not in old.get("schema", {}):  # enums behind a $ref are reported once, at the schema
        changes += _enum_changes(op_id, f"parameter {name}", old_s, new_s, removed_impact=BREAKING)
    return changes


def _enum_changes(where: str, what: str, old: dict[str, Any], new: dict[str, Any], removed_impact: str) -> list[Change]:
    if "enum" not in old and "enum" not in new:
        return []
    before, after = set(map(str, old.get("enum", []))), set(map(str, new.get("enum", [])))
    changes = [Change(where, "enum value added", f"{what}: {value}", COMPATIBLE) for value in sorted(after - before)]
    changes += [
        Change(where, "enum value removed", f"{what}: {value}", removed_impact) for value in sorted(before - after)
    ]
    return changes


def _fields(schema: dict[str, Any], resolve: _Resolver, prefix: str, depth: int = 0) -> dict[str, tuple[str, bool]]:
    """Every response field by JSON path → (type, required), following objects, arrays and variants."""
    found: dict[str, tuple[str, bool]] = {}
    node = resolve(schema)
    if depth > 12:
        return found
    for variant in node.get("oneOf", []) + node.get("anyOf", []):
        found.update(_fields(variant, resolve, prefix, depth + 1))
    if node.get("type") == "array" and "items" in node:
        found.update(_fields(node["items"], resolve, prefix + "[]", depth + 1))
    for position, item in enumerate(node.get("prefixItems", [])):
        path = f"{prefix}[{position}:{item.get('title', position)}]"
        found[path] = (_type_of(item, resolve), True)
    required = set(node.get("required", []))
    for name, child in node.get("properties", {}).items():
        path = f"{prefix}.{name}"
        found[path] = (_type_of(child, resolve), name in required)
        found.update(_fields(child, resolve, path, depth + 1))
    return found


def _response_schema(op: dict[str, Any]) -> dict[str, Any]:
    return op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {}).get("schema", {})  # type: ignore[no-any-return]


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    old_ops, new_ops = _operations(old), _operations(new)
    old_r, new_r = _Resolver(old), _Resolver(new)
    changes = [
        Change(op, "operation added", f"{new_ops[op]['x-method']} {new_ops[op]['x-path']}", COMPATIBLE)
        for op in sorted(set(new_ops) - set(old_ops))
    ]
    changes += [
        Change(op, "operation removed", f"{old_ops[op]['x-method']} {old_ops[op]['x-path']}", BREAKING)
        for op in sorted(set(old_ops) - set(new_ops))
    ]
    for op_id in sorted(set(old_ops) & set(new_ops)):
        before, after = old_ops[op_id], new_ops[op_id]
        if (before["x-method"], before["x-path"]) != (after["x-method"], after["x-path"]):
            detail = f"{before['x-method']} {before['x-path']} -> {after['x-method']} {after['x-path']}"
            changes.append(Change(op_id, "endpoint moved", detail, COMPATIBLE))
        if before.get("x-binance-security") != after.get("x-binance-security"):
            detail = f"{before.get('x-binance-security')} -> {after.get('x-binance-security')}"
            changes.append(Change(op_id, "security type changed", detail, BREAKING))
        if before.get("x-binance-weight") != after.get("x-binance-weight"):
            detail = f"{before.get('x-binance-weight')} -> {after.get('x-binance-weight')}"
            changes.append(Change(op_id, "weight changed", detail, COMPATIBLE))
        if not before.get("deprecated") and after.get("deprecated"):
            changes.append(Change(op_id, "operation deprecated", "", COMPATIBLE))
        old_params, new_params = _parameters(before), _parameters(after)
        for name in sorted(set(new_params) - set(old_params)):
            required = bool(new_params[name].get("required"))
            kind = "required parameter added" if required else "optional parameter added"
            changes.append(Change(op_id, kind, name, BREAKING if required else COMPATIBLE))
        changes += [Change(op_id, "parameter removed", n, BREAKING) for n in sorted(set(old_params) - set(new_params))]
        for name in sorted(set(old_params) & set(new_params)):
            changes += _compare_parameter(op_id, name, old_params[name], new_params[name], old_r, new_r)
        old_fields = _fields(_response_schema(before), old_r, "$")
        new_fields = _fields(_response_schema(after), new_r, "$")
        for path in sorted(set(new_fields) - set(old_fields)):
            changes.append(Change(op_id, "response field added", path, COMPATIBLE))
        for path in sorted(set(old_fields) - set(new_fields)):
            changes.append(Change(op_id, "response field removed", path, BREAKING))
        for path in sorted(set(old_fields) & set(new_fields)):
            (old_type, was_required), (new_type, is_required) = old_fields[path], new_fields[path]
            if old_type != new_type:
                changes.append(Change(op_id, "response field retyped", f"{path}: {old_type} -> {new_type}", BREAKING))
            if was_required and not is_required:
                changes.append(Change(op_id, "response field became optional", path, BREAKING))
    old_schemas, new_schemas = (
        old.get("components", {}).get("schemas", {}),
        new.get("components", {}).get("schemas", {}),
    )
    for name in sorted(set(old_schemas) & set(new_schemas)):
        # Removing a member of a generated enum class breaks code that names it.
        changes += _enum_changes(f"schema {name}", name, old_schemas[name], new_schemas[name], removed_impact=BREAKING)
    return changes


def next_version(version: str, changes: list[Change]) -> str:
    major, minor, patch = (int(part) for part in version.split("."))
    if any(change.impact == BREAKING for change in changes):
        return f"{major + 1}.0.0" if major else f"0.{minor + 1}.0"
    if any(change.kind.endswith("added") for change in changes):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def render_text(changes: list[Change]) -> str:
    if not changes:
        return "no changes\n"
    lines = []
    for impact in (BREAKING, COMPATIBLE):
        chosen = [c for c in changes if c.impact == impact]
        if chosen:
            lines.append(f"{impact.upper()} ({len(chosen)})")
            lines += [f"  {c.operation}: {c.kind}" + (f" — {c.detail}" if c.detail else "") for c in chosen]
    return "\n".join(lines) + "\n"


def write_changelog(changes: list[Change], root: Path = ROOT, today: datetime.date | None = None) -> str:
    """Prepend a CHANGELOG.md section for these changes and bump pyproject's version; return the new version."""
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text("utf-8")
    match = re.search(r'^version = "(\d+\.\d+\.\d+)"$', text, re.M)
    if match is None:
        raise SystemExit("pyproject.toml has no version line")
    version = next_version(match.group(1), changes)
    pyproject.write_text(text.replace(match.group(0), f'version = "{version}"', 1), encoding="utf-8")
    date = (today or datetime.date.today()).isoformat()
    section = [f"## {version} — {date}", ""]
    for impact, title in ((BREAKING, "Breaking"), (COMPATIBLE, "Compatible")):
        chosen = [c for c in changes if c.impact == impact]
        if chosen:
            section += [f"### {title}", ""]
            section += [f"- `{c.operation}`: {c.kind}" + (f" ({c.detail})" if c.detail else "") for c in chosen]
            section.append("")
    changelog = root / "CHANGELOG.md"
    previous = changelog.read_text("utf-8") if changelog.exists() else "# Changelog\n"
    # Above the latest release, below the title and any introduction.
    at = previous.find("\n## ")
    before, after = (previous, "") if at < 0 else (previous[: at + 1], previous[at + 1 :])
    changelog.write_text(before.rstrip("\n") + "\n\n" + "\n".join(section) + "\n" + after, encoding="utf-8")
    return version


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator diff", description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    parser.add_argument("--changelog", action="store_true", help="write CHANGELOG.md and bump the version")
    args = parser.parse_args(argv)
    progress = Progress()
    old, new = load_spec(args.old, progress), load_spec(args.new, progress)
    progress.step(f"comparing {len(_operations(old))} operations with {len(_operations(new))}")
    changes = diff(old, new)
    progress.step(f"{len(changes)} changes")
    if args.json:
        print(json.dumps([asdict(change) for change in changes], indent=2))
    else:
        print(render_text(changes), end="")
    if args.changelog and changes:
        print(f"version {write_changelog(changes)}")
    return 0
