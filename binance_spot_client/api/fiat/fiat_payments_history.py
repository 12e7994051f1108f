"""Fiat payments history: GET /sapi/v1/fiat/payments (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.fiat_payment_history import FiatPaymentHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["fiatPaymentsHistory"]


def _arguments(
    transaction_type: int,
    *,
    begin_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    rows: int | None = None,
) -> dict[str, object]:
    return {
        "transaction_type": transaction_type,
        "begin_time": begin_time,
        "end_time": end_time,
        "page": page,
        "rows": rows,
    }


def _parse_response(response: httpx.Response) -> FiatPaymentHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> FiatPaymentHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = FiatPaymentHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[FiatPaymentHistory]:
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
    transaction_type: int,
    begin_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FiatPaymentHistory]:
    """Fiat payments history.

    Lists the account's purchases of crypto with fiat, or sales of crypto for fiat. Without a
    window, the last 30 days come back.

    GET /sapi/v1/fiat/payments · security USER_DATA · weight 1


    Args:
        transaction_type: 0 for purchases (buy), 1 for sales (sell). Required.
        begin_time: Start of the window, UTC milliseconds. Without a window, the last 30 days.
        end_time: End of the window, UTC milliseconds.
        page: Page number, counted from 1. Defaults to 1.
        rows: Rows per page. Defaults to 100; at most 500.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    transaction_type: int,
    begin_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FiatPaymentHistory:
    """Fiat payments history.

    Lists the account's purchases of crypto with fiat, or sales of crypto for fiat. Without a
    window, the last 30 days come back.

    GET /sapi/v1/fiat/payments · security USER_DATA · weight 1


    Args:
        transaction_type: 0 for purchases (buy), 1 for sales (sell). Required.
        begin_time: Start of the window, UTC milliseconds. Without a window, the last 30 days.
        end_time: End of the window, UTC milliseconds.
        page: Page number, counted from 1. Defaults to 1.
        rows: Rows per page. Defaults to 100; at most 500.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FiatPaymentHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                transaction_type=transaction_type,
                begin_time=begin_time,
                end_time=end_time,
                page=page,
                rows=rows,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    transaction_type: int,
    begin_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FiatPaymentHistory]:
    """Fiat payments history.

    Lists the account's purchases of crypto with fiat, or sales of crypto for fiat. Without a
    window, the last 30 days come back.

    GET /sapi/v1/fiat/payments · security USER_DATA · weight 1


    Args:
        transaction_type: 0 for purchases (buy), 1 for sales (sell). Required.
        begin_time: Start of the window, UTC milliseconds. Without a window, the last 30 days.
        end_time: End of the window, UTC milliseconds.
        page: Page number, counted from 1. Defaults to 1.
        rows: Rows per page. Defaults to 100; at most 500.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    transaction_type: int,
    begin_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FiatPaymentHistory:
    """Fiat payments history.

    Lists the account's purchases of crypto with fiat, or sales of crypto for fiat. Without a
    window, the last 30 days come back.

    GET /sapi/v1/fiat/payments · security USER_DATA · weight 1


    Args:
        transaction_type: 0 for purchases (buy), 1 for sales (sell). Required.
        begin_time: Start of the window, UTC milliseconds. Without a window, the last 30 days.
        end_time: End of the window, UTC milliseconds.
        page: Page number, counted from 1. Defaults to 1.
        rows: Rows per page. Defaults to 100; at most 500.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FiatPaymentHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                transaction_type=transaction_type,
                begin_time=begin_time,
                end_time=end_time,
                page=page,
                rows=rows,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
