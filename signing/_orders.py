"""The rules for calls that change orders, shared by the REST and WebSocket clients.

Such a call is never repeated on its own. It always carries a client order id, ours
when the caller gave none, so that when its outcome is unknown (a 5xx, a -1007
timeout, an answer that never came) the caller can look the order up instead of
placing it twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from ._errors import APIError, BinanceError, OrderStatusUnknownError, ServerError, TransportError
from ._operation import Operation

__all__ = ["new_client_order_id", "outcome_unknown", "settled_error", "with_client_order_id"]

_TIMEOUT_CODE = -1007  # "Timeout waiting for response from backend server": execution status unknown


def new_client_order_id() -> str:
    # 128 random bits as 32 hex characters, inside Binance's 36-character limit; a third of uuid4's cost.
    return os.urandom(16).hex()


def outcome_unknown(error: BinanceError) -> bool:
    """The server may have acted on the request: a 5xx, a -1007 timeout, or a lost answer."""
    if error.not_sent:
        return False
    if isinstance(error, ServerError):
        return True
    if isinstance(error, APIError):
        return error.code == _TIMEOUT_CODE
    return isinstance(error, TransportError)


def with_client_order_id(
    operation: Operation, arguments: Mapping[str, object], make: Callable[[], str]
) -> dict[str, object]:
    """`arguments` with a client order id (newClientOrderId on /api) added to an order-changing call lacking one."""
    given = dict(arguments)
    parameter = operation.by_wire_name.get(operation.client_order_id)
    if parameter is not None and not operation.safe_to_repeat and given.get(parameter.python_name) is None:
        given[parameter.python_name] = make()
    return given


def settled_error(operation: Operation, error: BinanceError, arguments: Mapping[str, object]) -> BinanceError:
    """The error to raise: OrderStatusUnknownError when a call that is not safe to repeat may have acted."""
    if operation.safe_to_repeat or not outcome_unknown(error):
        return error
    order_id = operation.by_wire_name.get(operation.client_order_id)
    client_order_id = arguments.get(order_id.python_name) if order_id else None
    symbol = arguments.get("symbol")
    return OrderStatusUnknownError(
        operation.operation_id,
        str(client_order_id) if client_order_id is not None else None,
        str(symbol) if symbol is not None else None,
        str(error),
    )
