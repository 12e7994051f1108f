"""List Soft Staking products: GET /sapi/v1/soft-staking/list (USER_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.staking_soft_product_page import StakingSoftProductPage
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["softStakingProductList"]


def _arguments(
    *,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> StakingSoftProductPage:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> StakingSoftProductPage:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = StakingSoftProductPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[StakingSoftProductPage]:
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
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingSoftProductPage]:
    """List Soft Staking products.

    Lists the assets that earn Soft Staking rewards while they sit in the spot wallet, with rates,
    limits and what the account has earned; also tells whether Soft Staking is switched on.

    GET /sapi/v1/soft-staking/list · security USER_DATA · weight 50


    Args:
        asset: Only this asset.
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
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingSoftProductPage:
    """List Soft Staking products.

    Lists the assets that earn Soft Staking rewards while they sit in the spot wallet, with rates,
    limits and what the account has earned; also tells whether Soft Staking is switched on.

    GET /sapi/v1/soft-staking/list · security USER_DATA · weight 50


    Args:
        asset: Only this asset.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingSoftProductPage
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
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
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingSoftProductPage]:
    """List Soft Staking products.

    Lists the assets that earn Soft Staking rewards while they sit in the spot wallet, with rates,
    limits and what the account has earned; also tells whether Soft Staking is switched on.

    GET /sapi/v1/soft-staking/list · security USER_DATA · weight 50


    Args:
        asset: Only this asset.
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
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingSoftProductPage:
    """List Soft Staking products.

    Lists the assets that earn Soft Staking rewards while they sit in the spot wallet, with rates,
    limits and what the account has earned; also tells whether Soft Staking is switched on.

    GET /sapi/v1/soft-staking/list · security USER_DATA · weight 50


    Args:
        asset: Only this asset.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingSoftProductPage
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
