"""Forced liquidation record: GET /sapi/v1/margin/forceLiquidationRec (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_force_liquidations import MarginForceLiquidations
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginForceLiquidationRecord"]


def _arguments(
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "isolated_symbol": isolated_symbol,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> MarginForceLiquidations:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginForceLiquidations:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginForceLiquidations.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginForceLiquidations]:
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
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginForceLiquidations]:
    """Forced liquidation record.

    Lists the orders the exchange placed to liquidate the account, newest first.

    GET /sapi/v1/margin/forceLiquidationRec · security USER_DATA · weight 1


    Args:
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
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
            isolated_symbol=isolated_symbol,
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
    start_time: int | None = None,
    end_time: int | None = None,
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginForceLiquidations:
    """Forced liquidation record.

    Lists the orders the exchange placed to liquidate the account, newest first.

    GET /sapi/v1/margin/forceLiquidationRec · security USER_DATA · weight 1


    Args:
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginForceLiquidations
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                isolated_symbol=isolated_symbol,
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
    start_time: int | None = None,
    end_time: int | None = None,
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginForceLiquidations]:
    """Forced liquidation record.

    Lists the orders the exchange placed to liquidate the account, newest first.

    GET /sapi/v1/margin/forceLiquidationRec · security USER_DATA · weight 1


    Args:
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
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
            isolated_symbol=isolated_symbol,
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
    start_time: int | None = None,
    end_time: int | None = None,
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginForceLiquidations:
    """Forced liquidation record.

    Lists the orders the exchange placed to liquidate the account, newest first.

    GET /sapi/v1/margin/forceLiquidationRec · security USER_DATA · weight 1


    Args:
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginForceLiquidations
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                start_time=start_time,
                end_time=end_time,
                isolated_symbol=isolated_symbol,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
