"""Asset leverage: GET /sapi/v1/portfolio/margin-asset-leverage (USER_DATA, weight 50).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_asset_leverage`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_asset_leverage import PortfolioMarginAssetLeverage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginAssetLeverage"]
ANSWER = AnswerPlan(
    "portfolioMarginAssetLeverage",
    {"type": "array", "items": {"$ref": "PortfolioMarginAssetLeverage"}},
    schemas='{"PortfolioMarginAssetLeverage":{"properties":{"asset":{"type":"string"},"leverage":{"type":"integer"}},"required":["asset","leverage"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[PortfolioMarginAssetLeverage]:
    try:
        response_200 = [PortfolioMarginAssetLeverage.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginAssetLeverage]]:
    """`Spot.portfolio_margin.portfolio_margin_asset_leverage`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginAssetLeverage]:
    """`Spot.portfolio_margin.portfolio_margin_asset_leverage` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginAssetLeverage]]:
    """`Spot.portfolio_margin.portfolio_margin_asset_leverage` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginAssetLeverage]:
    """`Spot.portfolio_margin.portfolio_margin_asset_leverage` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
