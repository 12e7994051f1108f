"""Deposit address: GET /oauth-api/v1/get-charge-address (OAUTH, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.o_auth_charge_address_response import OAuthChargeAddressResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["chargeAddress"]


def _arguments(
    coin: str,
    network: str,
) -> dict[str, object]:
    return {
        "coin": coin,
        "network": network,
    }


def _parse_response(response: httpx.Response) -> OAuthChargeAddressResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> OAuthChargeAddressResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = OAuthChargeAddressResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[OAuthChargeAddressResponse]:
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
    network: str,
    timeout: float | None = None,
) -> Response[OAuthChargeAddressResponse]:
    """Deposit address.

    The user's deposit address for a coin on a network.

    GET /oauth-api/v1/get-charge-address · security OAUTH · weight 1


    Args:
        coin: The coin, e.g. BTC or BNB. Required.
        network: The network the coin is deposited on, e.g. BSC; the coin's networks are listed by
            Binance's capital config. Required.
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
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    coin: str,
    network: str,
    timeout: float | None = None,
) -> OAuthChargeAddressResponse:
    """Deposit address.

    The user's deposit address for a coin on a network.

    GET /oauth-api/v1/get-charge-address · security OAUTH · weight 1


    Args:
        coin: The coin, e.g. BTC or BNB. Required.
        network: The network the coin is deposited on, e.g. BSC; the coin's networks are listed by
            Binance's capital config. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthChargeAddressResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                coin=coin,
                network=network,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    coin: str,
    network: str,
    timeout: float | None = None,
) -> Response[OAuthChargeAddressResponse]:
    """Deposit address.

    The user's deposit address for a coin on a network.

    GET /oauth-api/v1/get-charge-address · security OAUTH · weight 1


    Args:
        coin: The coin, e.g. BTC or BNB. Required.
        network: The network the coin is deposited on, e.g. BSC; the coin's networks are listed by
            Binance's capital config. Required.
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
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    coin: str,
    network: str,
    timeout: float | None = None,
) -> OAuthChargeAddressResponse:
    """Deposit address.

    The user's deposit address for a coin on a network.

    GET /oauth-api/v1/get-charge-address · security OAUTH · weight 1


    Args:
        coin: The coin, e.g. BTC or BNB. Required.
        network: The network the coin is deposited on, e.g. BSC; the coin's networks are listed by
            Binance's capital config. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthChargeAddressResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                coin=coin,
                network=network,
            ),
            timeout=timeout,
        )
    )
