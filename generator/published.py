"""Binance's published material, read for facts: drafting spec fragments and checking coverage.

    python -m generator.published coverage --reference ../shared/reference
    python -m generator.published draft --reference ../shared/reference --tags "Wallet,Convert" --output OUT
    python -m generator.published table

`coverage` compares our spec with Binance's OpenAPI file (spot_api.yaml) and the
endpoint list of rest-api.md, printing covered, missing and extra operations and
parameters that differ, and records the published list in spec/coverage/ so the
test suite can check coverage without the reference folder.

`draft` turns the published operations of some tags into a fragment in our
conventions (operationIds, security marking instead of signing parameters, named
schemas, decimal formats, examples assembled from field examples). A draft is a
starting point: summaries and descriptions are placeholders to be rewritten in
our own words, and the result is reviewed by hand.

`table` writes the per-family coverage table of README.md from spec/ and
spec/coverage/families.yaml (what each family leaves out, and why).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.bundle import SPEC_DIR, bundle

METHODS = ("get", "post", "put", "delete")
SIGNING = {"timestamp", "recvWindow", "signature"}
PUBLISHED_LIST = SPEC_DIR / "coverage" / "published.txt"
EXCEPTIONS = SPEC_DIR / "coverage" / "exceptions.yaml"
FAMILIES = SPEC_DIR / "coverage" / "families.yaml"
README = SPEC_DIR.parent / "README.md"
TABLE_START, TABLE_END = "<!-- coverage-table:start -->", "<!-- coverage-table:end -->"
_DECIMAL = re.compile(r"^-?\d+\.\d+$")
_SECURITY = re.compile(r"\((USER_DATA|TRADE|MARKET_DATA|USER_STREAM|MARGIN|NONE)\)\s*$")


def published_operations(reference: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path) → operation, from spot_api.yaml plus the /api/v3 list of rest-api.md."""
    document = yaml.safe_load((reference / "spot_api.yaml").read_text("utf-8"))
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                found[(method.upper(), path)] = item[method]
    current_v3 = set(
        re.findall(r"^(GET|POST|PUT|DELETE) (/api/v3/\S+)$", (reference / "rest-api.md").read_text("utf-8"), re.M)
    )
    for key in list(found):
        if key[1].startswith("/api/") and key not in current_v3:
            found[key] = {**found[key], "x-retired": True}
    for key in current_v3:
        found.setdefault(key, {})
    return found


def ours() -> dict[tuple[str, str], dict[str, Any]]:
    document = bundle()
    return {
        (method.upper(), path): item[method]
        for path, item in document["paths"].items()
        for method in METHODS
        if method in item
    }


def coverage(reference: Path) -> int:
    published = published_operations(reference)
    spec = ours()
    missing = sorted(k for k, v in published.items() if k not in spec and not v.get("x-retired"))
    extra = sorted(k for k in spec if k not in published)
    covered = sorted(k for k in published if k in spec)
    print(f"covered {len(covered)} / {len(published)} published operations; missing {len(missing)}; extra {len(extra)}")
    for method, path in missing:
        print(f"  missing  {method} {path}")
    for method, path in extra:
        print(f"  extra    {method} {path}")
    for key in covered:
        theirs = {p.get("name") for p in published[key].get("parameters", []) if "name" in p}
        theirs |= {p["$ref"].rsplit("/", 1)[1] for p in published[key].get("parameters", []) if "$ref" in p}
        mine = {p["name"] for p in spec[key].get("parameters", [])}
        only_theirs = sorted(theirs - mine - SIGNING)
        if only_theirs:
            print(f"  params   {key[0]} {key[1]}: published has {only_theirs} (check names)")
    PUBLISHED_LIST.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{m} {p}" for m, p in sorted(k for k, v in published.items() if not v.get("x-retired"))]
    PUBLISHED_LIST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def _camel(words: list[str]) -> str:
    parts = [w for word in words for w in re.split(r"[^A-Za-z0-9]+", word) if w]
    return parts[0][:1].lower() + parts[0][1:] + "".join(p[:1].upper() + p[1:] for p in parts[1:]) if parts else "op"


