"""Adjust a flexible-rate loan's LTV: POST /sapi/v2/loan/flexible/adjust/ltv (TRADE, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_adjust_ltv`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.crypto_loans_flexible_ltv_adjust_result import CryptoLoansFlexibleLtvAdjustResult
from ...models.crypto_loans_ltv_direction import CryptoLoansLtvDirection
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanAdjustLtv"]
ANSWER = AnswerPlan(
    "flexibleLoanAdjustLtv",
    {"$ref": "CryptoLoansFlexibleLtvAdjustResult"},
    schemas='{"CryptoLoansFlexibleLtvAdjustResult":{"properties":{"adjustmentAmount":{"type":"string"},"collateralCoin":{"type":"string"},"currentLTV":{"type":"string"},"direction":{"$ref":"CryptoLoansLtvDirection"},"loanCoin":{"type":"string"},"status":{"type":"string"}},"required":["loanCoin","collateralCoin","direction","adjustmentAmount","currentLTV"],"type":"object"},"CryptoLoansLtvDirection":{"type":"string"}}',
)


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "adjustment_amount": adjustment_amount,
        "direction": direction,
    }


def _parse(data: Any) -> CryptoLoansFlexibleLtvAdjustResult:
    try:
        response_200 = CryptoLoansFlexibleLtvAdjustResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleLtvAdjustResult]:
    """`Spot.crypto_loans.flexible_loan_adjust_ltv`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            adjustment_amount=adjustment_amount,
            direction=direction,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleLtvAdjustResult:
    """`Spot.crypto_loans.flexible_loan_adjust_ltv` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            adjustment_amount=adjustment_amount,
            direction=direction,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleLtvAdjustResult]:
    """`Spot.crypto_loans.flexible_loan_adjust_ltv` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            adjustment_amount=adjustment_amount,
            direction=direction,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleLtvAdjustResult:
    """`Spot.crypto_loans.flexible_loan_adjust_ltv` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            adjustment_amount=adjustment_amount,
            direction=direction,
        ),
        options,
    )
