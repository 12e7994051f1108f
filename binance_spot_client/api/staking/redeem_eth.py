"""Redeem ETH: POST /sapi/v1/eth-staking/eth/redeem (TRADE, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.staking_eth_redeem_asset import StakingEthRedeemAsset
from ...models.staking_eth_redemption import StakingEthRedemption
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemEth"]


def _arguments(
    amount: DecimalLike,
    *,
    asset: StakingEthRedeemAsset | str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> StakingEthRedemption:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> StakingEthRedemption:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = StakingEthRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[StakingEthRedemption]:
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
    amount: DecimalLike,
    asset: StakingEthRedeemAsset | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingEthRedemption]:
    """Redeem ETH.

    Gives back WBETH or BETH and schedules the matching ETH for payout. The API key needs the spot
    and margin trading permission.

    POST /sapi/v1/eth-staking/eth/redeem · security TRADE · weight 150


    Args:
        asset: Token to give back; defaults to `BETH`.
        amount: Amount of the token to redeem, at most 8 decimal places. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
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
    amount: DecimalLike,
    asset: StakingEthRedeemAsset | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingEthRedemption:
    """Redeem ETH.

    Gives back WBETH or BETH and schedules the matching ETH for payout. The API key needs the spot
    and margin trading permission.

    POST /sapi/v1/eth-staking/eth/redeem · security TRADE · weight 150


    Args:
        asset: Token to give back; defaults to `BETH`.
        amount: Amount of the token to redeem, at most 8 decimal places. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingEthRedemption
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
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
    amount: DecimalLike,
    asset: StakingEthRedeemAsset | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingEthRedemption]:
    """Redeem ETH.

    Gives back WBETH or BETH and schedules the matching ETH for payout. The API key needs the spot
    and margin trading permission.

    POST /sapi/v1/eth-staking/eth/redeem · security TRADE · weight 150


    Args:
        asset: Token to give back; defaults to `BETH`.
        amount: Amount of the token to redeem, at most 8 decimal places. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
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
    amount: DecimalLike,
    asset: StakingEthRedeemAsset | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingEthRedemption:
    """Redeem ETH.

    Gives back WBETH or BETH and schedules the matching ETH for payout. The API key needs the spot
    and margin trading permission.

    POST /sapi/v1/eth-staking/eth/redeem · security TRADE · weight 150


    Args:
        asset: Token to give back; defaults to `BETH`.
        amount: Amount of the token to redeem, at most 8 decimal places. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingEthRedemption
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
