"""The import rule of ARCHITECTURE.md, read off the source: the core imports nothing generated.

signing/ (installed as binance_spot_client.signing) is the hand-written core. The generated
package builds on it; websocket/ and testing/ sit above both. An edge from the core into
generated code, static or through importlib, would make the two one tangle again.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "binance_spot_client"
HAND_WRITTEN = ("signing", "websocket", "testing", "cli")


def module_name(path: Path) -> str:
    """The installed name of a source file: signing/_client.py is binance_spot_client.signing._client."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[0] != PACKAGE:
        parts.insert(0, PACKAGE)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    name = module_name(path)
    return imports_in(path.read_text(encoding="utf-8"), name if path.name == "__init__.py" else name.rpartition(".")[0])


def imports_in(source: str, package: str) -> set[str]:
    """Every module `source` imports, relative imports resolved, dynamic imports by their literal name."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[: len(base) - node.level + 1] if node.level else []
            stem = ".".join([*base, node.module] if node.module else base)
            found.add(stem)
            found.update(f"{stem}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module",
            "__import__",
        ):
            argument = node.args[0] if node.args else None
            found.add(str(argument.value) if isinstance(argument, ast.Constant) else "<computed name>")
    return found


def sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@functools.cache
def generated_modules() -> frozenset[str]:
    """Installed names of every generated module (the package without its linked hand-written parts)."""
    parts = (path for path in sources(PACKAGE) if path.relative_to(ROOT / PACKAGE).parts[0] not in HAND_WRITTEN)
    return frozenset(module_name(path) for path in parts)


@pytest.mark.parametrize("path", sources("signing"), ids=lambda path: path.name)
def test_the_core_imports_nothing_generated(path: Path) -> None:
    generated = generated_modules() | {PACKAGE}
    wrong = sorted(
        name
        for name in imports_of(path)
        if name in generated
        or name == "<computed name>"
        or (name.startswith(f"{PACKAGE}.") and not name.startswith(f"{PACKAGE}.signing"))
    )
    assert wrong == [], f"{module_name(path)} reaches into generated code: {wrong}"


def test_generated_code_imports_only_the_core_and_itself() -> None:
    above = (f"{PACKAGE}.websocket", f"{PACKAGE}.testing", f"{PACKAGE}.cli")
    wrong = {
        module_name(path): sorted(name for name in imports_of(path) if name.startswith(above))
        for path in sources(PACKAGE)
        if path.relative_to(ROOT / PACKAGE).parts[0] not in HAND_WRITTEN
    }
    assert {name: found for name, found in wrong.items() if found} == {}


def test_the_rule_sees_the_edges_it_forbids() -> None:
    source = "import importlib\nfrom .. import models\nfrom ..types import UNSET\nimportlib.import_module(name)\n"
    found = imports_in(source, f"{PACKAGE}.signing")
    assert {f"{PACKAGE}.models", f"{PACKAGE}.types", "<computed name>"} <= found


def test_the_hand_written_packages_are_linked_where_they_are_installed() -> None:
    for name in HAND_WRITTEN:
        link = ROOT / PACKAGE / name
        assert link.is_symlink() and link.readlink() == Path("..") / name


@pytest.mark.parametrize("folder", HAND_WRITTEN)
def test_modules_of_a_hand_written_package_import_each_other_in_no_cycle(folder: str) -> None:
    own = {module_name(path): path for path in sources(folder)}
    edges = {
        name: {target for target in imports_of(path) if target in own and target != name} for name, path in own.items()
    }
    for start in own:  # a cycle through `start` is a path from one of its imports back to it
        seen: set[str] = set()
        pending = list(edges[start])
        while pending:
            current = pending.pop()
            assert current != start, f"{start} imports itself back through {sorted(seen)}"
            if current not in seen:
                seen.add(current)
                pending.extend(edges[current])
