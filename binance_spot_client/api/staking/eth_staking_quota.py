"""ETH staking quota: GET /sapi/v1/eth-staking/eth/quota (USER_DATA, weight 150).

The parameters and answer are described on `Spot.staking.eth_staking_quota`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_eth_quota import StakingEthQuota
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["ethStakingQuota"]
ANSWER = AnswerPlan(
    "ethStakingQuota",
    {"$ref": "StakingEthQuota"},
    schemas='{"StakingEthQuota":{"properties":{"calculating":{"type":"boolean"},"commissionFee":{"type":"string"},"leftRedemptionPersonalQuota":{"type":"string"},"leftStakingPersonalQuota":{"type":"string"},"minRedeemAmount":{"type":"string"},"minStakeAmount":{"type":"string"},"redeemPeriod":{"type":"integer"},"redeemable":{"type":"boolean"},"stakeable":{"type":"boolean"}},"required":["leftStakingPersonalQuota","leftRedemptionPersonalQuota"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> StakingEthQuota:
    try:
        response_200 = StakingEthQuota.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingEthQuota]:
    """`Spot.staking.eth_staking_quota`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> StakingEthQuota:
    """`Spot.staking.eth_staking_quota` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingEthQuota]:
    """`Spot.staking.eth_staking_quota` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> StakingEthQuota:
    """`Spot.staking.eth_staking_quota` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
