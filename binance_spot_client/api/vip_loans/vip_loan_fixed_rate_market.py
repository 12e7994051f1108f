"""VIP fixed-rate market: GET /sapi/v1/loan/vip/fixed/market (USER_DATA, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.vip_loans_fixed_rate_market import VipLoansFixedRateMarket
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanFixedRateMarket"]


def _arguments(
    loan_coin: str,
    *,
    duration: int | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
        "duration": duration,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> VipLoansFixedRateMarket:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> VipLoansFixedRateMarket:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = VipLoansFixedRateMarket.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[VipLoansFixedRateMarket]:
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
    duration: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansFixedRateMarket]:
    """VIP fixed-rate market.

    Lists the fixed-rate supply orders a VIP borrower can take for one coin, optionally for one
    term, one page at a time.

    GET /sapi/v1/loan/vip/fixed/market · security USER_DATA · weight 6000


    Args:
        loan_coin: Coin to borrow. Required.
        duration: Only offers of this term, in days.
        current: Page to return, counted from 1 (default 1).
        size: Rows per page (default 10, 1 to 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            loan_coin=loan_coin,
            duration=duration,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    duration: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansFixedRateMarket:
    """VIP fixed-rate market.

    Lists the fixed-rate supply orders a VIP borrower can take for one coin, optionally for one
    term, one page at a time.

    GET /sapi/v1/loan/vip/fixed/market · security USER_DATA · weight 6000


    Args:
        loan_coin: Coin to borrow. Required.
        duration: Only offers of this term, in days.
        current: Page to return, counted from 1 (default 1).
        size: Rows per page (default 10, 1 to 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansFixedRateMarket
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                duration=duration,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    duration: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansFixedRateMarket]:
    """VIP fixed-rate market.

    Lists the fixed-rate supply orders a VIP borrower can take for one coin, optionally for one
    term, one page at a time.

    GET /sapi/v1/loan/vip/fixed/market · security USER_DATA · weight 6000


    Args:
        loan_coin: Coin to borrow. Required.
        duration: Only offers of this term, in days.
        current: Page to return, counted from 1 (default 1).
        size: Rows per page (default 10, 1 to 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            loan_coin=loan_coin,
            duration=duration,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    duration: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansFixedRateMarket:
    """VIP fixed-rate market.

    Lists the fixed-rate supply orders a VIP borrower can take for one coin, optionally for one
    term, one page at a time.

    GET /sapi/v1/loan/vip/fixed/market · security USER_DATA · weight 6000


    Args:
        loan_coin: Coin to borrow. Required.
        duration: Only offers of this term, in days.
        current: Page to return, counted from 1 (default 1).
        size: Rows per page (default 10, 1 to 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansFixedRateMarket
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
                duration=duration,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
