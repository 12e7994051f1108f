"""Adjust a stable-rate loan's LTV (retired): POST /sapi/v1/loan/adjust/ltv (TRADE, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_adjust_ltv`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.crypto_loans_ltv_direction import CryptoLoansLtvDirection
from ...models.crypto_loans_stable_ltv_adjust_result import CryptoLoansStableLtvAdjustResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanAdjustLtv"]
ANSWER = AnswerPlan(
    "stableLoanAdjustLtv",
    {"$ref": "CryptoLoansStableLtvAdjustResult"},
    schemas='{"CryptoLoansLtvDirection":{"type":"string"},"CryptoLoansStableLtvAdjustResult":{"properties":{"amount":{"type":"string"},"collateralCoin":{"type":"string"},"currentLTV":{"type":"string"},"direction":{"$ref":"CryptoLoansLtvDirection"},"loanCoin":{"type":"string"}},"required":["loanCoin","collateralCoin","direction","amount","currentLTV"],"type":"object"}}',
)


def _arguments(
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "amount": amount,
        "direction": direction,
    }


def _parse(data: Any) -> CryptoLoansStableLtvAdjustResult:
    try:
        response_200 = CryptoLoansStableLtvAdjustResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableLtvAdjustResult]:
    """`Spot.crypto_loans.stable_loan_adjust_ltv`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
            direction=direction,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
    **options: Unpack[CallOptions],
) -> CryptoLoansStableLtvAdjustResult:
    """`Spot.crypto_loans.stable_loan_adjust_ltv` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
            direction=direction,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableLtvAdjustResult]:
    """`Spot.crypto_loans.stable_loan_adjust_ltv` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
            direction=direction,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
    **options: Unpack[CallOptions],
) -> CryptoLoansStableLtvAdjustResult:
    """`Spot.crypto_loans.stable_loan_adjust_ltv` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            amount=amount,
            direction=direction,
        ),
        options,
    )
