"""Deposit into a managed sub-account: POST /sapi/v1/managed-subaccount/deposit (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_transfer_id import SubAccountTransferId
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositToManagedSubAccount"]


def _arguments(
    to_email: str,
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "to_email": to_email,
        "asset": asset,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> SubAccountTransferId:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountTransferId:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountTransferId.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountTransferId]:
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
    to_email: str,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountTransferId]:
    """Deposit into a managed sub-account.

    Called by the investor's master account: moves an asset from its spot account into one of its
    managed sub-accounts.

    POST /sapi/v1/managed-subaccount/deposit · security USER_DATA · weight 1


    Args:
        to_email: Email of the managed sub-account. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            to_email=to_email,
            asset=asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    to_email: str,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountTransferId:
    """Deposit into a managed sub-account.

    Called by the investor's master account: moves an asset from its spot account into one of its
    managed sub-accounts.

    POST /sapi/v1/managed-subaccount/deposit · security USER_DATA · weight 1


    Args:
        to_email: Email of the managed sub-account. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountTransferId
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                to_email=to_email,
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    to_email: str,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountTransferId]:
    """Deposit into a managed sub-account.

    Called by the investor's master account: moves an asset from its spot account into one of its
    managed sub-accounts.

    POST /sapi/v1/managed-subaccount/deposit · security USER_DATA · weight 1


    Args:
        to_email: Email of the managed sub-account. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            to_email=to_email,
            asset=asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    to_email: str,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountTransferId:
    """Deposit into a managed sub-account.

    Called by the investor's master account: moves an asset from its spot account into one of its
    managed sub-accounts.

    POST /sapi/v1/managed-subaccount/deposit · security USER_DATA · weight 1


    Args:
        to_email: Email of the managed sub-account. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountTransferId
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                to_email=to_email,
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
