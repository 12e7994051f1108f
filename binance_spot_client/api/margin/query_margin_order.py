"""Query a margin order: GET /sapi/v1/margin/order (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_order import MarginOrder
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["queryMarginOrder"]


def _arguments(
    symbol: str,
    *,
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
    }


def _parse_response(response: httpx.Response) -> MarginOrder:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginOrder:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginOrder.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginOrder]:
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginOrder]:
    """Query a margin order.

    Returns one margin order, identified by `orderId` or `origClientOrderId`. For some old orders
    `cummulativeQuoteQty` is negative: the figure is not available.

    GET /sapi/v1/margin/order · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_id: Order id.
        orig_client_order_id: Client order id of the order.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginOrder:
    """Query a margin order.

    Returns one margin order, identified by `orderId` or `origClientOrderId`. For some old orders
    `cummulativeQuoteQty` is negative: the figure is not available.

    GET /sapi/v1/margin/order · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_id: Order id.
        orig_client_order_id: Client order id of the order.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginOrder
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginOrder]:
    """Query a margin order.

    Returns one margin order, identified by `orderId` or `origClientOrderId`. For some old orders
    `cummulativeQuoteQty` is negative: the figure is not available.

    GET /sapi/v1/margin/order · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_id: Order id.
        orig_client_order_id: Client order id of the order.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginOrder:
    """Query a margin order.

    Returns one margin order, identified by `orderId` or `origClientOrderId`. For some old orders
    `cummulativeQuoteQty` is negative: the figure is not available.

    GET /sapi/v1/margin/order · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_id: Order id.
        orig_client_order_id: Client order id of the order.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginOrder
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
