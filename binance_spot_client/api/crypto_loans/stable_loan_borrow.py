"""Borrow at a stable rate (retired): POST /sapi/v1/loan/borrow (TRADE, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_borrow`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_stable_borrow_result import CryptoLoansStableBorrowResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, DurationLike, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanBorrow"]
ANSWER = AnswerPlan(
    "stableLoanBorrow",
    {"$ref": "CryptoLoansStableBorrowResult"},
    schemas='{"CryptoLoansStableBorrowResult":{"properties":{"collateralAmount":{"type":"string"},"collateralCoin":{"type":"string"},"hourlyInterestRate":{"type":"string"},"loanAmount":{"type":"string"},"loanCoin":{"type":"string"},"orderId":{"type":"string"}},"required":["loanCoin","loanAmount","collateralCoin","collateralAmount","hourlyInterestRate","orderId"],"type":"object"}}',
)


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    loan_term: DurationLike,
    *,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "loan_amount": loan_amount,
        "collateral_coin": collateral_coin,
        "collateral_amount": collateral_amount,
        "loan_term": loan_term,
    }


def _parse(data: Any) -> CryptoLoansStableBorrowResult:
    try:
        response_200 = CryptoLoansStableBorrowResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_term: DurationLike,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableBorrowResult]:
    """`Spot.crypto_loans.stable_loan_borrow`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
            loan_term=loan_term,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_term: DurationLike,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableBorrowResult:
    """`Spot.crypto_loans.stable_loan_borrow` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
            loan_term=loan_term,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_term: DurationLike,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableBorrowResult]:
    """`Spot.crypto_loans.stable_loan_borrow` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
            loan_term=loan_term,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_term: DurationLike,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableBorrowResult:
    """`Spot.crypto_loans.stable_loan_borrow` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
            loan_term=loan_term,
        ),
        options,
    )
