"""All margin order lists: GET /sapi/v1/margin/allOrderList (USER_DATA, weight 200).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_order_list import MarginOrderList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginAllOrderLists"]


def _arguments(
    *,
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "is_isolated": is_isolated,
        "symbol": symbol,
        "from_id": from_id,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[MarginOrderList]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginOrderList]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginOrderList.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginOrderList]]:
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginOrderList]]:
    """All margin order lists.

    Lists the margin order lists, open or not. `fromId` cannot be combined with `startTime` or
    `endTime`.

    GET /sapi/v1/margin/allOrderList · security USER_DATA · weight 200


    Args:
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        symbol: Isolated margin pair; required for isolated margin, not accepted for cross margin.
        from_id: Return lists from this order list id on.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
            from_id=from_id,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginOrderList]:
    """All margin order lists.

    Lists the margin order lists, open or not. `fromId` cannot be combined with `startTime` or
    `endTime`.

    GET /sapi/v1/margin/allOrderList · security USER_DATA · weight 200


    Args:
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        symbol: Isolated margin pair; required for isolated margin, not accepted for cross margin.
        from_id: Return lists from this order list id on.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginOrderList]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                is_isolated=is_isolated,
                symbol=symbol,
                from_id=from_id,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginOrderList]]:
    """All margin order lists.

    Lists the margin order lists, open or not. `fromId` cannot be combined with `startTime` or
    `endTime`.

    GET /sapi/v1/margin/allOrderList · security USER_DATA · weight 200


    Args:
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        symbol: Isolated margin pair; required for isolated margin, not accepted for cross margin.
        from_id: Return lists from this order list id on.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
            from_id=from_id,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    symbol: str | None = None,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginOrderList]:
    """All margin order lists.

    Lists the margin order lists, open or not. `fromId` cannot be combined with `startTime` or
    `endTime`.

    GET /sapi/v1/margin/allOrderList · security USER_DATA · weight 200


    Args:
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        symbol: Isolated margin pair; required for isolated margin, not accepted for cross margin.
        from_id: Return lists from this order list id on.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginOrderList]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                is_isolated=is_isolated,
                symbol=symbol,
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
