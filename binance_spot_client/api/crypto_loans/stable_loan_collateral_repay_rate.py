"""Collateral repayment rate, stable-rate (retired): GET /sapi/v1/loan/repay/collateral/rate (USER_DATA, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_stable_collateral_repay_rate import CryptoLoansStableCollateralRepayRate
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanCollateralRepayRate"]


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    repay_amount: DecimalLike,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "repay_amount": repay_amount,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansStableCollateralRepayRate:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansStableCollateralRepayRate:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansStableCollateralRepayRate.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansStableCollateralRepayRate]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableCollateralRepayRate]:
    """Collateral repayment rate, stable-rate (retired).

    Quoted the collateral-to-loan-coin rate used when a stable-rate loan is repaid with collateral;
    a quote held for about 8 seconds.

    GET /sapi/v1/loan/repay/collateral/rate · security USER_DATA · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin. Required.
        repay_amount: Amount of the borrowed coin to repay. Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableCollateralRepayRate:
    """Collateral repayment rate, stable-rate (retired).

    Quoted the collateral-to-loan-coin rate used when a stable-rate loan is repaid with collateral;
    a quote held for about 8 seconds.

    GET /sapi/v1/loan/repay/collateral/rate · security USER_DATA · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin. Required.
        repay_amount: Amount of the borrowed coin to repay. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableCollateralRepayRate
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableCollateralRepayRate]:
    """Collateral repayment rate, stable-rate (retired).

    Quoted the collateral-to-loan-coin rate used when a stable-rate loan is repaid with collateral;
    a quote held for about 8 seconds.

    GET /sapi/v1/loan/repay/collateral/rate · security USER_DATA · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin. Required.
        repay_amount: Amount of the borrowed coin to repay. Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableCollateralRepayRate:
    """Collateral repayment rate, stable-rate (retired).

    Quoted the collateral-to-loan-coin rate used when a stable-rate loan is repaid with collateral;
    a quote held for about 8 seconds.

    GET /sapi/v1/loan/repay/collateral/rate · security USER_DATA · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin. Required.
        repay_amount: Amount of the borrowed coin to repay. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableCollateralRepayRate
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
