"""The README's Python examples and the examples/ scripts pass mypy --strict and pyright strict against the
package as pip lays it out. `type_check` does the same for the guides' examples (tests/docs)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HAND_WRITTEN = ("signing", "websocket", "testing", "cli")


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text("utf-8"), re.S | re.M)


# A fence's opening line (indented ones too) and the language it names; `python_blocks` reads only "python" fences
# at the start of a line, so another spelling or an indented block would go unchecked.
FENCE = re.compile(r"^[ \t]*(```+|~~~+)[ \t]*([^\s`]*)")
PYTHON_SPELLINGS = {"py", "py3", "python3", "pycon", "ipython", "pyi"}


def fence_problems(text: str) -> list[str]:
    """The code blocks of a Markdown page a check would miss: unlabelled, Python under another name, indented."""
    problems: list[str] = []
    opening: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        fence = FENCE.match(line)
        if fence is None:
            continue
        if opening is not None:
            if fence[1] == opening and not fence[2]:
                opening = None
            continue
        opening = fence[1]
        language = fence[2].lower()
        if not language:
            problems.append(f"line {number}: a code block names no language")
        elif language in PYTHON_SPELLINGS:
            problems.append(f"line {number}: Python fenced as {language!r}, not 'python'")
        elif language == "python" and not line.startswith("```python"):
            problems.append(f"line {number}: an indented or odd Python fence")
    return problems


def test_every_python_block_of_the_readme_is_one_the_checks_read() -> None:
    text = (ROOT / "README.md").read_text("utf-8")
    assert fence_problems(text) == []
    assert len(python_blocks()) == len(re.findall(r"^[ \t]*```python", text, re.M))


def test_fence_problems_finds_each_block_a_check_would_miss() -> None:
    page = "```\nx\n```\n```py\nx = 1\n```\n  ```python\nx = 1\n  ```\n```bash\nls\n```\n"
    assert fence_problems(page) == [
        "line 1: a code block names no language",
        "line 4: Python fenced as 'py', not 'python'",
        "line 7: an indented or odd Python fence",
    ]


def test_the_readme_has_python_examples() -> None:
    assert len(python_blocks()) >= 1  # the quick start; the guides' examples are checked in tests/docs


@pytest.mark.parametrize("number", range(len(python_blocks())))
def test_each_example_compiles_as_a_module(number: int) -> None:
    compile(python_blocks()[number], f"README.md example {number}", "exec")


def install_layout(folder: Path, blocks: dict[str, str]) -> list[str]:
    """Copy the package into `folder` as pip lays it out and write each block as a module; return the file names."""
    package = folder / "binance_spot_client"
    shutil.copytree(ROOT / "binance_spot_client", package, ignore=shutil.ignore_patterns("__pycache__"))
    for name in HAND_WRITTEN:  # where pip puts them; the copy already holds them when the tree links them in
        if not (package / name).exists():
            shutil.copytree(ROOT / name, package / name, ignore=shutil.ignore_patterns("__pycache__"))
    for module, block in blocks.items():
        (folder / f"{module}.py").write_text(block, "utf-8")
    return [f"{module}.py" for module in blocks]


def type_check(blocks: dict[str, str], folder: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict on each block (by module name) in `folder`, beside a copy of the package as pip lays it out."""
    names = install_layout(folder, blocks)
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *names], cwd=folder, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def user_code(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A folder holding the package as pip installs it, the README's examples and examples/; and their names."""
    root = tmp_path_factory.mktemp("user_code")
    names = install_layout(root, {f"readme_example_{n}": block for n, block in enumerate(python_blocks())})
    shutil.copytree(ROOT / "examples", root / "examples", ignore=shutil.ignore_patterns("__pycache__"))
    return root, ["examples", *names]


@pytest.mark.slow
def test_the_examples_pass_mypy_strict(user_code: tuple[Path, list[str]]) -> None:
    root, names = user_code
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *names], cwd=root, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def pyright_check(names: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """pyright strict on `names` (files or folders) in `folder`, which holds the package as pip lays it out."""
    config = {"typeCheckingMode": "strict", "include": names, "pythonVersion": "3.11"}
    (folder / "pyrightconfig.json").write_text(json.dumps(config), "utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_the_examples_pass_pyright_strict(user_code: tuple[Path, list[str]]) -> None:
    root, names = user_code
    checked = pyright_check(names, root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
