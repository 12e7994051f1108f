"""RWUSD quotas: GET /sapi/v1/rwusd/quota (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.rwusd_quota_details`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_rwusd_quota import SimpleEarnRwusdQuota
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["rwusdQuotaDetails"]
ANSWER = AnswerPlan(
    "rwusdQuotaDetails",
    {"$ref": "SimpleEarnRwusdQuota"},
    schemas='{"SimpleEarnRwusdQuota":{"properties":{"fastRedemptionQuota":{"$ref":"SimpleEarnStableFastRedemptionQuota"},"redeemEnable":{"type":"boolean"},"standardRedemptionQuota":{"$ref":"SimpleEarnStableStandardRedemptionQuota"},"subscribeEnable":{"type":"boolean"},"subscriptionQuota":{"$ref":"SimpleEarnRwusdSubscriptionQuota"}},"required":["subscriptionQuota","fastRedemptionQuota","standardRedemptionQuota","subscribeEnable","redeemEnable"],"type":"object"},"SimpleEarnRwusdSubscriptionQuota":{"properties":{"assets":{"items":{"type":"string"},"type":"array"},"leftQuota":{"type":"string"},"minimum":{"type":"string"}},"required":["assets","leftQuota","minimum"],"type":"object"},"SimpleEarnStableFastRedemptionQuota":{"properties":{"fee":{"type":"string"},"freeQuota":{"type":"string"},"leftQuota":{"type":"string"},"minimum":{"type":"string"}},"required":["leftQuota","minimum","fee","freeQuota"],"type":"object"},"SimpleEarnStableStandardRedemptionQuota":{"properties":{"fee":{"type":"string"},"leftQuota":{"type":"string"},"minimum":{"type":"string"},"redeemPeriod":{"type":"integer"}},"required":["leftQuota","minimum","fee","redeemPeriod"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> SimpleEarnRwusdQuota:
    try:
        response_200 = SimpleEarnRwusdQuota.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRwusdQuota]:
    """`Spot.simple_earn.rwusd_quota_details`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> SimpleEarnRwusdQuota:
    """`Spot.simple_earn.rwusd_quota_details` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRwusdQuota]:
    """`Spot.simple_earn.rwusd_quota_details` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> SimpleEarnRwusdQuota:
    """`Spot.simple_earn.rwusd_quota_details` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
