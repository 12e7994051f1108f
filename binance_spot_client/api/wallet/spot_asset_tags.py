"""Spot asset tags: GET /sapi/v1/spot/asset/tags (MARKET_DATA, weight 100).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_asset_tags import WalletAssetTags
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["spotAssetTags"]


def _arguments(
    *,
    tag: str | None = None,
) -> dict[str, object]:
    return {
        "tag": tag,
    }


def _parse_response(response: httpx.Response) -> list[WalletAssetTags]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[WalletAssetTags]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [WalletAssetTags.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[WalletAssetTags]]:
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
    tag: str | None = None,
    timeout: float | None = None,
) -> Response[list[WalletAssetTags]]:
    """Spot asset tags.

    Lists the tags Binance attaches to spot-tradable assets, optionally only the assets carrying
    given tags.

    GET /sapi/v1/spot/asset/tags · security MARKET_DATA · weight 100


    Args:
        tag: Comma-separated tags; an asset is returned when it carries any of them (spaces around
            each tag are ignored). Every eligible asset when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            tag=tag,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    tag: str | None = None,
    timeout: float | None = None,
) -> list[WalletAssetTags]:
    """Spot asset tags.

    Lists the tags Binance attaches to spot-tradable assets, optionally only the assets carrying
    given tags.

    GET /sapi/v1/spot/asset/tags · security MARKET_DATA · weight 100


    Args:
        tag: Comma-separated tags; an asset is returned when it carries any of them (spaces around
            each tag are ignored). Every eligible asset when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletAssetTags]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                tag=tag,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    tag: str | None = None,
    timeout: float | None = None,
) -> Response[list[WalletAssetTags]]:
    """Spot asset tags.

    Lists the tags Binance attaches to spot-tradable assets, optionally only the assets carrying
    given tags.

    GET /sapi/v1/spot/asset/tags · security MARKET_DATA · weight 100


    Args:
        tag: Comma-separated tags; an asset is returned when it carries any of them (spaces around
            each tag are ignored). Every eligible asset when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            tag=tag,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    tag: str | None = None,
    timeout: float | None = None,
) -> list[WalletAssetTags]:
    """Spot asset tags.

    Lists the tags Binance attaches to spot-tradable assets, optionally only the assets carrying
    given tags.

    GET /sapi/v1/spot/asset/tags · security MARKET_DATA · weight 100


    Args:
        tag: Comma-separated tags; an asset is returned when it carries any of them (spaces around
            each tag are ignored). Every eligible asset when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletAssetTags]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                tag=tag,
            ),
            timeout=timeout,
        )
    )
