"""SOL staking quota: GET /sapi/v1/sol-staking/sol/quota (USER_DATA, weight 150).

The parameters and answer are described on `Spot.staking.sol_staking_quota`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_sol_quota import StakingSolQuota
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["solStakingQuota"]
ANSWER = AnswerPlan(
    "solStakingQuota",
    {"$ref": "StakingSolQuota"},
    schemas='{"StakingSolQuota":{"properties":{"calculating":{"type":"boolean"},"commissionFee":{"type":"string"},"leftRedemptionPersonalQuota":{"type":"string"},"leftStakingPersonalQuota":{"type":"string"},"minRedeemAmount":{"type":"string"},"minStakeAmount":{"type":"string"},"nextEpochTime":{"type":"integer"},"redeemPeriod":{"type":"integer"},"redeemable":{"type":"boolean"},"soldOut":{"type":"boolean"},"stakeable":{"type":"boolean"}},"required":["leftStakingPersonalQuota","leftRedemptionPersonalQuota","minStakeAmount","minRedeemAmount","redeemPeriod","stakeable","redeemable","soldOut","commissionFee","nextEpochTime","calculating"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> StakingSolQuota:
    try:
        response_200 = StakingSolQuota.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingSolQuota]:
    """`Spot.staking.sol_staking_quota`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> StakingSolQuota:
    """`Spot.staking.sol_staking_quota` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingSolQuota]:
    """`Spot.staking.sol_staking_quota` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> StakingSolQuota:
    """`Spot.staking.sol_staking_quota` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
