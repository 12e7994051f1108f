"""Collateral repayment rate, flexible-rate: GET /sapi/v2/loan/flexible/repay/rate (USER_DATA, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_collateral_repay_rate`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_collateral_repay_rate import CryptoLoansFlexibleCollateralRepayRate
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanCollateralRepayRate"]
ANSWER = AnswerPlan(
    "flexibleLoanCollateralRepayRate",
    {"$ref": "CryptoLoansFlexibleCollateralRepayRate"},
    schemas='{"CryptoLoansFlexibleCollateralRepayRate":{"properties":{"collateralCoin":{"type":"string"},"loanCoin":{"type":"string"},"rate":{"type":"string"}},"required":["loanCoin","collateralCoin","rate"],"type":"object"}}',
)


def _arguments(
    loan_coin: str,
    collateral_coin: str,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
    }


def _parse(data: Any) -> CryptoLoansFlexibleCollateralRepayRate:
    try:
        response_200 = CryptoLoansFlexibleCollateralRepayRate.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleCollateralRepayRate]:
    """`Spot.crypto_loans.flexible_loan_collateral_repay_rate`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleCollateralRepayRate:
    """`Spot.crypto_loans.flexible_loan_collateral_repay_rate` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleCollateralRepayRate]:
    """`Spot.crypto_loans.flexible_loan_collateral_repay_rate` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleCollateralRepayRate:
    """`Spot.crypto_loans.flexible_loan_collateral_repay_rate` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
        ),
        options,
    )