def _pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


class _Drafter:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = {}

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            section, name = node["$ref"].split("/")[-2:]
            node = self.document["components"][section][name]
        return node

    def schema(self, node: dict[str, Any], name: str) -> dict[str, Any]:
        """Our schema for a published one: nested objects become named components."""
        node = self.resolve(node)
        kind = node.get("type")
        if kind == "object" or "properties" in node:
            props = {key: self.schema(value, name + _pascal(key)) for key, value in node.get("properties", {}).items()}
            component: dict[str, Any] = {"type": "object", "properties": props}
            if node.get("required"):
                component["required"] = list(node["required"])
            self.schemas[name] = component
            return {"$ref": f"#/components/schemas/{name}"}
        if kind == "array":
            return {
                "type": "array",
                "items": self.schema(node.get("items", {}), name[:-1] if name.endswith("s") else name + "Item"),
            }
        out: dict[str, Any] = {}
        if (kind == "string" and _DECIMAL.match(str(node.get("example", "")))) or kind == "number":
            out = {"type": "string", "format": "decimal"}
        elif kind == "integer":
            out = {"type": "integer", "format": node.get("format", "int64")}
        elif kind in ("string", "boolean"):
            out = {"type": kind}
        if "enum" in node:
            out["enum"] = node["enum"]
        if "description" in node:
            out["description"] = "TODO: describe in our words"
        return out

    def example(self, node: dict[str, Any]) -> Any:
        node = self.resolve(node)
        if node.get("type") == "object" or "properties" in node:
            return {k: self.example(v) for k, v in node.get("properties", {}).items()}
        if node.get("type") == "array":
            return [self.example(node.get("items", {}))]
        if "example" in node:
            value = node["example"]
            return str(value) if node.get("type") == "number" else value
        return {"integer": 0, "number": "0", "boolean": False}.get(node.get("type", ""), "")


