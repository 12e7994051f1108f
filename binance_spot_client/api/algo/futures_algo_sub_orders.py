"""Sub-orders of a futures algo order: GET /sapi/v1/algo/futures/subOrders (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.algo_sub_orders import AlgoSubOrders
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["futuresAlgoSubOrders"]


def _arguments(
    algo_id: int,
    *,
    page: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "algo_id": algo_id,
        "page": page,
        "page_size": page_size,
    }


def _parse_response(response: httpx.Response) -> AlgoSubOrders:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AlgoSubOrders:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AlgoSubOrders.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AlgoSubOrders]:
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
    algo_id: int,
    page: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoSubOrders]:
    """Sub-orders of a futures algo order.

    Lists the orders a futures algo order has placed on the market, with the algo's executed totals.
    Needs an API key with futures trading enabled.

    GET /sapi/v1/algo/futures/subOrders · security USER_DATA · weight 1


    Args:
        algo_id: Id of the algo order. Required.
        page: Page number, starting at 1 (default 1).
        page_size: Sub-orders per page, 1 to 100 (default 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            algo_id=algo_id,
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
    algo_id: int,
    page: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoSubOrders:
    """Sub-orders of a futures algo order.

    Lists the orders a futures algo order has placed on the market, with the algo's executed totals.
    Needs an API key with futures trading enabled.

    GET /sapi/v1/algo/futures/subOrders · security USER_DATA · weight 1


    Args:
        algo_id: Id of the algo order. Required.
        page: Page number, starting at 1 (default 1).
        page_size: Sub-orders per page, 1 to 100 (default 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AlgoSubOrders
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                algo_id=algo_id,
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
    algo_id: int,
    page: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoSubOrders]:
    """Sub-orders of a futures algo order.

    Lists the orders a futures algo order has placed on the market, with the algo's executed totals.
    Needs an API key with futures trading enabled.

    GET /sapi/v1/algo/futures/subOrders · security USER_DATA · weight 1


    Args:
        algo_id: Id of the algo order. Required.
        page: Page number, starting at 1 (default 1).
        page_size: Sub-orders per page, 1 to 100 (default 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            algo_id=algo_id,
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
    algo_id: int,
    page: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoSubOrders:
    """Sub-orders of a futures algo order.

    Lists the orders a futures algo order has placed on the market, with the algo's executed totals.
    Needs an API key with futures trading enabled.

    GET /sapi/v1/algo/futures/subOrders · security USER_DATA · weight 1


    Args:
        algo_id: Id of the algo order. Required.
        page: Page number, starting at 1 (default 1).
        page_size: Sub-orders per page, 1 to 100 (default 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AlgoSubOrders
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                algo_id=algo_id,
                page=page,
                page_size=page_size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
