"""Adjust a stable-rate loan's LTV (retired): POST /sapi/v1/loan/adjust/ltv (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_ltv_direction import CryptoLoansLtvDirection
from ...models.crypto_loans_stable_ltv_adjust_result import CryptoLoansStableLtvAdjustResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanAdjustLtv"]


def _arguments(
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "amount": amount,
        "direction": direction,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansStableLtvAdjustResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansStableLtvAdjustResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansStableLtvAdjustResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansStableLtvAdjustResult]:
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
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableLtvAdjustResult]:
    """Adjust a stable-rate loan's LTV (retired).

    Added collateral to, or took collateral out of, a stable-rate crypto loan. Binance retired it on
    2024-11-05 together with the other stable-rate loan endpoints.

    POST /sapi/v1/loan/adjust/ltv · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to adjust. Required.
        amount: Collateral to add or take out. Required.
        direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            amount=amount,
            direction=direction,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableLtvAdjustResult:
    """Adjust a stable-rate loan's LTV (retired).

    Added collateral to, or took collateral out of, a stable-rate crypto loan. Binance retired it on
    2024-11-05 together with the other stable-rate loan endpoints.

    POST /sapi/v1/loan/adjust/ltv · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to adjust. Required.
        amount: Collateral to add or take out. Required.
        direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableLtvAdjustResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                amount=amount,
                direction=direction,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableLtvAdjustResult]:
    """Adjust a stable-rate loan's LTV (retired).

    Added collateral to, or took collateral out of, a stable-rate crypto loan. Binance retired it on
    2024-11-05 together with the other stable-rate loan endpoints.

    POST /sapi/v1/loan/adjust/ltv · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to adjust. Required.
        amount: Collateral to add or take out. Required.
        direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            amount=amount,
            direction=direction,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    direction: CryptoLoansLtvDirection | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableLtvAdjustResult:
    """Adjust a stable-rate loan's LTV (retired).

    Added collateral to, or took collateral out of, a stable-rate crypto loan. Binance retired it on
    2024-11-05 together with the other stable-rate loan endpoints.

    POST /sapi/v1/loan/adjust/ltv · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to adjust. Required.
        amount: Collateral to add or take out. Required.
        direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableLtvAdjustResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                amount=amount,
                direction=direction,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
