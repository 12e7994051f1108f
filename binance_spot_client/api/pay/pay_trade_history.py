"""Pay trade history: GET /sapi/v1/pay/transactions (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.pay_trade_history import PayTradeHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["payTradeHistory"]


def _arguments(
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> PayTradeHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> PayTradeHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = PayTradeHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[PayTradeHistory]:
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
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PayTradeHistory]:
    """Pay trade history.

    Lists the account's Binance Pay transactions: merchant payments, transfers between users, crypto
    boxes, payouts and their refunds. The window is at most 90 days (the last 90 days by default)
    and only the last 18 months can be queried.

    GET /sapi/v1/pay/transactions · security USER_DATA · weight 3000


    Args:
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
        limit: Number of transactions returned. Defaults to 100; at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PayTradeHistory:
    """Pay trade history.

    Lists the account's Binance Pay transactions: merchant payments, transfers between users, crypto
    boxes, payouts and their refunds. The window is at most 90 days (the last 90 days by default)
    and only the last 18 months can be queried.

    GET /sapi/v1/pay/transactions · security USER_DATA · weight 3000


    Args:
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
        limit: Number of transactions returned. Defaults to 100; at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PayTradeHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PayTradeHistory]:
    """Pay trade history.

    Lists the account's Binance Pay transactions: merchant payments, transfers between users, crypto
    boxes, payouts and their refunds. The window is at most 90 days (the last 90 days by default)
    and only the last 18 months can be queried.

    GET /sapi/v1/pay/transactions · security USER_DATA · weight 3000


    Args:
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
        limit: Number of transactions returned. Defaults to 100; at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PayTradeHistory:
    """Pay trade history.

    Lists the account's Binance Pay transactions: merchant payments, transfers between users, crypto
    boxes, payouts and their refunds. The window is at most 90 days (the last 90 days by default)
    and only the last 18 months can be queried.

    GET /sapi/v1/pay/transactions · security USER_DATA · weight 3000


    Args:
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
        limit: Number of transactions returned. Defaults to 100; at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PayTradeHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
