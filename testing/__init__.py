"""Test trading code without Binance: response validation and a fake exchange.

Installed as `binance_spot_client.testing` (extra `testing`):

    from binance_spot_client import Spot
    from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, validate_response

    exchange = FakeExchange()                                   # in-process, or FakeServer(exchange) on 127.0.0.1
    with Spot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=exchange) as client:
        order = client.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.01")
    validate_response("depth", {"lastUpdateId": 1, "bids": [], "asks": []}, strict=True)

`FakeServer` also serves the exchange's WebSocket API and market streams
(`FakeWebSocketServer`, with fault controls: dropped connections, serverShutdown, depth
gaps), and `exchange.mount(respx_router)` routes every Binance REST host to the fake.

`python -m binance_spot_client.testing.server --port 8080` serves the fake over HTTP.
The pytest plugin (fixtures `spot_validate`, `fake_exchange`, `fake_exchange_server`,
marker `spot_validate`, option `--spot-record`) is registered automatically.

Names load on first use, so importing this package (as pytest does for the plugin)
needs nothing beyond the client itself.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from binance_spot_client.signing import ResponseValidationError

    from ._account import Balance, FakeOrder, FakeOrderList
    from ._exchange import DEFAULT_BALANCES, DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange, LoggedRequest
    from ._keys import ApiKey
    from ._market import DEFAULT_SYMBOLS, FakeSymbol
    from ._recording import check_recording, observe_responses, record_responses
    from ._server import FakeServer
    from ._validation import response_mismatches, validate_response
    from ._websocket import FakeWebSocketServer

__all__ = [
    "DEFAULT_BALANCES",
    "DEFAULT_SYMBOLS",
    "DEMO_API_KEY",
    "DEMO_SECRET_KEY",
    "ApiKey",
    "Balance",
    "FakeExchange",
    "FakeOrder",
    "FakeOrderList",
    "FakeServer",
    "FakeSymbol",
    "FakeWebSocketServer",
    "LoggedRequest",
    "ResponseValidationError",
    "check_recording",
    "observe_responses",
    "record_responses",
    "response_mismatches",
    "validate_response",
]

# What the [testing] extra installs (pyproject.toml), for the error that names the extra when one is missing.
_TESTING_EXTRA = ("jsonschema", "referencing")

_HOMES = {
    "ApiKey": "._keys",
    "Balance": "._account",
    "FakeOrder": "._account",
    "FakeOrderList": "._account",
    "DEFAULT_BALANCES": "._exchange",
    "DEMO_API_KEY": "._exchange",
    "DEMO_SECRET_KEY": "._exchange",
    "FakeExchange": "._exchange",
    "LoggedRequest": "._exchange",
    "DEFAULT_SYMBOLS": "._market",
    "FakeSymbol": "._market",
    "check_recording": "._recording",
    "observe_responses": "._recording",
    "record_responses": "._recording",
    "FakeServer": "._server",
    "FakeWebSocketServer": "._websocket",
    "response_mismatches": "._validation",
    "validate_response": "._validation",
    "ResponseValidationError": "binance_spot_client.signing",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        module = importlib.import_module(home, __name__)
    except ModuleNotFoundError as missing:
        if missing.name not in _TESTING_EXTRA:
            raise
        raise ModuleNotFoundError(
            f"{name} needs the [testing] extra, which brings {missing.name}: "
            "pip install 'binance-spot-client[testing]'",
            name=missing.name,
        ) from missing
    value = getattr(module, name)
    globals()[name] = value  # resolve once
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
