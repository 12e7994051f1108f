"""BFUSD quotas: GET /sapi/v1/bfusd/quota (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.bfusd_quota_details`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_bfusd_quota import SimpleEarnBfusdQuota
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["bfusdQuotaDetails"]
ANSWER = AnswerPlan(
    "bfusdQuotaDetails",
    {"$ref": "SimpleEarnBfusdQuota"},
    schemas='{"SimpleEarnBfusdQuota":{"properties":{"fastRedemptionQuota":{"$ref":"SimpleEarnStableFastRedemptionQuota"},"standardRedemptionQuota":{"$ref":"SimpleEarnStableStandardRedemptionQuota"},"subscriptionQuota":{"$ref":"SimpleEarnBfusdSubscriptionQuota"}},"required":["fastRedemptionQuota","standardRedemptionQuota"],"type":"object"},"SimpleEarnBfusdSubscriptionQuota":{"properties":{"leftQuota":{"type":"string"}},"required":["leftQuota"],"type":"object"},"SimpleEarnStableFastRedemptionQuota":{"properties":{"fee":{"type":"string"},"freeQuota":{"type":"string"},"leftQuota":{"type":"string"},"minimum":{"type":"string"}},"required":["leftQuota","minimum","fee","freeQuota"],"type":"object"},"SimpleEarnStableStandardRedemptionQuota":{"properties":{"fee":{"type":"string"},"leftQuota":{"type":"string"},"minimum":{"type":"string"},"redeemPeriod":{"type":"integer"}},"required":["leftQuota","minimum","fee","redeemPeriod"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> SimpleEarnBfusdQuota:
    try:
        response_200 = SimpleEarnBfusdQuota.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnBfusdQuota]:
    """`Spot.simple_earn.bfusd_quota_details`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> SimpleEarnBfusdQuota:
    """`Spot.simple_earn.bfusd_quota_details` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnBfusdQuota]:
    """`Spot.simple_earn.bfusd_quota_details` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> SimpleEarnBfusdQuota:
    """`Spot.simple_earn.bfusd_quota_details` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
