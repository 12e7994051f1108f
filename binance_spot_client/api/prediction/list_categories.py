"""Prediction market categories: GET /sapi/v1/w3w/wallet/prediction/category/list (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.list_categories`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_categories import PredictionCategories
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["listCategories"]
ANSWER = AnswerPlan(
    "listCategories",
    {"$ref": "PredictionCategories"},
    schemas='{"PredictionCategories":{"properties":{"categories":{"items":{"$ref":"PredictionCategory"},"type":"array"}},"required":["categories"],"type":"object"},"PredictionCategory":{"properties":{"icon":{"type":"string"},"id":{"type":"string"},"name":{"type":"string"},"order":{"type":"integer"},"subcategories":{"items":{"$ref":"PredictionSubcategory"},"type":"array"}},"required":["id","name","icon","order","subcategories"],"type":"object"},"PredictionSubcategory":{"properties":{"icon":{"type":"string"},"id":{"type":"string"},"name":{"type":"string"},"order":{"type":"integer"}},"required":["id","name","icon","order"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> PredictionCategories:
    try:
        response_200 = PredictionCategories.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[PredictionCategories]:
    """`Spot.prediction.list_categories`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> PredictionCategories:
    """`Spot.prediction.list_categories` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[PredictionCategories]:
    """`Spot.prediction.list_categories` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> PredictionCategories:
    """`Spot.prediction.list_categories` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
