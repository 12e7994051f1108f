"""Bundle and check the spec: `python -m generator.check_spec`.

Beyond OpenAPI validity: operationIds are unique, every operation carries our
extensions, and every response example validates against its schema (a `oneOf`
is read as "the first variant that fits", as the client reads it).
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from generator.bundle import bundle

METHODS = ("get", "post", "put", "delete")
REQUIRED = ("operationId", "tags", "summary", "x-binance-security", "x-binance-weight")


def _as_first_fit(node: Any) -> Any:
    """Rewrite oneOf as anyOf: our variants overlap on purpose (richest first)."""
    if isinstance(node, dict):
        return {("anyOf" if key == "oneOf" else key): _as_first_fit(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_as_first_fit(item) for item in node]
    return node


def problems(document: dict[str, Any]) -> list[str]:
    found: list[str] = []
    root = _as_first_fit(document)
    ids: Counter[str] = Counter()
    for path, item in document["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            where = f"{method.upper()} {path}"
            ids[operation.get("operationId")] += 1
            found += [f"{where}: missing {key}" for key in REQUIRED if key not in operation]
            media = operation.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
            # The schema sits inside the whole document so that its #/components/... references resolve.
            validator = Draft202012Validator(
                {**root, "x-checked": _as_first_fit(media.get("schema", {})), "$ref": "#/x-checked"}
            )
            for name, example in media.get("examples", {}).items():
                for error in validator.iter_errors(example.get("value")):
                    found.append(f"{where}: example {name!r} at {error.json_path}: {error.message[:160]}")
            if not media.get("examples"):
                found.append(f"{where}: no response example")
    found += [f"operationId {name!r} is used {count} times" for name, count in ids.items() if count > 1]
    return found


def main() -> int:
    document = bundle()
    validate(document)
    found = problems(document)
    for problem in found:
        print(problem)
    operations = sum(1 for item in document["paths"].values() for method in item if method in METHODS)
    schemas = len(document["components"].get("schemas", {}))
    print(f"spec: {operations} operations, {schemas} schemas, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
