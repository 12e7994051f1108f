"""SOL redemption history: GET /sapi/v1/sol-staking/sol/history/redemptionHistory (USER_DATA, weight 150).

The parameters and answer are described on `Spot.staking.sol_redemption_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_sol_redemption_record_page import StakingSolRedemptionRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["solRedemptionHistory"]
ANSWER = AnswerPlan(
    "solRedemptionHistory",
    {"$ref": "StakingSolRedemptionRecordPage"},
    schemas='{"StakingSolRedemptionRecord":{"properties":{"amount":{"type":"string"},"arrivalTime":{"type":"integer"},"asset":{"type":"string"},"distributeAmount":{"type":"string"},"distributeAsset":{"type":"string"},"exchangeRate":{"type":"string"},"status":{"type":"string"},"time":{"type":"integer"}},"required":["time","arrivalTime","asset","amount","distributeAsset","distributeAmount","exchangeRate","status"],"type":"object"},"StakingSolRedemptionRecordPage":{"properties":{"rows":{"items":{"$ref":"StakingSolRedemptionRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    redeem_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "redeem_id": redeem_id,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> StakingSolRedemptionRecordPage:
    try:
        response_200 = StakingSolRedemptionRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    redeem_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingSolRedemptionRecordPage]:
    """`Spot.staking.sol_redemption_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            redeem_id=redeem_id,
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
    redeem_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingSolRedemptionRecordPage:
    """`Spot.staking.sol_redemption_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            redeem_id=redeem_id,
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
    redeem_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingSolRedemptionRecordPage]:
    """`Spot.staking.sol_redemption_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            redeem_id=redeem_id,
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
    redeem_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingSolRedemptionRecordPage:
    """`Spot.staking.sol_redemption_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            redeem_id=redeem_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
