"""The clients bench/run.py measures, each as `name -> make(base_url) -> {workload: callable}`.

`raw` is the floor every ratio is taken against: httpx plus json.loads, no checks and no
typing, signing with hmac over urlencode as a hand-written script would. The peers are
measured only when installed (sync only; they are not part of this project's dependencies).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import Any

from bench_ours import KEY, SECRET, make, make_async

WORKLOADS = ("depth", "klines", "ticker_all", "exchange_info", "account", "order")
Calls = dict[str, Callable[[], Any]]
AsyncCalls = dict[str, Callable[[], Awaitable[Any]]]

DEPTH: dict[str, str | int] = {"symbol": "BTCUSDT", "limit": 5000}
KLINES: dict[str, str | int] = {"symbol": "BTCUSDT", "interval": "1m", "limit": 1000}
ORDER = {"symbol": "BTCUSDT", "side": "SELL", "type": "MARKET", "quantity": "10"}


def signed_query(params: dict[str, Any]) -> str:
    query = urllib.parse.urlencode({**params, "timestamp": int(time.time() * 1000)})
    return f"{query}&signature={hmac.new(SECRET.encode(), query.encode(), hashlib.sha256).hexdigest()}"


def raw(base_url: str) -> Calls:
    import httpx

    http = httpx.Client(base_url=base_url)
    key = {"X-MBX-APIKEY": KEY}
    return {
        "depth": lambda: json.loads(http.get("/api/v3/depth", params=DEPTH).content),
        "klines": lambda: json.loads(http.get("/api/v3/klines", params=KLINES).content),
        "ticker_all": lambda: json.loads(http.get("/api/v3/ticker/24hr").content),
        "exchange_info": lambda: json.loads(http.get("/api/v3/exchangeInfo").content),
        "account": lambda: json.loads(http.get(f"/api/v3/account?{signed_query({})}", headers=key).content),
        "order": lambda: json.loads(http.post(f"/api/v3/order?{signed_query(ORDER)}", headers=key).content),
    }


def raw_async(base_url: str) -> AsyncCalls:
    import httpx

    http = httpx.AsyncClient(base_url=base_url)
    key = {"X-MBX-APIKEY": KEY}

    async def get(path: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> Any:
        return json.loads((await http.get(path, params=params, headers=headers)).content)

    async def post(path: str, headers: dict[str, str]) -> Any:
        return json.loads((await http.post(path, headers=headers)).content)

    return {
        "depth": lambda: get("/api/v3/depth", DEPTH),
        "klines": lambda: get("/api/v3/klines", KLINES),
        "ticker_all": lambda: get("/api/v3/ticker/24hr"),
        "exchange_info": lambda: get("/api/v3/exchangeInfo"),
        "account": lambda: get(f"/api/v3/account?{signed_query({})}", headers=key),
        "order": lambda: post(f"/api/v3/order?{signed_query(ORDER)}", headers=key),
    }


def binance_connector(base_url: str) -> Calls:
    from binance.spot import Spot as Connector

    c = Connector(api_key=KEY, api_secret=SECRET, base_url=base_url)
    return {
        "depth": lambda: c.depth("BTCUSDT", limit=5000),
        "klines": lambda: c.klines("BTCUSDT", "1m", limit=1000),
        "ticker_all": lambda: c.ticker_24hr(),
        "exchange_info": lambda: c.exchange_info(),
        "account": lambda: c.account(),
        "order": lambda: c.new_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity=10),
    }


def python_binance(base_url: str) -> Calls:
    from binance.client import Client

    c = Client(KEY, SECRET, ping=False)
    c.API_URL = base_url + "/api"
    return {
        "depth": lambda: c.get_order_book(symbol="BTCUSDT", limit=5000),
        "klines": lambda: c.get_klines(symbol="BTCUSDT", interval="1m", limit=1000),
        "ticker_all": lambda: c.get_ticker(),
        "exchange_info": lambda: c.get_exchange_info(),
        "account": lambda: c.get_account(),
        "order": lambda: c.create_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity=10),
    }


def binance_sdk_spot(base_url: str) -> Calls:
    from binance_common.configuration import ConfigurationRestAPI
    from binance_sdk_spot.spot import Spot as Sdk

    c = Sdk(config_rest_api=ConfigurationRestAPI(api_key=KEY, api_secret=SECRET, base_path=base_url, retries=0))
    api = c.rest_api
    return {
        "depth": lambda: api.depth(symbol="BTCUSDT", limit=5000).data(),
        "klines": lambda: api.klines(symbol="BTCUSDT", interval="1m", limit=1000).data(),
        "ticker_all": lambda: api.ticker24hr().data(),
        "exchange_info": lambda: api.exchange_info().data(),
        "account": lambda: api.get_account().data(),
        "order": lambda: api.new_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity=10.0).data(),
    }


SYNC: dict[str, Callable[[str], Calls]] = {
    "raw": raw,
    "ours": make,
    "binance-connector": binance_connector,
    "python-binance": python_binance,
    "binance-sdk-spot": binance_sdk_spot,
}
ASYNC: dict[str, Callable[[str], AsyncCalls]] = {"raw": raw_async, "ours": make_async}
PEERS = ("binance-connector", "python-binance", "binance-sdk-spot")
MODULES = {  # what each peer's import needs
    "binance-connector": "binance.spot",
    "python-binance": "binance.client",
    "binance-sdk-spot": "binance_sdk_spot",
}
