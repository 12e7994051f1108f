"""Order amendments: GET /api/v3/order/amendments (USER_DATA, weight 4).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.order_amendment import OrderAmendment
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["orderAmendments"]


def _arguments(
    symbol: str,
    order_id: int,
    *,
    from_execution_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "from_execution_id": from_execution_id,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[OrderAmendment]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[OrderAmendment]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [OrderAmendment.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[OrderAmendment]]:
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
    order_id: int,
    from_execution_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[OrderAmendment]]:
    """Order amendments.

    Lists every amendment (quantity reduction keeping queue priority) made to one order of the
    account, oldest first.

    GET /api/v3/order/amendments · security USER_DATA · weight 4


    Args:
        symbol: The symbol the order was placed on. Required.
        order_id: The exchange-assigned id of the order. Required.
        from_execution_id: Start from this execution id (inclusive).
        limit: How many amendments to return. Default 500, maximum 1000.
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
            from_execution_id=from_execution_id,
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
    order_id: int,
    from_execution_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[OrderAmendment]:
    """Order amendments.

    Lists every amendment (quantity reduction keeping queue priority) made to one order of the
    account, oldest first.

    GET /api/v3/order/amendments · security USER_DATA · weight 4


    Args:
        symbol: The symbol the order was placed on. Required.
        order_id: The exchange-assigned id of the order. Required.
        from_execution_id: Start from this execution id (inclusive).
        limit: How many amendments to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[OrderAmendment]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                from_execution_id=from_execution_id,
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
    order_id: int,
    from_execution_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[OrderAmendment]]:
    """Order amendments.

    Lists every amendment (quantity reduction keeping queue priority) made to one order of the
    account, oldest first.

    GET /api/v3/order/amendments · security USER_DATA · weight 4


    Args:
        symbol: The symbol the order was placed on. Required.
        order_id: The exchange-assigned id of the order. Required.
        from_execution_id: Start from this execution id (inclusive).
        limit: How many amendments to return. Default 500, maximum 1000.
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
            from_execution_id=from_execution_id,
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
    order_id: int,
    from_execution_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[OrderAmendment]:
    """Order amendments.

    Lists every amendment (quantity reduction keeping queue priority) made to one order of the
    account, oldest first.

    GET /api/v3/order/amendments · security USER_DATA · weight 4


    Args:
        symbol: The symbol the order was placed on. Required.
        order_id: The exchange-assigned id of the order. Required.
        from_execution_id: Start from this execution id (inclusive).
        limit: How many amendments to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[OrderAmendment]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                from_execution_id=from_execution_id,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
