"""Aggregate trades: GET /api/v3/aggTrades (NONE, weight 4).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.aggregate_trade import AggregateTrade
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["aggTrades"]


def _arguments(
    symbol: str,
    *,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "from_id": from_id,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[AggregateTrade]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[AggregateTrade]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [AggregateTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[AggregateTrade]]:
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
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    timeout: float | None = None,
) -> Response[list[AggregateTrade]]:
    """Aggregate trades.

    Lists a symbol's trades with fills merged: fills of the same taker order at the same price and
    time are reported as one entry with their quantities added up. Select by first aggregate id or
    by time; with none of `fromId`, `startTime` and `endTime` the latest entries are returned.

    GET /api/v3/aggTrades · security NONE · weight 4


    Args:
        symbol: The trading pair. Required.
        from_id: Aggregate trade id to start from (included).
        start_time: Earliest trade time to include, in milliseconds (included).
        end_time: Latest trade time to include, in milliseconds (included).
        limit: How many entries to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    timeout: float | None = None,
) -> list[AggregateTrade]:
    """Aggregate trades.

    Lists a symbol's trades with fills merged: fills of the same taker order at the same price and
    time are reported as one entry with their quantities added up. Select by first aggregate id or
    by time; with none of `fromId`, `startTime` and `endTime` the latest entries are returned.

    GET /api/v3/aggTrades · security NONE · weight 4


    Args:
        symbol: The trading pair. Required.
        from_id: Aggregate trade id to start from (included).
        start_time: Earliest trade time to include, in milliseconds (included).
        end_time: Latest trade time to include, in milliseconds (included).
        limit: How many entries to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AggregateTrade]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    timeout: float | None = None,
) -> Response[list[AggregateTrade]]:
    """Aggregate trades.

    Lists a symbol's trades with fills merged: fills of the same taker order at the same price and
    time are reported as one entry with their quantities added up. Select by first aggregate id or
    by time; with none of `fromId`, `startTime` and `endTime` the latest entries are returned.

    GET /api/v3/aggTrades · security NONE · weight 4


    Args:
        symbol: The trading pair. Required.
        from_id: Aggregate trade id to start from (included).
        start_time: Earliest trade time to include, in milliseconds (included).
        end_time: Latest trade time to include, in milliseconds (included).
        limit: How many entries to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    timeout: float | None = None,
) -> list[AggregateTrade]:
    """Aggregate trades.

    Lists a symbol's trades with fills merged: fills of the same taker order at the same price and
    time are reported as one entry with their quantities added up. Select by first aggregate id or
    by time; with none of `fromId`, `startTime` and `endTime` the latest entries are returned.

    GET /api/v3/aggTrades · security NONE · weight 4


    Args:
        symbol: The trading pair. Required.
        from_id: Aggregate trade id to start from (included).
        start_time: Earliest trade time to include, in milliseconds (included).
        end_time: Latest trade time to include, in milliseconds (included).
        limit: How many entries to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AggregateTrade]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            timeout=timeout,
        )
    )
