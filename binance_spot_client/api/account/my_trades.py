"""Account trade list: GET /api/v3/myTrades (USER_DATA, weight 20).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.account_trade import AccountTrade
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["myTrades"]


def _arguments(
    symbol: str,
    *,
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "start_time": start_time,
        "end_time": end_time,
        "from_id": from_id,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[AccountTrade]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[AccountTrade]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [AccountTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[AccountTrade]]:
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
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[AccountTrade]]:
    """Account trade list.

    Lists the account's own trades on a symbol. Without `fromId` the most recent trades come back;
    with it, trades whose id is at least `fromId`. Accepted combinations besides `symbol`: nothing
    else, `orderId`, `startTime`, `endTime`, `fromId`, `startTime` + `endTime`, or `orderId` +
    `fromId`. A time window may span at most 24 hours.

    GET /api/v3/myTrades · security USER_DATA · weight 20


    Args:
        symbol: The symbol whose trades are listed. Required.
        order_id: Only trades of this order (exchange-assigned id). May be combined with `fromId` but not
            with a time window; lowers the weight to 5.
        start_time: Earliest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours before
            `endTime`.
        end_time: Latest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours after
            `startTime`.
        from_id: Trade id to start from (inclusive). Without it the most recent trades are returned.
        limit: How many trades to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
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
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[AccountTrade]:
    """Account trade list.

    Lists the account's own trades on a symbol. Without `fromId` the most recent trades come back;
    with it, trades whose id is at least `fromId`. Accepted combinations besides `symbol`: nothing
    else, `orderId`, `startTime`, `endTime`, `fromId`, `startTime` + `endTime`, or `orderId` +
    `fromId`. A time window may span at most 24 hours.

    GET /api/v3/myTrades · security USER_DATA · weight 20


    Args:
        symbol: The symbol whose trades are listed. Required.
        order_id: Only trades of this order (exchange-assigned id). May be combined with `fromId` but not
            with a time window; lowers the weight to 5.
        start_time: Earliest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours before
            `endTime`.
        end_time: Latest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours after
            `startTime`.
        from_id: Trade id to start from (inclusive). Without it the most recent trades are returned.
        limit: How many trades to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AccountTrade]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
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
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[AccountTrade]]:
    """Account trade list.

    Lists the account's own trades on a symbol. Without `fromId` the most recent trades come back;
    with it, trades whose id is at least `fromId`. Accepted combinations besides `symbol`: nothing
    else, `orderId`, `startTime`, `endTime`, `fromId`, `startTime` + `endTime`, or `orderId` +
    `fromId`. A time window may span at most 24 hours.

    GET /api/v3/myTrades · security USER_DATA · weight 20


    Args:
        symbol: The symbol whose trades are listed. Required.
        order_id: Only trades of this order (exchange-assigned id). May be combined with `fromId` but not
            with a time window; lowers the weight to 5.
        start_time: Earliest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours before
            `endTime`.
        end_time: Latest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours after
            `startTime`.
        from_id: Trade id to start from (inclusive). Without it the most recent trades are returned.
        limit: How many trades to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
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
    order_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[AccountTrade]:
    """Account trade list.

    Lists the account's own trades on a symbol. Without `fromId` the most recent trades come back;
    with it, trades whose id is at least `fromId`. Accepted combinations besides `symbol`: nothing
    else, `orderId`, `startTime`, `endTime`, `fromId`, `startTime` + `endTime`, or `orderId` +
    `fromId`. A time window may span at most 24 hours.

    GET /api/v3/myTrades · security USER_DATA · weight 20


    Args:
        symbol: The symbol whose trades are listed. Required.
        order_id: Only trades of this order (exchange-assigned id). May be combined with `fromId` but not
            with a time window; lowers the weight to 5.
        start_time: Earliest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours before
            `endTime`.
        end_time: Latest trade time, in milliseconds since the Unix epoch (UTC). At most 24 hours after
            `startTime`.
        from_id: Trade id to start from (inclusive). Without it the most recent trades are returned.
        limit: How many trades to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AccountTrade]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
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
