"""List Auto-Invest plans: GET /sapi/v1/lending/auto-invest/plan/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.investment_plan_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.auto_invest_plan_list import AutoInvestPlanList
from ...models.auto_invest_plan_type import AutoInvestPlanType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentPlanList"]
ANSWER = AnswerPlan(
    "investmentPlanList",
    {"$ref": "AutoInvestPlanList"},
    schemas='{"AutoInvestPlanList":{"properties":{"planValueInBTC":{"type":"string"},"planValueInUSD":{"type":"string"},"plans":{"items":{"$ref":"AutoInvestPlanSummary"},"type":"array"},"pnlInUSD":{"type":"string"},"roi":{"type":"string"}},"required":["planValueInUSD","planValueInBTC","pnlInUSD","roi","plans"],"type":"object"},"AutoInvestPlanSummary":{"properties":{"creationDateTime":{"type":"integer"},"editAllowed":{"type":"string"},"firstExecutionDateTime":{"type":"integer"},"flexibleAllowedToUse":{"type":"string"},"lastUpdatedDateTime":{"type":"integer"},"nextExecutionDateTime":{"type":"integer"},"planId":{"type":"integer"},"planType":{"type":"string"},"planValueInUSD":{"type":"string"},"pnlInUSD":{"type":"string"},"roi":{"type":"string"},"sourceAsset":{"type":"string"},"sourceWallet":{"type":"string"},"status":{"type":"string"},"subscriptionAmount":{"type":"string"},"subscriptionCycle":{"type":"string"},"subscriptionStartDay":{"type":["string","null"]},"subscriptionStartTime":{"type":"string"},"subscriptionStartWeekday":{"type":["string","null"]},"targetAsset":{"type":"string"},"totalInvestedInUSD":{"type":"string"},"totalTargetAmount":{"type":"string"}},"required":["planId","planType","editAllowed","creationDateTime","firstExecutionDateTime","nextExecutionDateTime","status","lastUpdatedDateTime","targetAsset","sourceAsset","totalInvestedInUSD","subscriptionAmount","subscriptionCycle","subscriptionStartDay","subscriptionStartWeekday","subscriptionStartTime","sourceWallet","flexibleAllowedToUse"],"type":"object"}}',
)


def _arguments(
    plan_type: AutoInvestPlanType | Literal["SINGLE", "PORTFOLIO", "INDEX"],
) -> dict[str, object]:
    return {
        "plan_type": plan_type,
    }


def _parse(data: Any) -> AutoInvestPlanList:
    try:
        response_200 = AutoInvestPlanList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    plan_type: AutoInvestPlanType | Literal["SINGLE", "PORTFOLIO", "INDEX"],
    **options: Unpack[CallOptions],
) -> Response[AutoInvestPlanList]:
    """`Spot.auto_invest.investment_plan_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_type=plan_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    plan_type: AutoInvestPlanType | Literal["SINGLE", "PORTFOLIO", "INDEX"],
    **options: Unpack[CallOptions],
) -> AutoInvestPlanList:
    """`Spot.auto_invest.investment_plan_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            plan_type=plan_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    plan_type: AutoInvestPlanType | Literal["SINGLE", "PORTFOLIO", "INDEX"],
    **options: Unpack[CallOptions],
) -> Response[AutoInvestPlanList]:
    """`Spot.auto_invest.investment_plan_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_type=plan_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    plan_type: AutoInvestPlanType | Literal["SINGLE", "PORTFOLIO", "INDEX"],
    **options: Unpack[CallOptions],
) -> AutoInvestPlanList:
    """`Spot.auto_invest.investment_plan_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            plan_type=plan_type,
        ),
        options,
    )
