"""Query order: GET /api/v3/order (USER_DATA, weight 4).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.order import Order
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["queryOrder"]


def _arguments(
    symbol: str,
    *,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
    }


def _parse_response(response: httpx.Response) -> Order:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> Order:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = Order.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        rate_limits=RateLimits.from_headers(response.headers),
    )


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[Order]:
    """Query order.

    Looks up one order of the account on a symbol, by its exchange id (`orderId`) or by the client
    id it was given (`origClientOrderId`), and returns its current state. When both ids are sent,
    the order is found by `orderId` and the request fails unless its client id equals
    `origClientOrderId`. For some old orders `cummulativeQuoteQty` is negative, which means the
    value is not available.

    GET /api/v3/order · security USER_DATA · weight 4


    Args:
        symbol: The symbol the order was placed on. Required.
        order_id: The exchange-assigned id of the order. Send this or `origClientOrderId` (or both).
        orig_client_order_id: The client order id of the order. Send this or `orderId` (or both).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Order:
    """Query order.

    Looks up one order of the account on a symbol, by its exchange id (`orderId`) or by the client
    id it was given (`origClientOrderId`), and returns its current state. When both ids are sent,
    the order is found by `orderId` and the request fails unless its client id equals
    `origClientOrderId`. For some old orders `cummulativeQuoteQty` is negative, which means the
    value is not available.

    GET /api/v3/order · security USER_DATA · weight 4


    Args:
        symbol: The symbol the order was placed on. Required.
        order_id: The exchange-assigned id of the order. Send this or `origClientOrderId` (or both).
        orig_client_order_id: The client order id of the order. Send this or `orderId` (or both).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        Order
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[Order]:
    """Query order.

    Looks up one order of the account on a symbol, by its exchange id (`orderId`) or by the client
    id it was given (`origClientOrderId`), and returns its current state. When both ids are sent,
    the order is found by `orderId` and the request fails unless its client id equals
    `origClientOrderId`. For some old orders `cummulativeQuoteQty` is negative, which means the
    value is not available.

    GET /api/v3/order · security USER_DATA · weight 4


    Args:
        symbol: The symbol the order was placed on. Required.
        order_id: The exchange-assigned id of the order. Send this or `origClientOrderId` (or both).
        orig_client_order_id: The client order id of the order. Send this or `orderId` (or both).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Order:
    """Query order.

    Looks up one order of the account on a symbol, by its exchange id (`orderId`) or by the client
    id it was given (`origClientOrderId`), and returns its current state. When both ids are sent,
    the order is found by `orderId` and the request fails unless its client id equals
    `origClientOrderId`. For some old orders `cummulativeQuoteQty` is negative, which means the
    value is not available.

    GET /api/v3/order · security USER_DATA · weight 4


    Args:
        symbol: The symbol the order was placed on. Required.
        order_id: The exchange-assigned id of the order. Send this or `origClientOrderId` (or both).
        orig_client_order_id: The client order id of the order. Send this or `orderId` (or both).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        Order
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
