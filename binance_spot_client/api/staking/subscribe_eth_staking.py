"""Stake ETH: POST /sapi/v2/eth-staking/eth/stake (TRADE, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.staking_eth_subscription import StakingEthSubscription
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeEthStaking"]


def _arguments(
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> StakingEthSubscription:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> StakingEthSubscription:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = StakingEthSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[StakingEthSubscription]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingEthSubscription]:
    """Stake ETH.

    Stakes ETH and credits WBETH at the current conversion ratio. The API key needs the spot and
    margin trading permission.

    POST /sapi/v2/eth-staking/eth/stake · security TRADE · weight 150


    Args:
        amount: ETH to stake, at most 4 decimal places. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingEthSubscription:
    """Stake ETH.

    Stakes ETH and credits WBETH at the current conversion ratio. The API key needs the spot and
    margin trading permission.

    POST /sapi/v2/eth-staking/eth/stake · security TRADE · weight 150


    Args:
        amount: ETH to stake, at most 4 decimal places. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingEthSubscription
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingEthSubscription]:
    """Stake ETH.

    Stakes ETH and credits WBETH at the current conversion ratio. The API key needs the spot and
    margin trading permission.

    POST /sapi/v2/eth-staking/eth/stake · security TRADE · weight 150


    Args:
        amount: ETH to stake, at most 4 decimal places. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingEthSubscription:
    """Stake ETH.

    Stakes ETH and credits WBETH at the current conversion ratio. The API key needs the spot and
    margin trading permission.

    POST /sapi/v2/eth-staking/eth/stake · security TRADE · weight 150


    Args:
        amount: ETH to stake, at most 4 decimal places. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingEthSubscription
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
