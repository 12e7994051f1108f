"""Drift detection reports what recorded responses hold that the spec does not know."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from generator.drift import Drift, DriftFinder, main, read_recording
from tests.conftest import bundled_spec

BOOK = {"lastUpdateId": 7, "bids": [["1.0", "2.0"]], "asks": [["1.1", "3.0"]]}


@pytest.fixture(scope="module")
def finder() -> DriftFinder:
    return DriftFinder(bundled_spec())


def test_a_recording_that_matches_has_no_drift(finder: DriftFinder) -> None:
    assert finder.find("depth", BOOK) == []


def test_an_added_field_is_reported_with_its_path(finder: DriftFinder) -> None:
    payload = {**BOOK, "bids": BOOK["bids"], "midPrice": "1.05"}
    assert finder.find("depth", payload) == [Drift("depth", "$.midPrice", "unknown field", 'value "1.05"')]


def test_nested_enum_value_and_type_drift(finder: DriftFinder) -> None:
    order = {
        "symbol": "BTCUSDT", "orderId": 1, "orderListId": -1, "clientOrderId": "c", "transactTime": 1,
        "price": "1", "origQty": "1", "executedQty": "0", "origQuoteOrderQty": "0", "cummulativeQuoteQty": "0",
        "status": "PARKED", "timeInForce": "GTC", "type": "LIMIT", "side": "BUY", "workingTime": "soon",
        "selfTradePreventionMode": "NONE",
    }  # fmt: skip
    found = {(d.path, d.kind) for d in finder.find("newOrder", order)}
    assert found == {("$.status", "unknown enum value"), ("$.workingTime", "unexpected type")}


@pytest.mark.slow  # bundles the spec
def test_command_reads_recordings_from_files_and_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "depth-2026-11-22.json").write_text(json.dumps({**BOOK, "extra": 1}))
    (tmp_path / "wrapped.json").write_text(json.dumps({"operation_id": "time", "body": {"serverTime": 1}}))
    assert read_recording(tmp_path / "wrapped.json") == ("time", {"serverTime": 1})
    assert main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "depth $.extra: unknown field" in out
    assert "2 recordings, 1 differences from the spec" in out


def test_unknown_enum_at_run_time_is_kept_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    from binance_spot_client.models import SymbolStatus

    caplog.set_level(logging.WARNING, logger="binance_spot_client.drift")
    first, second = SymbolStatus("HIBERNATING"), SymbolStatus("HIBERNATING")
    assert first == "HIBERNATING" and second.value == "HIBERNATING"
    assert [r.getMessage() for r in caplog.records] == ["SymbolStatus received unknown value 'HIBERNATING'"]
