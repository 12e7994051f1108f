"""Adjust a flexible-rate loan's LTV: POST /sapi/v2/loan/flexible/adjust/ltv (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_flexible_ltv_adjust_result import CryptoLoansFlexibleLtvAdjustResult
from ...models.crypto_loans_ltv_direction import CryptoLoansLtvDirection
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleLoanAdjustLtv"]


def _arguments(
    loan_coin: str,
    collateral_coin: str,
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "adjustment_amount": adjustment_amount,
        "direction": direction,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansFlexibleLtvAdjustResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansFlexibleLtvAdjustResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansFlexibleLtvAdjustResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansFlexibleLtvAdjustResult]:
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
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansFlexibleLtvAdjustResult]:
    """Adjust a flexible-rate loan's LTV.

    Adds collateral to, or takes collateral out of, a flexible-rate crypto loan. The API key needs
    the Spot & Margin trading permission.

    POST /sapi/v2/loan/flexible/adjust/ltv · security TRADE · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin of the loan. Required.
        adjustment_amount: Collateral to add or take out. Required.
        direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
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
            adjustment_amount=adjustment_amount,
            direction=direction,
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
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansFlexibleLtvAdjustResult:
    """Adjust a flexible-rate loan's LTV.

    Adds collateral to, or takes collateral out of, a flexible-rate crypto loan. The API key needs
    the Spot & Margin trading permission.

    POST /sapi/v2/loan/flexible/adjust/ltv · security TRADE · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin of the loan. Required.
        adjustment_amount: Collateral to add or take out. Required.
        direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansFlexibleLtvAdjustResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                adjustment_amount=adjustment_amount,
                direction=direction,
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
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansFlexibleLtvAdjustResult]:
    """Adjust a flexible-rate loan's LTV.

    Adds collateral to, or takes collateral out of, a flexible-rate crypto loan. The API key needs
    the Spot & Margin trading permission.

    POST /sapi/v2/loan/flexible/adjust/ltv · security TRADE · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin of the loan. Required.
        adjustment_amount: Collateral to add or take out. Required.
        direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
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
            adjustment_amount=adjustment_amount,
            direction=direction,
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
    adjustment_amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansFlexibleLtvAdjustResult:
    """Adjust a flexible-rate loan's LTV.

    Adds collateral to, or takes collateral out of, a flexible-rate crypto loan. The API key needs
    the Spot & Margin trading permission.

    POST /sapi/v2/loan/flexible/adjust/ltv · security TRADE · weight 6000


    Args:
        loan_coin: Coin of the loan. Required.
        collateral_coin: Collateral coin of the loan. Required.
        adjustment_amount: Collateral to add or take out. Required.
        direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansFlexibleLtvAdjustResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                adjustment_amount=adjustment_amount,
                direction=direction,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
