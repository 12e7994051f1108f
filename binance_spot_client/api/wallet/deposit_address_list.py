"""Deposit addresses: GET /sapi/v1/capital/deposit/address/list (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_deposit_address_entry import WalletDepositAddressEntry
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositAddressList"]


def _arguments(
    coin: str,
    *,
    network: str | None = None,
) -> dict[str, object]:
    return {
        "coin": coin,
        "network": network,
    }


def _parse_response(response: httpx.Response) -> list[WalletDepositAddressEntry]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[WalletDepositAddressEntry]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [WalletDepositAddressEntry.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[WalletDepositAddressEntry]]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletDepositAddressEntry]]:
    """Deposit addresses.

    Lists every deposit address of a coin on a network (the default network when none is given).

    GET /sapi/v1/capital/deposit/address/list · security USER_DATA · weight 10


    Args:
        coin: Coin to list addresses of. Required.
        network: Network; the coin's default network when omitted.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletDepositAddressEntry]:
    """Deposit addresses.

    Lists every deposit address of a coin on a network (the default network when none is given).

    GET /sapi/v1/capital/deposit/address/list · security USER_DATA · weight 10


    Args:
        coin: Coin to list addresses of. Required.
        network: Network; the coin's default network when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletDepositAddressEntry]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                coin=coin,
                network=network,
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletDepositAddressEntry]]:
    """Deposit addresses.

    Lists every deposit address of a coin on a network (the default network when none is given).

    GET /sapi/v1/capital/deposit/address/list · security USER_DATA · weight 10


    Args:
        coin: Coin to list addresses of. Required.
        network: Network; the coin's default network when omitted.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletDepositAddressEntry]:
    """Deposit addresses.

    Lists every deposit address of a coin on a network (the default network when none is given).

    GET /sapi/v1/capital/deposit/address/list · security USER_DATA · weight 10


    Args:
        coin: Coin to list addresses of. Required.
        network: Network; the coin's default network when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletDepositAddressEntry]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                coin=coin,
                network=network,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
