"""User code building and calling the blocking clients is type-checked like user code of the REST client."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
USER_PROGRAM = """
from binance_spot_client.websocket import MarketStreams, WebSocketAPI


def trade(api: WebSocketAPI, streams: MarketStreams) -> None:
    reveal_type(api.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="1", price="10"))
    reveal_type(api.depth("BTCUSDT", limit=5, request_id="mine"))
    reveal_type(api.ticker_price(symbol="BTCUSDT"))
    reveal_type(api.session_status())
    reveal_type(api.user_data_stream_subscribe())
    reveal_type(api.next_event(timeout=1))
    reveal_type(streams.next_message())
    reveal_type(streams.list_subscriptions())
    api.depth(5)
    api.account(recv_window=5000, window=1)


def build() -> None:
    reveal_type(WebSocketAPI("key", "secret", url="ws://127.0.0.1:1", recv_window=6000))
    WebSocketAPI(url=1)
    MarketStreams(["btcusdt@trade"], combined="yes")
"""
MODELS = "binance_spot_client.models"
REVEALED = [
    f"{MODELS}.new_order_full.NewOrderFull",  # a LIMIT order answers FULL unless asked otherwise
    f"{MODELS}.order_book.OrderBook",
    f"{MODELS}.ticker_price.TickerPrice",  # one symbol: one object
    "binance_spot_client.websocket._methods.SessionStatus",
    "int",
    "binance_spot_client.websocket._api.UserDataEvent",
    "binance_spot_client.websocket._streams.StreamMessage",
    "list[str]",
    "binance_spot_client.websocket._sync.WebSocketAPI",
]
ERRORS = [
    'user_program.py:14: error: Argument 1 to "depth" of "WebSocketMethods" has incompatible type "int"; expected "str"'
    "  [arg-type]",
    'user_program.py:15: error: Unexpected keyword argument "window" for "account" of "WebSocketMethods"  [call-arg]',
    'user_program.py:20: error: Argument "url" to "WebSocketAPI" has incompatible type "int"; expected "str"'
    "  [arg-type]",
    'user_program.py:21: error: Argument "combined" to "MarketStreams" has incompatible type "str"; expected "bool"'
    "  [arg-type]",
]


@pytest.mark.slow  # mypy over the whole package: about 20 s
def test_blocking_methods_have_the_rest_twins_types(tmp_path: Path) -> None:
    (tmp_path / "user_program.py").write_text(USER_PROGRAM)
    checked = subprocess.run(  # the tree is laid out as installed: mypy reads the package from it
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), "user_program.py"],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    lines = checked.stdout.splitlines()
    revealed = [line.split('Revealed type is "', 1)[1].removesuffix('"') for line in lines if "Revealed type" in line]
    assert revealed == REVEALED, checked.stdout
    assert [line for line in lines if ": error:" in line] == ERRORS, checked.stdout
