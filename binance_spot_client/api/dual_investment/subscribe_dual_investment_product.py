"""Subscribe to a Dual Investment product: POST /sapi/v1/dci/product/subscribe (TRADE, weight 1).

The parameters and answer are described on `Spot.dual_investment.subscribe_dual_investment_product`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.dual_investment_auto_compound_plan import DualInvestmentAutoCompoundPlan
from ...models.dual_investment_subscription import DualInvestmentSubscription
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeDualInvestmentProduct"]
ANSWER = AnswerPlan(
    "subscribeDualInvestmentProduct",
    {"$ref": "DualInvestmentSubscription"},
    schemas='{"DualInvestmentSubscription":{"properties":{"apr":{"type":"string"},"autoCompoundPlan":{"type":"string"},"duration":{"type":"integer"},"exercisedCoin":{"type":"string"},"investCoin":{"type":"string"},"optionType":{"type":"string"},"orderId":{"type":"integer"},"positionId":{"type":"integer"},"purchaseStatus":{"type":"string"},"purchaseTime":{"type":"integer"},"settleDate":{"type":"integer"},"strikePrice":{"type":"string"},"subscriptionAmount":{"type":"string"}},"required":["positionId","investCoin","exercisedCoin","subscriptionAmount","duration","strikePrice","settleDate","purchaseStatus","apr","orderId","purchaseTime","optionType"],"type":"object"}}',
)


def _arguments(
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    *,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"] | None = None,
) -> dict[str, object]:
    return {
        "id": id,
        "order_id": order_id,
        "deposit_amount": deposit_amount,
        "auto_compound_plan": auto_compound_plan,
    }


def _parse(data: Any) -> DualInvestmentSubscription:
    try:
        response_200 = DualInvestmentSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentSubscription]:
    """`Spot.dual_investment.subscribe_dual_investment_product`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            id=id,
            order_id=order_id,
            deposit_amount=deposit_amount,
            auto_compound_plan=auto_compound_plan,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"] | None = None,
    **options: Unpack[CallOptions],
) -> DualInvestmentSubscription:
    """`Spot.dual_investment.subscribe_dual_investment_product` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            id=id,
            order_id=order_id,
            deposit_amount=deposit_amount,
            auto_compound_plan=auto_compound_plan,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentSubscription]:
    """`Spot.dual_investment.subscribe_dual_investment_product` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            id=id,
            order_id=order_id,
            deposit_amount=deposit_amount,
            auto_compound_plan=auto_compound_plan,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"] | None = None,
    **options: Unpack[CallOptions],
) -> DualInvestmentSubscription:
    """`Spot.dual_investment.subscribe_dual_investment_product` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            id=id,
            order_id=order_id,
            deposit_amount=deposit_amount,
            auto_compound_plan=auto_compound_plan,
        ),
        options,
    )
