"""The method table: rendered from spec/websocket/api.yaml, tied to REST operations, checked like REST."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from binance_spot_client import websocket
from binance_spot_client.models.order_side import OrderSide
from binance_spot_client.operations import OPERATIONS
from binance_spot_client.signing import ParameterError
from binance_spot_client.websocket import METHODS, AsyncWebSocketAPI, WebSocketAPI
from generator import websocket as render_websocket

SPEC = yaml.safe_load((Path(__file__).parents[2] / "spec" / "websocket" / "api.yaml").read_text())
SECURITY = {"NONE", "TRADE", "USER_DATA", "USER_STREAM", "SESSION"}


def test_every_spec_method_is_in_the_table() -> None:
    assert list(METHODS) == list(SPEC["methods"])


@pytest.mark.parametrize("name", list(SPEC["methods"]))
def test_method_is_well_formed(name: str) -> None:
    method = METHODS[name]
    assert method.security in SECURITY
    assert (method.rest is None) != (method.schema is None), "a REST twin or an own schema, not both"
    if method.rest is not None:
        assert method.rest in OPERATIONS
        python_name = render_websocket.snake(name)
        assert hasattr(AsyncWebSocketAPI, python_name) and hasattr(WebSocketAPI, python_name)
    else:
        assert method.schema in SPEC["schemas"]


def test_rest_twins_keep_the_rest_security_type() -> None:
    for method in METHODS.values():
        if method.rest is not None:
            assert OPERATIONS[method.rest].security.value == method.security, method.name


def test_params_are_json_typed_like_binance_examples() -> None:
    params = METHODS["order.place"].build_params(
        {"symbol": "BTCUSDT", "side": OrderSide.BUY, "type": "LIMIT", "time_in_force": "GTC"}
        | {"quantity": Decimal("1E-7"), "price": 52000.5, "strategy_id": 7}
    )
    assert params == {
        "symbol": "BTCUSDT",
        "side": "BUY",
        "type": "LIMIT",
        "timeInForce": "GTC",
        "quantity": "0.0000001",
        "price": "52000.5",
        "strategyId": 7,
    }
    assert METHODS["ticker.price"].build_params({"symbols": ["BTCUSDT", "BNBUSDT"]}) == {
        "symbols": ["BTCUSDT", "BNBUSDT"]
    }


def test_parameter_errors_name_the_python_parameter() -> None:
    with pytest.raises(ParameterError, match="symbol: is required"):
        METHODS["order.place"].build_params({"side": "BUY", "type": "MARKET"})
    with pytest.raises(ParameterError, match="side"):
        METHODS["order.place"].build_params({"symbol": "BTCUSDT", "side": "UP", "type": "MARKET"})


def test_public_names_are_sorted_and_exported() -> None:
    names = websocket.__all__
    constants = [name for name in names if name.isupper()]
    assert names == sorted(constants) + sorted(name for name in names if not name.isupper())
    assert all(hasattr(websocket, name) for name in names)
