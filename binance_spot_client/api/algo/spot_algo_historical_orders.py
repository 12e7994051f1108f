"""Past spot algo orders: GET /sapi/v1/algo/spot/historicalOrders (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.algo_orders import AlgoOrders
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["spotAlgoHistoricalOrders"]


def _arguments(
    *,
    symbol: str | None = None,
    side: OrderSide | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "page_size": page_size,
    }


def _parse_response(response: httpx.Response) -> AlgoOrders:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AlgoOrders:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AlgoOrders.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AlgoOrders]:
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
    symbol: str | None = None,
    side: OrderSide | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoOrders]:
    """Past spot algo orders.

    Lists the caller's spot TWAP orders, finished ones included, filtered by symbol, side and time
    and paged with `page`/`pageSize`.

    GET /sapi/v1/algo/spot/historicalOrders · security USER_DATA · weight 1


    Args:
        symbol: Only orders of this symbol.
        side: Only orders of this side.
        start_time: Earliest order time to include, UTC milliseconds.
        end_time: Latest order time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        page_size: Orders per page, 1 to 100 (default 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            side=side,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    side: OrderSide | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoOrders:
    """Past spot algo orders.

    Lists the caller's spot TWAP orders, finished ones included, filtered by symbol, side and time
    and paged with `page`/`pageSize`.

    GET /sapi/v1/algo/spot/historicalOrders · security USER_DATA · weight 1


    Args:
        symbol: Only orders of this symbol.
        side: Only orders of this side.
        start_time: Earliest order time to include, UTC milliseconds.
        end_time: Latest order time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        page_size: Orders per page, 1 to 100 (default 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AlgoOrders
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                side=side,
                start_time=start_time,
                end_time=end_time,
                page=page,
                page_size=page_size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    side: OrderSide | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoOrders]:
    """Past spot algo orders.

    Lists the caller's spot TWAP orders, finished ones included, filtered by symbol, side and time
    and paged with `page`/`pageSize`.

    GET /sapi/v1/algo/spot/historicalOrders · security USER_DATA · weight 1


    Args:
        symbol: Only orders of this symbol.
        side: Only orders of this side.
        start_time: Earliest order time to include, UTC milliseconds.
        end_time: Latest order time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        page_size: Orders per page, 1 to 100 (default 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            side=side,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    side: OrderSide | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoOrders:
    """Past spot algo orders.

    Lists the caller's spot TWAP orders, finished ones included, filtered by symbol, side and time
    and paged with `page`/`pageSize`.

    GET /sapi/v1/algo/spot/historicalOrders · security USER_DATA · weight 1


    Args:
        symbol: Only orders of this symbol.
        side: Only orders of this side.
        start_time: Earliest order time to include, UTC milliseconds.
        end_time: Latest order time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        page_size: Orders per page, 1 to 100 (default 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AlgoOrders
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                side=side,
                start_time=start_time,
                end_time=end_time,
                page=page,
                page_size=page_size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
