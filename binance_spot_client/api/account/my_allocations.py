"""Allocations: GET /api/v3/myAllocations (USER_DATA, weight 20).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.allocation import Allocation
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["myAllocations"]


def _arguments(
    symbol: str,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "start_time": start_time,
        "end_time": end_time,
        "from_allocation_id": from_allocation_id,
        "limit": limit,
        "order_id": order_id,
    }


def _parse_response(response: httpx.Response) -> list[Allocation]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[Allocation]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [Allocation.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[Allocation]]:
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
    start_time: int | None = None,
    end_time: int | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[Allocation]]:
    """Allocations.

    Lists the allocations the account received from orders placed through the Smart Order Router
    (SOR). Accepted combinations besides `symbol`: nothing else (oldest first), `startTime`,
    `endTime`, `startTime` + `endTime` (at most 24 hours apart), `fromAllocationId`, `orderId`, or
    `orderId` + `fromAllocationId`.

    GET /api/v3/myAllocations · security USER_DATA · weight 20


    Args:
        symbol: The symbol of the allocations. Required.
        start_time: Earliest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
            oldest allocations from then on.
        end_time: Latest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
            newest allocations up to then.
        from_allocation_id: Start from this allocation id (inclusive).
        limit: How many allocations to return. Default 500, maximum 1000.
        order_id: Only allocations that came from this order (exchange-assigned id), oldest first.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            from_allocation_id=from_allocation_id,
            limit=limit,
            order_id=order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    start_time: int | None = None,
    end_time: int | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[Allocation]:
    """Allocations.

    Lists the allocations the account received from orders placed through the Smart Order Router
    (SOR). Accepted combinations besides `symbol`: nothing else (oldest first), `startTime`,
    `endTime`, `startTime` + `endTime` (at most 24 hours apart), `fromAllocationId`, `orderId`, or
    `orderId` + `fromAllocationId`.

    GET /api/v3/myAllocations · security USER_DATA · weight 20


    Args:
        symbol: The symbol of the allocations. Required.
        start_time: Earliest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
            oldest allocations from then on.
        end_time: Latest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
            newest allocations up to then.
        from_allocation_id: Start from this allocation id (inclusive).
        limit: How many allocations to return. Default 500, maximum 1000.
        order_id: Only allocations that came from this order (exchange-assigned id), oldest first.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[Allocation]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                from_allocation_id=from_allocation_id,
                limit=limit,
                order_id=order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    start_time: int | None = None,
    end_time: int | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[Allocation]]:
    """Allocations.

    Lists the allocations the account received from orders placed through the Smart Order Router
    (SOR). Accepted combinations besides `symbol`: nothing else (oldest first), `startTime`,
    `endTime`, `startTime` + `endTime` (at most 24 hours apart), `fromAllocationId`, `orderId`, or
    `orderId` + `fromAllocationId`.

    GET /api/v3/myAllocations · security USER_DATA · weight 20


    Args:
        symbol: The symbol of the allocations. Required.
        start_time: Earliest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
            oldest allocations from then on.
        end_time: Latest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
            newest allocations up to then.
        from_allocation_id: Start from this allocation id (inclusive).
        limit: How many allocations to return. Default 500, maximum 1000.
        order_id: Only allocations that came from this order (exchange-assigned id), oldest first.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            from_allocation_id=from_allocation_id,
            limit=limit,
            order_id=order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    start_time: int | None = None,
    end_time: int | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[Allocation]:
    """Allocations.

    Lists the allocations the account received from orders placed through the Smart Order Router
    (SOR). Accepted combinations besides `symbol`: nothing else (oldest first), `startTime`,
    `endTime`, `startTime` + `endTime` (at most 24 hours apart), `fromAllocationId`, `orderId`, or
    `orderId` + `fromAllocationId`.

    GET /api/v3/myAllocations · security USER_DATA · weight 20


    Args:
        symbol: The symbol of the allocations. Required.
        start_time: Earliest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
            oldest allocations from then on.
        end_time: Latest allocation time, in milliseconds since the Unix epoch (UTC). Alone, returns the
            newest allocations up to then.
        from_allocation_id: Start from this allocation id (inclusive).
        limit: How many allocations to return. Default 500, maximum 1000.
        order_id: Only allocations that came from this order (exchange-assigned id), oldest first.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[Allocation]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                from_allocation_id=from_allocation_id,
                limit=limit,
                order_id=order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
