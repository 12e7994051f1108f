"""Daily account snapshot: GET /sapi/v1/accountSnapshot (USER_DATA, weight 2400).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_account_snapshot import WalletAccountSnapshot
from ...models.wallet_snapshot_type import WalletSnapshotType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dailyAccountSnapshot"]


def _arguments(
    type_: WalletSnapshotType | str,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "type_": type_,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> WalletAccountSnapshot:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletAccountSnapshot:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletAccountSnapshot.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletAccountSnapshot]:
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
    type_: WalletSnapshotType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletAccountSnapshot]:
    """Daily account snapshot.

    Returns one end-of-day snapshot per day of the spot, cross margin or USDⓈ-M Futures account.
    Only the last month can be queried and the window must be shorter than 30 days; without a
    window, the last 7 days come back. Binance's example mixes all three kinds; a real answer holds
    the kind asked for in `type`.

    GET /sapi/v1/accountSnapshot · security USER_DATA · weight 2400


    Args:
        type_: Account to take the snapshots of. Required.
        start_time: First day to include, UTC milliseconds; within the last month.
        end_time: Last day to include, UTC milliseconds; less than 30 days after `startTime`.
        limit: Number of days returned. Defaults to 7; from 7 to 30.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            type_=type_,
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
    type_: WalletSnapshotType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletAccountSnapshot:
    """Daily account snapshot.

    Returns one end-of-day snapshot per day of the spot, cross margin or USDⓈ-M Futures account.
    Only the last month can be queried and the window must be shorter than 30 days; without a
    window, the last 7 days come back. Binance's example mixes all three kinds; a real answer holds
    the kind asked for in `type`.

    GET /sapi/v1/accountSnapshot · security USER_DATA · weight 2400


    Args:
        type_: Account to take the snapshots of. Required.
        start_time: First day to include, UTC milliseconds; within the last month.
        end_time: Last day to include, UTC milliseconds; less than 30 days after `startTime`.
        limit: Number of days returned. Defaults to 7; from 7 to 30.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletAccountSnapshot
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                type_=type_,
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
    type_: WalletSnapshotType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletAccountSnapshot]:
    """Daily account snapshot.

    Returns one end-of-day snapshot per day of the spot, cross margin or USDⓈ-M Futures account.
    Only the last month can be queried and the window must be shorter than 30 days; without a
    window, the last 7 days come back. Binance's example mixes all three kinds; a real answer holds
    the kind asked for in `type`.

    GET /sapi/v1/accountSnapshot · security USER_DATA · weight 2400


    Args:
        type_: Account to take the snapshots of. Required.
        start_time: First day to include, UTC milliseconds; within the last month.
        end_time: Last day to include, UTC milliseconds; less than 30 days after `startTime`.
        limit: Number of days returned. Defaults to 7; from 7 to 30.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            type_=type_,
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
    type_: WalletSnapshotType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletAccountSnapshot:
    """Daily account snapshot.

    Returns one end-of-day snapshot per day of the spot, cross margin or USDⓈ-M Futures account.
    Only the last month can be queried and the window must be shorter than 30 days; without a
    window, the last 7 days come back. Binance's example mixes all three kinds; a real answer holds
    the kind asked for in `type`.

    GET /sapi/v1/accountSnapshot · security USER_DATA · weight 2400


    Args:
        type_: Account to take the snapshots of. Required.
        start_time: First day to include, UTC milliseconds; within the last month.
        end_time: Last day to include, UTC milliseconds; less than 30 days after `startTime`.
        limit: Number of days returned. Defaults to 7; from 7 to 30.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletAccountSnapshot
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
