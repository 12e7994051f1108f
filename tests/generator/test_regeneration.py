"""Regenerating from the committed spec reproduces the committed package byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.__main__ import differences

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_committed_package_is_what_the_spec_generates() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_differences_reports_changed_added_and_removed_files(tmp_path: Path) -> None:
    left, right = tmp_path / "left", tmp_path / "right"
    for side in (left, right):
        (side / "sub").mkdir(parents=True)
        (side / "same.py").write_text("x = 1\n")
    (left / "sub" / "changed.py").write_text("a\n")
    (right / "sub" / "changed.py").write_text("b\n")
    (left / "only_left.py").write_text("")
    assert differences(left, right) == ["only_left.py", "sub/changed.py"]


def test_every_generated_package_is_listed_for_installation() -> None:
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    package = ROOT / "binance_spot_client"
    generated = {
        ".".join(("binance_spot_client", *init.parent.relative_to(package).parts))
        for init in package.rglob("__init__.py")
    }
    assert generated - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
