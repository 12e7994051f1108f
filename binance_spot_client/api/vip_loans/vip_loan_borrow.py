"""Apply for a VIP loan: POST /sapi/v1/loan/vip/borrow (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.vip_loans_borrow_result import VipLoansBorrowResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanBorrow"]


def _arguments(
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    *,
    loan_term: int | None = None,
) -> dict[str, object]:
    return {
        "loan_account_id": loan_account_id,
        "loan_coin": loan_coin,
        "loan_amount": loan_amount,
        "collateral_account_id": collateral_account_id,
        "collateral_coin": collateral_coin,
        "is_flexible_rate": is_flexible_rate,
        "loan_term": loan_term,
    }


def _parse_response(response: httpx.Response) -> VipLoansBorrowResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> VipLoansBorrowResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = VipLoansBorrowResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[VipLoansBorrowResult]:
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
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    loan_term: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansBorrowResult]:
    """Apply for a VIP loan.

    Applies for a VIP loan paid into `loanAccountId` and secured by the whole balance of the listed
    collateral accounts, at a flexible or a fixed rate; a fixed rate needs `loanTerm`. Only master
    accounts can apply, and the loan and collateral accounts must belong to the same master account.
    Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/borrow · security TRADE · weight 6000


    Args:
        loan_account_id: Account that receives the loan. Required.
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow. Required.
        collateral_account_id: Collateral account ids, comma-separated. Required.
        collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
        is_flexible_rate: True for a flexible rate, false for a fixed rate. Required.
        loan_term: Term in days (30 or 60); required for a fixed rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            loan_account_id=loan_account_id,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_account_id=collateral_account_id,
            collateral_coin=collateral_coin,
            is_flexible_rate=is_flexible_rate,
            loan_term=loan_term,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    loan_term: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansBorrowResult:
    """Apply for a VIP loan.

    Applies for a VIP loan paid into `loanAccountId` and secured by the whole balance of the listed
    collateral accounts, at a flexible or a fixed rate; a fixed rate needs `loanTerm`. Only master
    accounts can apply, and the loan and collateral accounts must belong to the same master account.
    Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/borrow · security TRADE · weight 6000


    Args:
        loan_account_id: Account that receives the loan. Required.
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow. Required.
        collateral_account_id: Collateral account ids, comma-separated. Required.
        collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
        is_flexible_rate: True for a flexible rate, false for a fixed rate. Required.
        loan_term: Term in days (30 or 60); required for a fixed rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansBorrowResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                loan_account_id=loan_account_id,
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_account_id=collateral_account_id,
                collateral_coin=collateral_coin,
                is_flexible_rate=is_flexible_rate,
                loan_term=loan_term,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    loan_term: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansBorrowResult]:
    """Apply for a VIP loan.

    Applies for a VIP loan paid into `loanAccountId` and secured by the whole balance of the listed
    collateral accounts, at a flexible or a fixed rate; a fixed rate needs `loanTerm`. Only master
    accounts can apply, and the loan and collateral accounts must belong to the same master account.
    Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/borrow · security TRADE · weight 6000


    Args:
        loan_account_id: Account that receives the loan. Required.
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow. Required.
        collateral_account_id: Collateral account ids, comma-separated. Required.
        collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
        is_flexible_rate: True for a flexible rate, false for a fixed rate. Required.
        loan_term: Term in days (30 or 60); required for a fixed rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            loan_account_id=loan_account_id,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_account_id=collateral_account_id,
            collateral_coin=collateral_coin,
            is_flexible_rate=is_flexible_rate,
            loan_term=loan_term,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_account_id: int,
    loan_coin: str,
    loan_amount: DecimalLike,
    collateral_account_id: str,
    collateral_coin: str,
    is_flexible_rate: bool,
    loan_term: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansBorrowResult:
    """Apply for a VIP loan.

    Applies for a VIP loan paid into `loanAccountId` and secured by the whole balance of the listed
    collateral accounts, at a flexible or a fixed rate; a fixed rate needs `loanTerm`. Only master
    accounts can apply, and the loan and collateral accounts must belong to the same master account.
    Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/borrow · security TRADE · weight 6000


    Args:
        loan_account_id: Account that receives the loan. Required.
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow. Required.
        collateral_account_id: Collateral account ids, comma-separated. Required.
        collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
        is_flexible_rate: True for a flexible rate, false for a fixed rate. Required.
        loan_term: Term in days (30 or 60); required for a fixed rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansBorrowResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                loan_account_id=loan_account_id,
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_account_id=collateral_account_id,
                collateral_coin=collateral_coin,
                is_flexible_rate=is_flexible_rate,
                loan_term=loan_term,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
