"""Stable-rate loan borrow history: GET /sapi/v1/loan/borrow/history (USER_DATA, weight 400).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_stable_borrow_history import CryptoLoansStableBorrowHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanBorrowHistory"]


def _arguments(
    *,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "loan_coin": loan_coin,
        "collateral_coin": collateral_coin,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansStableBorrowHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansStableBorrowHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansStableBorrowHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansStableBorrowHistory]:
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
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableBorrowHistory]:
    """Stable-rate loan borrow history.

    Lists stable-rate (fixed-term) crypto loans taken by the account. Without `startTime` and
    `endTime` the last 90 days are returned; the range may span at most 180 days. Binance keeps this
    history query although stable-rate borrowing was retired.

    GET /sapi/v1/loan/borrow/history · security USER_DATA · weight 400


    Args:
        order_id: Only this loan order.
        loan_coin: Only loans that borrow this coin.
        collateral_coin: Only loans secured by this collateral coin.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableBorrowHistory:
    """Stable-rate loan borrow history.

    Lists stable-rate (fixed-term) crypto loans taken by the account. Without `startTime` and
    `endTime` the last 90 days are returned; the range may span at most 180 days. Binance keeps this
    history query although stable-rate borrowing was retired.

    GET /sapi/v1/loan/borrow/history · security USER_DATA · weight 400


    Args:
        order_id: Only this loan order.
        loan_coin: Only loans that borrow this coin.
        collateral_coin: Only loans secured by this collateral coin.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableBorrowHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableBorrowHistory]:
    """Stable-rate loan borrow history.

    Lists stable-rate (fixed-term) crypto loans taken by the account. Without `startTime` and
    `endTime` the last 90 days are returned; the range may span at most 180 days. Binance keeps this
    history query although stable-rate borrowing was retired.

    GET /sapi/v1/loan/borrow/history · security USER_DATA · weight 400


    Args:
        order_id: Only this loan order.
        loan_coin: Only loans that borrow this coin.
        collateral_coin: Only loans secured by this collateral coin.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int | None = None,
    loan_coin: str | None = None,
    collateral_coin: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableBorrowHistory:
    """Stable-rate loan borrow history.

    Lists stable-rate (fixed-term) crypto loans taken by the account. Without `startTime` and
    `endTime` the last 90 days are returned; the range may span at most 180 days. Binance keeps this
    history query although stable-rate borrowing was retired.

    GET /sapi/v1/loan/borrow/history · security USER_DATA · weight 400


    Args:
        order_id: Only this loan order.
        loan_coin: Only loans that borrow this coin.
        collateral_coin: Only loans secured by this collateral coin.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page to return, counted from 1 (default 1, at most 1000).
        limit: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableBorrowHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
