"""BTC value of sub-accounts' spot assets: GET /sapi/v1/sub-account/spotSummary (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_spot_summary import SubAccountSpotSummary
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountSpotSummary"]


def _arguments(
    *,
    email: str | None = None,
    page: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "page": page,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> SubAccountSpotSummary:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountSpotSummary:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountSpotSummary.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountSpotSummary]:
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
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountSpotSummary]:
    """BTC value of sub-accounts' spot assets.

    Returns the total spot assets of the master account and of each sub-account, valued in BTC, one
    page of sub-accounts at a time.

    GET /sapi/v1/sub-account/spotSummary · security USER_DATA · weight 1


    Args:
        email: Only this sub-account.
        page: Page number, starting at 1 (default 1).
        size: Sub-accounts per page (default 10, at most 20).
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
            size=size,
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
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountSpotSummary:
    """BTC value of sub-accounts' spot assets.

    Returns the total spot assets of the master account and of each sub-account, valued in BTC, one
    page of sub-accounts at a time.

    GET /sapi/v1/sub-account/spotSummary · security USER_DATA · weight 1


    Args:
        email: Only this sub-account.
        page: Page number, starting at 1 (default 1).
        size: Sub-accounts per page (default 10, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountSpotSummary
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                page=page,
                size=size,
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
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountSpotSummary]:
    """BTC value of sub-accounts' spot assets.

    Returns the total spot assets of the master account and of each sub-account, valued in BTC, one
    page of sub-accounts at a time.

    GET /sapi/v1/sub-account/spotSummary · security USER_DATA · weight 1


    Args:
        email: Only this sub-account.
        page: Page number, starting at 1 (default 1).
        size: Sub-accounts per page (default 10, at most 20).
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
            size=size,
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
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountSpotSummary:
    """BTC value of sub-accounts' spot assets.

    Returns the total spot assets of the master account and of each sub-account, valued in BTC, one
    page of sub-accounts at a time.

    GET /sapi/v1/sub-account/spotSummary · security USER_DATA · weight 1


    Args:
        email: Only this sub-account.
        page: Page number, starting at 1 (default 1).
        size: Sub-accounts per page (default 10, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountSpotSummary
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                page=page,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
