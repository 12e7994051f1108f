"""Flexible-rate loan LTV adjustment history: GET /sapi/v2/loan/flexible/ltv/adjustment/history (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_ltv_adjustment_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_ltv_adjustment_history import CryptoLoansFlexibleLtvAdjustmentHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanLtvAdjustmentHistory"]
ANSWER = AnswerPlan(
    "flexibleLoanLtvAdjustmentHistory",
    {"$ref": "CryptoLoansFlexibleLtvAdjustmentHistory"},
    schemas='{"CryptoLoansFlexibleLtvAdjustment":{"properties":{"adjustTime":{"type":"integer"},"afterLTV":{"type":"string"},"collateralAmount":{"type":"string"},"collateralCoin":{"type":"string"},"direction":{"$ref":"CryptoLoansLtvDirection"},"loanCoin":{"type":"string"},"preLTV":{"type":"string"}},"required":["loanCoin","collateralCoin","direction","collateralAmount","preLTV","afterLTV","adjustTime"],"type":"object"},"CryptoLoansFlexibleLtvAdjustmentHistory":{"properties":{"rows":{"items":{"$ref":"CryptoLoansFlexibleLtvAdjustment"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"},"CryptoLoansLtvDirection":{"type":"string"}}',
)


def _arguments(
    *,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "limit": limit,
    }


def _parse(data: Any) -> CryptoLoansFlexibleLtvAdjustmentHistory:
    try:
        response_200 = CryptoLoansFlexibleLtvAdjustmentHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleLtvAdjustmentHistory]:
    """`Spot.crypto_loans.flexible_loan_ltv_adjustment_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleLtvAdjustmentHistory:
    """`Spot.crypto_loans.flexible_loan_ltv_adjustment_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleLtvAdjustmentHistory]:
    """`Spot.crypto_loans.flexible_loan_ltv_adjustment_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleLtvAdjustmentHistory:
    """`Spot.crypto_loans.flexible_loan_ltv_adjustment_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        options,
    )
