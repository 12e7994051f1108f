"""What a type checker tells a user of the package: answers typed by the arguments that choose them
(x-binance-answer-by), and closed enum parameters. Checked with mypy --strict and pyright strict."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_CODE = """\
from typing import assert_type

from binance_spot_client import AsyncSpot, Spot
from binance_spot_client.api.margin import new_margin_order
from binance_spot_client.api.market import ticker24hr
from binance_spot_client.api.trade import new_order
from binance_spot_client.models import (
    MarginNewOrderFull, NewOrderAck, NewOrderFull, NewOrderResult, OrderType, PingResponse, SorOrderFull,
    TestOrderCommission, TestOrderEmpty, Ticker24HrFull, Ticker24HrMini, TickerPrice,
)
from binance_spot_client.signing import Response
from binance_spot_client.websocket import AsyncWebSocketAPI


def check(client: Spot, order_type: OrderType) -> None:
    assert_type(client.new_order("BTCUSDT", "BUY", "LIMIT", new_order_resp_type="RESULT"), NewOrderResult)
    assert_type(client.new_order("BTCUSDT", "BUY", "MARKET"), NewOrderFull)
    assert_type(client.new_order("BTCUSDT", "BUY", type="LIMIT", time_in_force="GTC", price="1"), NewOrderFull)
    assert_type(client.new_order("BTCUSDT", "SELL", "STOP_LOSS"), NewOrderAck)
    assert_type(client.new_order("BTCUSDT", "SELL", OrderType.LIMIT_MAKER), NewOrderAck)
    assert_type(client.new_order("BTCUSDT", "SELL", order_type), NewOrderAck | NewOrderFull | NewOrderResult)
    assert_type(client.new_sor_order("BTCUSDT", "BUY", "LIMIT", "1"), SorOrderFull)
    assert_type(client.test_new_order("BTCUSDT", "BUY", "LIMIT", compute_commission_rates=True), TestOrderCommission)
    assert_type(client.test_new_order("BTCUSDT", "BUY", "LIMIT"), TestOrderEmpty)
    assert_type(client.ticker24hr(symbol="BTCUSDT"), Ticker24HrFull)
    assert_type(client.ticker24hr(symbols=["BTCUSDT"], type="MINI"), list[Ticker24HrMini])
    assert_type(client.ticker24hr(), list[Ticker24HrFull])
    assert_type(client.ticker_price(symbol="BTCUSDT"), TickerPrice)
    assert_type(client.with_options(timeout=3).ticker_price(), list[TickerPrice])


async def check_async(client: AsyncSpot, ws: AsyncWebSocketAPI) -> None:
    assert_type(await client.new_order("BTCUSDT", "BUY", "LIMIT", new_order_resp_type="ACK"), NewOrderAck)
    assert_type(await ws.ticker24hr(symbol="BTCUSDT", type="MINI"), Ticker24HrMini)
    assert_type(await ws.new_order("BTCUSDT", "BUY", "MARKET"), NewOrderFull)


def check_functions_and_raw_views(client: Spot) -> None:
    full = new_order.sync(client=client, symbol="BTCUSDT", side="BUY", type="LIMIT", new_order_resp_type="FULL")
    assert_type(full, NewOrderFull)
    assert_type(new_order.sync(client=client, symbol="BTCUSDT", side="SELL", type="STOP_LOSS"), NewOrderAck)
    detailed = new_order.sync_detailed(client=client, symbol="BTCUSDT", side="BUY", type="MARKET")
    assert_type(detailed, Response[NewOrderFull])
    assert_type(ticker24hr.sync(client=client, symbol="BTCUSDT", type="MINI"), Ticker24HrMini)
    raw = client.with_raw_response
    assert_type(raw.new_order("BTCUSDT", "BUY", "LIMIT", new_order_resp_type="FULL"), Response[NewOrderFull])
    assert_type(raw.new_order("BTCUSDT", "SELL", "STOP_LOSS"), Response[NewOrderAck])
    assert_type(raw.ticker24hr(), Response[list[Ticker24HrFull]])
    assert_type(raw.margin.new_margin_order("BTCUSDT", "BUY", "LIMIT"), Response[MarginNewOrderFull])
    margin = new_margin_order.sync(client=client, symbol="BTCUSDT", side="BUY", type="MARKET")
    assert_type(margin, MarginNewOrderFull)
    assert_type(raw.ping(), Response[PingResponse])


async def check_async_functions_and_raw_views(client: AsyncSpot) -> None:
    full = await new_order.asyncio(client=client, symbol="BTCUSDT", side="BUY", type="LIMIT")
    assert_type(full, NewOrderFull)
    detailed = await new_order.asyncio_detailed(client=client, symbol="BTCUSDT", side="BUY", type="LIMIT")
    assert_type(detailed, Response[NewOrderFull])
    raw = client.with_raw_response
    assert_type(await raw.new_order("BTCUSDT", "BUY", "LIMIT", new_order_resp_type="FULL"), Response[NewOrderFull])
    assert_type(await raw.margin.new_margin_order("BTCUSDT", "BUY", "MARKET"), Response[MarginNewOrderFull])


def typos(client: Spot) -> None:
    client.new_order("BTCUSDT", "BYU", "LIMIT")
    client.new_order("BTCUSDT", "BUY", "LIMT")
"""


@pytest.fixture(scope="module")
def user_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("typing")
    shutil.copytree(
        ROOT / "binance_spot_client", root / "binance_spot_client", ignore=shutil.ignore_patterns("__pycache__")
    )
    (root / "user.py").write_text(USER_CODE, "utf-8")
    return root


def error_lines(output: str, pattern: str) -> list[int]:
    return sorted({int(line) for line in re.findall(pattern, output)})


TYPO_LINES = [USER_CODE.splitlines().index('    client.new_order("BTCUSDT", "BYU", "LIMIT")') + 1]
TYPO_LINES.append(TYPO_LINES[0] + 1)


@pytest.mark.slow
def test_mypy_sees_the_answer_the_arguments_choose_and_refuses_typos(user_code: Path) -> None:
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "user.py"],
        cwd=user_code,
        capture_output=True,
        text=True,
        check=False,
    )
    assert error_lines(checked.stdout, r"user\.py:(\d+): error") == TYPO_LINES, checked.stdout


@pytest.mark.slow
def test_pyright_sees_the_answer_the_arguments_choose_and_refuses_typos(user_code: Path) -> None:
    (user_code / "pyrightconfig.json").write_text(json.dumps({"typeCheckingMode": "strict", "include": ["user.py"]}))
    checked = subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable],
        cwd=user_code,
        capture_output=True,
        text=True,
        check=False,
    )
    assert error_lines(checked.stdout, r"user\.py:(\d+):\d+ - error") == TYPO_LINES, checked.stdout
