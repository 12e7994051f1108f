"""Borrow at a flexible rate: POST /sapi/v2/loan/flexible/borrow (TRADE, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_borrow`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_borrow_result import CryptoLoansFlexibleBorrowResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanBorrow"]
ANSWER = AnswerPlan(
    "flexibleLoanBorrow",
    {"$ref": "CryptoLoansFlexibleBorrowResult"},
    schemas='{"CryptoLoansFlexibleBorrowResult":{"properties":{"collateralAmount":{"type":"string"},"collateralCoin":{"type":"string"},"loanAmount":{"type":"string"},"loanCoin":{"type":"string"},"status":{"type":"string"}},"required":["loanCoin","loanAmount","collateralAmount","status"],"type":"object"}}',
)


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    *,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "loan_amount": loan_amount,
        "collateral_coin": collateral_coin,
        "collateral_amount": collateral_amount,
    }


def _parse(data: Any) -> CryptoLoansFlexibleBorrowResult:
    try:
        response_200 = CryptoLoansFlexibleBorrowResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleBorrowResult]:
    """`Spot.crypto_loans.flexible_loan_borrow`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleBorrowResult:
    """`Spot.crypto_loans.flexible_loan_borrow` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleBorrowResult]:
    """`Spot.crypto_loans.flexible_loan_borrow` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleBorrowResult:
    """`Spot.crypto_loans.flexible_loan_borrow` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
        ),
        options,
    )
