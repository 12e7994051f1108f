"""Ongoing VIP loans: GET /sapi/v1/loan/vip/ongoing/orders (USER_DATA, weight 400).

The parameters and answer are described on `Spot.vip_loans.vip_loan_ongoing_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_ongoing_orders import VipLoansOngoingOrders
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanOngoingOrders"]
ANSWER = AnswerPlan(
    "vipLoanOngoingOrders",
    {"$ref": "VipLoansOngoingOrders"},
    schemas='{"VipLoansOngoingOrder":{"properties":{"collateralAccountId":{"type":"string"},"collateralCoin":{"type":"string"},"collateralValue":{"type":"string"},"currentLTV":{"type":"string"},"expirationTime":{"type":"integer"},"loanCoin":{"type":"string"},"loanDate":{"type":"string"},"loanRate":{"type":"string"},"loanTerm":{"type":"string"},"lockedCollateralValue":{"type":"string"},"orderId":{"type":"integer"},"residualInterest":{"type":"string"},"totalCollateralValueAfterHaircut":{"type":"string"},"totalDebt":{"type":"string"}},"required":["orderId","loanCoin","totalDebt","loanRate","residualInterest","collateralAccountId","collateralCoin","currentLTV","expirationTime","loanDate","loanTerm"],"type":"object"},"VipLoansOngoingOrders":{"properties":{"rows":{"items":{"$ref":"VipLoansOngoingOrder"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "collateral_account_id": collateral_account_id,
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "current": current,
        "limit": limit,
    }


def _parse(data: Any) -> VipLoansOngoingOrders:
    try:
        response_200 = VipLoansOngoingOrders.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansOngoingOrders]:
    """`Spot.vip_loans.vip_loan_ongoing_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansOngoingOrders:
    """`Spot.vip_loans.vip_loan_ongoing_orders` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansOngoingOrders]:
    """`Spot.vip_loans.vip_loan_ongoing_orders` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    collateral_account_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansOngoingOrders:
    """`Spot.vip_loans.vip_loan_ongoing_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_account_id=collateral_account_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
        ),
        options,
    )
