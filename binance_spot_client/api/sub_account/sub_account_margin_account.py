"""Margin account of a sub-account: GET /sapi/v1/sub-account/margin/account (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_margin_account import SubAccountMarginAccount
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountMarginAccount"]


def _arguments(
    email: str,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse_response(response: httpx.Response) -> SubAccountMarginAccount:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountMarginAccount:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountMarginAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountMarginAccount]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountMarginAccount]:
    """Margin account of a sub-account.

    Returns a sub-account's cross margin account: margin level, BTC-valued totals, the margin
    thresholds and the balance of each asset.

    GET /sapi/v1/sub-account/margin/account · security USER_DATA · weight 10


    Args:
        email: Email of the sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountMarginAccount:
    """Margin account of a sub-account.

    Returns a sub-account's cross margin account: margin level, BTC-valued totals, the margin
    thresholds and the balance of each asset.

    GET /sapi/v1/sub-account/margin/account · security USER_DATA · weight 10


    Args:
        email: Email of the sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountMarginAccount
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountMarginAccount]:
    """Margin account of a sub-account.

    Returns a sub-account's cross margin account: margin level, BTC-valued totals, the margin
    thresholds and the balance of each asset.

    GET /sapi/v1/sub-account/margin/account · security USER_DATA · weight 10


    Args:
        email: Email of the sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountMarginAccount:
    """Margin account of a sub-account.

    Returns a sub-account's cross margin account: margin level, BTC-valued totals, the margin
    thresholds and the balance of each asset.

    GET /sapi/v1/sub-account/margin/account · security USER_DATA · weight 10


    Args:
        email: Email of the sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountMarginAccount
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
