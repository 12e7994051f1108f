"""Flexible-rate loan repayment history: GET /sapi/v2/loan/flexible/repay/history (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_repay_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_repay_history import CryptoLoansFlexibleRepayHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanRepayHistory"]
ANSWER = AnswerPlan(
    "flexibleLoanRepayHistory",
    {"$ref": "CryptoLoansFlexibleRepayHistory"},
    schemas='{"CryptoLoansFlexibleRepayHistory":{"properties":{"rows":{"items":{"$ref":"CryptoLoansFlexibleRepayRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"},"CryptoLoansFlexibleRepayRecord":{"properties":{"collateralCoin":{"type":"string"},"collateralReturn":{"type":"string"},"loanCoin":{"type":"string"},"repayAmount":{"type":"string"},"repayStatus":{"type":"string"},"repayTime":{"type":"integer"}},"required":["loanCoin","repayAmount","collateralCoin","collateralReturn","repayStatus","repayTime"],"type":"object"}}',
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


def _parse(data: Any) -> CryptoLoansFlexibleRepayHistory:
    try:
        response_200 = CryptoLoansFlexibleRepayHistory.from_dict(data)

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
) -> Response[CryptoLoansFlexibleRepayHistory]:
    """`Spot.crypto_loans.flexible_loan_repay_history`, returning the whole response: status, headers, rate limits and the model."""
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
) -> CryptoLoansFlexibleRepayHistory:
    """`Spot.crypto_loans.flexible_loan_repay_history` as a function of the client."""
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
) -> Response[CryptoLoansFlexibleRepayHistory]:
    """`Spot.crypto_loans.flexible_loan_repay_history` on an async client, returning the whole response."""
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
) -> CryptoLoansFlexibleRepayHistory:
    """`Spot.crypto_loans.flexible_loan_repay_history` on an async client, as a function of the client."""
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
