"""Collateral repayment rate, stable-rate (retired): GET /sapi/v1/loan/repay/collateral/rate (USER_DATA, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_collateral_repay_rate`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_stable_collateral_repay_rate import CryptoLoansStableCollateralRepayRate
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanCollateralRepayRate"]
ANSWER = AnswerPlan(
    "stableLoanCollateralRepayRate",
    {"$ref": "CryptoLoansStableCollateralRepayRate"},
    schemas='{"CryptoLoansStableCollateralRepayRate":{"properties":{"collateralCoin":{"type":"string"},"loanCoin":{"type":"string"},"rate":{"type":"string"},"repayAmount":{"type":"string"}},"required":["loanCoin","collateralCoin","repayAmount","rate"],"type":"object"}}',
)


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "repay_amount": repay_amount,
    }


def _parse(data: Any) -> CryptoLoansStableCollateralRepayRate:
    try:
        response_200 = CryptoLoansStableCollateralRepayRate.from_dict(data)

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
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableCollateralRepayRate]:
    """`Spot.crypto_loans.stable_loan_collateral_repay_rate`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableCollateralRepayRate:
    """`Spot.crypto_loans.stable_loan_collateral_repay_rate` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableCollateralRepayRate]:
    """`Spot.crypto_loans.stable_loan_collateral_repay_rate` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableCollateralRepayRate:
    """`Spot.crypto_loans.stable_loan_collateral_repay_rate` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
        ),
        options,
    )
