"""The README's Python examples compile as modules and pass mypy --strict against the package as pip lays it out."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HAND_WRITTEN = ("signing", "websocket", "testing")


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text("utf-8"), re.S | re.M)


def test_the_readme_has_python_examples() -> None:
    assert len(python_blocks()) >= 1  # the quick start; the guides' examples are checked in tests/docs


@pytest.mark.parametrize("number", range(len(python_blocks())))
def test_each_example_compiles_as_a_module(number: int) -> None:
    compile(python_blocks()[number], f"README.md example {number}", "exec")


def type_check(blocks: dict[str, str], folder: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict on each block (by module name) in `folder`, beside a copy of the package as pip lays it out."""
    package = folder / "binance_spot_client"
    shutil.copytree(ROOT / "binance_spot_client", package, ignore=shutil.ignore_patterns("__pycache__"))
    for name in HAND_WRITTEN:  # where pip puts them; the copy already holds them when the tree links them in
        if not (package / name).exists():
            shutil.copytree(ROOT / name, package / name, ignore=shutil.ignore_patterns("__pycache__"))
    for module, block in blocks.items():
        (folder / f"{module}.py").write_text(block, "utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *(f"{module}.py" for module in blocks)],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_the_examples_type_check_against_the_installed_layout(tmp_path: Path) -> None:
    checked = type_check({f"readme_example_{n}": block for n, block in enumerate(python_blocks())}, tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
