"""VIP loan borrow rates: GET /sapi/v1/loan/vip/request/interestRate (USER_DATA, weight 400).

The parameters and answer are described on `Spot.vip_loans.vip_loan_borrow_interest_rates`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_borrow_interest_rate import VipLoansBorrowInterestRate
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanBorrowInterestRates"]
ANSWER = AnswerPlan(
    "vipLoanBorrowInterestRates",
    {"type": "array", "items": {"$ref": "VipLoansBorrowInterestRate"}},
    schemas='{"VipLoansBorrowInterestRate":{"properties":{"asset":{"type":"string"},"flexibleDailyInterestRate":{"type":"string"},"flexibleYearlyInterestRate":{"type":"string"},"time":{"type":"integer"}},"required":["asset","flexibleDailyInterestRate","flexibleYearlyInterestRate","time"],"type":"object"}}',
)


def _arguments(
    loan_coin: str,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
    }


def _parse(data: Any) -> list[VipLoansBorrowInterestRate]:
    try:
        response_200 = [VipLoansBorrowInterestRate.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    loan_coin: str,
    **options: Unpack[CallOptions],
) -> Response[list[VipLoansBorrowInterestRate]]:
    """`Spot.vip_loans.vip_loan_borrow_interest_rates`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    **options: Unpack[CallOptions],
) -> list[VipLoansBorrowInterestRate]:
    """`Spot.vip_loans.vip_loan_borrow_interest_rates` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    **options: Unpack[CallOptions],
) -> Response[list[VipLoansBorrowInterestRate]]:
    """`Spot.vip_loans.vip_loan_borrow_interest_rates` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    **options: Unpack[CallOptions],
) -> list[VipLoansBorrowInterestRate]:
    """`Spot.vip_loans.vip_loan_borrow_interest_rates` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            loan_coin=loan_coin,
        ),
        options,
    )
