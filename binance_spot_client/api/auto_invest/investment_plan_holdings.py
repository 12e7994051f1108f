"""Plan holding details: GET /sapi/v1/lending/auto-invest/plan/id (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.investment_plan_holdings`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.auto_invest_plan_holdings import AutoInvestPlanHoldings
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentPlanHoldings"]
ANSWER = AnswerPlan(
    "investmentPlanHoldings",
    {"$ref": "AutoInvestPlanHoldings"},
    schemas='{"AutoInvestPlanAssetHolding":{"properties":{"assetStatus":{"type":"string"},"assetValueInUSD":{"type":"string"},"availableAmount":{"type":"string"},"availableAmountUnit":{"type":"string"},"averagePriceInUSD":{"type":"string"},"percentage":{"type":"string"},"pnlInUSD":{"type":"string"},"purchasedAmount":{"type":"string"},"purchasedAmountUnit":{"type":"string"},"redeemedAmout":{"type":"string"},"redeemedAmoutUnit":{"type":"string"},"roi":{"type":"string"},"targetAsset":{"type":"string"},"totalInvestedInUSD":{"type":"string"}},"required":["targetAsset","averagePriceInUSD","totalInvestedInUSD","purchasedAmount","purchasedAmountUnit","pnlInUSD","roi","percentage","assetStatus","availableAmount","availableAmountUnit","redeemedAmout","redeemedAmoutUnit","assetValueInUSD"],"type":"object"},"AutoInvestPlanHoldings":{"properties":{"creationDateTime":{"type":"integer"},"details":{"items":{"$ref":"AutoInvestPlanAssetHolding"},"type":"array"},"editAllowed":{"type":"string"},"firstExecutionDateTime":{"type":"integer"},"flexibleAllowedToUse":{"type":"string"},"nextExecutionDateTime":{"type":"integer"},"planId":{"type":"integer"},"planType":{"type":"string"},"planValueInUSD":{"type":"string"},"pnlInUSD":{"type":"string"},"roi":{"type":"string"},"sourceAsset":{"type":"string"},"status":{"type":"string"},"targetAsset":{"type":"string"},"totalInvestedInUSD":{"type":"string"}},"required":["planId","planType","editAllowed","flexibleAllowedToUse","creationDateTime","firstExecutionDateTime","nextExecutionDateTime","status","targetAsset","sourceAsset","planValueInUSD","pnlInUSD","roi","totalInvestedInUSD","details"],"type":"object"}}',
)


def _arguments(
    *,
    plan_id: int | None = None,
    request_id: str | None = None,
) -> dict[str, object]:
    return {
        "plan_id": plan_id,
        "request_id": request_id,
    }


def _parse(data: Any) -> AutoInvestPlanHoldings:
    try:
        response_200 = AutoInvestPlanHoldings.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    plan_id: int | None = None,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestPlanHoldings]:
    """`Spot.auto_invest.investment_plan_holdings`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            request_id=request_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    plan_id: int | None = None,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestPlanHoldings:
    """`Spot.auto_invest.investment_plan_holdings` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            request_id=request_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    plan_id: int | None = None,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestPlanHoldings]:
    """`Spot.auto_invest.investment_plan_holdings` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            request_id=request_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    plan_id: int | None = None,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestPlanHoldings:
    """`Spot.auto_invest.investment_plan_holdings` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            plan_id=plan_id,
            request_id=request_id,
        ),
        options,
    )
