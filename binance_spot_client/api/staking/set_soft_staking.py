"""Switch Soft Staking on or off: GET /sapi/v1/soft-staking/set (USER_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.staking_soft_staking_switch import StakingSoftStakingSwitch
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["setSoftStaking"]


def _arguments(
    soft_staking: bool,
) -> dict[str, object]:
    return {
        "soft_staking": soft_staking,
    }


def _parse_response(response: httpx.Response) -> StakingSoftStakingSwitch:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> StakingSoftStakingSwitch:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = StakingSoftStakingSwitch.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[StakingSoftStakingSwitch]:
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
    soft_staking: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingSoftStakingSwitch]:
    """Switch Soft Staking on or off.

    Turns Soft Staking on or off for the account. Binance serves this change with GET.

    GET /sapi/v1/soft-staking/set · security USER_DATA · weight 50


    Args:
        soft_staking: True to switch Soft Staking on, false to switch it off. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            soft_staking=soft_staking,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    soft_staking: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingSoftStakingSwitch:
    """Switch Soft Staking on or off.

    Turns Soft Staking on or off for the account. Binance serves this change with GET.

    GET /sapi/v1/soft-staking/set · security USER_DATA · weight 50


    Args:
        soft_staking: True to switch Soft Staking on, false to switch it off. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingSoftStakingSwitch
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                soft_staking=soft_staking,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    soft_staking: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingSoftStakingSwitch]:
    """Switch Soft Staking on or off.

    Turns Soft Staking on or off for the account. Binance serves this change with GET.

    GET /sapi/v1/soft-staking/set · security USER_DATA · weight 50


    Args:
        soft_staking: True to switch Soft Staking on, false to switch it off. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            soft_staking=soft_staking,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    soft_staking: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingSoftStakingSwitch:
    """Switch Soft Staking on or off.

    Turns Soft Staking on or off for the account. Binance serves this change with GET.

    GET /sapi/v1/soft-staking/set · security USER_DATA · weight 50


    Args:
        soft_staking: True to switch Soft Staking on, false to switch it off. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingSoftStakingSwitch
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                soft_staking=soft_staking,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
