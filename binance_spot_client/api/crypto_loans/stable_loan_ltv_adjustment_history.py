"""Stable-rate loan LTV adjustment history: GET /sapi/v1/loan/ltv/adjustment/history (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_ltv_adjustment_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_stable_ltv_adjustment_history import CryptoLoansStableLtvAdjustmentHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanLtvAdjustmentHistory"]
ANSWER = AnswerPlan(
    "stableLoanLtvAdjustmentHistory",
    {"$ref": "CryptoLoansStableLtvAdjustmentHistory"},
    schemas='{"CryptoLoansLtvDirection":{"type":"string"},"CryptoLoansStableLtvAdjustment":{"properties":{"adjustTime":{"type":"integer"},"afterLTV":{"type":"string"},"amount":{"type":"string"},"collateralCoin":{"type":"string"},"direction":{"$ref":"CryptoLoansLtvDirection"},"loanCoin":{"type":"string"},"orderId":{"type":"integer"},"preLTV":{"type":"string"}},"required":["loanCoin","collateralCoin","direction","amount","preLTV","afterLTV","adjustTime","orderId"],"type":"object"},"CryptoLoansStableLtvAdjustmentHistory":{"properties":{"rows":{"items":{"$ref":"CryptoLoansStableLtvAdjustment"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "limit": limit,
    }


def _parse(data: Any) -> CryptoLoansStableLtvAdjustmentHistory:
    try:
        response_200 = CryptoLoansStableLtvAdjustmentHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableLtvAdjustmentHistory]:
    """`Spot.crypto_loans.stable_loan_ltv_adjustment_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
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
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableLtvAdjustmentHistory:
    """`Spot.crypto_loans.stable_loan_ltv_adjustment_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
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
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableLtvAdjustmentHistory]:
    """`Spot.crypto_loans.stable_loan_ltv_adjustment_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
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
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableLtvAdjustmentHistory:
    """`Spot.crypto_loans.stable_loan_ltv_adjustment_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        options,
    )
