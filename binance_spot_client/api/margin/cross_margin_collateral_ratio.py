"""Cross margin collateral ratios: GET /sapi/v1/margin/crossMarginCollateralRatio (MARKET_DATA, weight 100).

The parameters and answer are described on `Spot.margin.cross_margin_collateral_ratio`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_collateral_ratio import MarginCollateralRatio
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["crossMarginCollateralRatio"]
ANSWER = AnswerPlan(
    "crossMarginCollateralRatio",
    {"type": "array", "items": {"$ref": "MarginCollateralRatio"}},
    schemas='{"MarginCollateralBracket":{"properties":{"discountRate":{"type":"string"},"maxUsdValue":{"type":"string"},"minUsdValue":{"type":"string"}},"required":["minUsdValue","maxUsdValue","discountRate"],"type":"object"},"MarginCollateralRatio":{"properties":{"assetNames":{"items":{"type":"string"},"type":"array"},"collaterals":{"items":{"$ref":"MarginCollateralBracket"},"type":"array"}},"required":["collaterals","assetNames"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[MarginCollateralRatio]:
    try:
        response_200 = [MarginCollateralRatio.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginCollateralRatio]]:
    """`Spot.margin.cross_margin_collateral_ratio`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginCollateralRatio]:
    """`Spot.margin.cross_margin_collateral_ratio` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginCollateralRatio]]:
    """`Spot.margin.cross_margin_collateral_ratio` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginCollateralRatio]:
    """`Spot.margin.cross_margin_collateral_ratio` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
