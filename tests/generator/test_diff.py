"""The spec diff names each kind of change and classifies it for users of the generated package."""

from __future__ import annotations

import copy
import datetime
from pathlib import Path
from typing import Any

import pytest

from generator.diff import BREAKING, COMPATIBLE, Change, diff, next_version, write_changelog


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/api/v3/depth": {
                "get": {
                    "operationId": "depth",
                    "x-binance-security": "NONE",
                    "x-binance-weight": 5,
                    "parameters": [
                        {"name": "symbol", "in": "query", "required": True, "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 5000}},
                        {"name": "side", "in": "query", "schema": {"$ref": "#/components/schemas/Side"}},
                    ],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Book"}}}}
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Side": {"type": "string", "enum": ["BUY", "SELL"]},
                "Book": {
                    "type": "object",
                    "required": ["lastUpdateId", "bids"],
                    "properties": {
                        "lastUpdateId": {"type": "integer", "format": "int64"},
                        "bids": {"type": "array", "items": {"type": "string", "format": "decimal"}},
                        "note": {"type": "string"},
                    },
                },
            }
        },
    }


def depth(document: dict[str, Any]) -> dict[str, Any]:
    return document["paths"]["/api/v3/depth"]["get"]  # type: ignore[no-any-return]


def changed(edit: Any) -> list[Change]:
    old, new = spec(), spec()
    edit(new)
    return diff(old, new)


def set_in(path: list[Any], value: Any) -> Any:
    def edit(document: dict[str, Any]) -> None:
        node = document
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return edit


OP = ["paths", "/api/v3/depth", "get"]
PARAMS = [*OP, "parameters"]
BOOK = ["components", "schemas", "Book"]


@pytest.mark.parametrize(
    ("edit", "kind", "impact"),
    [
        (
            lambda d: d["paths"].update({"/api/v3/time": {"get": {"operationId": "time"}}}),
            "operation added",
            COMPATIBLE,
        ),
        (lambda d: d["paths"].pop("/api/v3/depth"), "operation removed", BREAKING),
        (lambda d: depth(d)["parameters"].append({"name": "x", "in": "query"}), "optional parameter added", COMPATIBLE),
        (
            lambda d: depth(d)["parameters"].append({"name": "x", "in": "query", "required": True}),
            "required parameter added",
            BREAKING,
        ),
        (lambda d: depth(d)["parameters"].pop(1), "parameter removed", BREAKING),
        (set_in([*PARAMS, 1, "required"], True), "parameter became required", BREAKING),
        (set_in([*PARAMS, 0, "required"], False), "parameter became optional", BREAKING),
        (set_in([*PARAMS, 1, "schema", "type"], "string"), "parameter type changed", BREAKING),
        (set_in([*PARAMS, 1, "schema", "maximum"], 1000), "parameter maximum changed", BREAKING),
        (set_in([*PARAMS, 1, "schema", "maximum"], 10000), "parameter maximum changed", COMPATIBLE),
        (set_in(["components", "schemas", "Side", "enum"], ["BUY", "SELL", "HOLD"]), "enum value added", COMPATIBLE),
        (set_in(["components", "schemas", "Side", "enum"], ["BUY"]), "enum value removed", BREAKING),
        (set_in([*BOOK, "properties", "asks"], {"type": "array"}), "response field added", COMPATIBLE),
        (lambda d: d["components"]["schemas"]["Book"]["properties"].pop("note"), "response field removed", BREAKING),
        (set_in([*BOOK, "properties", "lastUpdateId"], {"type": "string"}), "response field retyped", BREAKING),
        (set_in([*BOOK, "required"], ["bids"]), "response field became optional", BREAKING),
        (set_in([*OP, "x-binance-security"], "USER_DATA"), "security type changed", BREAKING),
        (set_in([*OP, "x-binance-weight"], 25), "weight changed", COMPATIBLE),
        (set_in([*OP, "deprecated"], True), "operation deprecated", COMPATIBLE),
    ],
)
def test_each_change_is_found_and_classified(edit: Any, kind: str, impact: str) -> None:
    changes = changed(edit)
    assert [(c.kind, c.impact) for c in changes if c.kind == kind] == [(kind, impact)], changes


def test_identical_specs_have_no_changes() -> None:
    assert diff(spec(), copy.deepcopy(spec())) == []


@pytest.mark.parametrize(
    ("version", "impacts", "expected"),
    [
        ("1.4.7", [BREAKING, COMPATIBLE], "2.0.0"),
        ("1.4.7", [COMPATIBLE], "1.5.0"),
        ("1.4.7", [], "1.4.8"),
        ("0.4.7", [BREAKING], "0.5.0"),
    ],
)
def test_version_follows_the_most_severe_change(version: str, impacts: list[str], expected: str) -> None:
    kinds = {BREAKING: "operation removed", COMPATIBLE: "operation added"}
    changes = [Change("depth", kinds[i], "", i) for i in impacts]
    assert next_version(version, changes) == expected


def test_changelog_section_and_version_bump(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.3.1"\n')
    (tmp_path / "CHANGELOG.md").write_text(
        "# Changelog\n\nHow sections are made.\n\n## 0.3.1 — 2026-01-01\n\n- older\n"
    )
    changes = changed(lambda d: depth(d)["parameters"].append({"name": "x", "in": "query"}))
    version = write_changelog(changes, tmp_path, today=datetime.date(2026, 11, 22))
    assert version == "0.4.0"
    assert 'version = "0.4.0"' in (tmp_path / "pyproject.toml").read_text()
    log = (tmp_path / "CHANGELOG.md").read_text()
    assert log == (
        "# Changelog\n\nHow sections are made.\n\n## 0.4.0 — 2026-11-22\n\n### Compatible\n\n"
        "- `depth`: optional parameter added (x)\n\n## 0.3.1 — 2026-01-01\n\n- older\n"
    )
