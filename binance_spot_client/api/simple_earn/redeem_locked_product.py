"""Redeem a locked position early: POST /sapi/v1/simple-earn/locked/redeem (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_redemption import SimpleEarnRedemption
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemLockedProduct"]


def _arguments(
    position_id: int,
) -> dict[str, object]:
    return {
        "position_id": position_id,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnRedemption:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnRedemption:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnRedemption]:
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
    position_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnRedemption]:
    """Redeem a locked position early.

    Redeems a locked position before it matures; early redemption may forfeit rewards. Binance
    allows one call every 3 seconds per account, and the API key needs the spot and margin trading
    permission.

    POST /sapi/v1/simple-earn/locked/redeem · security TRADE · weight 1


    Args:
        position_id: Locked position to redeem. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    position_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnRedemption:
    """Redeem a locked position early.

    Redeems a locked position before it matures; early redemption may forfeit rewards. Binance
    allows one call every 3 seconds per account, and the API key needs the spot and margin trading
    permission.

    POST /sapi/v1/simple-earn/locked/redeem · security TRADE · weight 1


    Args:
        position_id: Locked position to redeem. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnRedemption
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnRedemption]:
    """Redeem a locked position early.

    Redeems a locked position before it matures; early redemption may forfeit rewards. Binance
    allows one call every 3 seconds per account, and the API key needs the spot and margin trading
    permission.

    POST /sapi/v1/simple-earn/locked/redeem · security TRADE · weight 1


    Args:
        position_id: Locked position to redeem. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnRedemption:
    """Redeem a locked position early.

    Redeems a locked position before it matures; early redemption may forfeit rewards. Binance
    allows one call every 3 seconds per account, and the API key needs the spot and margin trading
    permission.

    POST /sapi/v1/simple-earn/locked/redeem · security TRADE · weight 1


    Args:
        position_id: Locked position to redeem. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnRedemption
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
