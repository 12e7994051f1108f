"""Pairs with a limit price band: GET /sapi/v1/margin/limit-price-pairs (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.margin.margin_limit_price_pairs`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_limit_price_pairs import MarginLimitPricePairs
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginLimitPricePairs"]
ANSWER = AnswerPlan(
    "marginLimitPricePairs",
    {"$ref": "MarginLimitPricePairs"},
    schemas='{"MarginLimitPricePairs":{"properties":{"crossMarginSymbols":{"items":{"type":"string"},"type":"array"}},"required":["crossMarginSymbols"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> MarginLimitPricePairs:
    try:
        response_200 = MarginLimitPricePairs.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginLimitPricePairs]:
    """`Spot.margin.margin_limit_price_pairs`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> MarginLimitPricePairs:
    """`Spot.margin.margin_limit_price_pairs` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginLimitPricePairs]:
    """`Spot.margin.margin_limit_price_pairs` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> MarginLimitPricePairs:
    """`Spot.margin.margin_limit_price_pairs` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
