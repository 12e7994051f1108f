"""Collateral repayment rate, flexible-rate: GET /sapi/v2/loan/flexible/repay/rate (USER_DATA, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_flexible_collateral_repay_rate import CryptoLoansFlexibleCollateralRepayRate
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanCollateralRepayRate"]


def _arguments(
    loan_coin: str,
    collateral_coin: str,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansFlexibleCollateralRepayRate:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansFlexibleCollateralRepayRate:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansFlexibleCollateralRepayRate.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansFlexibleCollateralRepayRate]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansFlexibleCollateralRepayRate]:
    """Collateral repayment rate, flexible-rate.

    Quotes the latest collateral-to-loan-coin rate used when a flexible-rate loan is repaid with
    collateral (`flexibleLoanRepay` with `repaymentType` 2).

    GET /sapi/v2/loan/flexible/repay/rate · security USER_DATA · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin. Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansFlexibleCollateralRepayRate:
    """Collateral repayment rate, flexible-rate.

    Quotes the latest collateral-to-loan-coin rate used when a flexible-rate loan is repaid with
    collateral (`flexibleLoanRepay` with `repaymentType` 2).

    GET /sapi/v2/loan/flexible/repay/rate · security USER_DATA · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansFlexibleCollateralRepayRate
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansFlexibleCollateralRepayRate]:
    """Collateral repayment rate, flexible-rate.

    Quotes the latest collateral-to-loan-coin rate used when a flexible-rate loan is repaid with
    collateral (`flexibleLoanRepay` with `repaymentType` 2).

    GET /sapi/v2/loan/flexible/repay/rate · security USER_DATA · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin. Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansFlexibleCollateralRepayRate:
    """Collateral repayment rate, flexible-rate.

    Quotes the latest collateral-to-loan-coin rate used when a flexible-rate loan is repaid with
    collateral (`flexibleLoanRepay` with `repaymentType` 2).

    GET /sapi/v2/loan/flexible/repay/rate · security USER_DATA · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansFlexibleCollateralRepayRate
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
