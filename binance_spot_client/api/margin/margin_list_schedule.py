"""Margin listing schedule: GET /sapi/v1/margin/list-schedule (MARKET_DATA, weight 100).

The parameters and answer are described on `Spot.margin.margin_list_schedule`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_list_schedule import MarginListSchedule
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginListSchedule"]
ANSWER = AnswerPlan(
    "marginListSchedule",
    {"type": "array", "items": {"$ref": "MarginListSchedule"}},
    schemas='{"MarginListSchedule":{"properties":{"crossMarginAssets":{"items":{"type":"string"},"type":"array"},"isolatedMarginSymbols":{"items":{"type":"string"},"type":"array"},"listTime":{"type":"integer"}},"required":["listTime","crossMarginAssets","isolatedMarginSymbols"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[MarginListSchedule]:
    try:
        response_200 = [MarginListSchedule.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginListSchedule]]:
    """`Spot.margin.margin_list_schedule`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginListSchedule]:
    """`Spot.margin.margin_list_schedule` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[MarginListSchedule]]:
    """`Spot.margin.margin_list_schedule` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[MarginListSchedule]:
    """`Spot.margin.margin_list_schedule` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
