"""Futures assets of a managed sub-account: GET /sapi/v1/managed-subaccount/fetch-future-asset (USER_DATA, weight 60).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_managed_futures_assets import SubAccountManagedFuturesAssets
from ...models.sub_account_managed_futures_type import SubAccountManagedFuturesType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountFuturesAssets"]


def _arguments(
    email: str,
    *,
    account_type: SubAccountManagedFuturesType | str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "account_type": account_type,
    }


def _parse_response(response: httpx.Response) -> SubAccountManagedFuturesAssets:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountManagedFuturesAssets:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountManagedFuturesAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountManagedFuturesAssets]:
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
    account_type: SubAccountManagedFuturesType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedFuturesAssets]:
    """Futures assets of a managed sub-account.

    Called by the investor's master account: returns the futures balances and positions of one of
    its managed sub-accounts, USDⓈ-M by default or COIN-M with `accountType=COIN_FUTURE`.

    GET /sapi/v1/managed-subaccount/fetch-future-asset · security USER_DATA · weight 60


    Args:
        email: Email of the managed sub-account. Required.
        account_type: `USDT_FUTURE` (the default) or `COIN_FUTURE`; added 2024-11-22.
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
    account_type: SubAccountManagedFuturesType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedFuturesAssets:
    """Futures assets of a managed sub-account.

    Called by the investor's master account: returns the futures balances and positions of one of
    its managed sub-accounts, USDⓈ-M by default or COIN-M with `accountType=COIN_FUTURE`.

    GET /sapi/v1/managed-subaccount/fetch-future-asset · security USER_DATA · weight 60


    Args:
        email: Email of the managed sub-account. Required.
        account_type: `USDT_FUTURE` (the default) or `COIN_FUTURE`; added 2024-11-22.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedFuturesAssets
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
    account_type: SubAccountManagedFuturesType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedFuturesAssets]:
    """Futures assets of a managed sub-account.

    Called by the investor's master account: returns the futures balances and positions of one of
    its managed sub-accounts, USDⓈ-M by default or COIN-M with `accountType=COIN_FUTURE`.

    GET /sapi/v1/managed-subaccount/fetch-future-asset · security USER_DATA · weight 60


    Args:
        email: Email of the managed sub-account. Required.
        account_type: `USDT_FUTURE` (the default) or `COIN_FUTURE`; added 2024-11-22.
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
    account_type: SubAccountManagedFuturesType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedFuturesAssets:
    """Futures assets of a managed sub-account.

    Called by the investor's master account: returns the futures balances and positions of one of
    its managed sub-accounts, USDⓈ-M by default or COIN-M with `accountType=COIN_FUTURE`.

    GET /sapi/v1/managed-subaccount/fetch-future-asset · security USER_DATA · weight 60


    Args:
        email: Email of the managed sub-account. Required.
        account_type: `USDT_FUTURE` (the default) or `COIN_FUTURE`; added 2024-11-22.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedFuturesAssets
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
