"""Open margin orders: GET /sapi/v1/margin/openOrders (USER_DATA, weight 10).

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
OPERATION = OPERATIONS["marginOpenOrders"]


def _arguments(
    *,
    symbol: str | None = None,
    is_isolated: MarginIsolatedFlag | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
    }


def _parse_response(response: httpx.Response) -> list[MarginOrder]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginOrder]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginOrder.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginOrder]]:
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginOrder]]:
    """Open margin orders.

    Lists the open orders of one pair, or of every pair when `symbol` is omitted (cross margin only;
    isolated margin needs `symbol`).

    GET /sapi/v1/margin/openOrders · security USER_DATA · weight 10


    Args:
        symbol: Only this pair; required when `isIsolated=TRUE`.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
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
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    is_isolated: MarginIsolatedFlag | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginOrder]:
    """Open margin orders.

    Lists the open orders of one pair, or of every pair when `symbol` is omitted (cross margin only;
    isolated margin needs `symbol`).

    GET /sapi/v1/margin/openOrders · security USER_DATA · weight 10


    Args:
        symbol: Only this pair; required when `isIsolated=TRUE`.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginOrder]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    is_isolated: MarginIsolatedFlag | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginOrder]]:
    """Open margin orders.

    Lists the open orders of one pair, or of every pair when `symbol` is omitted (cross margin only;
    isolated margin needs `symbol`).

    GET /sapi/v1/margin/openOrders · security USER_DATA · weight 10


    Args:
        symbol: Only this pair; required when `isIsolated=TRUE`.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
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
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    is_isolated: MarginIsolatedFlag | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginOrder]:
    """Open margin orders.

    Lists the open orders of one pair, or of every pair when `symbol` is omitted (cross margin only;
    isolated margin needs `symbol`).

    GET /sapi/v1/margin/openOrders · security USER_DATA · weight 10


    Args:
        symbol: Only this pair; required when `isIsolated=TRUE`.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginOrder]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
