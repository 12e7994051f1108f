"""This client as the peer harness (../shared/bench/peers.py) and bench/run.py call it.

`make(base_url)` gives one zero-argument callable per workload, each making the same call
as the other clients' adapters and returning our typed models; `make_async` is the same
for `AsyncSpot`, with coroutine functions.

    PYTHONPATH=bench python ../shared/bench/peers.py http://127.0.0.1:PORT
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from binance_spot_client import AsyncSpot, Spot

KEY, SECRET = "benchkey", "benchsecret"  # the loopback server checks no signature


def make(base_url: str) -> dict[str, Callable[[], Any]]:
    client = Spot(KEY, SECRET, base_url=base_url)
    return {
        "depth": lambda: client.depth("BTCUSDT", limit=5000),
        "klines": lambda: client.klines("BTCUSDT", "1m", limit=1000),
        "ticker_all": lambda: client.ticker24hr(),
        "exchange_info": lambda: client.exchange_info(),
        "account": lambda: client.account(),
        "order": lambda: client.new_order("BTCUSDT", "SELL", "MARKET", quantity="10"),
    }


def make_async(base_url: str) -> dict[str, Callable[[], Awaitable[Any]]]:
    client = AsyncSpot(KEY, SECRET, base_url=base_url)
    return {
        "depth": lambda: client.depth("BTCUSDT", limit=5000),
        "klines": lambda: client.klines("BTCUSDT", "1m", limit=1000),
        "ticker_all": lambda: client.ticker24hr(),
        "exchange_info": lambda: client.exchange_info(),
        "account": lambda: client.account(),
        "order": lambda: client.new_order("BTCUSDT", "SELL", "MARKET", quantity="10"),
    }
