"""Switch Soft Staking on or off: GET /sapi/v1/soft-staking/set (USER_DATA, weight 50).

The parameters and answer are described on `Spot.staking.set_soft_staking`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_soft_staking_switch import StakingSoftStakingSwitch
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["setSoftStaking"]
ANSWER = AnswerPlan(
    "setSoftStaking",
    {"$ref": "StakingSoftStakingSwitch"},
    schemas='{"StakingSoftStakingSwitch":{"properties":{"success":{"type":"boolean"}},"required":["success"],"type":"object"}}',
)


def _arguments(
    soft_staking: bool,
) -> dict[str, object]:
    return {
        "soft_staking": soft_staking,
    }


def _parse(data: Any) -> StakingSoftStakingSwitch:
    try:
        response_200 = StakingSoftStakingSwitch.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    soft_staking: bool,
    **options: Unpack[CallOptions],
) -> Response[StakingSoftStakingSwitch]:
    """`Spot.staking.set_soft_staking`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            soft_staking=soft_staking,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    soft_staking: bool,
    **options: Unpack[CallOptions],
) -> StakingSoftStakingSwitch:
    """`Spot.staking.set_soft_staking` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            soft_staking=soft_staking,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    soft_staking: bool,
    **options: Unpack[CallOptions],
) -> Response[StakingSoftStakingSwitch]:
    """`Spot.staking.set_soft_staking` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            soft_staking=soft_staking,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    soft_staking: bool,
    **options: Unpack[CallOptions],
) -> StakingSoftStakingSwitch:
    """`Spot.staking.set_soft_staking` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            soft_staking=soft_staking,
        ),
        options,
    )
