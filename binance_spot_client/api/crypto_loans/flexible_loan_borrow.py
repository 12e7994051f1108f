"""Borrow at a flexible rate: POST /sapi/v2/loan/flexible/borrow (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_flexible_borrow_result import CryptoLoansFlexibleBorrowResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanBorrow"]


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    *,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "loan_amount": loan_amount,
        "collateral_coin": collateral_coin,
        "collateral_amount": collateral_amount,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansFlexibleBorrowResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansFlexibleBorrowResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansFlexibleBorrowResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansFlexibleBorrowResult]:
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
    loan_coin: str,
    collateral_coin: str,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansFlexibleBorrowResult]:
    """Borrow at a flexible rate.

    Takes an open-ended crypto loan at a flexible (floating) rate against collateral. Give
    `loanAmount` or `collateralAmount`, or both to choose the starting LTV yourself. Only master
    accounts can borrow.

    POST /sapi/v2/loan/flexible/borrow · security TRADE · weight 6000


    Args:
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
        collateral_coin: Coin pledged as collateral. Required.
        collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansFlexibleBorrowResult:
    """Borrow at a flexible rate.

    Takes an open-ended crypto loan at a flexible (floating) rate against collateral. Give
    `loanAmount` or `collateralAmount`, or both to choose the starting LTV yourself. Only master
    accounts can borrow.

    POST /sapi/v2/loan/flexible/borrow · security TRADE · weight 6000


    Args:
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
        collateral_coin: Coin pledged as collateral. Required.
        collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansFlexibleBorrowResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_coin=collateral_coin,
                collateral_amount=collateral_amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansFlexibleBorrowResult]:
    """Borrow at a flexible rate.

    Takes an open-ended crypto loan at a flexible (floating) rate against collateral. Give
    `loanAmount` or `collateralAmount`, or both to choose the starting LTV yourself. Only master
    accounts can borrow.

    POST /sapi/v2/loan/flexible/borrow · security TRADE · weight 6000


    Args:
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
        collateral_coin: Coin pledged as collateral. Required.
        collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    collateral_coin: str,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansFlexibleBorrowResult:
    """Borrow at a flexible rate.

    Takes an open-ended crypto loan at a flexible (floating) rate against collateral. Give
    `loanAmount` or `collateralAmount`, or both to choose the starting LTV yourself. Only master
    accounts can borrow.

    POST /sapi/v2/loan/flexible/borrow · security TRADE · weight 6000


    Args:
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
        collateral_coin: Coin pledged as collateral. Required.
        collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansFlexibleBorrowResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_coin=collateral_coin,
                collateral_amount=collateral_amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
