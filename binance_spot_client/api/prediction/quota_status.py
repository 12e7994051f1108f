"""Prediction trading quota: GET /sapi/v1/w3w/wallet/prediction/quota/limit/status (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.quota_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_quota import PredictionQuota
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["quotaStatus"]
ANSWER = AnswerPlan(
    "quotaStatus",
    {"$ref": "PredictionQuota"},
    schemas='{"PredictionQuota":{"properties":{"dailyLimit":{"type":"string"},"remainingDailyLimit":{"type":"string"}},"required":["dailyLimit","remainingDailyLimit"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> PredictionQuota:
    try:
        response_200 = PredictionQuota.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[PredictionQuota]:
    """`Spot.prediction.quota_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> PredictionQuota:
    """`Spot.prediction.quota_status` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[PredictionQuota]:
    """`Spot.prediction.quota_status` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> PredictionQuota:
    """`Spot.prediction.quota_status` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
