"""Flexible rewards history: GET /sapi/v1/simple-earn/flexible/history/rewardsRecord (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.flexible_rewards_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.simple_earn_flexible_reward_page import SimpleEarnFlexibleRewardPage
from ...models.simple_earn_flexible_reward_type import SimpleEarnFlexibleRewardType
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
OPERATION = OPERATIONS["flexibleRewardsHistory"]
ANSWER = AnswerPlan(
    "flexibleRewardsHistory",
    {"$ref": "SimpleEarnFlexibleRewardPage"},
    schemas='{"SimpleEarnFlexibleReward":{"properties":{"asset":{"type":"string"},"projectId":{"type":"string"},"rewards":{"type":"string"},"time":{"type":"integer"},"type":{"type":"string"}},"required":["asset","rewards","projectId","type","time"],"type":"object"},"SimpleEarnFlexibleRewardPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnFlexibleReward"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    product_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    type: SimpleEarnFlexibleRewardType | Literal["BONUS", "REALTIME", "REWARDS", "ALL"] | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "product_id": product_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "type": type,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnFlexibleRewardPage:
    try:
        response_200 = SimpleEarnFlexibleRewardPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    product_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    type: SimpleEarnFlexibleRewardType | Literal["BONUS", "REALTIME", "REWARDS", "ALL"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleRewardPage]:
    """`Spot.simple_earn.flexible_rewards_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            type=type,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    product_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    type: SimpleEarnFlexibleRewardType | Literal["BONUS", "REALTIME", "REWARDS", "ALL"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleRewardPage:
    """`Spot.simple_earn.flexible_rewards_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            type=type,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    product_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    type: SimpleEarnFlexibleRewardType | Literal["BONUS", "REALTIME", "REWARDS", "ALL"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleRewardPage]:
    """`Spot.simple_earn.flexible_rewards_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            type=type,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    product_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    type: SimpleEarnFlexibleRewardType | Literal["BONUS", "REALTIME", "REWARDS", "ALL"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleRewardPage:
    """`Spot.simple_earn.flexible_rewards_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            type=type,
            current=current,
            size=size,
        ),
        options,
    )
