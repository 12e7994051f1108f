"""The README's first command: the tutorial runs against the fake exchange on loopback and exits 0."""

from __future__ import annotations

import pytest

from examples.demo import main, table
from tests.sbe_messages import record_sbe_messages


@pytest.mark.parametrize("encoding", ["json", "sbe"])
def test_demo_runs_the_whole_tutorial_against_the_fake(
    encoding: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    decoded = record_sbe_messages(monkeypatch)
    assert main(["--encoding", encoding]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Binance Spot API tutorial against the fake exchange (http://127.0.0.1:")
    assert f"), answers in {encoding.upper()}\n" in out
    # The fake answers these three in SBE when asked; with JSON nothing is decoded as SBE.
    expected = {"DepthResponse", "KlinesResponse", "ExchangeInfoResponse"} if encoding == "sbe" else set()
    assert {name for name in decoded if name.endswith("Response")} == expected
    for line in [
        "Trading rules of BTCUSDT (BTC/USDT, TRADING)",
        "System status: normal (0)",
        "Test order LIMIT BUY 0.00053 @ 28499.99: accepted, not placed",
        "LIMIT BUY 0.00053 @ 28499.99: order 1, NEW",
        "Cancel order 1: CANCELED",
        "MARKET BUY 0.00053: order 2, FILLED, average price 30000.01",
        "Done.",
    ]:
        assert f"\n{line}\n" in out


def test_real_networks_need_keys_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BINANCE_API_KEY", raising=False)
    with pytest.raises(SystemExit, match="set BINANCE_API_KEY"):
        main(["--testnet"])


def test_table_aligns_text_left_and_numbers_right() -> None:
    assert table(["asset", "free"], [["BTC", "1.5"], ["USDT", "10"]]) == (
        "   asset  free\n   -----  ----\n   BTC     1.5\n   USDT     10"
    )
