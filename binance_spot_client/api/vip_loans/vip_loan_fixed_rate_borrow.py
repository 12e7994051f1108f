"""Borrow from the VIP fixed-rate market: POST /sapi/v1/loan/vip/fixed/borrow (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.vip_loans_fixed_rate_borrow_result import VipLoansFixedRateBorrowResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanFixedRateBorrow"]


def _arguments(
    supply_request: str,
    borrow_coin: str,
    loan_term: int,
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


def _parse_response(response: httpx.Response) -> VipLoansFixedRateBorrowResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> VipLoansFixedRateBorrowResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = VipLoansFixedRateBorrowResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[VipLoansFixedRateBorrowResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        rate_limits=RateLimits.from_headers(response.headers),
    )


def sync_detailed(
    *,
    client: SpotClient,
    supply_request: str,
    borrow_coin: str,
    loan_term: int,
    borrow_uid: int,
    collateral_coin: str,
    collateral_account_id: str,
    auto_repay: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansFixedRateBorrowResult]:
    """Borrow from the VIP fixed-rate market.

    Borrows at a fixed rate by taking supply orders of `vipLoanFixedRateMarket`; all the orders
    taken must be for the same coin and term. Binance allows 2 requests per second per account.

    POST /sapi/v1/loan/vip/fixed/borrow · security TRADE · weight 6000


    Args:
        supply_request: Supply orders to take, as `requestId:interestRate:amount` entries separated by `;` (for
            example `1212:0.12:100;3434:0.13:50`). Required.
        borrow_coin: Coin to borrow. Required.
        loan_term: Term in days (30 or 60). Required.
        borrow_uid: Account (UID) that receives the loan. Required.
        collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
        collateral_account_id: Collateral account ids, comma-separated. Required.
        auto_repay: Whether to repay automatically at expiry (default true); false turns the loan into a
            flexible one instead.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            supply_request=supply_request,
            borrow_coin=borrow_coin,
            loan_term=loan_term,
            borrow_uid=borrow_uid,
            collateral_coin=collateral_coin,
            collateral_account_id=collateral_account_id,
            auto_repay=auto_repay,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    supply_request: str,
    borrow_coin: str,
    loan_term: int,
    borrow_uid: int,
    collateral_coin: str,
    collateral_account_id: str,
    auto_repay: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansFixedRateBorrowResult:
    """Borrow from the VIP fixed-rate market.

    Borrows at a fixed rate by taking supply orders of `vipLoanFixedRateMarket`; all the orders
    taken must be for the same coin and term. Binance allows 2 requests per second per account.

    POST /sapi/v1/loan/vip/fixed/borrow · security TRADE · weight 6000


    Args:
        supply_request: Supply orders to take, as `requestId:interestRate:amount` entries separated by `;` (for
            example `1212:0.12:100;3434:0.13:50`). Required.
        borrow_coin: Coin to borrow. Required.
        loan_term: Term in days (30 or 60). Required.
        borrow_uid: Account (UID) that receives the loan. Required.
        collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
        collateral_account_id: Collateral account ids, comma-separated. Required.
        auto_repay: Whether to repay automatically at expiry (default true); false turns the loan into a
            flexible one instead.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansFixedRateBorrowResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                supply_request=supply_request,
                borrow_coin=borrow_coin,
                loan_term=loan_term,
                borrow_uid=borrow_uid,
                collateral_coin=collateral_coin,
                collateral_account_id=collateral_account_id,
                auto_repay=auto_repay,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    supply_request: str,
    borrow_coin: str,
    loan_term: int,
    borrow_uid: int,
    collateral_coin: str,
    collateral_account_id: str,
    auto_repay: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansFixedRateBorrowResult]:
    """Borrow from the VIP fixed-rate market.

    Borrows at a fixed rate by taking supply orders of `vipLoanFixedRateMarket`; all the orders
    taken must be for the same coin and term. Binance allows 2 requests per second per account.

    POST /sapi/v1/loan/vip/fixed/borrow · security TRADE · weight 6000


    Args:
        supply_request: Supply orders to take, as `requestId:interestRate:amount` entries separated by `;` (for
            example `1212:0.12:100;3434:0.13:50`). Required.
        borrow_coin: Coin to borrow. Required.
        loan_term: Term in days (30 or 60). Required.
        borrow_uid: Account (UID) that receives the loan. Required.
        collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
        collateral_account_id: Collateral account ids, comma-separated. Required.
        auto_repay: Whether to repay automatically at expiry (default true); false turns the loan into a
            flexible one instead.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            supply_request=supply_request,
            borrow_coin=borrow_coin,
            loan_term=loan_term,
            borrow_uid=borrow_uid,
            collateral_coin=collateral_coin,
            collateral_account_id=collateral_account_id,
            auto_repay=auto_repay,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    supply_request: str,
    borrow_coin: str,
    loan_term: int,
    borrow_uid: int,
    collateral_coin: str,
    collateral_account_id: str,
    auto_repay: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansFixedRateBorrowResult:
    """Borrow from the VIP fixed-rate market.

    Borrows at a fixed rate by taking supply orders of `vipLoanFixedRateMarket`; all the orders
    taken must be for the same coin and term. Binance allows 2 requests per second per account.

    POST /sapi/v1/loan/vip/fixed/borrow · security TRADE · weight 6000


    Args:
        supply_request: Supply orders to take, as `requestId:interestRate:amount` entries separated by `;` (for
            example `1212:0.12:100;3434:0.13:50`). Required.
        borrow_coin: Coin to borrow. Required.
        loan_term: Term in days (30 or 60). Required.
        borrow_uid: Account (UID) that receives the loan. Required.
        collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
        collateral_account_id: Collateral account ids, comma-separated. Required.
        auto_repay: Whether to repay automatically at expiry (default true); false turns the loan into a
            flexible one instead.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansFixedRateBorrowResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                supply_request=supply_request,
                borrow_coin=borrow_coin,
                loan_term=loan_term,
                borrow_uid=borrow_uid,
                collateral_coin=collateral_coin,
                collateral_account_id=collateral_account_id,
                auto_repay=auto_repay,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
