"""Download links for historical futures order book data: GET /sapi/v1/futures/histDataLink (USER_DATA, weight 200).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.futures_hist_data_links import FuturesHistDataLinks
from ...models.futures_hist_data_type import FuturesHistDataType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["futuresHistoricalDataLink"]


def _arguments(
    symbol: str,
    data_type: FuturesHistDataType | str,
    start_time: int,
    end_time: int,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "data_type": data_type,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse_response(response: httpx.Response) -> FuturesHistDataLinks:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> FuturesHistDataLinks:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = FuturesHistDataLinks.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[FuturesHistDataLinks]:
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
    data_type: FuturesHistDataType | str,
    start_time: int,
    end_time: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FuturesHistDataLinks]:
    """Download links for historical futures order book data.

    Returns one download link per day for tick-level (`T_DEPTH`) or snapshot (`S_DEPTH`) order book
    data of a futures symbol. Only VIP users may call it; the window between `startTime` and
    `endTime` is at most 7 days, each link expires after one day, and Binance's current
    documentation says no data after 2024-11-01 is offered (Binance's Java connector dropped the
    endpoint as deprecated in 2024, but the documentation still lists it).

    GET /sapi/v1/futures/histDataLink · security USER_DATA · weight 200


    Args:
        symbol: Futures symbol, e.g. `BTCUSDT` (USDⓈ-M) or `BTCUSD_PERP` (COIN-M). Required.
        data_type: `T_DEPTH` for tick-level order book data, `S_DEPTH` for order book snapshots. Required.
        start_time: Start of the period, UTC milliseconds. Required.
        end_time: End of the period, UTC milliseconds; at most 7 days after `startTime`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            data_type=data_type,
            start_time=start_time,
            end_time=end_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    data_type: FuturesHistDataType | str,
    start_time: int,
    end_time: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FuturesHistDataLinks:
    """Download links for historical futures order book data.

    Returns one download link per day for tick-level (`T_DEPTH`) or snapshot (`S_DEPTH`) order book
    data of a futures symbol. Only VIP users may call it; the window between `startTime` and
    `endTime` is at most 7 days, each link expires after one day, and Binance's current
    documentation says no data after 2024-11-01 is offered (Binance's Java connector dropped the
    endpoint as deprecated in 2024, but the documentation still lists it).

    GET /sapi/v1/futures/histDataLink · security USER_DATA · weight 200


    Args:
        symbol: Futures symbol, e.g. `BTCUSDT` (USDⓈ-M) or `BTCUSD_PERP` (COIN-M). Required.
        data_type: `T_DEPTH` for tick-level order book data, `S_DEPTH` for order book snapshots. Required.
        start_time: Start of the period, UTC milliseconds. Required.
        end_time: End of the period, UTC milliseconds; at most 7 days after `startTime`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FuturesHistDataLinks
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                data_type=data_type,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    data_type: FuturesHistDataType | str,
    start_time: int,
    end_time: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FuturesHistDataLinks]:
    """Download links for historical futures order book data.

    Returns one download link per day for tick-level (`T_DEPTH`) or snapshot (`S_DEPTH`) order book
    data of a futures symbol. Only VIP users may call it; the window between `startTime` and
    `endTime` is at most 7 days, each link expires after one day, and Binance's current
    documentation says no data after 2024-11-01 is offered (Binance's Java connector dropped the
    endpoint as deprecated in 2024, but the documentation still lists it).

    GET /sapi/v1/futures/histDataLink · security USER_DATA · weight 200


    Args:
        symbol: Futures symbol, e.g. `BTCUSDT` (USDⓈ-M) or `BTCUSD_PERP` (COIN-M). Required.
        data_type: `T_DEPTH` for tick-level order book data, `S_DEPTH` for order book snapshots. Required.
        start_time: Start of the period, UTC milliseconds. Required.
        end_time: End of the period, UTC milliseconds; at most 7 days after `startTime`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            data_type=data_type,
            start_time=start_time,
            end_time=end_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    data_type: FuturesHistDataType | str,
    start_time: int,
    end_time: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FuturesHistDataLinks:
    """Download links for historical futures order book data.

    Returns one download link per day for tick-level (`T_DEPTH`) or snapshot (`S_DEPTH`) order book
    data of a futures symbol. Only VIP users may call it; the window between `startTime` and
    `endTime` is at most 7 days, each link expires after one day, and Binance's current
    documentation says no data after 2024-11-01 is offered (Binance's Java connector dropped the
    endpoint as deprecated in 2024, but the documentation still lists it).

    GET /sapi/v1/futures/histDataLink · security USER_DATA · weight 200


    Args:
        symbol: Futures symbol, e.g. `BTCUSDT` (USDⓈ-M) or `BTCUSD_PERP` (COIN-M). Required.
        data_type: `T_DEPTH` for tick-level order book data, `S_DEPTH` for order book snapshots. Required.
        start_time: Start of the period, UTC milliseconds. Required.
        end_time: End of the period, UTC milliseconds; at most 7 days after `startTime`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FuturesHistDataLinks
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                data_type=data_type,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
