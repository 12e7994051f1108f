"""Renew a VIP loan: POST /sapi/v1/loan/vip/renew (TRADE, weight 6000).

The parameters and answer are described on `Spot.vip_loans.vip_loan_renew`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_renew_result import VipLoansRenewResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, DurationLike, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanRenew"]
ANSWER = AnswerPlan(
    "vipLoanRenew",
    {"$ref": "VipLoansRenewResult"},
    schemas='{"VipLoansRenewResult":{"properties":{"collateralAccountId":{"type":"string"},"collateralCoin":{"type":"string"},"loanAccountId":{"type":"string"},"loanAmount":{"type":"string"},"loanCoin":{"type":"string"},"loanTerm":{"type":"string"}},"required":["loanAccountId","loanCoin","loanAmount","collateralAccountId","collateralCoin","loanTerm"],"type":"object"}}',
)


def _arguments(
    order_id: int,
    loan_term: DurationLike,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "loan_term": loan_term,
    }


def _parse(data: Any) -> VipLoansRenewResult:
    try:
        response_200 = VipLoansRenewResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: int,
    loan_term: DurationLike,
    **options: Unpack[CallOptions],
) -> Response[VipLoansRenewResult]:
    """`Spot.vip_loans.vip_loan_renew`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_term=loan_term,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: int,
    loan_term: DurationLike,
    **options: Unpack[CallOptions],
) -> VipLoansRenewResult:
    """`Spot.vip_loans.vip_loan_renew` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_term=loan_term,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int,
    loan_term: DurationLike,
    **options: Unpack[CallOptions],
) -> Response[VipLoansRenewResult]:
    """`Spot.vip_loans.vip_loan_renew` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_term=loan_term,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int,
    loan_term: DurationLike,
    **options: Unpack[CallOptions],
) -> VipLoansRenewResult:
    """`Spot.vip_loans.vip_loan_renew` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_term=loan_term,
        ),
        options,
    )
