"""Auto-Invest purchase history: GET /sapi/v1/lending/auto-invest/history/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.investment_plan_subscription_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.auto_invest_plan_type_filter import AutoInvestPlanTypeFilter
from ...models.auto_invest_subscription_record import AutoInvestSubscriptionRecord
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentPlanSubscriptionHistory"]
ANSWER = AnswerPlan(
    "investmentPlanSubscriptionHistory",
    {"type": "array", "items": {"$ref": "AutoInvestSubscriptionRecord"}},
    schemas='{"AutoInvestSubscriptionRecord":{"properties":{"executionPrice":{"type":"string"},"executionType":{"type":"string"},"failedType":{"type":"string"},"flexibleUsed":{"type":"string"},"id":{"type":"integer"},"planId":{"type":"integer"},"planName":{"type":"string"},"planType":{"type":"string"},"sourceAsset":{"type":"string"},"sourceAssetAmount":{"type":"string"},"sourceWallet":{"type":"string"},"subscriptionCycle":{"type":"string"},"targetAsset":{"type":"string"},"targetAssetAmount":{"type":"string"},"transactionDateTime":{"type":"integer"},"transactionFee":{"type":"string"},"transactionFeeUnit":{"type":"string"},"transactionStatus":{"type":"string"}},"required":["id","targetAsset","planType","planName","planId","transactionDateTime","transactionStatus","sourceAsset","sourceAssetAmount","targetAssetAmount","sourceWallet","flexibleUsed","transactionFee","transactionFeeUnit","executionPrice","executionType","subscriptionCycle"],"type":"object"}}',
)


def _arguments(
    *,
    plan_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | Literal["SINGLE", "PORTFOLIO", "INDEX", "ALL"] | None = None,
    size: int | None = None,
    current: int | None = None,
) -> dict[str, object]:
    return {
        "plan_id": plan_id,
        "start_time": start_time,
        "end_time": end_time,
        "target_asset": target_asset,
        "plan_type": plan_type,
        "size": size,
        "current": current,
    }


def _parse(data: Any) -> list[AutoInvestSubscriptionRecord]:
    try:
        response_200 = [AutoInvestSubscriptionRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    plan_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | Literal["SINGLE", "PORTFOLIO", "INDEX", "ALL"] | None = None,
    size: int | None = None,
    current: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AutoInvestSubscriptionRecord]]:
    """`Spot.auto_invest.investment_plan_subscription_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            start_time=start_time,
            end_time=end_time,
            target_asset=target_asset,
            plan_type=plan_type,
            size=size,
            current=current,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    plan_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | Literal["SINGLE", "PORTFOLIO", "INDEX", "ALL"] | None = None,
    size: int | None = None,
    current: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AutoInvestSubscriptionRecord]:
    """`Spot.auto_invest.investment_plan_subscription_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            start_time=start_time,
            end_time=end_time,
            target_asset=target_asset,
            plan_type=plan_type,
            size=size,
            current=current,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    plan_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | Literal["SINGLE", "PORTFOLIO", "INDEX", "ALL"] | None = None,
    size: int | None = None,
    current: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AutoInvestSubscriptionRecord]]:
    """`Spot.auto_invest.investment_plan_subscription_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            start_time=start_time,
            end_time=end_time,
            target_asset=target_asset,
            plan_type=plan_type,
            size=size,
            current=current,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    plan_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | Literal["SINGLE", "PORTFOLIO", "INDEX", "ALL"] | None = None,
    size: int | None = None,
    current: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AutoInvestSubscriptionRecord]:
    """`Spot.auto_invest.investment_plan_subscription_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            start_time=start_time,
            end_time=end_time,
            target_asset=target_asset,
            plan_type=plan_type,
            size=size,
            current=current,
        ),
        options,
    )
