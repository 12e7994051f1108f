"""Repay a VIP loan: POST /sapi/v1/loan/vip/repay (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.vip_loans_repay_result import VipLoansRepayResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanRepay"]


def _arguments(
    order_id: int,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> VipLoansRepayResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> VipLoansRepayResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = VipLoansRepayResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[VipLoansRepayResult]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansRepayResult]:
    """Repay a VIP loan.

    Repays part or all of a VIP loan with the borrowed coin. Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/repay · security TRADE · weight 6000


    Args:
        order_id: Loan order to repay. Required.
        amount: Amount of the borrowed coin to repay. Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansRepayResult:
    """Repay a VIP loan.

    Repays part or all of a VIP loan with the borrowed coin. Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/repay · security TRADE · weight 6000


    Args:
        order_id: Loan order to repay. Required.
        amount: Amount of the borrowed coin to repay. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansRepayResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                amount=amount,
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansRepayResult]:
    """Repay a VIP loan.

    Repays part or all of a VIP loan with the borrowed coin. Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/repay · security TRADE · weight 6000


    Args:
        order_id: Loan order to repay. Required.
        amount: Amount of the borrowed coin to repay. Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansRepayResult:
    """Repay a VIP loan.

    Repays part or all of a VIP loan with the borrowed coin. Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/repay · security TRADE · weight 6000


    Args:
        order_id: Loan order to repay. Required.
        amount: Amount of the borrowed coin to repay. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansRepayResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
