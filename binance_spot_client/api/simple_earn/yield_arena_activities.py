"""Yield Arena campaigns: GET /sapi/v1/earn/arena/activities (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.yield_arena_activities`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_yield_arena_activities import SimpleEarnYieldArenaActivities
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["yieldArenaActivities"]
ANSWER = AnswerPlan(
    "yieldArenaActivities",
    {"$ref": "SimpleEarnYieldArenaActivities"},
    schemas='{"SimpleEarnYieldArenaActivities":{"properties":{"activities":{"items":{"$ref":"SimpleEarnYieldArenaActivity"},"type":"array"}},"required":["activities"],"type":"object"},"SimpleEarnYieldArenaActivity":{"properties":{"activityId":{"type":"integer"},"activityType":{"type":"string"},"description":{"type":"string"},"endTime":{"type":"integer"},"redirectUrl":{"type":"string"},"rewardPoolInUsd":{"type":"string"},"rewardToken":{"items":{"type":"string"},"type":"array"},"startTime":{"type":"integer"},"title":{"type":"string"}},"required":["activityId","activityType","title","description","rewardPoolInUsd","rewardToken","redirectUrl","startTime","endTime"],"type":"object"}}',
)


def _arguments(
    *,
    lang: str | None = None,
) -> dict[str, object]:
    return {
        "lang": lang,
    }


def _parse(data: Any) -> SimpleEarnYieldArenaActivities:
    try:
        response_200 = SimpleEarnYieldArenaActivities.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    lang: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnYieldArenaActivities]:
    """`Spot.simple_earn.yield_arena_activities`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            lang=lang,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    lang: str | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnYieldArenaActivities:
    """`Spot.simple_earn.yield_arena_activities` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            lang=lang,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    lang: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnYieldArenaActivities]:
    """`Spot.simple_earn.yield_arena_activities` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            lang=lang,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    lang: str | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnYieldArenaActivities:
    """`Spot.simple_earn.yield_arena_activities` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            lang=lang,
        ),
        options,
    )
