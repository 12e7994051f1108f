"""Switch on-chain yields auto-renewal: POST /sapi/v1/onchain-yields/locked/setAutoSubscribe (USER_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.staking_on_chain_success import StakingOnChainSuccess
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["setOnChainLockedAutoSubscribe"]


def _arguments(
    position_id: int,
    auto_subscribe: bool,
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "auto_subscribe": auto_subscribe,
    }


def _parse_response(response: httpx.Response) -> StakingOnChainSuccess:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> StakingOnChainSuccess:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = StakingOnChainSuccess.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[StakingOnChainSuccess]:
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
    auto_subscribe: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingOnChainSuccess]:
    """Switch on-chain yields auto-renewal.

    Turns automatic renewal of an on-chain yields position on or off.

    POST /sapi/v1/onchain-yields/locked/setAutoSubscribe · security USER_DATA · weight 50


    Args:
        position_id: Position to change. Required.
        auto_subscribe: True to renew at maturity, false not to. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            auto_subscribe=auto_subscribe,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    position_id: int,
    auto_subscribe: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingOnChainSuccess:
    """Switch on-chain yields auto-renewal.

    Turns automatic renewal of an on-chain yields position on or off.

    POST /sapi/v1/onchain-yields/locked/setAutoSubscribe · security USER_DATA · weight 50


    Args:
        position_id: Position to change. Required.
        auto_subscribe: True to renew at maturity, false not to. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingOnChainSuccess
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                auto_subscribe=auto_subscribe,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    auto_subscribe: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingOnChainSuccess]:
    """Switch on-chain yields auto-renewal.

    Turns automatic renewal of an on-chain yields position on or off.

    POST /sapi/v1/onchain-yields/locked/setAutoSubscribe · security USER_DATA · weight 50


    Args:
        position_id: Position to change. Required.
        auto_subscribe: True to renew at maturity, false not to. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            auto_subscribe=auto_subscribe,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    auto_subscribe: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingOnChainSuccess:
    """Switch on-chain yields auto-renewal.

    Turns automatic renewal of an on-chain yields position on or off.

    POST /sapi/v1/onchain-yields/locked/setAutoSubscribe · security USER_DATA · weight 50


    Args:
        position_id: Position to change. Required.
        auto_subscribe: True to renew at maturity, false not to. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingOnChainSuccess
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                auto_subscribe=auto_subscribe,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
