"""VIP loan applications: GET /sapi/v1/loan/vip/request/data (USER_DATA, weight 400).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.vip_loans_applications import VipLoansApplications
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanApplicationStatus"]


def _arguments(
    *,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "current": current,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> VipLoansApplications:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> VipLoansApplications:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = VipLoansApplications.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[VipLoansApplications]:
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
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansApplications]:
    """VIP loan applications.

    Lists the account's VIP loan applications and where each one stands.

    GET /sapi/v1/loan/vip/request/data · security USER_DATA · weight 400


    Args:
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            current=current,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansApplications:
    """VIP loan applications.

    Lists the account's VIP loan applications and where each one stands.

    GET /sapi/v1/loan/vip/request/data · security USER_DATA · weight 400


    Args:
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansApplications
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                current=current,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansApplications]:
    """VIP loan applications.

    Lists the account's VIP loan applications and where each one stands.

    GET /sapi/v1/loan/vip/request/data · security USER_DATA · weight 400


    Args:
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            current=current,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansApplications:
    """VIP loan applications.

    Lists the account's VIP loan applications and where each one stands.

    GET /sapi/v1/loan/vip/request/data · security USER_DATA · weight 400


    Args:
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansApplications
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                current=current,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
