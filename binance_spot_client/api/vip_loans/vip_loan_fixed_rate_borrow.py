"""Borrow from the VIP fixed-rate market: POST /sapi/v1/loan/vip/fixed/borrow (TRADE, weight 6000).

The parameters and answer are described on `Spot.vip_loans.vip_loan_fixed_rate_borrow`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.vip_loans_fixed_rate_borrow_result import VipLoansFixedRateBorrowResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, DurationLike, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanFixedRateBorrow"]
ANSWER = AnswerPlan(
    "vipLoanFixedRateBorrow",
    {"$ref": "VipLoansFixedRateBorrowResult"},
    schemas='{"VipLoansFixedRateBorrowResult":{"properties":{"actualReceivedAmount":{"type":"string"},"autoRepay":{"type":"boolean"},"borrowAmount":{"type":"string"},"borrowCoin":{"type":"string"},"borrowInterestRate":{"type":"string"},"collateralAccountId":{"type":"string"},"collateralCoin":{"type":"string"},"duration":{"type":"string"},"orderId":{"type":"integer"},"status":{"type":"string"}},"required":["borrowCoin","borrowAmount","actualReceivedAmount","collateralCoin","collateralAccountId","borrowInterestRate","duration","autoRepay","orderId","status"],"type":"object"}}',
)


def _arguments(
    supply_request: str,
    borrow_coin: str,
    loan_term: DurationLike,
    borrow_uid: int,
    collateral_coin: str,
    collateral_account_id: str,
    *,
    auto_repay: bool | None = None,
) -> dict[str, object]:
    return {
        "supply_request": supply_request,
        "borrow_coin": borrow_coin,
        "loan_term": loan_term,
        "borrow_uid": borrow_uid,
        "collateral_coin": collateral_coin,
        "collateral_account_id": collateral_account_id,
        "auto_repay": auto_repay,
    }


def _parse(data: Any) -> VipLoansFixedRateBorrowResult:
    try:
        response_200 = VipLoansFixedRateBorrowResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    supply_request: str,
    borrow_coin: str,
    loan_term: DurationLike,
    borrow_uid: int,
    collateral_coin: str,
    collateral_account_id: str,
    auto_repay: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansFixedRateBorrowResult]:
    """`Spot.vip_loans.vip_loan_fixed_rate_borrow`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            supply_request=supply_request,
            borrow_coin=borrow_coin,
            loan_term=loan_term,
            borrow_uid=borrow_uid,
            collateral_coin=collateral_coin,
            collateral_account_id=collateral_account_id,
            auto_repay=auto_repay,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    supply_request: str,
    borrow_coin: str,
    loan_term: DurationLike,
    borrow_uid: int,
    collateral_coin: str,
    collateral_account_id: str,
    auto_repay: bool | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansFixedRateBorrowResult:
    """`Spot.vip_loans.vip_loan_fixed_rate_borrow` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            supply_request=supply_request,
            borrow_coin=borrow_coin,
            loan_term=loan_term,
            borrow_uid=borrow_uid,
            collateral_coin=collateral_coin,
            collateral_account_id=collateral_account_id,
            auto_repay=auto_repay,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    supply_request: str,
    borrow_coin: str,
    loan_term: DurationLike,
    borrow_uid: int,
    collateral_coin: str,
    collateral_account_id: str,
    auto_repay: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[VipLoansFixedRateBorrowResult]:
    """`Spot.vip_loans.vip_loan_fixed_rate_borrow` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            supply_request=supply_request,
            borrow_coin=borrow_coin,
            loan_term=loan_term,
            borrow_uid=borrow_uid,
            collateral_coin=collateral_coin,
            collateral_account_id=collateral_account_id,
            auto_repay=auto_repay,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    supply_request: str,
    borrow_coin: str,
    loan_term: DurationLike,
    borrow_uid: int,
    collateral_coin: str,
    collateral_account_id: str,
    auto_repay: bool | None = None,
    **options: Unpack[CallOptions],
) -> VipLoansFixedRateBorrowResult:
    """`Spot.vip_loans.vip_loan_fixed_rate_borrow` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            supply_request=supply_request,
            borrow_coin=borrow_coin,
            loan_term=loan_term,
            borrow_uid=borrow_uid,
            collateral_coin=collateral_coin,
            collateral_account_id=collateral_account_id,
            auto_repay=auto_repay,
        ),
        options,
    )
