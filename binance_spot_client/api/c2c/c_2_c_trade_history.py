"""C2C trade history: GET /sapi/v1/c2c/orderMatch/listUserOrderHistory (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.c2c_trade_history import C2CTradeHistory
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["c2cTradeHistory"]


def _arguments(
    *,
    trade_type: OrderSide | str | None = None,
    start_timestamp: int | None = None,
    end_timestamp: int | None = None,
    page: int | None = None,
    rows: int | None = None,
) -> dict[str, object]:
    return {
        "trade_type": trade_type,
        "start_timestamp": start_timestamp,
        "end_timestamp": end_timestamp,
        "page": page,
        "rows": rows,
    }


def _parse_response(response: httpx.Response) -> C2CTradeHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> C2CTradeHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = C2CTradeHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[C2CTradeHistory]:
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
    trade_type: OrderSide | str | None = None,
    start_timestamp: int | None = None,
    end_timestamp: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[C2CTradeHistory]:
    """C2C trade history.

    Lists the account's peer-to-peer (P2P/C2C) trades. The window is at most 30 days; without one,
    the last 30 days come back.

    GET /sapi/v1/c2c/orderMatch/listUserOrderHistory · security USER_DATA · weight 1


    Args:
        trade_type: Only purchases (`BUY`) or only sales (`SELL`).
        start_timestamp: Start of the window, UTC milliseconds.
        end_timestamp: End of the window, UTC milliseconds; at most 30 days after the start.
        page: Page number, counted from 1. Defaults to 1.
        rows: Rows per page. Defaults to 100; at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            trade_type=trade_type,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
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
    trade_type: OrderSide | str | None = None,
    start_timestamp: int | None = None,
    end_timestamp: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> C2CTradeHistory:
    """C2C trade history.

    Lists the account's peer-to-peer (P2P/C2C) trades. The window is at most 30 days; without one,
    the last 30 days come back.

    GET /sapi/v1/c2c/orderMatch/listUserOrderHistory · security USER_DATA · weight 1


    Args:
        trade_type: Only purchases (`BUY`) or only sales (`SELL`).
        start_timestamp: Start of the window, UTC milliseconds.
        end_timestamp: End of the window, UTC milliseconds; at most 30 days after the start.
        page: Page number, counted from 1. Defaults to 1.
        rows: Rows per page. Defaults to 100; at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        C2CTradeHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                trade_type=trade_type,
                start_timestamp=start_timestamp,
                end_timestamp=end_timestamp,
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
    trade_type: OrderSide | str | None = None,
    start_timestamp: int | None = None,
    end_timestamp: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[C2CTradeHistory]:
    """C2C trade history.

    Lists the account's peer-to-peer (P2P/C2C) trades. The window is at most 30 days; without one,
    the last 30 days come back.

    GET /sapi/v1/c2c/orderMatch/listUserOrderHistory · security USER_DATA · weight 1


    Args:
        trade_type: Only purchases (`BUY`) or only sales (`SELL`).
        start_timestamp: Start of the window, UTC milliseconds.
        end_timestamp: End of the window, UTC milliseconds; at most 30 days after the start.
        page: Page number, counted from 1. Defaults to 1.
        rows: Rows per page. Defaults to 100; at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            trade_type=trade_type,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
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
    trade_type: OrderSide | str | None = None,
    start_timestamp: int | None = None,
    end_timestamp: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> C2CTradeHistory:
    """C2C trade history.

    Lists the account's peer-to-peer (P2P/C2C) trades. The window is at most 30 days; without one,
    the last 30 days come back.

    GET /sapi/v1/c2c/orderMatch/listUserOrderHistory · security USER_DATA · weight 1


    Args:
        trade_type: Only purchases (`BUY`) or only sales (`SELL`).
        start_timestamp: Start of the window, UTC milliseconds.
        end_timestamp: End of the window, UTC milliseconds; at most 30 days after the start.
        page: Page number, counted from 1. Defaults to 1.
        rows: Rows per page. Defaults to 100; at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        C2CTradeHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                trade_type=trade_type,
                start_timestamp=start_timestamp,
                end_timestamp=end_timestamp,
                page=page,
                rows=rows,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
