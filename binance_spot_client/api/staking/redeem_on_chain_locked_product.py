"""Redeem an on-chain yields position: POST /sapi/v1/onchain-yields/locked/redeem (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.staking_on_chain_redemption import StakingOnChainRedemption
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemOnChainLockedProduct"]


def _arguments(
    position_id: int,
    *,
    channel_id: str | None = None,
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "channel_id": channel_id,
    }


def _parse_response(response: httpx.Response) -> StakingOnChainRedemption:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> StakingOnChainRedemption:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = StakingOnChainRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[StakingOnChainRedemption]:
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
    channel_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingOnChainRedemption]:
    """Redeem an on-chain yields position.

    Redeems an on-chain yields locked position. Binance allows one call every 3 seconds per account.
    The API key needs the spot and margin trading permission.

    POST /sapi/v1/onchain-yields/locked/redeem · security TRADE · weight 1


    Args:
        position_id: Position to redeem. Required.
        channel_id: Channel identifier Binance may assign to partners.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            channel_id=channel_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    position_id: int,
    channel_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingOnChainRedemption:
    """Redeem an on-chain yields position.

    Redeems an on-chain yields locked position. Binance allows one call every 3 seconds per account.
    The API key needs the spot and margin trading permission.

    POST /sapi/v1/onchain-yields/locked/redeem · security TRADE · weight 1


    Args:
        position_id: Position to redeem. Required.
        channel_id: Channel identifier Binance may assign to partners.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingOnChainRedemption
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                channel_id=channel_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    channel_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingOnChainRedemption]:
    """Redeem an on-chain yields position.

    Redeems an on-chain yields locked position. Binance allows one call every 3 seconds per account.
    The API key needs the spot and margin trading permission.

    POST /sapi/v1/onchain-yields/locked/redeem · security TRADE · weight 1


    Args:
        position_id: Position to redeem. Required.
        channel_id: Channel identifier Binance may assign to partners.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            channel_id=channel_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    channel_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingOnChainRedemption:
    """Redeem an on-chain yields position.

    Redeems an on-chain yields locked position. Binance allows one call every 3 seconds per account.
    The API key needs the spot and margin trading permission.

    POST /sapi/v1/onchain-yields/locked/redeem · security TRADE · weight 1


    Args:
        position_id: Position to redeem. Required.
        channel_id: Channel identifier Binance may assign to partners.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingOnChainRedemption
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                channel_id=channel_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
