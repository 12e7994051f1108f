"""Asset index prices: GET /sapi/v1/portfolio/asset-index-price (MARKET_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_asset_index_price import PortfolioMarginAssetIndexPrice
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginAssetIndexPrice"]


def _arguments(
    *,
    asset: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
    }


def _parse_response(response: httpx.Response) -> list[PortfolioMarginAssetIndexPrice]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[PortfolioMarginAssetIndexPrice]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [PortfolioMarginAssetIndexPrice.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[PortfolioMarginAssetIndexPrice]]:
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
    timeout: float | None = None,
) -> Response[list[PortfolioMarginAssetIndexPrice]]:
    """Asset index prices.

    Returns the portfolio margin index price of one asset, or of every asset when `asset` is
    omitted.

    GET /sapi/v1/portfolio/asset-index-price · security MARKET_DATA · weight 50


    Args:
        asset: Only this asset; every asset when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    timeout: float | None = None,
) -> list[PortfolioMarginAssetIndexPrice]:
    """Asset index prices.

    Returns the portfolio margin index price of one asset, or of every asset when `asset` is
    omitted.

    GET /sapi/v1/portfolio/asset-index-price · security MARKET_DATA · weight 50


    Args:
        asset: Only this asset; every asset when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PortfolioMarginAssetIndexPrice]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    timeout: float | None = None,
) -> Response[list[PortfolioMarginAssetIndexPrice]]:
    """Asset index prices.

    Returns the portfolio margin index price of one asset, or of every asset when `asset` is
    omitted.

    GET /sapi/v1/portfolio/asset-index-price · security MARKET_DATA · weight 50


    Args:
        asset: Only this asset; every asset when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    timeout: float | None = None,
) -> list[PortfolioMarginAssetIndexPrice]:
    """Asset index prices.

    Returns the portfolio margin index price of one asset, or of every asset when `asset` is
    omitted.

    GET /sapi/v1/portfolio/asset-index-price · security MARKET_DATA · weight 50


    Args:
        asset: Only this asset; every asset when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PortfolioMarginAssetIndexPrice]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
            ),
            timeout=timeout,
        )
    )
