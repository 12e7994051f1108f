"""History of futures positions moved between accounts: GET /sapi/v1/sub-account/futures/move-position (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_move_position_history import SubAccountMovePositionHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountMovePositionHistory"]


def _arguments(
    symbol: str,
    page: int,
    row: int,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "row": row,
    }


def _parse_response(response: httpx.Response) -> SubAccountMovePositionHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountMovePositionHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountMovePositionHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountMovePositionHistory]:
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
    page: int,
    row: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountMovePositionHistory]:
    """History of futures positions moved between accounts.

    Lists USDⓈ-M futures positions the master account moved between itself and its sub-accounts, for
    one symbol. Without a time range, the last 90 days (at most 1000 records); with only
    `startTime`, from max(startTime, now − 90 days) to now; with only `endTime`, the 90 days before
    it.

    GET /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


    Args:
        symbol: Futures symbol. Required.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1. Required.
        row: Records per page. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            page=page,
            row=row,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    page: int,
    row: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountMovePositionHistory:
    """History of futures positions moved between accounts.

    Lists USDⓈ-M futures positions the master account moved between itself and its sub-accounts, for
    one symbol. Without a time range, the last 90 days (at most 1000 records); with only
    `startTime`, from max(startTime, now − 90 days) to now; with only `endTime`, the 90 days before
    it.

    GET /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


    Args:
        symbol: Futures symbol. Required.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1. Required.
        row: Records per page. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountMovePositionHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                page=page,
                row=row,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    page: int,
    row: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountMovePositionHistory]:
    """History of futures positions moved between accounts.

    Lists USDⓈ-M futures positions the master account moved between itself and its sub-accounts, for
    one symbol. Without a time range, the last 90 days (at most 1000 records); with only
    `startTime`, from max(startTime, now − 90 days) to now; with only `endTime`, the 90 days before
    it.

    GET /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


    Args:
        symbol: Futures symbol. Required.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1. Required.
        row: Records per page. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            page=page,
            row=row,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    page: int,
    row: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountMovePositionHistory:
    """History of futures positions moved between accounts.

    Lists USDⓈ-M futures positions the master account moved between itself and its sub-accounts, for
    one symbol. Without a time range, the last 90 days (at most 1000 records); with only
    `startTime`, from max(startTime, now − 90 days) to now; with only `endTime`, the 90 days before
    it.

    GET /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


    Args:
        symbol: Futures symbol. Required.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1. Required.
        row: Records per page. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountMovePositionHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                page=page,
                row=row,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
