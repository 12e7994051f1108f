"""Apply for a VIP loan: POST /sapi/v1/loan/vip/borrow (TRADE, weight 6000).

The parameters and answer are described on `Spot.vip_loans.vip_loan_borrow`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_borrow_result import VipLoansBorrowResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, DurationLike, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanBorrow"]
ANSWER = AnswerPlan(
    "vipLoanBorrow",
    {"$ref": "VipLoansBorrowResult"},
    schemas='{"VipLoansBorrowResult":{"properties":{"collateralAccountId":{"type":"string"},"collateralCoin":{"type":"string"},"isFlexibleRate":{"type":"string"},"loanAccountId":{"type":"string"},"loanAmount":{"type":"string"},"loanCoin":{"type":"string"},"loanTerm":{"type":"string"},"requestId":{"type":"string"}},"required":["loanAccountId","requestId","loanCoin","isFlexibleRate","loanAmount","collateralAccountId","collateralCoin"],"type":"object"}}',
)


def _arguments(
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    *,
    loan_term: DurationLike | None = None,
) -> dict[str, object]:
    return {
        "loan_account_id": loan_account_id,
        "loan_coin": loan_coin,
        "loan_amount": loan_amount,
        "collateral_account_id": collateral_account_id,
        "collateral_coin": collateral_coin,
        "is_flexible_rate": is_flexible_rate,
        "loan_term": loan_term,
    }


def _parse(data: Any) -> VipLoansBorrowResult:
    try:
        response_200 = VipLoansBorrowResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    loan_term: DurationLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansBorrowResult]:
    """`Spot.vip_loans.vip_loan_borrow`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_account_id=loan_account_id,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_account_id=collateral_account_id,
            collateral_coin=collateral_coin,
            is_flexible_rate=is_flexible_rate,
            loan_term=loan_term,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    loan_term: DurationLike | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansBorrowResult:
    """`Spot.vip_loans.vip_loan_borrow` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_account_id=loan_account_id,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_account_id=collateral_account_id,
            collateral_coin=collateral_coin,
            is_flexible_rate=is_flexible_rate,
            loan_term=loan_term,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    loan_term: DurationLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansBorrowResult]:
    """`Spot.vip_loans.vip_loan_borrow` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_account_id=loan_account_id,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_account_id=collateral_account_id,
            collateral_coin=collateral_coin,
            is_flexible_rate=is_flexible_rate,
            loan_term=loan_term,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    loan_term: DurationLike | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansBorrowResult:
    """`Spot.vip_loans.vip_loan_borrow` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_account_id=loan_account_id,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_account_id=collateral_account_id,
            collateral_coin=collateral_coin,
            is_flexible_rate=is_flexible_rate,
            loan_term=loan_term,
        ),
        options,
    )
