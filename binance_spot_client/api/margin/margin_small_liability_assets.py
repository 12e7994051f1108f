"""Small liability assets: GET /sapi/v1/margin/exchange-small-liability (USER_DATA, weight 100).

The parameters and answer are described on `Spot.margin.margin_small_liability_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_small_liability import MarginSmallLiability
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginSmallLiabilityAssets"]
ANSWER = AnswerPlan(
    "marginSmallLiabilityAssets",
    {"type": "array", "items": {"$ref": "MarginSmallLiability"}},
    schemas='{"MarginSmallLiability":{"properties":{"asset":{"type":"string"},"interest":{"type":"string"},"liabilityAsset":{"type":"string"},"liabilityQty":{"type":"number"},"principal":{"type":"string"}},"required":["asset","interest","principal","liabilityAsset","liabilityQty"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[MarginSmallLiability]:
    try:
        response_200 = [MarginSmallLiability.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginSmallLiability]]:
    """`Spot.margin.margin_small_liability_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginSmallLiability]:
    """`Spot.margin.margin_small_liability_assets` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginSmallLiability]]:
    """`Spot.margin.margin_small_liability_assets` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginSmallLiability]:
    """`Spot.margin.margin_small_liability_assets` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
