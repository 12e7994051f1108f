"""RWUSD redemption history: GET /sapi/v1/rwusd/history/redemptionHistory (USER_DATA, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_stable_redemption_record_page import SimpleEarnStableRedemptionRecordPage
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["rwusdRedemptionHistory"]


def _arguments(
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnStableRedemptionRecordPage:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnStableRedemptionRecordPage:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnStableRedemptionRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnStableRedemptionRecordPage]:
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
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnStableRedemptionRecordPage]:
    """RWUSD redemption history.

    Lists the account's RWUSD redemptions with their fees and arrival times. The window spans at
    most 6 months. Without `startTime` and `endTime` the last 30 days are returned; with only
    `startTime`, everything from it up to now; with only `endTime`, the month before it.

    GET /sapi/v1/rwusd/history/redemptionHistory · security USER_DATA · weight 150


    Args:
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
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
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnStableRedemptionRecordPage:
    """RWUSD redemption history.

    Lists the account's RWUSD redemptions with their fees and arrival times. The window spans at
    most 6 months. Without `startTime` and `endTime` the last 30 days are returned; with only
    `startTime`, everything from it up to now; with only `endTime`, the month before it.

    GET /sapi/v1/rwusd/history/redemptionHistory · security USER_DATA · weight 150


    Args:
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnStableRedemptionRecordPage
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnStableRedemptionRecordPage]:
    """RWUSD redemption history.

    Lists the account's RWUSD redemptions with their fees and arrival times. The window spans at
    most 6 months. Without `startTime` and `endTime` the last 30 days are returned; with only
    `startTime`, everything from it up to now; with only `endTime`, the month before it.

    GET /sapi/v1/rwusd/history/redemptionHistory · security USER_DATA · weight 150


    Args:
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
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
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnStableRedemptionRecordPage:
    """RWUSD redemption history.

    Lists the account's RWUSD redemptions with their fees and arrival times. The window spans at
    most 6 months. Without `startTime` and `endTime` the last 30 days are returned; with only
    `startTime`, everything from it up to now; with only `endTime`, the month before it.

    GET /sapi/v1/rwusd/history/redemptionHistory · security USER_DATA · weight 150


    Args:
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnStableRedemptionRecordPage
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
