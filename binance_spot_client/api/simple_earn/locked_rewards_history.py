"""Locked rewards history: GET /sapi/v1/simple-earn/locked/history/rewardsRecord (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.locked_rewards_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_locked_reward_page import SimpleEarnLockedRewardPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["lockedRewardsHistory"]
ANSWER = AnswerPlan(
    "lockedRewardsHistory",
    {"$ref": "SimpleEarnLockedRewardPage"},
    schemas='{"SimpleEarnLockedReward":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"lockPeriod":{"type":"string"},"positionId":{"type":"integer"},"time":{"type":"integer"},"type":{"type":"string"}},"required":["positionId","time","asset","amount"],"type":"object"},"SimpleEarnLockedRewardPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnLockedReward"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    position_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnLockedRewardPage:
    try:
        response_200 = SimpleEarnLockedRewardPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    position_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnLockedRewardPage]:
    """`Spot.simple_earn.locked_rewards_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    position_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnLockedRewardPage:
    """`Spot.simple_earn.locked_rewards_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnLockedRewardPage]:
    """`Spot.simple_earn.locked_rewards_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnLockedRewardPage:
    """`Spot.simple_earn.locked_rewards_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
