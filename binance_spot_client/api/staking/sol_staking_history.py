"""SOL staking history: GET /sapi/v1/sol-staking/sol/history/stakingHistory (USER_DATA, weight 150).

The parameters and answer are described on `Spot.staking.sol_staking_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_sol_staking_record_page import StakingSolStakingRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["solStakingHistory"]
ANSWER = AnswerPlan(
    "solStakingHistory",
    {"$ref": "StakingSolStakingRecordPage"},
    schemas='{"StakingSolStakingRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"distributeAmount":{"type":"string"},"distributeAsset":{"type":"string"},"exchangeRate":{"type":"string"},"status":{"type":"string"},"time":{"type":"integer"}},"required":["time","asset","amount","distributeAsset","distributeAmount","exchangeRate","status"],"type":"object"},"StakingSolStakingRecordPage":{"properties":{"rows":{"items":{"$ref":"StakingSolStakingRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
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


def _parse(data: Any) -> StakingSolStakingRecordPage:
    try:
        response_200 = StakingSolStakingRecordPage.from_dict(data)

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
) -> Response[StakingSolStakingRecordPage]:
    """`Spot.staking.sol_staking_history`, returning the whole response: status, headers, rate limits and the model."""
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
) -> StakingSolStakingRecordPage:
    """`Spot.staking.sol_staking_history` as a function of the client."""
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
) -> Response[StakingSolStakingRecordPage]:
    """`Spot.staking.sol_staking_history` on an async client, returning the whole response."""
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
) -> StakingSolStakingRecordPage:
    """`Spot.staking.sol_staking_history` on an async client, as a function of the client."""
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
