"""Conversion history: GET /sapi/v1/convert/tradeFlow (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.convert_trade_history import ConvertTradeHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertTradeHistory"]


def _arguments(
    start_time: int,
    end_time: int,
    *,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> ConvertTradeHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ConvertTradeHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ConvertTradeHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ConvertTradeHistory]:
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
    start_time: int,
    end_time: int,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertTradeHistory]:
    """Conversion history.

    Lists the account's conversions in a window of at most 30 days.

    GET /sapi/v1/convert/tradeFlow · security USER_DATA · weight 3000


    Args:
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds; at most 30 days after `startTime`. Required.
        limit: Number of conversions returned. Defaults to 100; at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    start_time: int,
    end_time: int,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertTradeHistory:
    """Conversion history.

    Lists the account's conversions in a window of at most 30 days.

    GET /sapi/v1/convert/tradeFlow · security USER_DATA · weight 3000


    Args:
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds; at most 30 days after `startTime`. Required.
        limit: Number of conversions returned. Defaults to 100; at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertTradeHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: int,
    end_time: int,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertTradeHistory]:
    """Conversion history.

    Lists the account's conversions in a window of at most 30 days.

    GET /sapi/v1/convert/tradeFlow · security USER_DATA · weight 3000


    Args:
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds; at most 30 days after `startTime`. Required.
        limit: Number of conversions returned. Defaults to 100; at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: int,
    end_time: int,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertTradeHistory:
    """Conversion history.

    Lists the account's conversions in a window of at most 30 days.

    GET /sapi/v1/convert/tradeFlow · security USER_DATA · weight 3000


    Args:
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds; at most 30 days after `startTime`. Required.
        limit: Number of conversions returned. Defaults to 100; at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertTradeHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
