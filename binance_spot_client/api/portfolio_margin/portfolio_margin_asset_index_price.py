"""Asset index prices: GET /sapi/v1/portfolio/asset-index-price (MARKET_DATA, weight 50).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_asset_index_price`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_asset_index_price import PortfolioMarginAssetIndexPrice
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginAssetIndexPrice"]
ANSWER = AnswerPlan(
    "portfolioMarginAssetIndexPrice",
    {"type": "array", "items": {"$ref": "PortfolioMarginAssetIndexPrice"}},
    schemas='{"PortfolioMarginAssetIndexPrice":{"properties":{"asset":{"type":"string"},"assetIndexPrice":{"type":"string"},"time":{"type":"integer"}},"required":["asset","assetIndexPrice","time"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
    }


def _parse(data: Any) -> list[PortfolioMarginAssetIndexPrice]:
    try:
        response_200 = [PortfolioMarginAssetIndexPrice.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginAssetIndexPrice]]:
    """`Spot.portfolio_margin.portfolio_margin_asset_index_price`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginAssetIndexPrice]:
    """`Spot.portfolio_margin.portfolio_margin_asset_index_price` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginAssetIndexPrice]]:
    """`Spot.portfolio_margin.portfolio_margin_asset_index_price` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginAssetIndexPrice]:
    """`Spot.portfolio_margin.portfolio_margin_asset_index_price` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )
