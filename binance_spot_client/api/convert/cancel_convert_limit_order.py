"""Cancel a limit order: POST /sapi/v1/convert/limit/cancelOrder (TRADE, weight 200).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.convert_limit_order_result import ConvertLimitOrderResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelConvertLimitOrder"]


def _arguments(
    order_id: int,
) -> dict[str, object]:
    return {
        "order_id": order_id,
    }


def _parse_response(response: httpx.Response) -> ConvertLimitOrderResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ConvertLimitOrderResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ConvertLimitOrderResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ConvertLimitOrderResult]:
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
    order_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertLimitOrderResult]:
    """Cancel a limit order.

    Cancels an open convert limit order.

    POST /sapi/v1/convert/limit/cancelOrder · security TRADE · weight 200


    Args:
        order_id: Id of the order, as returned when it was placed. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertLimitOrderResult:
    """Cancel a limit order.

    Cancels an open convert limit order.

    POST /sapi/v1/convert/limit/cancelOrder · security TRADE · weight 200


    Args:
        order_id: Id of the order, as returned when it was placed. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertLimitOrderResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertLimitOrderResult]:
    """Cancel a limit order.

    Cancels an open convert limit order.

    POST /sapi/v1/convert/limit/cancelOrder · security TRADE · weight 200


    Args:
        order_id: Id of the order, as returned when it was placed. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertLimitOrderResult:
    """Cancel a limit order.

    Cancels an open convert limit order.

    POST /sapi/v1/convert/limit/cancelOrder · security TRADE · weight 200


    Args:
        order_id: Id of the order, as returned when it was placed. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertLimitOrderResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