def draft(reference: Path, tags: list[str], output: Path) -> int:
    document = yaml.safe_load((reference / "spot_api.yaml").read_text("utf-8"))
    drafter = _Drafter(document)
    paths: dict[str, Any] = {}
    for path, item in document["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None or op.get("tags", [""])[0] not in tags:
                continue
            segments = [s for s in path.split("/")[3:] if s and not s.startswith("{")]
            operation_id = _camel(([] if method == "get" else [method]) + segments)
            summary = op.get("summary", "")
            security_match = _SECURITY.search(summary)
            security = security_match.group(1) if security_match else ("USER_DATA" if op.get("security") else "NONE")
            security = "USER_DATA" if security == "MARGIN" else security
            weights = dict(re.findall(r"Weight\((IP|UID)\):\s*(\d+)", op.get("description", "")))
            plain = re.search(r"Weight:\s*(\d+)", op.get("description", ""))
            parameters = []
            for raw in op.get("parameters", []):
                parameter = drafter.resolve(raw)
                if parameter["name"] in SIGNING:
                    continue
                entry: dict[str, Any] = {
                    "name": parameter["name"],
                    "in": "query",
                    "required": bool(parameter.get("required", False)),
                    "description": "TODO: describe in our words",
                    "schema": drafter.schema(parameter.get("schema", {}), "Unused"),
                }
                example = parameter.get("example", parameter.get("schema", {}).get("example"))
                if example is not None:
                    entry["example"] = str(example) if entry["schema"].get("format") == "decimal" else example
                parameters.append(entry)
            response = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
            schema_node = response.get("schema", {})
            operation: dict[str, Any] = {
                "operationId": operation_id,
                "tags": [re.sub(r"[^a-z0-9]+", "_", op["tags"][0].lower()).strip("_")],
                "summary": "TODO: summary in our words",
                "x-binance-security": security,
                "x-binance-weight": int(weights.get("IP") or (plain.group(1) if plain else weights.get("UID", 1))),
                "security": [] if security == "NONE" else [{"ApiKey": []}],
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": "Success.",
                        "content": {
                            "application/json": {
                                "schema": drafter.schema(schema_node, _pascal(operation_id) + "Response"),
                                "examples": {"default": {"value": drafter.example(schema_node)}},
                            }
                        },
                    },
                    "4XX": {"$ref": "#/components/responses/Error"},
                    "5XX": {"$ref": "#/components/responses/Error"},
                },
            }
            if "UID" in weights:
                operation["x-binance-weight-uid"] = int(weights["UID"])
            if op.get("deprecated"):
                operation["deprecated"] = True
            paths.setdefault(path, {})[method] = operation
    drafter.schemas.pop("Unused", None)
    fragment = {"paths": paths, "components": {"schemas": drafter.schemas}}
    output.write_text(yaml.safe_dump(fragment, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    print(f"drafted {sum(len(v) for v in paths.values())} operations, {len(drafter.schemas)} schemas into {output}")
    return 0


def coverage_table(spec: dict[tuple[str, str], dict[str, Any]], families: dict[str, Any]) -> str:
    """The README's table: per family, operations Binance documents against those described, and what is left out."""
    described: dict[str, int] = {}
    retired: dict[str, int] = {}
    for operation in spec.values():
        tally = retired if operation.get("deprecated") else described
        tally[operation["tags"][0]] = tally.get(operation["tags"][0], 0) + 1
    unlisted = sorted((set(described) | set(retired)) - set(families))
    if unlisted:
        raise ValueError(f"{FAMILIES.name} has no entry for {', '.join(unlisted)}")
    rows = [
        "| family | Binance documents | described | deprecated or retired, kept | left out |",
        "|---|--:|--:|--:|--:|",
    ]
    notes = []
    total = [0, 0, 0, 0]
    for family, entry in families.items():
        left_out: dict[str, str] = (entry or {}).get("left_out", {})
        current = described.get(family, 0)
        documented = (entry or {}).get("documented", current + len(left_out))
        counts = [documented, current, retired.get(family, 0), documented - current]
        total = [a + b for a, b in zip(total, counts, strict=True)]
        rows.append(f"| `{family}` | " + " | ".join(str(n) for n in counts) + " |")
        notes += [f"- `{family}`: {what} — {why}" for what, why in left_out.items()]
    rows.append("| all | " + " | ".join(str(n) for n in total) + " |")
    return "\n".join([*rows, "", "Left out:", "", *notes] if notes else rows)


def readme_with_table(readme: str, table: str) -> str:
    start, end = readme.index(TABLE_START) + len(TABLE_START), readme.index(TABLE_END)
    return f"{readme[:start]}\n{table}\n{readme[end:]}"


def table() -> int:
    families = yaml.safe_load(FAMILIES.read_text("utf-8"))
    README.write_text(readme_with_table(README.read_text("utf-8"), coverage_table(ours(), families)), "utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.published", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["coverage", "draft", "table"])
    parser.add_argument("--reference", type=Path, help="folder holding spot_api.yaml and rest-api.md")
    parser.add_argument("--tags", default="", help="draft: comma-separated tags of spot_api.yaml")
    parser.add_argument("--output", type=Path, help="draft: the fragment to write")
    args = parser.parse_args(argv)
    if args.command == "table":
        return table()
    if args.reference is None:
        parser.error(f"{args.command} needs --reference")
    if args.command == "coverage":
        return coverage(args.reference)
    if args.output is None or not args.tags:
        parser.error("draft needs --tags and --output")
    return draft(args.reference, [t.strip() for t in args.tags.split(",")], args.output)


if __name__ == "__main__":
    sys.exit(main())
