"""Pause, resume or remove a plan: POST /sapi/v1/lending/auto-invest/plan/edit-status (TRADE, weight 1).

The parameters and answer are described on `Spot.auto_invest.change_investment_plan_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.auto_invest_plan_status import AutoInvestPlanStatus
from ...models.auto_invest_plan_status_change import AutoInvestPlanStatusChange
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["changeInvestmentPlanStatus"]
ANSWER = AnswerPlan(
    "changeInvestmentPlanStatus",
    {"$ref": "AutoInvestPlanStatusChange"},
    schemas='{"AutoInvestPlanStatusChange":{"properties":{"nextExecutionDateTime":{"type":"integer"},"planId":{"type":"integer"},"status":{"type":"string"}},"required":["planId","nextExecutionDateTime","status"],"type":"object"}}',
)


def _arguments(
    plan_id: int,
    status: AutoInvestPlanStatus | Literal["ONGOING", "PAUSED", "REMOVED"],
) -> dict[str, object]:
    return {
        "plan_id": plan_id,
        "status": status,
    }


def _parse(data: Any) -> AutoInvestPlanStatusChange:
    try:
        response_200 = AutoInvestPlanStatusChange.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    plan_id: int,
    status: AutoInvestPlanStatus | Literal["ONGOING", "PAUSED", "REMOVED"],
    **options: Unpack[CallOptions],
) -> Response[AutoInvestPlanStatusChange]:
    """`Spot.auto_invest.change_investment_plan_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            status=status,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    plan_id: int,
    status: AutoInvestPlanStatus | Literal["ONGOING", "PAUSED", "REMOVED"],
    **options: Unpack[CallOptions],
) -> AutoInvestPlanStatusChange:
    """`Spot.auto_invest.change_investment_plan_status` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            status=status,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    plan_id: int,
    status: AutoInvestPlanStatus | Literal["ONGOING", "PAUSED", "REMOVED"],
    **options: Unpack[CallOptions],
) -> Response[AutoInvestPlanStatusChange]:
    """`Spot.auto_invest.change_investment_plan_status` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            status=status,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    plan_id: int,
    status: AutoInvestPlanStatus | Literal["ONGOING", "PAUSED", "REMOVED"],
    **options: Unpack[CallOptions],
) -> AutoInvestPlanStatusChange:
    """`Spot.auto_invest.change_investment_plan_status` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            status=status,
        ),
        options,
    )
