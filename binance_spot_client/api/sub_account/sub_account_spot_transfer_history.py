"""Spot transfer history between master and sub-accounts: GET /sapi/v1/sub-account/sub/transfer/history (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_spot_transfer import SubAccountSpotTransfer
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountSpotTransferHistory"]


def _arguments(
    *,
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "from_email": from_email,
        "to_email": to_email,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[SubAccountSpotTransfer]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[SubAccountSpotTransfer]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [SubAccountSpotTransfer.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[SubAccountSpotTransfer]]:
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
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SubAccountSpotTransfer]]:
    """Spot transfer history between master and sub-accounts.

    Lists spot transfers from or to sub-accounts, as seen by the master account. Send `fromEmail` or
    `toEmail`, not both; with neither, the transfers sent by the master account are listed.

    GET /sapi/v1/sub-account/sub/transfer/history · security USER_DATA · weight 1


    Args:
        from_email: Only transfers sent by this account.
        to_email: Only transfers received by this account.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 500 in the current documentation; the 2024 file said 1).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SubAccountSpotTransfer]:
    """Spot transfer history between master and sub-accounts.

    Lists spot transfers from or to sub-accounts, as seen by the master account. Send `fromEmail` or
    `toEmail`, not both; with neither, the transfers sent by the master account are listed.

    GET /sapi/v1/sub-account/sub/transfer/history · security USER_DATA · weight 1


    Args:
        from_email: Only transfers sent by this account.
        to_email: Only transfers received by this account.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 500 in the current documentation; the 2024 file said 1).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SubAccountSpotTransfer]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_email=from_email,
                to_email=to_email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SubAccountSpotTransfer]]:
    """Spot transfer history between master and sub-accounts.

    Lists spot transfers from or to sub-accounts, as seen by the master account. Send `fromEmail` or
    `toEmail`, not both; with neither, the transfers sent by the master account are listed.

    GET /sapi/v1/sub-account/sub/transfer/history · security USER_DATA · weight 1


    Args:
        from_email: Only transfers sent by this account.
        to_email: Only transfers received by this account.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 500 in the current documentation; the 2024 file said 1).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SubAccountSpotTransfer]:
    """Spot transfer history between master and sub-accounts.

    Lists spot transfers from or to sub-accounts, as seen by the master account. Send `fromEmail` or
    `toEmail`, not both; with neither, the transfers sent by the master account are listed.

    GET /sapi/v1/sub-account/sub/transfer/history · security USER_DATA · weight 1


    Args:
        from_email: Only transfers sent by this account.
        to_email: Only transfers received by this account.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 500 in the current documentation; the 2024 file said 1).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SubAccountSpotTransfer]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_email=from_email,
                to_email=to_email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
