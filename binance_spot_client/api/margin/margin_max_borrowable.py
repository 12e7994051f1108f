"""Maximum borrowable amount: GET /sapi/v1/margin/maxBorrowable (USER_DATA, weight 750).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_max_borrowable import MarginMaxBorrowable
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginMaxBorrowable"]


def _arguments(
    asset: str,
    *,
    isolated_symbol: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "isolated_symbol": isolated_symbol,
    }


def _parse_response(response: httpx.Response) -> MarginMaxBorrowable:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginMaxBorrowable:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginMaxBorrowable.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginMaxBorrowable]:
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
    asset: str,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginMaxBorrowable]:
    """Maximum borrowable amount.

    Tells how much of an asset the cross margin account (or the isolated account of
    `isolatedSymbol`) can still borrow, and the ceiling set by the account's level.

    GET /sapi/v1/margin/maxBorrowable · security USER_DATA · weight 750


    Args:
        asset: Asset code, for example `BTC`. Required.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
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
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginMaxBorrowable:
    """Maximum borrowable amount.

    Tells how much of an asset the cross margin account (or the isolated account of
    `isolatedSymbol`) can still borrow, and the ceiling set by the account's level.

    GET /sapi/v1/margin/maxBorrowable · security USER_DATA · weight 750


    Args:
        asset: Asset code, for example `BTC`. Required.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginMaxBorrowable
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginMaxBorrowable]:
    """Maximum borrowable amount.

    Tells how much of an asset the cross margin account (or the isolated account of
    `isolatedSymbol`) can still borrow, and the ceiling set by the account's level.

    GET /sapi/v1/margin/maxBorrowable · security USER_DATA · weight 750


    Args:
        asset: Asset code, for example `BTC`. Required.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
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
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginMaxBorrowable:
    """Maximum borrowable amount.

    Tells how much of an asset the cross margin account (or the isolated account of
    `isolatedSymbol`) can still borrow, and the ceiling set by the account's level.

    GET /sapi/v1/margin/maxBorrowable · security USER_DATA · weight 750


    Args:
        asset: Asset code, for example `BTC`. Required.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginMaxBorrowable
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
