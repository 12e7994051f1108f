"""Deposit address of a managed sub-account: GET /sapi/v1/managed-subaccount/deposit/address (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_deposit_address import SubAccountDepositAddress
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountDepositAddress"]


def _arguments(
    email: str,
    coin: str,
    *,
    network: str | None = None,
    amount: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "coin": coin,
        "network": network,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> SubAccountDepositAddress:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountDepositAddress:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountDepositAddress.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountDepositAddress]:
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
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountDepositAddress]:
    """Deposit address of a managed sub-account.

    Called by the investor's master account: returns the deposit address of one of its managed sub-
    accounts for a coin on a network (the coin's default network when `network` is omitted).

    GET /sapi/v1/managed-subaccount/deposit/address · security USER_DATA · weight 1


    Args:
        email: Email of the managed sub-account. Required.
        coin: Coin to deposit. Required.
        network: Network to deposit on (see the wallet's deposit address endpoint); the coin's default
            network when omitted.
        amount: Amount to deposit; needed for the LIGHTNING network (current documentation).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            coin=coin,
            network=network,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountDepositAddress:
    """Deposit address of a managed sub-account.

    Called by the investor's master account: returns the deposit address of one of its managed sub-
    accounts for a coin on a network (the coin's default network when `network` is omitted).

    GET /sapi/v1/managed-subaccount/deposit/address · security USER_DATA · weight 1


    Args:
        email: Email of the managed sub-account. Required.
        coin: Coin to deposit. Required.
        network: Network to deposit on (see the wallet's deposit address endpoint); the coin's default
            network when omitted.
        amount: Amount to deposit; needed for the LIGHTNING network (current documentation).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountDepositAddress
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                coin=coin,
                network=network,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountDepositAddress]:
    """Deposit address of a managed sub-account.

    Called by the investor's master account: returns the deposit address of one of its managed sub-
    accounts for a coin on a network (the coin's default network when `network` is omitted).

    GET /sapi/v1/managed-subaccount/deposit/address · security USER_DATA · weight 1


    Args:
        email: Email of the managed sub-account. Required.
        coin: Coin to deposit. Required.
        network: Network to deposit on (see the wallet's deposit address endpoint); the coin's default
            network when omitted.
        amount: Amount to deposit; needed for the LIGHTNING network (current documentation).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            coin=coin,
            network=network,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountDepositAddress:
    """Deposit address of a managed sub-account.

    Called by the investor's master account: returns the deposit address of one of its managed sub-
    accounts for a coin on a network (the coin's default network when `network` is omitted).

    GET /sapi/v1/managed-subaccount/deposit/address · security USER_DATA · weight 1


    Args:
        email: Email of the managed sub-account. Required.
        coin: Coin to deposit. Required.
        network: Network to deposit on (see the wallet's deposit address endpoint); the coin's default
            network when omitted.
        amount: Amount to deposit; needed for the LIGHTNING network (current documentation).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountDepositAddress
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                coin=coin,
                network=network,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
