"""Margin trades: GET /sapi/v1/margin/myTrades (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_trade import MarginTrade
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginMyTrades"]


def _arguments(
    symbol: str,
    *,
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "order_id": order_id,
        "start_time": start_time,
        "end_time": end_time,
        "from_id": from_id,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[MarginTrade]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginTrade]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginTrade]]:
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
    symbol: str,
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginTrade]]:
    """Margin trades.

    Lists the account's trades on a pair. With `fromId` the trades from that id on are returned;
    otherwise the most recent ones (within 24 hours). `startTime` and `endTime` may be at most 24
    hours apart.

    GET /sapi/v1/margin/myTrades · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_id: Only the trades of this order.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        from_id: Return trades from this trade id on.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginTrade]:
    """Margin trades.

    Lists the account's trades on a pair. With `fromId` the trades from that id on are returned;
    otherwise the most recent ones (within 24 hours). `startTime` and `endTime` may be at most 24
    hours apart.

    GET /sapi/v1/margin/myTrades · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_id: Only the trades of this order.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        from_id: Return trades from this trade id on.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginTrade]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginTrade]]:
    """Margin trades.

    Lists the account's trades on a pair. With `fromId` the trades from that id on are returned;
    otherwise the most recent ones (within 24 hours). `startTime` and `endTime` may be at most 24
    hours apart.

    GET /sapi/v1/margin/myTrades · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_id: Only the trades of this order.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        from_id: Return trades from this trade id on.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginTrade]:
    """Margin trades.

    Lists the account's trades on a pair. With `fromId` the trades from that id on are returned;
    otherwise the most recent ones (within 24 hours). `startTime` and `endTime` may be at most 24
    hours apart.

    GET /sapi/v1/margin/myTrades · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_id: Only the trades of this order.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        from_id: Return trades from this trade id on.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginTrade]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
