"""Claim SOL boost rewards: POST /sapi/v1/sol-staking/sol/claim (TRADE, weight 150).

The parameters and answer are described on `Spot.staking.claim_sol_boost_rewards`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_sol_claim import StakingSolClaim
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["claimSolBoostRewards"]
ANSWER = AnswerPlan(
    "claimSolBoostRewards",
    {"$ref": "StakingSolClaim"},
    schemas='{"StakingSolClaim":{"properties":{"success":{"type":"boolean"}},"required":["success"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> StakingSolClaim:
    try:
        response_200 = StakingSolClaim.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingSolClaim]:
    """`Spot.staking.claim_sol_boost_rewards`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> StakingSolClaim:
    """`Spot.staking.claim_sol_boost_rewards` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingSolClaim]:
    """`Spot.staking.claim_sol_boost_rewards` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> StakingSolClaim:
    """`Spot.staking.claim_sol_boost_rewards` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
