"""Portfolio margin pro tiered collateral rates: GET /sapi/v2/portfolio/collateralRate (USER_DATA, weight 50).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_pro_tiered_collateral_rate`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_tiered_collateral_rate import PortfolioMarginTieredCollateralRate
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginProTieredCollateralRate"]
ANSWER = AnswerPlan(
    "portfolioMarginProTieredCollateralRate",
    {"type": "array", "items": {"$ref": "PortfolioMarginTieredCollateralRate"}},
    schemas='{"PortfolioMarginCollateralTier":{"properties":{"collateralRate":{"type":"string"},"cum":{"type":"string"},"tierCap":{"type":"string"},"tierFloor":{"type":"string"}},"required":["tierFloor","tierCap","collateralRate"],"type":"object"},"PortfolioMarginTieredCollateralRate":{"properties":{"asset":{"type":"string"},"collateralInfo":{"items":{"$ref":"PortfolioMarginCollateralTier"},"type":"array"}},"required":["asset","collateralInfo"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[PortfolioMarginTieredCollateralRate]:
    try:
        response_200 = [PortfolioMarginTieredCollateralRate.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginTieredCollateralRate]]:
    """`Spot.portfolio_margin.portfolio_margin_pro_tiered_collateral_rate`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginTieredCollateralRate]:
    """`Spot.portfolio_margin.portfolio_margin_pro_tiered_collateral_rate` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginTieredCollateralRate]]:
    """`Spot.portfolio_margin.portfolio_margin_pro_tiered_collateral_rate` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginTieredCollateralRate]:
    """`Spot.portfolio_margin.portfolio_margin_pro_tiered_collateral_rate` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
