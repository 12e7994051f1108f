"""On-chain yields positions: GET /sapi/v1/onchain-yields/locked/position (USER_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.staking_on_chain_position_page import StakingOnChainPositionPage
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["onChainLockedPosition"]


def _arguments(
    *,
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "position_id": position_id,
        "project_id": project_id,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> StakingOnChainPositionPage:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> StakingOnChainPositionPage:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = StakingOnChainPositionPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[StakingOnChainPositionPage]:
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
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingOnChainPositionPage]:
    """On-chain yields positions.

    Shows the account's on-chain yields locked positions with rates, rewards and key dates.

    GET /sapi/v1/onchain-yields/locked/position · security USER_DATA · weight 50


    Args:
        asset: Only positions in this asset.
        position_id: Only this position.
        project_id: Only positions in this product.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            position_id=position_id,
            project_id=project_id,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingOnChainPositionPage:
    """On-chain yields positions.

    Shows the account's on-chain yields locked positions with rates, rewards and key dates.

    GET /sapi/v1/onchain-yields/locked/position · security USER_DATA · weight 50


    Args:
        asset: Only positions in this asset.
        position_id: Only this position.
        project_id: Only positions in this product.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingOnChainPositionPage
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                position_id=position_id,
                project_id=project_id,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingOnChainPositionPage]:
    """On-chain yields positions.

    Shows the account's on-chain yields locked positions with rates, rewards and key dates.

    GET /sapi/v1/onchain-yields/locked/position · security USER_DATA · weight 50


    Args:
        asset: Only positions in this asset.
        position_id: Only this position.
        project_id: Only positions in this product.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            position_id=position_id,
            project_id=project_id,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingOnChainPositionPage:
    """On-chain yields positions.

    Shows the account's on-chain yields locked positions with rates, rewards and key dates.

    GET /sapi/v1/onchain-yields/locked/position · security USER_DATA · weight 50


    Args:
        asset: Only positions in this asset.
        position_id: Only this position.
        project_id: Only positions in this product.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingOnChainPositionPage
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                position_id=position_id,
                project_id=project_id,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
