"""Renew a VIP loan: POST /sapi/v1/loan/vip/renew (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.vip_loans_renew_result import VipLoansRenewResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanRenew"]


def _arguments(
    order_id: int,
    loan_term: int,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "loan_term": loan_term,
    }


def _parse_response(response: httpx.Response) -> VipLoansRenewResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> VipLoansRenewResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = VipLoansRenewResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[VipLoansRenewResult]:
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
    loan_term: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansRenewResult]:
    """Renew a VIP loan.

    Renews a fixed-rate VIP loan for a new term. Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/renew · security TRADE · weight 6000


    Args:
        order_id: Loan order to renew. Required.
        loan_term: New term in days: 30 or 60. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            loan_term=loan_term,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_id: int,
    loan_term: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansRenewResult:
    """Renew a VIP loan.

    Renews a fixed-rate VIP loan for a new term. Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/renew · security TRADE · weight 6000


    Args:
        order_id: Loan order to renew. Required.
        loan_term: New term in days: 30 or 60. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansRenewResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                loan_term=loan_term,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int,
    loan_term: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansRenewResult]:
    """Renew a VIP loan.

    Renews a fixed-rate VIP loan for a new term. Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/renew · security TRADE · weight 6000


    Args:
        order_id: Loan order to renew. Required.
        loan_term: New term in days: 30 or 60. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            loan_term=loan_term,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int,
    loan_term: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansRenewResult:
    """Renew a VIP loan.

    Renews a fixed-rate VIP loan for a new term. Only VIP users can use VIP loans.

    POST /sapi/v1/loan/vip/renew · security TRADE · weight 6000


    Args:
        order_id: Loan order to renew. Required.
        loan_term: New term in days: 30 or 60. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansRenewResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                loan_term=loan_term,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
