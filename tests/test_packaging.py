"""The distributions build without a setuptools warning (deprecations, license metadata, package data, the
editable install's notice), and hold what users and packagers need."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# A warning class by name (SetuptoolsDeprecationWarning, BuildBackendWarning, …) or the `!!` lines that frame
# setuptools' boxed notices.
# (distutils' lower-case "warning: no previously-included files…" notes are neither.)
WARNING = re.compile(r"\b\w*Warning\b|^\s*!!\s*$", re.M)


def warnings_in(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if WARNING.search(line)]


def test_warnings_in_finds_setuptools_boxes_and_warning_classes() -> None:
    output = (
        "copying file\n"
        "  /x/editable_wheel.py:354: BuildBackendWarning: Editable installation.\n"
        "  !!\n"
        "SetuptoolsDeprecationWarning: License classifiers are deprecated.\n"
    )
    assert warnings_in(output) == [
        "/x/editable_wheel.py:354: BuildBackendWarning: Editable installation.",
        "!!",
        "SetuptoolsDeprecationWarning: License classifiers are deprecated.",
    ]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The sdist and the wheel built from it (as `python -m build` does), and what the build printed."""
    pytest.importorskip("build", reason='the packaging check needs the [dev] extra: pip install -e ".[dev]"')
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out, done.stdout + done.stderr


@pytest.mark.slow
def test_the_build_prints_no_setuptools_warning(built: tuple[Path, str]) -> None:
    _, output = built
    assert warnings_in(output) == []


@pytest.mark.slow
def test_the_editable_build_prints_no_setuptools_warning(tmp_path: Path) -> None:
    # The hook pip calls for `pip install -e .`; its warnings are what pip shows.
    hook = f"from setuptools import build_meta; build_meta.build_editable({str(tmp_path)!r})"
    done = subprocess.run([sys.executable, "-c", hook], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert warnings_in(done.stdout + done.stderr) == []


@pytest.mark.slow
def test_the_sdist_holds_what_packagers_test_and_regenerate_with(built: tuple[Path, str]) -> None:
    out, _ = built
    with tarfile.open(next(out.glob("*.tar.gz"))) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"LICENSE", "CHANGELOG.md", "pyproject.toml", "spec/binance-spot.yaml", "generator/__main__.py"} <= names
    assert "tests/test_packaging.py" in names


@pytest.mark.slow
def test_the_wheel_holds_the_package_with_its_hand_written_parts_and_license(built: tuple[Path, str]) -> None:
    out, _ = built
    with zipfile.ZipFile(next(out.glob("*.whl"))) as wheel:
        names = set(wheel.namelist())
    assert {
        "binance_spot_client/py.typed",
        "binance_spot_client/signing/_times.py",
        "binance_spot_client/websocket/__init__.py",
        "binance_spot_client/testing/__init__.py",
        "binance_spot_client/cli/__init__.py",
    } <= names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert not any(name.startswith(("tests/", "generator/", "signing/")) for name in names)
