"""Daily snapshots of a managed sub-account: GET /sapi/v1/managed-subaccount/accountSnapshot (USER_DATA, weight 2400).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_managed_snapshots import SubAccountManagedSnapshots
from ...models.sub_account_snapshot_type import SubAccountSnapshotType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountSnapshot"]


def _arguments(
    email: str,
    type_: SubAccountSnapshotType | str,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "type_": type_,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> SubAccountManagedSnapshots:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountManagedSnapshots:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountManagedSnapshots.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountManagedSnapshots]:
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
    email: str,
    type_: SubAccountSnapshotType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedSnapshots]:
    """Daily snapshots of a managed sub-account.

    Called by the investor's master account: returns daily snapshots of a managed sub-account's
    spot, cross margin or USDⓈ-M futures account. Only the last month can be queried, over at most
    30 days; without a time range, the last 7 days. The fields of `data` depend on `type`.

    GET /sapi/v1/managed-subaccount/accountSnapshot · security USER_DATA · weight 2400


    Args:
        email: Email of the managed sub-account. Required.
        type_: Account to report. Required.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Number of daily snapshots (default 7, from 7 to 30).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
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
    email: str,
    type_: SubAccountSnapshotType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedSnapshots:
    """Daily snapshots of a managed sub-account.

    Called by the investor's master account: returns daily snapshots of a managed sub-account's
    spot, cross margin or USDⓈ-M futures account. Only the last month can be queried, over at most
    30 days; without a time range, the last 7 days. The fields of `data` depend on `type`.

    GET /sapi/v1/managed-subaccount/accountSnapshot · security USER_DATA · weight 2400


    Args:
        email: Email of the managed sub-account. Required.
        type_: Account to report. Required.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Number of daily snapshots (default 7, from 7 to 30).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedSnapshots
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
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
    email: str,
    type_: SubAccountSnapshotType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedSnapshots]:
    """Daily snapshots of a managed sub-account.

    Called by the investor's master account: returns daily snapshots of a managed sub-account's
    spot, cross margin or USDⓈ-M futures account. Only the last month can be queried, over at most
    30 days; without a time range, the last 7 days. The fields of `data` depend on `type`.

    GET /sapi/v1/managed-subaccount/accountSnapshot · security USER_DATA · weight 2400


    Args:
        email: Email of the managed sub-account. Required.
        type_: Account to report. Required.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Number of daily snapshots (default 7, from 7 to 30).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
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
    email: str,
    type_: SubAccountSnapshotType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedSnapshots:
    """Daily snapshots of a managed sub-account.

    Called by the investor's master account: returns daily snapshots of a managed sub-account's
    spot, cross margin or USDⓈ-M futures account. Only the last month can be queried, over at most
    30 days; without a time range, the last 7 days. The fields of `data` depend on `type`.

    GET /sapi/v1/managed-subaccount/accountSnapshot · security USER_DATA · weight 2400


    Args:
        email: Email of the managed sub-account. Required.
        type_: Account to report. Required.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Number of daily snapshots (default 7, from 7 to 30).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedSnapshots
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
