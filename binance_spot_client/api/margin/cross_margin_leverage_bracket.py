"""Cross Margin Pro leverage brackets: GET /sapi/v1/margin/leverageBracket (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.margin.cross_margin_leverage_bracket`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_leverage_bracket import MarginLeverageBracket
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["crossMarginLeverageBracket"]
ANSWER = AnswerPlan(
    "crossMarginLeverageBracket",
    {"type": "array", "items": {"$ref": "MarginLeverageBracket"}},
    schemas='{"MarginLeverageBracket":{"properties":{"assetNames":{"items":{"type":"string"},"type":"array"},"brackets":{"items":{"$ref":"MarginLeverageBracketTier"},"type":"array"},"rank":{"type":"integer"}},"required":["assetNames","rank","brackets"],"type":"object"},"MarginLeverageBracketTier":{"properties":{"fastNum":{"type":"number"},"initialMarginRate":{"type":"number"},"leverage":{"type":"integer"},"maintenanceMarginRate":{"type":"number"},"maxDebt":{"type":"number"}},"required":["leverage","maxDebt","maintenanceMarginRate","initialMarginRate","fastNum"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[MarginLeverageBracket]:
    try:
        response_200 = [MarginLeverageBracket.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginLeverageBracket]]:
    """`Spot.margin.cross_margin_leverage_bracket`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginLeverageBracket]:
    """`Spot.margin.cross_margin_leverage_bracket` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginLeverageBracket]]:
    """`Spot.margin.cross_margin_leverage_bracket` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginLeverageBracket]:
    """`Spot.margin.cross_margin_leverage_bracket` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
