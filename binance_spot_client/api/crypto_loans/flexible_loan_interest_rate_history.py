"""Flexible-rate interest rate history: GET /sapi/v2/loan/interestRateHistory (USER_DATA, weight 400).

The parameters and answer are described on `Spot.crypto_loans.flexible_loan_interest_rate_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_flexible_interest_rate_history import CryptoLoansFlexibleInterestRateHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanInterestRateHistory"]
ANSWER = AnswerPlan(
    "flexibleLoanInterestRateHistory",
    {"$ref": "CryptoLoansFlexibleInterestRateHistory"},
    schemas='{"CryptoLoansFlexibleInterestRate":{"properties":{"annualizedInterestRate":{"type":"string"},"coin":{"type":"string"},"time":{"type":"integer"}},"required":["coin","annualizedInterestRate","time"],"type":"object"},"CryptoLoansFlexibleInterestRateHistory":{"properties":{"rows":{"items":{"$ref":"CryptoLoansFlexibleInterestRate"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    coin: str,
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "coin": coin,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "limit": limit,
    }


def _parse(data: Any) -> CryptoLoansFlexibleInterestRateHistory:
    try:
        response_200 = CryptoLoansFlexibleInterestRateHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    coin: str,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleInterestRateHistory]:
    """`Spot.crypto_loans.flexible_loan_interest_rate_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
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
    coin: str,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleInterestRateHistory:
    """`Spot.crypto_loans.flexible_loan_interest_rate_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
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
    coin: str,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansFlexibleInterestRateHistory]:
    """`Spot.crypto_loans.flexible_loan_interest_rate_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
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
    coin: str,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansFlexibleInterestRateHistory:
    """`Spot.crypto_loans.flexible_loan_interest_rate_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        options,
    )
