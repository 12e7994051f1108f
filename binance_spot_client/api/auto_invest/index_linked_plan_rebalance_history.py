"""Index-linked rebalance history: GET /sapi/v1/lending/auto-invest/rebalance/history (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.index_linked_plan_rebalance_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.auto_invest_rebalance import AutoInvestRebalance
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["indexLinkedPlanRebalanceHistory"]
ANSWER = AnswerPlan(
    "indexLinkedPlanRebalanceHistory",
    {"type": "array", "items": {"$ref": "AutoInvestRebalance"}},
    schemas='{"AutoInvestRebalance":{"properties":{"indexId":{"type":"integer"},"indexName":{"type":"string"},"rebalanceFee":{"type":"string"},"rebalanceFeeUnit":{"type":"string"},"rebalanceId":{"type":"integer"},"status":{"type":"string"},"transactionDetails":{"items":{"$ref":"AutoInvestRebalanceTrade"},"type":"array"}},"required":["indexId","indexName","rebalanceId","status","rebalanceFee","rebalanceFeeUnit","transactionDetails"],"type":"object"},"AutoInvestRebalanceTrade":{"properties":{"asset":{"type":"string"},"rebalanceAmount":{"type":"string"},"rebalanceDirection":{"type":"string"},"transactionDateTime":{"type":"integer"}},"required":["asset","transactionDateTime","rebalanceDirection","rebalanceAmount"],"type":"object"}}',
)


def _arguments(
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> list[AutoInvestRebalance]:
    try:
        response_200 = [AutoInvestRebalance.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AutoInvestRebalance]]:
    """`Spot.auto_invest.index_linked_plan_rebalance_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AutoInvestRebalance]:
    """`Spot.auto_invest.index_linked_plan_rebalance_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AutoInvestRebalance]]:
    """`Spot.auto_invest.index_linked_plan_rebalance_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AutoInvestRebalance]:
    """`Spot.auto_invest.index_linked_plan_rebalance_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
