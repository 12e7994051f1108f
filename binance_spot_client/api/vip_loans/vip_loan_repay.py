"""Repay a VIP loan: POST /sapi/v1/loan/vip/repay (TRADE, weight 6000).

The parameters and answer are described on `Spot.vip_loans.vip_loan_repay`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_repay_result import VipLoansRepayResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanRepay"]
ANSWER = AnswerPlan(
    "vipLoanRepay",
    {"$ref": "VipLoansRepayResult"},
    schemas='{"VipLoansRepayResult":{"properties":{"collateralCoin":{"type":"string"},"currentLTV":{"type":"string"},"loanCoin":{"type":"string"},"remainingInterest":{"type":"string"},"remainingPrincipal":{"type":"string"},"repayAmount":{"type":"string"},"repayStatus":{"type":"string"}},"required":["loanCoin","repayAmount","remainingPrincipal","remainingInterest","collateralCoin","currentLTV","repayStatus"],"type":"object"}}',
)


def _arguments(
    order_id: int,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "amount": amount,
    }


def _parse(data: Any) -> VipLoansRepayResult:
    try:
        response_200 = VipLoansRepayResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: int,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[VipLoansRepayResult]:
    """`Spot.vip_loans.vip_loan_repay`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: int,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> VipLoansRepayResult:
    """`Spot.vip_loans.vip_loan_repay` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[VipLoansRepayResult]:
    """`Spot.vip_loans.vip_loan_repay` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> VipLoansRepayResult:
    """`Spot.vip_loans.vip_loan_repay` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
        ),
        options,
    )
