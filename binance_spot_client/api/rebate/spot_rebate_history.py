"""Spot rebate history: GET /sapi/v1/rebate/taxQuery (USER_DATA, weight 12000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.rebate_history import RebateHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["spotRebateHistory"]


def _arguments(
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
    }


def _parse_response(response: httpx.Response) -> RebateHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> RebateHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = RebateHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[RebateHistory]:
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
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[RebateHistory]:
    """Spot rebate history.

    Lists the spot trading rebates credited to the account (commission rebates and referral
    kickbacks), at most 200 per page. The window is at most 30 days (the last 7 days by default) and
    cannot start before 2020-06-10.

    GET /sapi/v1/rebate/taxQuery · security USER_DATA · weight 12000


    Args:
        start_time: Start of the window, UTC milliseconds; not before 2020-06-10.
        end_time: End of the window, UTC milliseconds; at most 30 days after `startTime`.
        page: Page number, counted from 1, of pages of at most 200 records. Defaults to 1.
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
            page=page,
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
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> RebateHistory:
    """Spot rebate history.

    Lists the spot trading rebates credited to the account (commission rebates and referral
    kickbacks), at most 200 per page. The window is at most 30 days (the last 7 days by default) and
    cannot start before 2020-06-10.

    GET /sapi/v1/rebate/taxQuery · security USER_DATA · weight 12000


    Args:
        start_time: Start of the window, UTC milliseconds; not before 2020-06-10.
        end_time: End of the window, UTC milliseconds; at most 30 days after `startTime`.
        page: Page number, counted from 1, of pages of at most 200 records. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        RebateHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                page=page,
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
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[RebateHistory]:
    """Spot rebate history.

    Lists the spot trading rebates credited to the account (commission rebates and referral
    kickbacks), at most 200 per page. The window is at most 30 days (the last 7 days by default) and
    cannot start before 2020-06-10.

    GET /sapi/v1/rebate/taxQuery · security USER_DATA · weight 12000


    Args:
        start_time: Start of the window, UTC milliseconds; not before 2020-06-10.
        end_time: End of the window, UTC milliseconds; at most 30 days after `startTime`.
        page: Page number, counted from 1, of pages of at most 200 records. Defaults to 1.
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
            page=page,
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
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> RebateHistory:
    """Spot rebate history.

    Lists the spot trading rebates credited to the account (commission rebates and referral
    kickbacks), at most 200 per page. The window is at most 30 days (the last 7 days by default) and
    cannot start before 2020-06-10.

    GET /sapi/v1/rebate/taxQuery · security USER_DATA · weight 12000


    Args:
        start_time: Start of the window, UTC milliseconds; not before 2020-06-10.
        end_time: End of the window, UTC milliseconds; at most 30 days after `startTime`.
        page: Page number, counted from 1, of pages of at most 200 records. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        RebateHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                page=page,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
