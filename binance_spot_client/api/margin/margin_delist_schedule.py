"""Margin delisting schedule: GET /sapi/v1/margin/delist-schedule (MARKET_DATA, weight 100).

The parameters and answer are described on `Spot.margin.margin_delist_schedule`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_delist_schedule import MarginDelistSchedule
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginDelistSchedule"]
ANSWER = AnswerPlan(
    "marginDelistSchedule",
    {"type": "array", "items": {"$ref": "MarginDelistSchedule"}},
    schemas='{"MarginDelistSchedule":{"properties":{"crossMarginAssets":{"items":{"type":"string"},"type":"array"},"delistTime":{"type":"integer"},"isolatedMarginSymbols":{"items":{"type":"string"},"type":"array"}},"required":["delistTime","crossMarginAssets","isolatedMarginSymbols"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[MarginDelistSchedule]:
    try:
        response_200 = [MarginDelistSchedule.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginDelistSchedule]]:
    """`Spot.margin.margin_delist_schedule`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginDelistSchedule]:
    """`Spot.margin.margin_delist_schedule` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginDelistSchedule]]:
    """`Spot.margin.margin_delist_schedule` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginDelistSchedule]:
    """`Spot.margin.margin_delist_schedule` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
