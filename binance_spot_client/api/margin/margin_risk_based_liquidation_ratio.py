"""Risk-based liquidation ratios: GET /sapi/v1/margin/risk-based-liquidation-ratio (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.margin.margin_risk_based_liquidation_ratio`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_risk_based_liquidation_ratio import MarginRiskBasedLiquidationRatio
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginRiskBasedLiquidationRatio"]
ANSWER = AnswerPlan(
    "marginRiskBasedLiquidationRatio",
    {"type": "array", "items": {"$ref": "MarginRiskBasedLiquidationRatio"}},
    schemas='{"MarginRiskBasedLiquidationRatio":{"properties":{"asset":{"type":"string"},"riskBasedLiquidationRatio":{"type":"string"}},"required":["asset","riskBasedLiquidationRatio"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[MarginRiskBasedLiquidationRatio]:
    try:
        response_200 = [MarginRiskBasedLiquidationRatio.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginRiskBasedLiquidationRatio]]:
    """`Spot.margin.margin_risk_based_liquidation_ratio`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginRiskBasedLiquidationRatio]:
    """`Spot.margin.margin_risk_based_liquidation_ratio` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginRiskBasedLiquidationRatio]]:
    """`Spot.margin.margin_risk_based_liquidation_ratio` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginRiskBasedLiquidationRatio]:
    """`Spot.margin.margin_risk_based_liquidation_ratio` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
