"""Block trades: GET /api/v3/historicalBlockTrades (NONE, weight 25).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.historical_block_trade import HistoricalBlockTrade
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["historicalBlockTrades"]


def _arguments(
    symbol: str,
    from_id: int,
    *,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "from_id": from_id,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[HistoricalBlockTrade]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[HistoricalBlockTrade]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [HistoricalBlockTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[HistoricalBlockTrade]]:
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
    from_id: int,
    limit: int | None = None,
    timeout: float | None = None,
) -> Response[list[HistoricalBlockTrade]]:
    """Block trades.

    Lists a symbol's block trades starting at a given block trade id, oldest first.

    GET /api/v3/historicalBlockTrades · security NONE · weight 25


    Args:
        symbol: The trading pair. Required.
        from_id: Block trade id to start from. Required.
        limit: How many block trades to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            limit=limit,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    from_id: int,
    limit: int | None = None,
    timeout: float | None = None,
) -> list[HistoricalBlockTrade]:
    """Block trades.

    Lists a symbol's block trades starting at a given block trade id, oldest first.

    GET /api/v3/historicalBlockTrades · security NONE · weight 25


    Args:
        symbol: The trading pair. Required.
        from_id: Block trade id to start from. Required.
        limit: How many block trades to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[HistoricalBlockTrade]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                from_id=from_id,
                limit=limit,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    from_id: int,
    limit: int | None = None,
    timeout: float | None = None,
) -> Response[list[HistoricalBlockTrade]]:
    """Block trades.

    Lists a symbol's block trades starting at a given block trade id, oldest first.

    GET /api/v3/historicalBlockTrades · security NONE · weight 25


    Args:
        symbol: The trading pair. Required.
        from_id: Block trade id to start from. Required.
        limit: How many block trades to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            limit=limit,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    from_id: int,
    limit: int | None = None,
    timeout: float | None = None,
) -> list[HistoricalBlockTrade]:
    """Block trades.

    Lists a symbol's block trades starting at a given block trade id, oldest first.

    GET /api/v3/historicalBlockTrades · security NONE · weight 25


    Args:
        symbol: The trading pair. Required.
        from_id: Block trade id to start from. Required.
        limit: How many block trades to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[HistoricalBlockTrade]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                from_id=from_id,
                limit=limit,
            ),
            timeout=timeout,
        )
    )
