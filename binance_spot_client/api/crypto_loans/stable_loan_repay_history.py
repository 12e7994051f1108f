"""Stable-rate loan repayment history: GET /sapi/v1/loan/repay/history (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_repay_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_stable_repay_history import CryptoLoansStableRepayHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanRepayHistory"]
ANSWER = AnswerPlan(
    "stableLoanRepayHistory",
    {"$ref": "CryptoLoansStableRepayHistory"},
    schemas='{"CryptoLoansStableRepayHistory":{"properties":{"rows":{"items":{"$ref":"CryptoLoansStableRepayRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"},"CryptoLoansStableRepayRecord":{"properties":{"collateralCoin":{"type":"string"},"collateralReturn":{"type":"string"},"collateralUsed":{"type":"string"},"loanCoin":{"type":"string"},"orderId":{"type":"integer"},"repayAmount":{"type":"string"},"repayStatus":{"type":"string"},"repayTime":{"type":"integer"},"repayType":{"type":"string"}},"required":["loanCoin","repayAmount","collateralCoin","collateralUsed","collateralReturn","repayType","repayStatus","repayTime","orderId"],"type":"object"}}',
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


def _parse(data: Any) -> CryptoLoansStableRepayHistory:
    try:
        response_200 = CryptoLoansStableRepayHistory.from_dict(data)

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
) -> Response[CryptoLoansStableRepayHistory]:
    """`Spot.crypto_loans.stable_loan_repay_history`, returning the whole response: status, headers, rate limits and the model."""
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
) -> CryptoLoansStableRepayHistory:
    """`Spot.crypto_loans.stable_loan_repay_history` as a function of the client."""
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
) -> Response[CryptoLoansStableRepayHistory]:
    """`Spot.crypto_loans.stable_loan_repay_history` on an async client, returning the whole response."""
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
) -> CryptoLoansStableRepayHistory:
    """`Spot.crypto_loans.stable_loan_repay_history` on an async client, as a function of the client."""
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
