"""Index-linked redemption history: GET /sapi/v1/lending/auto-invest/redeem/history (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.index_linked_plan_redemption_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.auto_invest_redemption_record import AutoInvestRedemptionRecord
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["indexLinkedPlanRedemptionHistory"]
ANSWER = AnswerPlan(
    "indexLinkedPlanRedemptionHistory",
    {"type": "array", "items": {"$ref": "AutoInvestRedemptionRecord"}},
    schemas='{"AutoInvestRedemptionRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"indexId":{"type":"integer"},"indexName":{"type":"string"},"redemptionDateTime":{"type":"integer"},"redemptionId":{"type":"integer"},"status":{"type":"string"},"transactionFee":{"type":"string"},"transactionFeeUnit":{"type":"string"}},"required":["indexId","indexName","redemptionId","status","asset","amount","redemptionDateTime","transactionFee","transactionFeeUnit"],"type":"object"}}',
)


def _arguments(
    request_id: int,
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "request_id": request_id,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "asset": asset,
        "size": size,
    }


def _parse(data: Any) -> list[AutoInvestRedemptionRecord]:
    try:
        response_200 = [AutoInvestRedemptionRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    request_id: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AutoInvestRedemptionRecord]]:
    """`Spot.auto_invest.index_linked_plan_redemption_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            request_id=request_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            asset=asset,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    request_id: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AutoInvestRedemptionRecord]:
    """`Spot.auto_invest.index_linked_plan_redemption_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            request_id=request_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            asset=asset,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    request_id: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AutoInvestRedemptionRecord]]:
    """`Spot.auto_invest.index_linked_plan_redemption_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            request_id=request_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            asset=asset,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    request_id: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AutoInvestRedemptionRecord]:
    """`Spot.auto_invest.index_linked_plan_redemption_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            request_id=request_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            asset=asset,
            size=size,
        ),
        options,
    )
