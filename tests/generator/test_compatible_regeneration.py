"""After a compatible spec change and a regeneration, existing user code still type-checks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.__main__ import generate
from generator.bundle import bundle
from generator.diff import COMPATIBLE, diff

ROOT = Path(__file__).resolve().parents[2]
KEPT = {"/api/v3/depth", "/api/v3/time"}
USER_PROGRAM = """
from binance_spot_client import Spot
from binance_spot_client.models import OrderBook


def best_bid(client: Spot) -> str:
    book: OrderBook = client.depth("BTCUSDT", limit=5)
    return book.bids[0].price


def server_time(client: Spot) -> int:
    return client.time().server_time
"""


def referenced(node: Any, schemas: dict[str, Any], seen: set[str]) -> set[str]:
    """Names of the schemas a node reaches through $ref, transitively."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        name = ref.rsplit("/", 1)[-1]
        if ref.startswith("#/components/schemas/") and name not in seen:
            seen.add(name)
            referenced(schemas[name], schemas, seen)
        for value in node.values():
            referenced(value, schemas, seen)
    elif isinstance(node, list):
        for value in node:
            referenced(value, schemas, seen)
    return seen


def small_spec(tmp: Path, document: dict[str, Any]) -> Path:
    """A spec folder holding one root file: the bundled spec cut down to two operations."""
    folder = tmp / "spec"
    folder.mkdir(parents=True)
    (folder / "binance-spot.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    return folder


def type_check(workdir: Path, spec_folder: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    package = workdir / "binance_spot_client"
    shutil.rmtree(package, ignore_errors=True)
    generate(package, spec_folder)
    if not (workdir / "signing").exists():  # where the package's link to the core points
        shutil.copytree(ROOT / "signing", workdir / "signing")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "user_program.py"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_user_code_still_type_checks_after_a_compatible_change(tmp_path: Path) -> None:
    before = bundle()
    before["paths"] = {path: item for path, item in before["paths"].items() if path in KEPT}
    schemas = before["components"]["schemas"]
    keep = referenced(before["paths"], schemas, {"Error"})
    before["components"]["schemas"] = {name: schema for name, schema in schemas.items() if name in keep}
    after = yaml.safe_load(yaml.safe_dump(before))
    depth = after["paths"]["/api/v3/depth"]["get"]
    depth["parameters"].append({"name": "newFilter", "in": "query", "required": False, "schema": {"type": "string"}})
    after["components"]["schemas"]["OrderBook"]["properties"]["midPrice"] = {"type": "string", "format": "decimal"}
    assert {change.impact for change in diff(before, after)} == {COMPATIBLE}

    (tmp_path / "user_program.py").write_text(USER_PROGRAM)
    cache = tmp_path / ".mypy_cache"
    for version, document in (("before", before), ("after", after)):
        checked = type_check(tmp_path, small_spec(tmp_path / version, document), cache)
        assert checked.returncode == 0, f"{version}: {checked.stdout}{checked.stderr}"
