"""Margin transfer history: GET /sapi/v1/margin/transfer (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_transfer_direction import MarginTransferDirection
from ...models.margin_transfer_history import MarginTransferHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginTransferHistory"]


def _arguments(
    *,
    asset: str | None = None,
    type_: MarginTransferDirection | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "type_": type_,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
        "isolated_symbol": isolated_symbol,
    }


def _parse_response(response: httpx.Response) -> MarginTransferHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginTransferHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginTransferHistory]:
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
    asset: str | None = None,
    type_: MarginTransferDirection | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginTransferHistory]:
    """Margin transfer history.

    Lists transfers into and out of the margin accounts, newest first. By default the last 7 days
    are returned and records older than 6 months are not available.

    GET /sapi/v1/margin/transfer · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`.
        type_: Only transfers in (`ROLL_IN`) or out (`ROLL_OUT`).
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        isolated_symbol: Isolated margin pair whose transfers to list; leave it out for cross margin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            isolated_symbol=isolated_symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    type_: MarginTransferDirection | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginTransferHistory:
    """Margin transfer history.

    Lists transfers into and out of the margin accounts, newest first. By default the last 7 days
    are returned and records older than 6 months are not available.

    GET /sapi/v1/margin/transfer · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`.
        type_: Only transfers in (`ROLL_IN`) or out (`ROLL_OUT`).
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        isolated_symbol: Isolated margin pair whose transfers to list; leave it out for cross margin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginTransferHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                isolated_symbol=isolated_symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type_: MarginTransferDirection | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginTransferHistory]:
    """Margin transfer history.

    Lists transfers into and out of the margin accounts, newest first. By default the last 7 days
    are returned and records older than 6 months are not available.

    GET /sapi/v1/margin/transfer · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`.
        type_: Only transfers in (`ROLL_IN`) or out (`ROLL_OUT`).
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        isolated_symbol: Isolated margin pair whose transfers to list; leave it out for cross margin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            isolated_symbol=isolated_symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type_: MarginTransferDirection | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginTransferHistory:
    """Margin transfer history.

    Lists transfers into and out of the margin accounts, newest first. By default the last 7 days
    are returned and records older than 6 months are not available.

    GET /sapi/v1/margin/transfer · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`.
        type_: Only transfers in (`ROLL_IN`) or out (`ROLL_OUT`).
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        isolated_symbol: Isolated margin pair whose transfers to list; leave it out for cross margin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginTransferHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                isolated_symbol=isolated_symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
