"""Deposit address: GET /sapi/v1/capital/deposit/address (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_deposit_address import WalletDepositAddress
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositAddress"]


def _arguments(
    coin: str,
    *,
    network: str | None = None,
    amount: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "coin": coin,
        "network": network,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> WalletDepositAddress:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletDepositAddress:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletDepositAddress.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletDepositAddress]:
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
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDepositAddress]:
    """Deposit address.

    Returns the address to deposit a coin to, on the given network or on the coin's default network.

    GET /sapi/v1/capital/deposit/address · security USER_DATA · weight 10


    Args:
        coin: Coin to deposit. Required.
        network: Network to deposit on; the coin's default network when omitted.
        amount: Amount to deposit; needed only for the Lightning network, where the address is an
            invoice for a fixed amount.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
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
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDepositAddress:
    """Deposit address.

    Returns the address to deposit a coin to, on the given network or on the coin's default network.

    GET /sapi/v1/capital/deposit/address · security USER_DATA · weight 10


    Args:
        coin: Coin to deposit. Required.
        network: Network to deposit on; the coin's default network when omitted.
        amount: Amount to deposit; needed only for the Lightning network, where the address is an
            invoice for a fixed amount.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDepositAddress
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
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
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDepositAddress]:
    """Deposit address.

    Returns the address to deposit a coin to, on the given network or on the coin's default network.

    GET /sapi/v1/capital/deposit/address · security USER_DATA · weight 10


    Args:
        coin: Coin to deposit. Required.
        network: Network to deposit on; the coin's default network when omitted.
        amount: Amount to deposit; needed only for the Lightning network, where the address is an
            invoice for a fixed amount.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
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
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDepositAddress:
    """Deposit address.

    Returns the address to deposit a coin to, on the given network or on the coin's default network.

    GET /sapi/v1/capital/deposit/address · security USER_DATA · weight 10


    Args:
        coin: Coin to deposit. Required.
        network: Network to deposit on; the coin's default network when omitted.
        amount: Amount to deposit; needed only for the Lightning network, where the address is an
            invoice for a fixed amount.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDepositAddress
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                coin=coin,
                network=network,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
