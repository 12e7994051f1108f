"""Adjust an Auto-Invest plan: POST /sapi/v1/lending/auto-invest/plan/edit (TRADE, weight 1).

The parameters and answer are described on `Spot.auto_invest.edit_investment_plan`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.auto_invest_plan_change import AutoInvestPlanChange
from ...models.auto_invest_subscription_cycle import AutoInvestSubscriptionCycle
from ...models.auto_invest_weekday import AutoInvestWeekday
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["editInvestmentPlan"]
ANSWER = AnswerPlan(
    "editInvestmentPlan",
    {"$ref": "AutoInvestPlanChange"},
    schemas='{"AutoInvestPlanChange":{"properties":{"nextExecutionDateTime":{"type":"integer"},"planId":{"type":"integer"}},"required":["planId","nextExecutionDateTime"],"type":"object"}}',
)


def _arguments(
    plan_id: int,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle
    | Literal["H1", "H4", "H8", "H12", "WEEKLY", "DAILY", "MONTHLY", "BI_WEEKLY"],
    subscription_start_time: int,
    source_asset: str,
    *,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday
    | Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    | None = None,
    flexible_allowed_to_use: bool | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
) -> dict[str, object]:
    return {
        "plan_id": plan_id,
        "subscription_amount": subscription_amount,
        "subscription_cycle": subscription_cycle,
        "subscription_start_day": subscription_start_day,
        "subscription_start_weekday": subscription_start_weekday,
        "subscription_start_time": subscription_start_time,
        "source_asset": source_asset,
        "flexible_allowed_to_use": flexible_allowed_to_use,
        "details": details,
    }


def _parse(data: Any) -> AutoInvestPlanChange:
    try:
        response_200 = AutoInvestPlanChange.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    plan_id: int,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle
    | Literal["H1", "H4", "H8", "H12", "WEEKLY", "DAILY", "MONTHLY", "BI_WEEKLY"],
    subscription_start_time: int,
    source_asset: str,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday
    | Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    | None = None,
    flexible_allowed_to_use: bool | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestPlanChange]:
    """`Spot.auto_invest.edit_investment_plan`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            subscription_amount=subscription_amount,
            subscription_cycle=subscription_cycle,
            subscription_start_day=subscription_start_day,
            subscription_start_weekday=subscription_start_weekday,
            subscription_start_time=subscription_start_time,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            details=details,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    plan_id: int,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle
    | Literal["H1", "H4", "H8", "H12", "WEEKLY", "DAILY", "MONTHLY", "BI_WEEKLY"],
    subscription_start_time: int,
    source_asset: str,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday
    | Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    | None = None,
    flexible_allowed_to_use: bool | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestPlanChange:
    """`Spot.auto_invest.edit_investment_plan` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            subscription_amount=subscription_amount,
            subscription_cycle=subscription_cycle,
            subscription_start_day=subscription_start_day,
            subscription_start_weekday=subscription_start_weekday,
            subscription_start_time=subscription_start_time,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            details=details,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    plan_id: int,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle
    | Literal["H1", "H4", "H8", "H12", "WEEKLY", "DAILY", "MONTHLY", "BI_WEEKLY"],
    subscription_start_time: int,
    source_asset: str,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday
    | Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    | None = None,
    flexible_allowed_to_use: bool | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestPlanChange]:
    """`Spot.auto_invest.edit_investment_plan` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            subscription_amount=subscription_amount,
            subscription_cycle=subscription_cycle,
            subscription_start_day=subscription_start_day,
            subscription_start_weekday=subscription_start_weekday,
            subscription_start_time=subscription_start_time,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            details=details,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    plan_id: int,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle
    | Literal["H1", "H4", "H8", "H12", "WEEKLY", "DAILY", "MONTHLY", "BI_WEEKLY"],
    subscription_start_time: int,
    source_asset: str,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday
    | Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    | None = None,
    flexible_allowed_to_use: bool | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestPlanChange:
    """`Spot.auto_invest.edit_investment_plan` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            subscription_amount=subscription_amount,
            subscription_cycle=subscription_cycle,
            subscription_start_day=subscription_start_day,
            subscription_start_weekday=subscription_start_weekday,
            subscription_start_time=subscription_start_time,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            details=details,
        ),
        options,
    )
