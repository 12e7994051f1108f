"""NFT assets: GET /sapi/v1/nft/user/getAsset (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.nft_assets import NftAssets
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["nftAssets"]


def _arguments(
    *,
    limit: int | None = None,
    page: int | None = None,
) -> dict[str, object]:
    return {
        "limit": limit,
        "page": page,
    }


def _parse_response(response: httpx.Response) -> NftAssets:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> NftAssets:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = NftAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[NftAssets]:
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
    limit: int | None = None,
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[NftAssets]:
    """NFT assets.

    Lists the NFTs the account holds.

    GET /sapi/v1/nft/user/getAsset · security USER_DATA · weight 3000


    Args:
        limit: Rows per page. Defaults to 50; at most 50.
        page: Page number, counted from 1. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            limit=limit,
            page=page,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    limit: int | None = None,
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> NftAssets:
    """NFT assets.

    Lists the NFTs the account holds.

    GET /sapi/v1/nft/user/getAsset · security USER_DATA · weight 3000


    Args:
        limit: Rows per page. Defaults to 50; at most 50.
        page: Page number, counted from 1. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        NftAssets
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                limit=limit,
                page=page,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    limit: int | None = None,
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[NftAssets]:
    """NFT assets.

    Lists the NFTs the account holds.

    GET /sapi/v1/nft/user/getAsset · security USER_DATA · weight 3000


    Args:
        limit: Rows per page. Defaults to 50; at most 50.
        page: Page number, counted from 1. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            limit=limit,
            page=page,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    limit: int | None = None,
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> NftAssets:
    """NFT assets.

    Lists the NFTs the account holds.

    GET /sapi/v1/nft/user/getAsset · security USER_DATA · weight 3000


    Args:
        limit: Rows per page. Defaults to 50; at most 50.
        page: Page number, counted from 1. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        NftAssets
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                limit=limit,
                page=page,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
