"""ETH staking history: GET /sapi/v1/eth-staking/eth/history/stakingHistory (USER_DATA, weight 150).

The parameters and answer are described on `Spot.staking.eth_staking_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_eth_staking_record_page import StakingEthStakingRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["ethStakingHistory"]
ANSWER = AnswerPlan(
    "ethStakingHistory",
    {"$ref": "StakingEthStakingRecordPage"},
    schemas='{"StakingEthStakingRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"conversionRatio":{"type":"string"},"distributeAmount":{"type":"string"},"distributeAsset":{"type":"string"},"status":{"type":"string"},"time":{"type":"integer"}},"required":["time","asset","amount","distributeAmount","conversionRatio","status"],"type":"object"},"StakingEthStakingRecordPage":{"properties":{"rows":{"items":{"$ref":"StakingEthStakingRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    purchase_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "purchase_id": purchase_id,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> StakingEthStakingRecordPage:
    try:
        response_200 = StakingEthStakingRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    purchase_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingEthStakingRecordPage]:
    """`Spot.staking.eth_staking_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
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
    purchase_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingEthStakingRecordPage:
    """`Spot.staking.eth_staking_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
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
    purchase_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingEthStakingRecordPage]:
    """`Spot.staking.eth_staking_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
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
    purchase_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingEthStakingRecordPage:
    """`Spot.staking.eth_staking_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
