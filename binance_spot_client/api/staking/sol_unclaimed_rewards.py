"""Unclaimed SOL boost rewards: GET /sapi/v1/sol-staking/sol/history/unclaimedRewards (USER_DATA, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.staking_sol_unclaimed_reward import StakingSolUnclaimedReward
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["solUnclaimedRewards"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> list[StakingSolUnclaimedReward]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[StakingSolUnclaimedReward]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [StakingSolUnclaimedReward.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[StakingSolUnclaimedReward]]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[StakingSolUnclaimedReward]]:
    """Unclaimed SOL boost rewards.

    Lists boost APR airdrop rewards the account has earned but not claimed yet.

    GET /sapi/v1/sol-staking/sol/history/unclaimedRewards · security USER_DATA · weight 150


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout)
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[StakingSolUnclaimedReward]:
    """Unclaimed SOL boost rewards.

    Lists boost APR airdrop rewards the account has earned but not claimed yet.

    GET /sapi/v1/sol-staking/sol/history/unclaimedRewards · security USER_DATA · weight 150


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[StakingSolUnclaimedReward]
    """
    return _parse_response(client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[StakingSolUnclaimedReward]]:
    """Unclaimed SOL boost rewards.

    Lists boost APR airdrop rewards the account has earned but not claimed yet.

    GET /sapi/v1/sol-staking/sol/history/unclaimedRewards · security USER_DATA · weight 150


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout)
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[StakingSolUnclaimedReward]:
    """Unclaimed SOL boost rewards.

    Lists boost APR airdrop rewards the account has earned but not claimed yet.

    GET /sapi/v1/sol-staking/sol/history/unclaimedRewards · security USER_DATA · weight 150


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[StakingSolUnclaimedReward]
    """
    return _parse_response(await client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout))
