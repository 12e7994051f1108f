"""Margin assets of a managed sub-account: GET /sapi/v1/managed-subaccount/marginAsset (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_managed_margin_assets import SubAccountManagedMarginAssets
from ...models.sub_account_managed_margin_type import SubAccountManagedMarginType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountMarginAssets"]


def _arguments(
    email: str,
    *,
    account_type: SubAccountManagedMarginType | str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "account_type": account_type,
    }


def _parse_response(response: httpx.Response) -> SubAccountManagedMarginAssets:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountManagedMarginAssets:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountManagedMarginAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountManagedMarginAssets]:
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
    account_type: SubAccountManagedMarginType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedMarginAssets]:
    """Margin assets of a managed sub-account.

    Called by the investor's master account: returns the cross margin account (default) or, with
    `accountType=ISOLATED_MARGIN`, the isolated margin account of one of its managed sub-accounts.

    GET /sapi/v1/managed-subaccount/marginAsset · security USER_DATA · weight 1


    Args:
        email: Email of the managed sub-account. Required.
        account_type: `MARGIN` (cross, the default) or `ISOLATED_MARGIN`; added 2024-11-22.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    account_type: SubAccountManagedMarginType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedMarginAssets:
    """Margin assets of a managed sub-account.

    Called by the investor's master account: returns the cross margin account (default) or, with
    `accountType=ISOLATED_MARGIN`, the isolated margin account of one of its managed sub-accounts.

    GET /sapi/v1/managed-subaccount/marginAsset · security USER_DATA · weight 1


    Args:
        email: Email of the managed sub-account. Required.
        account_type: `MARGIN` (cross, the default) or `ISOLATED_MARGIN`; added 2024-11-22.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedMarginAssets
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                account_type=account_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    account_type: SubAccountManagedMarginType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedMarginAssets]:
    """Margin assets of a managed sub-account.

    Called by the investor's master account: returns the cross margin account (default) or, with
    `accountType=ISOLATED_MARGIN`, the isolated margin account of one of its managed sub-accounts.

    GET /sapi/v1/managed-subaccount/marginAsset · security USER_DATA · weight 1


    Args:
        email: Email of the managed sub-account. Required.
        account_type: `MARGIN` (cross, the default) or `ISOLATED_MARGIN`; added 2024-11-22.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    account_type: SubAccountManagedMarginType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedMarginAssets:
    """Margin assets of a managed sub-account.

    Called by the investor's master account: returns the cross margin account (default) or, with
    `accountType=ISOLATED_MARGIN`, the isolated margin account of one of its managed sub-accounts.

    GET /sapi/v1/managed-subaccount/marginAsset · security USER_DATA · weight 1


    Args:
        email: Email of the managed sub-account. Required.
        account_type: `MARGIN` (cross, the default) or `ISOLATED_MARGIN`; added 2024-11-22.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedMarginAssets
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                account_type=account_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
