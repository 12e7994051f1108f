"""Isolated margin tiers: GET /sapi/v1/margin/isolatedMarginTier (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_tier import MarginIsolatedTier
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["isolatedMarginTierData"]


def _arguments(
    symbol: str,
    *,
    tier: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "tier": tier,
    }


def _parse_response(response: httpx.Response) -> list[MarginIsolatedTier]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginIsolatedTier]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginIsolatedTier.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginIsolatedTier]]:
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
    symbol: str,
    tier: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginIsolatedTier]]:
    """Isolated margin tiers.

    Lists the leverage tiers of an isolated margin pair, or one tier.

    GET /sapi/v1/margin/isolatedMarginTier · security USER_DATA · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        tier: Only this tier; every tier when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            tier=tier,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    tier: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginIsolatedTier]:
    """Isolated margin tiers.

    Lists the leverage tiers of an isolated margin pair, or one tier.

    GET /sapi/v1/margin/isolatedMarginTier · security USER_DATA · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        tier: Only this tier; every tier when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginIsolatedTier]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                tier=tier,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    tier: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginIsolatedTier]]:
    """Isolated margin tiers.

    Lists the leverage tiers of an isolated margin pair, or one tier.

    GET /sapi/v1/margin/isolatedMarginTier · security USER_DATA · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        tier: Only this tier; every tier when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            tier=tier,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    tier: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginIsolatedTier]:
    """Isolated margin tiers.

    Lists the leverage tiers of an isolated margin pair, or one tier.

    GET /sapi/v1/margin/isolatedMarginTier · security USER_DATA · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        tier: Only this tier; every tier when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginIsolatedTier]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                tier=tier,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
