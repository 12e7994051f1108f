"""Remaining locked quota: GET /sapi/v1/simple-earn/locked/personalLeftQuota (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.locked_personal_left_quota`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_personal_left_quota import SimpleEarnPersonalLeftQuota
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["lockedPersonalLeftQuota"]
ANSWER = AnswerPlan(
    "lockedPersonalLeftQuota",
    {"$ref": "SimpleEarnPersonalLeftQuota"},
    schemas='{"SimpleEarnPersonalLeftQuota":{"properties":{"leftPersonalQuota":{"type":"string"}},"required":["leftPersonalQuota"],"type":"object"}}',
)


def _arguments(
    project_id: str,
) -> dict[str, object]:
    return {
        "project_id": project_id,
    }


def _parse(data: Any) -> SimpleEarnPersonalLeftQuota:
    try:
        response_200 = SimpleEarnPersonalLeftQuota.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    project_id: str,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnPersonalLeftQuota]:
    """`Spot.simple_earn.locked_personal_left_quota`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    project_id: str,
    **options: Unpack[CallOptions],
) -> SimpleEarnPersonalLeftQuota:
    """`Spot.simple_earn.locked_personal_left_quota` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnPersonalLeftQuota]:
    """`Spot.simple_earn.locked_personal_left_quota` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    **options: Unpack[CallOptions],
) -> SimpleEarnPersonalLeftQuota:
    """`Spot.simple_earn.locked_personal_left_quota` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
        ),
        options,
    )
