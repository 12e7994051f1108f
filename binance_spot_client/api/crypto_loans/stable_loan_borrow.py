"""Borrow at a stable rate (retired): POST /sapi/v1/loan/borrow (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_stable_borrow_result import CryptoLoansStableBorrowResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanBorrow"]


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    loan_term: int,
    *,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "loan_amount": loan_amount,
        "collateral_coin": collateral_coin,
        "collateral_amount": collateral_amount,
        "loan_term": loan_term,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansStableBorrowResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansStableBorrowResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansStableBorrowResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansStableBorrowResult]:
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
    loan_term: int,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableBorrowResult]:
    """Borrow at a stable rate (retired).

    Took a fixed-term crypto loan at a stable rate against collateral; give either `loanAmount` or
    `collateralAmount` and Binance derived the other. Binance retired it on 2024-11-05 together with
    the other stable-rate loan endpoints.

    POST /sapi/v1/loan/borrow · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
        collateral_coin: Coin pledged as collateral. Required.
        collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
        loan_term: Term of the loan in days: 7, 14, 30, 90 or 180. Required.
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
            loan_term=loan_term,
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
    loan_term: int,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableBorrowResult:
    """Borrow at a stable rate (retired).

    Took a fixed-term crypto loan at a stable rate against collateral; give either `loanAmount` or
    `collateralAmount` and Binance derived the other. Binance retired it on 2024-11-05 together with
    the other stable-rate loan endpoints.

    POST /sapi/v1/loan/borrow · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
        collateral_coin: Coin pledged as collateral. Required.
        collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
        loan_term: Term of the loan in days: 7, 14, 30, 90 or 180. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableBorrowResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_coin=collateral_coin,
                collateral_amount=collateral_amount,
                loan_term=loan_term,
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
    loan_term: int,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableBorrowResult]:
    """Borrow at a stable rate (retired).

    Took a fixed-term crypto loan at a stable rate against collateral; give either `loanAmount` or
    `collateralAmount` and Binance derived the other. Binance retired it on 2024-11-05 together with
    the other stable-rate loan endpoints.

    POST /sapi/v1/loan/borrow · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
        collateral_coin: Coin pledged as collateral. Required.
        collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
        loan_term: Term of the loan in days: 7, 14, 30, 90 or 180. Required.
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
            loan_term=loan_term,
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
    loan_term: int,
    loan_amount: DecimalLike | None = None,
    collateral_amount: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableBorrowResult:
    """Borrow at a stable rate (retired).

    Took a fixed-term crypto loan at a stable rate against collateral; give either `loanAmount` or
    `collateralAmount` and Binance derived the other. Binance retired it on 2024-11-05 together with
    the other stable-rate loan endpoints.

    POST /sapi/v1/loan/borrow · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        loan_coin: Coin to borrow. Required.
        loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
        collateral_coin: Coin pledged as collateral. Required.
        collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
        loan_term: Term of the loan in days: 7, 14, 30, 90 or 180. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableBorrowResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_coin=collateral_coin,
                collateral_amount=collateral_amount,
                loan_term=loan_term,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
