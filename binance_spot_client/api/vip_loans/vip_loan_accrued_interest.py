"""VIP loan interest records: GET /sapi/v1/loan/vip/accruedInterest (USER_DATA, weight 400).

The parameters and answer are described on `Spot.vip_loans.vip_loan_accrued_interest`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_accrued_interest_history import VipLoansAccruedInterestHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanAccruedInterest"]
ANSWER = AnswerPlan(
    "vipLoanAccruedInterest",
    {"$ref": "VipLoansAccruedInterestHistory"},
    schemas='{"VipLoansAccruedInterest":{"properties":{"accrualTime":{"type":"integer"},"annualInterestRate":{"type":"string"},"interestAmount":{"type":"string"},"loanCoin":{"type":"string"},"orderId":{"type":"integer"},"principalAmount":{"type":"string"}},"required":["loanCoin","principalAmount","interestAmount","annualInterestRate","accrualTime","orderId"],"type":"object"},"VipLoansAccruedInterestHistory":{"properties":{"rows":{"items":{"$ref":"VipLoansAccruedInterest"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    order_id: int | None = None,
    loan_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "loan_coin": loan_coin,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "limit": limit,
    }


def _parse(data: Any) -> VipLoansAccruedInterestHistory:
    try:
        response_200 = VipLoansAccruedInterestHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: int | None = None,
    loan_coin: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansAccruedInterestHistory]:
    """`Spot.vip_loans.vip_loan_accrued_interest`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansAccruedInterestHistory:
    """`Spot.vip_loans.vip_loan_accrued_interest` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansAccruedInterestHistory]:
    """`Spot.vip_loans.vip_loan_accrued_interest` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansAccruedInterestHistory:
    """`Spot.vip_loans.vip_loan_accrued_interest` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        options,
    )
