"""System status: GET /sapi/v1/system/status (NONE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_system_status import WalletSystemStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["systemStatus"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> WalletSystemStatus:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletSystemStatus:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletSystemStatus.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletSystemStatus]:
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
    timeout: float | None = None,
) -> Response[WalletSystemStatus]:
    """System status.

    Reports whether Binance's systems are running normally or under maintenance. Public; no API key
    needed.

    GET /sapi/v1/system/status · security NONE · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(OPERATION, _arguments(), timeout=timeout)
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    timeout: float | None = None,
) -> WalletSystemStatus:
    """System status.

    Reports whether Binance's systems are running normally or under maintenance. Public; no API key
    needed.

    GET /sapi/v1/system/status · security NONE · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletSystemStatus
    """
    return _parse_response(client.send(OPERATION, _arguments(), timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    timeout: float | None = None,
) -> Response[WalletSystemStatus]:
    """System status.

    Reports whether Binance's systems are running normally or under maintenance. Public; no API key
    needed.

    GET /sapi/v1/system/status · security NONE · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(OPERATION, _arguments(), timeout=timeout)
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    timeout: float | None = None,
) -> WalletSystemStatus:
    """System status.

    Reports whether Binance's systems are running normally or under maintenance. Public; no API key
    needed.

    GET /sapi/v1/system/status · security NONE · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletSystemStatus
    """
    return _parse_response(await client.send(OPERATION, _arguments(), timeout=timeout))
