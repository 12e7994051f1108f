"""`binance-spot` against the fake exchange served on 127.0.0.1: tables, JSON, downloads, confirmations, exit codes."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from binance_spot_client import DEMO, MAINNET, TESTNET
from binance_spot_client.cli import main
from binance_spot_client.cli._app import EXIT_BAD_INPUT, EXIT_BINANCE, cli
from binance_spot_client.cli._app import make_client as client_for
from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange
from binance_spot_client.testing._server import FakeServer

KEYS = {"BINANCE_API_KEY": DEMO_API_KEY, "BINANCE_API_SECRET": DEMO_SECRET_KEY}


@pytest.fixture
def exchange() -> FakeExchange:
    return FakeExchange()


@pytest.fixture
def base_url(exchange: FakeExchange) -> Iterator[str]:
    with FakeServer(exchange) as server:
        yield server.base_url


def run(base_url: str, *arguments: str, answer: str = "") -> Result:
    return CliRunner().invoke(cli, ["--base-url", base_url, *arguments], env=KEYS, input=answer)


def test_piped_output_is_binance_json(base_url: str) -> None:
    result = run(base_url, "depth", "BTCUSDT", "--limit", "2")

    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "lastUpdateId": 1000000,
        "bids": [["29999.99000000", "1.00000000"], ["29999.98000000", "0.75000000"]],
        "asks": [["30000.01000000", "1.00000000"], ["30000.02000000", "0.75000000"]],
    }


def test_a_table_of_objects_has_a_column_per_field(base_url: str) -> None:
    result = run(base_url, "--table", "ticker-price", "--symbols", "BTCUSDT,ETHUSDT")

    assert result.exit_code == 0
    assert result.stdout == (
        "symbol   price\n-------  --------------\nBTCUSDT  30000.00000000\nETHUSDT  2000.00000000\n"
    )


def test_a_group_command_prints_fields_as_rows(base_url: str) -> None:
    result = run(base_url, "--table", "wallet", "system-status")

    assert result.exit_code == 0
    assert result.stdout == "field   value\n------  ------\nstatus  0\nmsg     normal\n"


def test_a_binance_error_prints_its_code_and_message(base_url: str) -> None:
    result = run(base_url, "depth", "NOPE")

    assert result.exit_code == EXIT_BINANCE
    assert (result.stdout, result.stderr) == ("", "Binance error -1121: Invalid symbol.\n")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("depth", "btc"), "Error: symbol: 'btc' does not match ^([A-Z0-9-_.]|[^\\x00-\\x7F]){1,20}$\n"),
        (
            ("klines", "BTCUSDT", "1m", "--start", "someday"),
            "'someday' is neither milliseconds nor an ISO date or time",
        ),
        (("depth", "BTCUSDT", "--limit", "five"), "'five' is not a valid integer"),
    ],
)
def test_bad_input_exits_with_its_own_status(base_url: str, arguments: tuple[str, ...], message: str) -> None:
    result = run(base_url, *arguments)

    assert result.exit_code == EXIT_BAD_INPUT
    assert message in result.stderr


def test_an_order_waits_for_confirmation(base_url: str, exchange: FakeExchange) -> None:
    declined = run(base_url, "new-order", "BTCUSDT", "BUY", "MARKET", "--quantity", "0.001", answer="n\n")

    assert declined.exit_code == EXIT_BINANCE
    assert "POST /api/v3/order symbol=BTCUSDT side=BUY type=MARKET quantity=0.001: send it? [y/N]" in declined.stderr
    assert [r for r in exchange.requests if r.path == "/api/v3/order"] == []

    placed = run(base_url, "--yes", "new-order", "BTCUSDT", "BUY", "MARKET", "--quantity", "0.001")

    assert placed.exit_code == 0
    assert json.loads(placed.stdout)["status"] == "FILLED"
    assert [r.status for r in exchange.requests if r.path == "/api/v3/order"] == [200]


def test_a_long_window_of_klines_downloads_page_by_page(base_url: str, exchange: FakeExchange, tmp_path: Path) -> None:
    out = tmp_path / "btc.csv"

    result = run(
        base_url, "klines", "BTCUSDT", "1m", "--start", "2025-01-01", "--end", "2025-01-02T18:00", "--out", str(out)
    )

    assert result.exit_code == 0
    with out.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    opens = [int(row["open_time"]) for row in rows]
    assert opens == list(range(1_735_689_600_000, 1_735_840_800_000 + 1, 60_000))  # every minute, once, in order
    assert list(rows[0]) == [
        "open_time",
        "open",
        "high",
        "low",
        "close",
        "volume",
        "close_time",
        "quote_asset_volume",
        "number_of_trades",
        "taker_buy_base_asset_volume",
        "taker_buy_quote_asset_volume",
        "unused",
    ]
    pages = [r.params for r in exchange.requests if r.path == "/api/v3/klines"]
    assert [(p["startTime"], p["limit"]) for p in pages] == [
        ("1735689600000", "1000"),
        ("1735749540001", "1000"),
        ("1735809540001", "1000"),
    ]


def test_help_comes_from_the_spec(base_url: str) -> None:
    top = run(base_url, "--help")
    group = run(base_url, "wallet", "--help")
    command = run(base_url, "klines", "--help")

    assert "wallet" in top.stdout and "Order book" in top.stdout
    assert "system-status" in group.stdout
    assert "Returns candlestick bars of a symbol for one interval" in command.stdout
    assert "Usage: binance-spot klines [OPTIONS] SYMBOL INTERVAL" in command.stdout
    assert "--start-time, --start TIME" in command.stdout
    assert "SYMBOL: The trading pair." in command.stdout


def test_without_click_the_command_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "binance_spot_client.cli._app")
    monkeypatch.setitem(sys.modules, "click", None)  # what a missing package looks like to `import`

    with pytest.raises(SystemExit) as stopped:
        main(["depth", "BTCUSDT"])

    assert stopped.value.code == EXIT_BAD_INPUT
    assert capsys.readouterr().err == 'binance-spot needs click: pip install "binance-spot-client[cli]"\n'


def test_required_parameters_are_arguments_named_after_them(base_url: str) -> None:
    result = run(base_url, "new-order", "--help")

    assert "Usage: binance-spot new-order [OPTIONS] SYMBOL SIDE TYPE" in result.stdout
    assert "--quantity TEXT" in result.stdout


@pytest.mark.parametrize(
    ("flags", "urls"),
    [
        ({"testnet": True, "demo": False, "base_url": None}, TESTNET),
        ({"testnet": False, "demo": True, "base_url": None}, DEMO),
        ({"testnet": False, "demo": False, "base_url": "http://127.0.0.1:9"}, ("http://127.0.0.1:9",)),
        ({"testnet": False, "demo": False, "base_url": None}, MAINNET),
    ],
)
def test_the_server_flags_choose_the_base_urls(flags: dict[str, Any], urls: tuple[str, ...]) -> None:
    with client_for(flags) as client:
        assert client.base_urls == urls
