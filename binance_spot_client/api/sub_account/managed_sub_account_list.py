"""List managed sub-accounts (investor): GET /sapi/v1/managed-subaccount/info (USER_DATA, weight 60).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_managed_list import SubAccountManagedList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountList"]


def _arguments(
    *,
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "page": page,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> SubAccountManagedList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountManagedList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountManagedList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountManagedList]:
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
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedList]:
    """List managed sub-accounts (investor).

    Called by the investor's master account: lists its managed sub-accounts, optionally only one
    email, one page at a time.

    GET /sapi/v1/managed-subaccount/info · security USER_DATA · weight 60


    Args:
        email: Only the managed sub-account with this email.
        page: Page number, starting at 1 (default 1).
        limit: Sub-accounts per page (default 20, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
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
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedList:
    """List managed sub-accounts (investor).

    Called by the investor's master account: lists its managed sub-accounts, optionally only one
    email, one page at a time.

    GET /sapi/v1/managed-subaccount/info · security USER_DATA · weight 60


    Args:
        email: Only the managed sub-account with this email.
        page: Page number, starting at 1 (default 1).
        limit: Sub-accounts per page (default 20, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
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
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedList]:
    """List managed sub-accounts (investor).

    Called by the investor's master account: lists its managed sub-accounts, optionally only one
    email, one page at a time.

    GET /sapi/v1/managed-subaccount/info · security USER_DATA · weight 60


    Args:
        email: Only the managed sub-account with this email.
        page: Page number, starting at 1 (default 1).
        limit: Sub-accounts per page (default 20, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
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
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedList:
    """List managed sub-accounts (investor).

    Called by the investor's master account: lists its managed sub-accounts, optionally only one
    email, one page at a time.

    GET /sapi/v1/managed-subaccount/info · security USER_DATA · weight 60


    Args:
        email: Only the managed sub-account with this email.
        page: Page number, starting at 1 (default 1).
        limit: Sub-accounts per page (default 20, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                page=page,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
