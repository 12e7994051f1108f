"""VIP loan collateral accounts: GET /sapi/v1/loan/vip/collateral/account (USER_DATA, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.vip_loans_collateral_accounts import VipLoansCollateralAccounts
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanCollateralAccounts"]


def _arguments(
    *,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "collateral_account_id": collateral_account_id,
    }


def _parse_response(response: httpx.Response) -> VipLoansCollateralAccounts:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> VipLoansCollateralAccounts:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = VipLoansCollateralAccounts.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[VipLoansCollateralAccounts]:
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
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansCollateralAccounts]:
    """VIP loan collateral accounts.

    Lists collateral accounts and the coins they hold as collateral. Called with the loan account's
    key it returns every collateral account of that loan account; with a collateral account's key,
    only that account. Only VIP users can use VIP loans.

    GET /sapi/v1/loan/vip/collateral/account · security USER_DATA · weight 6000


    Args:
        order_id: Only the collateral of this loan order.
        collateral_account_id: Only this collateral account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansCollateralAccounts:
    """VIP loan collateral accounts.

    Lists collateral accounts and the coins they hold as collateral. Called with the loan account's
    key it returns every collateral account of that loan account; with a collateral account's key,
    only that account. Only VIP users can use VIP loans.

    GET /sapi/v1/loan/vip/collateral/account · security USER_DATA · weight 6000


    Args:
        order_id: Only the collateral of this loan order.
        collateral_account_id: Only this collateral account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansCollateralAccounts
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                collateral_account_id=collateral_account_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansCollateralAccounts]:
    """VIP loan collateral accounts.

    Lists collateral accounts and the coins they hold as collateral. Called with the loan account's
    key it returns every collateral account of that loan account; with a collateral account's key,
    only that account. Only VIP users can use VIP loans.

    GET /sapi/v1/loan/vip/collateral/account · security USER_DATA · weight 6000


    Args:
        order_id: Only the collateral of this loan order.
        collateral_account_id: Only this collateral account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansCollateralAccounts:
    """VIP loan collateral accounts.

    Lists collateral accounts and the coins they hold as collateral. Called with the loan account's
    key it returns every collateral account of that loan account; with a collateral account's key,
    only that account. Only VIP users can use VIP loans.

    GET /sapi/v1/loan/vip/collateral/account · security USER_DATA · weight 6000


    Args:
        order_id: Only the collateral of this loan order.
        collateral_account_id: Only this collateral account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansCollateralAccounts
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                collateral_account_id=collateral_account_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
