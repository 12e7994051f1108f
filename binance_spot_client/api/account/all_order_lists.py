"""All order lists: GET /api/v3/allOrderList (USER_DATA, weight 20).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.order_list import OrderList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["allOrderLists"]


def _arguments(
    *,
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "from_id": from_id,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[OrderList]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[OrderList]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [OrderList.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[OrderList]]:
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
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[OrderList]]:
    """All order lists.

    Lists the account's order lists whatever their state, either starting from an order list id
    (`fromId`) or within a time window of at most 24 hours (`startTime`/`endTime`); the two ways
    cannot be combined.

    GET /api/v3/allOrderList · security USER_DATA · weight 20


    Args:
        from_id: Return order lists whose id is greater than or equal to this one. Cannot be sent
            together with `startTime` or `endTime`.
        start_time: Earliest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            before `endTime`; not allowed with `fromId`.
        end_time: Latest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            after `startTime`; not allowed with `fromId`.
        limit: How many order lists to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
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
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[OrderList]:
    """All order lists.

    Lists the account's order lists whatever their state, either starting from an order list id
    (`fromId`) or within a time window of at most 24 hours (`startTime`/`endTime`); the two ways
    cannot be combined.

    GET /api/v3/allOrderList · security USER_DATA · weight 20


    Args:
        from_id: Return order lists whose id is greater than or equal to this one. Cannot be sent
            together with `startTime` or `endTime`.
        start_time: Earliest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            before `endTime`; not allowed with `fromId`.
        end_time: Latest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            after `startTime`; not allowed with `fromId`.
        limit: How many order lists to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[OrderList]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
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
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[OrderList]]:
    """All order lists.

    Lists the account's order lists whatever their state, either starting from an order list id
    (`fromId`) or within a time window of at most 24 hours (`startTime`/`endTime`); the two ways
    cannot be combined.

    GET /api/v3/allOrderList · security USER_DATA · weight 20


    Args:
        from_id: Return order lists whose id is greater than or equal to this one. Cannot be sent
            together with `startTime` or `endTime`.
        start_time: Earliest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            before `endTime`; not allowed with `fromId`.
        end_time: Latest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            after `startTime`; not allowed with `fromId`.
        limit: How many order lists to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
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
    from_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[OrderList]:
    """All order lists.

    Lists the account's order lists whatever their state, either starting from an order list id
    (`fromId`) or within a time window of at most 24 hours (`startTime`/`endTime`); the two ways
    cannot be combined.

    GET /api/v3/allOrderList · security USER_DATA · weight 20


    Args:
        from_id: Return order lists whose id is greater than or equal to this one. Cannot be sent
            together with `startTime` or `endTime`.
        start_time: Earliest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            before `endTime`; not allowed with `fromId`.
        end_time: Latest transaction time, in milliseconds since the Unix epoch (UTC). At most 24 hours
            after `startTime`; not allowed with `fromId`.
        limit: How many order lists to return. Default 500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[OrderList]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
