"""SOL boost rewards history: GET /sapi/v1/sol-staking/sol/history/boostRewardsHistory (USER_DATA, weight 150).

The parameters and answer are described on `Spot.staking.sol_boost_rewards_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.staking_sol_boost_reward_page import StakingSolBoostRewardPage
from ...models.staking_sol_boost_reward_type import StakingSolBoostRewardType
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
    TimeLike,
    former_keywords,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["solBoostRewardsHistory"]
ANSWER = AnswerPlan(
    "solBoostRewardsHistory",
    {"$ref": "StakingSolBoostRewardPage"},
    schemas='{"StakingSolBoostReward":{"properties":{"amount":{"type":"string"},"bnsolHolding":{"type":"string"},"status":{"type":"string"},"time":{"type":"integer"},"token":{"type":"string"}},"required":["time","token","amount","bnsolHolding","status"],"type":"object"},"StakingSolBoostRewardPage":{"properties":{"rows":{"items":{"$ref":"StakingSolBoostReward"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    type: StakingSolBoostRewardType | Literal["CLAIM", "DISTRIBUTE"],
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "type": type,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> StakingSolBoostRewardPage:
    try:
        response_200 = StakingSolBoostRewardPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    type: StakingSolBoostRewardType | Literal["CLAIM", "DISTRIBUTE"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingSolBoostRewardPage]:
    """`Spot.staking.sol_boost_rewards_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    type: StakingSolBoostRewardType | Literal["CLAIM", "DISTRIBUTE"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingSolBoostRewardPage:
    """`Spot.staking.sol_boost_rewards_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type: StakingSolBoostRewardType | Literal["CLAIM", "DISTRIBUTE"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingSolBoostRewardPage]:
    """`Spot.staking.sol_boost_rewards_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    type: StakingSolBoostRewardType | Literal["CLAIM", "DISTRIBUTE"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingSolBoostRewardPage:
    """`Spot.staking.sol_boost_rewards_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
