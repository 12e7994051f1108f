"""Older trades: GET /api/v3/historicalTrades (NONE, weight 25).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.recent_trade import RecentTrade
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["historicalTrades"]


def _arguments(
    symbol: str,
    *,
    limit: int | None = None,
    from_id: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "limit": limit,
        "from_id": from_id,
    }


def _parse_response(response: httpx.Response) -> list[RecentTrade]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[RecentTrade]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [RecentTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[RecentTrade]]:
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
    limit: int | None = None,
    from_id: int | None = None,
    timeout: float | None = None,
) -> Response[list[RecentTrade]]:
    """Older trades.

    Looks up past trades of a symbol starting at a given trade id, oldest first. Without `fromId` it
    returns the latest trades.

    GET /api/v3/historicalTrades · security NONE · weight 25


    Args:
        symbol: The trading pair. Required.
        limit: How many trades to return. Defaults to 500; at most 1000.
        from_id: Trade id to start from (included). When absent, the most recent trades are returned.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            limit=limit,
            from_id=from_id,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    limit: int | None = None,
    from_id: int | None = None,
    timeout: float | None = None,
) -> list[RecentTrade]:
    """Older trades.

    Looks up past trades of a symbol starting at a given trade id, oldest first. Without `fromId` it
    returns the latest trades.

    GET /api/v3/historicalTrades · security NONE · weight 25


    Args:
        symbol: The trading pair. Required.
        limit: How many trades to return. Defaults to 500; at most 1000.
        from_id: Trade id to start from (included). When absent, the most recent trades are returned.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[RecentTrade]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                limit=limit,
                from_id=from_id,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    from_id: int | None = None,
    timeout: float | None = None,
) -> Response[list[RecentTrade]]:
    """Older trades.

    Looks up past trades of a symbol starting at a given trade id, oldest first. Without `fromId` it
    returns the latest trades.

    GET /api/v3/historicalTrades · security NONE · weight 25


    Args:
        symbol: The trading pair. Required.
        limit: How many trades to return. Defaults to 500; at most 1000.
        from_id: Trade id to start from (included). When absent, the most recent trades are returned.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            limit=limit,
            from_id=from_id,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    from_id: int | None = None,
    timeout: float | None = None,
) -> list[RecentTrade]:
    """Older trades.

    Looks up past trades of a symbol starting at a given trade id, oldest first. Without `fromId` it
    returns the latest trades.

    GET /api/v3/historicalTrades · security NONE · weight 25


    Args:
        symbol: The trading pair. Required.
        limit: How many trades to return. Defaults to 500; at most 1000.
        from_id: Trade id to start from (included). When absent, the most recent trades are returned.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[RecentTrade]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                limit=limit,
                from_id=from_id,
            ),
            timeout=timeout,
        )
    )
