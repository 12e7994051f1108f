"""Repay a flexible-rate loan: POST /sapi/v2/loan/flexible/repay (TRADE, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_repay`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_repay_result import CryptoLoansFlexibleRepayResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanRepay"]
ANSWER = AnswerPlan(
    "flexibleLoanRepay",
    {"$ref": "CryptoLoansFlexibleRepayResult"},
    schemas='{"CryptoLoansFlexibleRepayResult":{"properties":{"collateralCoin":{"type":"string"},"currentLTV":{"type":"string"},"fullRepayment":{"type":"boolean"},"loanCoin":{"type":"string"},"remainingCollateral":{"type":"string"},"remainingDebt":{"type":"string"},"repayStatus":{"type":"string"}},"required":["loanCoin","collateralCoin","remainingDebt","remainingCollateral","fullRepayment","currentLTV","repayStatus"],"type":"object"}}',
)


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
    *,
    collateral_return: bool | None = None,
    full_repayment: bool | None = None,
    repayment_type: int | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "repay_amount": repay_amount,
        "collateral_return": collateral_return,
        "full_repayment": full_repayment,
        "repayment_type": repayment_type,
    }


def _parse(data: Any) -> CryptoLoansFlexibleRepayResult:
    try:
        response_200 = CryptoLoansFlexibleRepayResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
    collateral_return: bool | None = None,
    full_repayment: bool | None = None,
    repayment_type: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleRepayResult]:
    """`Spot.crypto_loans.flexible_loan_repay`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            collateral_return=collateral_return,
            full_repayment=full_repayment,
            repayment_type=repayment_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
    collateral_return: bool | None = None,
    full_repayment: bool | None = None,
    repayment_type: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleRepayResult:
    """`Spot.crypto_loans.flexible_loan_repay` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            collateral_return=collateral_return,
            full_repayment=full_repayment,
            repayment_type=repayment_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
    collateral_return: bool | None = None,
    full_repayment: bool | None = None,
    repayment_type: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleRepayResult]:
    """`Spot.crypto_loans.flexible_loan_repay` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            collateral_return=collateral_return,
            full_repayment=full_repayment,
            repayment_type=repayment_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
    collateral_return: bool | None = None,
    full_repayment: bool | None = None,
    repayment_type: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleRepayResult:
    """`Spot.crypto_loans.flexible_loan_repay` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            collateral_return=collateral_return,
            full_repayment=full_repayment,
            repayment_type=repayment_type,
        ),
        options,
    )
