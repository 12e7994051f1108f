"""Interest history: GET /sapi/v1/margin/interestHistory (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_interest_history import MarginInterestHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginInterestHistory"]


def _arguments(
    *,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "isolated_symbol": isolated_symbol,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
        "archived": archived,
    }


def _parse_response(response: httpx.Response) -> MarginInterestHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginInterestHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginInterestHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginInterestHistory]:
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
    isolated_symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginInterestHistory]:
    """Interest history.

    Lists the interest charged on margin loans, newest first; cross margin unless `isolatedSymbol`
    is sent. Set `archived=true` for records older than 6 months.

    GET /sapi/v1/margin/interestHistory · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        archived: `true` to search the archive (records older than 6 months); default `false`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            archived=archived,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginInterestHistory:
    """Interest history.

    Lists the interest charged on margin loans, newest first; cross margin unless `isolatedSymbol`
    is sent. Set `archived=true` for records older than 6 months.

    GET /sapi/v1/margin/interestHistory · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        archived: `true` to search the archive (records older than 6 months); default `false`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginInterestHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                archived=archived,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginInterestHistory]:
    """Interest history.

    Lists the interest charged on margin loans, newest first; cross margin unless `isolatedSymbol`
    is sent. Set `archived=true` for records older than 6 months.

    GET /sapi/v1/margin/interestHistory · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        archived: `true` to search the archive (records older than 6 months); default `false`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            archived=archived,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginInterestHistory:
    """Interest history.

    Lists the interest charged on margin loans, newest first; cross margin unless `isolatedSymbol`
    is sent. Set `archived=true` for records older than 6 months.

    GET /sapi/v1/margin/interestHistory · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        archived: `true` to search the archive (records older than 6 months); default `false`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginInterestHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                archived=archived,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
