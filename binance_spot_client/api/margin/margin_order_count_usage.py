"""Margin order count usage: GET /sapi/v1/margin/rateLimit/order (TRADE, weight 20).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_order_count_usage import MarginOrderCountUsage
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginOrderCountUsage"]


def _arguments(
    *,
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "is_isolated": is_isolated,
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> list[MarginOrderCountUsage]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginOrderCountUsage]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginOrderCountUsage.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginOrderCountUsage]]:
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginOrderCountUsage]]:
    """Margin order count usage.

    Shows how many orders the account has placed in each order rate limit window, cross margin or
    the isolated account of `symbol`.

    GET /sapi/v1/margin/rateLimit/order · security TRADE · weight 20


    Args:
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        symbol: Isolated margin pair; required when `isIsolated=TRUE`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginOrderCountUsage]:
    """Margin order count usage.

    Shows how many orders the account has placed in each order rate limit window, cross margin or
    the isolated account of `symbol`.

    GET /sapi/v1/margin/rateLimit/order · security TRADE · weight 20


    Args:
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        symbol: Isolated margin pair; required when `isIsolated=TRUE`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginOrderCountUsage]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                is_isolated=is_isolated,
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginOrderCountUsage]]:
    """Margin order count usage.

    Shows how many orders the account has placed in each order rate limit window, cross margin or
    the isolated account of `symbol`.

    GET /sapi/v1/margin/rateLimit/order · security TRADE · weight 20


    Args:
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        symbol: Isolated margin pair; required when `isIsolated=TRUE`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginOrderCountUsage]:
    """Margin order count usage.

    Shows how many orders the account has placed in each order rate limit window, cross margin or
    the isolated account of `symbol`.

    GET /sapi/v1/margin/rateLimit/order · security TRADE · weight 20


    Args:
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        symbol: Isolated margin pair; required when `isIsolated=TRUE`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginOrderCountUsage]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                is_isolated=is_isolated,
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
