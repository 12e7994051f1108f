"""`python -m generator diff` and `postman` say on stderr what they are doing while they read the spec."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from generator.bundle import bundle
from generator.diff import main as diff_main
from generator.progress import Progress

ROOT = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}


def small_spec(folder: Path) -> Path:
    """A root file and two fragments: one schema, one operation."""
    (folder / "components").mkdir(parents=True)
    (folder / "api_v3").mkdir()
    (folder / "binance-spot.yaml").write_text(json.dumps(ROOT))
    (folder / "components" / "enums.yaml").write_text('{"components": {"schemas": {"Side": {"type": "string"}}}}')
    (folder / "api_v3" / "market.yaml").write_text('{"paths": {"/api/v3/ping": {"get": {"operationId": "ping"}}}}')
    return folder


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bundling_reports_each_fragment_in_merge_order(tmp_path: Path) -> None:
    heard: list[tuple[int, int, str]] = []

    bundle(small_spec(tmp_path), lambda done, total, path: heard.append((done, total, path.name)))

    assert heard == [(1, 2, "enums.yaml"), (2, 2, "market.yaml")]


def test_a_terminal_sees_a_count_rewritten_in_place(tmp_path: Path) -> None:
    terminal = Terminal()

    bundle(small_spec(tmp_path), Progress(terminal).fragment)

    assert terminal.getvalue() == "\r  1/2 fragments (enums.yaml)\033[K\r  2/2 fragments (market.yaml)\033[K\n"


def test_a_log_sees_only_the_steps(tmp_path: Path) -> None:
    log = io.StringIO()

    bundle(small_spec(tmp_path), Progress(log).fragment)
    Progress(log).step("comparing")

    assert log.getvalue() == "comparing\n"


def test_diff_names_each_step_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = small_spec(tmp_path / "old")
    new = tmp_path / "new.json"
    new.write_text(json.dumps({**ROOT, "paths": {"/api/v3/time": {"get": {"operationId": "time"}}}}))

    assert diff_main([str(old), str(new)]) == 0

    assert capsys.readouterr().err == (
        f"reading the spec in {old}\nreading {new}\ncomparing 1 operations with 1\n2 changes\n"
    )
