"""Repay a flexible-rate loan with its collateral: POST /sapi/v2/loan/flexible/repay/collateral (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_flexible_repay_result import CryptoLoansFlexibleRepayResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanCollateralRepay"]


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
    *,
    full_repayment: bool | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "repay_amount": repay_amount,
        "full_repayment": full_repayment,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansFlexibleRepayResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansFlexibleRepayResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansFlexibleRepayResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansFlexibleRepayResult]:
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
    repay_amount: DecimalLike,
    full_repayment: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansFlexibleRepayResult]:
    """Repay a flexible-rate loan with its collateral.

    Pays down a flexible-rate crypto loan by selling part of the pledged collateral instead of
    spending the borrowed coin. `repayAmount` is counted in the loan coin and is needed even for a
    full repayment. The rate applied can be previewed with `flexibleLoanCollateralRepayRate`.

    POST /sapi/v2/loan/flexible/repay/collateral · security TRADE · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin of the loan, the one sold to repay it. Required.
        repay_amount: Amount of the loan coin to pay back. Required.
        full_repayment: Whether to close the whole loan (default false: a partial repayment of `repayAmount`).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            full_repayment=full_repayment,
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
    repay_amount: DecimalLike,
    full_repayment: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansFlexibleRepayResult:
    """Repay a flexible-rate loan with its collateral.

    Pays down a flexible-rate crypto loan by selling part of the pledged collateral instead of
    spending the borrowed coin. `repayAmount` is counted in the loan coin and is needed even for a
    full repayment. The rate applied can be previewed with `flexibleLoanCollateralRepayRate`.

    POST /sapi/v2/loan/flexible/repay/collateral · security TRADE · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin of the loan, the one sold to repay it. Required.
        repay_amount: Amount of the loan coin to pay back. Required.
        full_repayment: Whether to close the whole loan (default false: a partial repayment of `repayAmount`).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansFlexibleRepayResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
                full_repayment=full_repayment,
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
    repay_amount: DecimalLike,
    full_repayment: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansFlexibleRepayResult]:
    """Repay a flexible-rate loan with its collateral.

    Pays down a flexible-rate crypto loan by selling part of the pledged collateral instead of
    spending the borrowed coin. `repayAmount` is counted in the loan coin and is needed even for a
    full repayment. The rate applied can be previewed with `flexibleLoanCollateralRepayRate`.

    POST /sapi/v2/loan/flexible/repay/collateral · security TRADE · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin of the loan, the one sold to repay it. Required.
        repay_amount: Amount of the loan coin to pay back. Required.
        full_repayment: Whether to close the whole loan (default false: a partial repayment of `repayAmount`).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            full_repayment=full_repayment,
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
    repay_amount: DecimalLike,
    full_repayment: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansFlexibleRepayResult:
    """Repay a flexible-rate loan with its collateral.

    Pays down a flexible-rate crypto loan by selling part of the pledged collateral instead of
    spending the borrowed coin. `repayAmount` is counted in the loan coin and is needed even for a
    full repayment. The rate applied can be previewed with `flexibleLoanCollateralRepayRate`.

    POST /sapi/v2/loan/flexible/repay/collateral · security TRADE · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin of the loan, the one sold to repay it. Required.
        repay_amount: Amount of the loan coin to pay back. Required.
        full_repayment: Whether to close the whole loan (default false: a partial repayment of `repayAmount`).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansFlexibleRepayResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
                full_repayment=full_repayment,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
