"""Klines tuned for charts: GET /api/v3/uiKlines (NONE, weight 2).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.kline import Kline
from ...models.kline_interval import KlineInterval
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response, rows_of

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["uiKlines"]


def _arguments(
    symbol: str,
    interval: KlineInterval | str,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "interval": interval,
        "start_time": start_time,
        "end_time": end_time,
        "time_zone": time_zone,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[Kline]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[Kline]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = rows_of(Kline, data, 12)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[Kline]]:
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
    interval: KlineInterval | str,
    start_time: int | None = None,
    end_time: int | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
    timeout: float | None = None,
) -> Response[list[Kline]]:
    """Klines tuned for charts.

    Same request and response shape as `klines`, but the bars are adjusted by Binance for drawing
    candlestick charts. Without `startTime` and `endTime` the latest bars are returned; `timeZone`
    shifts bar boundaries, not the meaning of `startTime`/`endTime`.

    GET /api/v3/uiKlines · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        interval: Length of each bar (case-sensitive; `1m` is a minute, `1M` a month). Required.
        start_time: Earliest bar open time to include, in milliseconds (UTC).
        end_time: Latest time to include, in milliseconds (UTC).
        time_zone: UTC offset used to cut the bars, as hours (`8`, `-1`) or hours and minutes (`05:45`,
            `-1:00`), between -12:00 and +14:00 inclusive. Defaults to `0` (UTC).
        limit: How many bars to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            interval=interval,
            start_time=start_time,
            end_time=end_time,
            time_zone=time_zone,
            limit=limit,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    interval: KlineInterval | str,
    start_time: int | None = None,
    end_time: int | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
    timeout: float | None = None,
) -> list[Kline]:
    """Klines tuned for charts.

    Same request and response shape as `klines`, but the bars are adjusted by Binance for drawing
    candlestick charts. Without `startTime` and `endTime` the latest bars are returned; `timeZone`
    shifts bar boundaries, not the meaning of `startTime`/`endTime`.

    GET /api/v3/uiKlines · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        interval: Length of each bar (case-sensitive; `1m` is a minute, `1M` a month). Required.
        start_time: Earliest bar open time to include, in milliseconds (UTC).
        end_time: Latest time to include, in milliseconds (UTC).
        time_zone: UTC offset used to cut the bars, as hours (`8`, `-1`) or hours and minutes (`05:45`,
            `-1:00`), between -12:00 and +14:00 inclusive. Defaults to `0` (UTC).
        limit: How many bars to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[Kline]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                interval=interval,
                start_time=start_time,
                end_time=end_time,
                time_zone=time_zone,
                limit=limit,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    interval: KlineInterval | str,
    start_time: int | None = None,
    end_time: int | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
    timeout: float | None = None,
) -> Response[list[Kline]]:
    """Klines tuned for charts.

    Same request and response shape as `klines`, but the bars are adjusted by Binance for drawing
    candlestick charts. Without `startTime` and `endTime` the latest bars are returned; `timeZone`
    shifts bar boundaries, not the meaning of `startTime`/`endTime`.

    GET /api/v3/uiKlines · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        interval: Length of each bar (case-sensitive; `1m` is a minute, `1M` a month). Required.
        start_time: Earliest bar open time to include, in milliseconds (UTC).
        end_time: Latest time to include, in milliseconds (UTC).
        time_zone: UTC offset used to cut the bars, as hours (`8`, `-1`) or hours and minutes (`05:45`,
            `-1:00`), between -12:00 and +14:00 inclusive. Defaults to `0` (UTC).
        limit: How many bars to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            interval=interval,
            start_time=start_time,
            end_time=end_time,
            time_zone=time_zone,
            limit=limit,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    interval: KlineInterval | str,
    start_time: int | None = None,
    end_time: int | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
    timeout: float | None = None,
) -> list[Kline]:
    """Klines tuned for charts.

    Same request and response shape as `klines`, but the bars are adjusted by Binance for drawing
    candlestick charts. Without `startTime` and `endTime` the latest bars are returned; `timeZone`
    shifts bar boundaries, not the meaning of `startTime`/`endTime`.

    GET /api/v3/uiKlines · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        interval: Length of each bar (case-sensitive; `1m` is a minute, `1M` a month). Required.
        start_time: Earliest bar open time to include, in milliseconds (UTC).
        end_time: Latest time to include, in milliseconds (UTC).
        time_zone: UTC offset used to cut the bars, as hours (`8`, `-1`) or hours and minutes (`05:45`,
            `-1:00`), between -12:00 and +14:00 inclusive. Defaults to `0` (UTC).
        limit: How many bars to return. Defaults to 500; at most 1000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[Kline]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                interval=interval,
                start_time=start_time,
                end_time=end_time,
                time_zone=time_zone,
                limit=limit,
            ),
            timeout=timeout,
        )
    )
