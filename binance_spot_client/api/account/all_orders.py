"""All orders: GET /api/v3/allOrders (USER_DATA, weight 20).

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
OPERATION = OPERATIONS["allOrders"]


def _arguments(
    symbol: str,
    *,
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[Order]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[Order]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [Order.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[Order]]:
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
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[Order]]:
    """All orders.

    Lists the account's orders on a symbol whatever their state (open, canceled or filled). With
    `orderId`, the list starts at that order id and goes up; without it, the most recent orders come
    back. A time window given by `startTime` and `endTime` may span at most 24 hours. For some old
    orders `cummulativeQuoteQty` is negative, meaning the value is not available.

    GET /api/v3/allOrders · security USER_DATA · weight 20


    Args:
        symbol: The symbol whose orders are listed. Required.
        order_id: Return orders whose id is greater than or equal to this one. Not needed when a time
            window is given.
        start_time: Earliest order creation time, in milliseconds since the Unix epoch (UTC). At most 24
            hours before `endTime`.
        end_time: Latest order creation time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            after `startTime`.
        limit: How many orders to return. Default 500, maximum 1000.
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
            start_time=start_time,
            end_time=end_time,
            limit=limit,
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
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[Order]:
    """All orders.

    Lists the account's orders on a symbol whatever their state (open, canceled or filled). With
    `orderId`, the list starts at that order id and goes up; without it, the most recent orders come
    back. A time window given by `startTime` and `endTime` may span at most 24 hours. For some old
    orders `cummulativeQuoteQty` is negative, meaning the value is not available.

    GET /api/v3/allOrders · security USER_DATA · weight 20


    Args:
        symbol: The symbol whose orders are listed. Required.
        order_id: Return orders whose id is greater than or equal to this one. Not needed when a time
            window is given.
        start_time: Earliest order creation time, in milliseconds since the Unix epoch (UTC). At most 24
            hours before `endTime`.
        end_time: Latest order creation time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            after `startTime`.
        limit: How many orders to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[Order]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
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
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[Order]]:
    """All orders.

    Lists the account's orders on a symbol whatever their state (open, canceled or filled). With
    `orderId`, the list starts at that order id and goes up; without it, the most recent orders come
    back. A time window given by `startTime` and `endTime` may span at most 24 hours. For some old
    orders `cummulativeQuoteQty` is negative, meaning the value is not available.

    GET /api/v3/allOrders · security USER_DATA · weight 20


    Args:
        symbol: The symbol whose orders are listed. Required.
        order_id: Return orders whose id is greater than or equal to this one. Not needed when a time
            window is given.
        start_time: Earliest order creation time, in milliseconds since the Unix epoch (UTC). At most 24
            hours before `endTime`.
        end_time: Latest order creation time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            after `startTime`.
        limit: How many orders to return. Default 500, maximum 1000.
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
            start_time=start_time,
            end_time=end_time,
            limit=limit,
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
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[Order]:
    """All orders.

    Lists the account's orders on a symbol whatever their state (open, canceled or filled). With
    `orderId`, the list starts at that order id and goes up; without it, the most recent orders come
    back. A time window given by `startTime` and `endTime` may span at most 24 hours. For some old
    orders `cummulativeQuoteQty` is negative, meaning the value is not available.

    GET /api/v3/allOrders · security USER_DATA · weight 20


    Args:
        symbol: The symbol whose orders are listed. Required.
        order_id: Return orders whose id is greater than or equal to this one. Not needed when a time
            window is given.
        start_time: Earliest order creation time, in milliseconds since the Unix epoch (UTC). At most 24
            hours before `endTime`.
        end_time: Latest order creation time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            after `startTime`.
        limit: How many orders to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[Order]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
