"""Remaining on-chain yields quota: GET /sapi/v1/onchain-yields/locked/personalLeftQuota (USER_DATA, weight 50).

The parameters and answer are described on `Spot.staking.on_chain_locked_personal_left_quota`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_on_chain_left_quota import StakingOnChainLeftQuota
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["onChainLockedPersonalLeftQuota"]
ANSWER = AnswerPlan(
    "onChainLockedPersonalLeftQuota",
    {"$ref": "StakingOnChainLeftQuota"},
    schemas='{"StakingOnChainLeftQuota":{"properties":{"leftPersonalQuota":{"type":"string"}},"required":["leftPersonalQuota"],"type":"object"}}',
)


def _arguments(
    project_id: str,
) -> dict[str, object]:
    return {
        "project_id": project_id,
    }


def _parse(data: Any) -> StakingOnChainLeftQuota:
    try:
        response_200 = StakingOnChainLeftQuota.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    project_id: str,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainLeftQuota]:
    """`Spot.staking.on_chain_locked_personal_left_quota`, returning the whole response: status, headers, rate limits and the model."""
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
) -> StakingOnChainLeftQuota:
    """`Spot.staking.on_chain_locked_personal_left_quota` as a function of the client."""
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
) -> Response[StakingOnChainLeftQuota]:
    """`Spot.staking.on_chain_locked_personal_left_quota` on an async client, returning the whole response."""
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
) -> StakingOnChainLeftQuota:
    """`Spot.staking.on_chain_locked_personal_left_quota` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
        ),
        options,
    )
