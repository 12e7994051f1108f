"""History of spot–futures transfers: GET /sapi/v1/futures/transfer (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.futures_transfer_history import FuturesTransferHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["futuresTransferHistory"]


def _arguments(
    asset: str,
    start_time: int,
    *,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> FuturesTransferHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> FuturesTransferHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = FuturesTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[FuturesTransferHistory]:
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
    start_time: int,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FuturesTransferHistory]:
    """History of spot–futures transfers.

    Lists the caller's transfers of one asset between the spot wallet and the futures wallets, one
    page at a time (`current`, `size`). Retired; the wallet's universal transfer history (`GET
    /sapi/v1/asset/transfer`) covers these moves.

    GET /sapi/v1/futures/transfer · security USER_DATA · weight 10

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset whose transfers are listed. Required.
        start_time: Earliest transfer time to include, UTC milliseconds. Required.
        end_time: Latest transfer time to include, UTC milliseconds.
        current: Page number, starting at 1 (default 1).
        size: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
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
    asset: str,
    start_time: int,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FuturesTransferHistory:
    """History of spot–futures transfers.

    Lists the caller's transfers of one asset between the spot wallet and the futures wallets, one
    page at a time (`current`, `size`). Retired; the wallet's universal transfer history (`GET
    /sapi/v1/asset/transfer`) covers these moves.

    GET /sapi/v1/futures/transfer · security USER_DATA · weight 10

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset whose transfers are listed. Required.
        start_time: Earliest transfer time to include, UTC milliseconds. Required.
        end_time: Latest transfer time to include, UTC milliseconds.
        current: Page number, starting at 1 (default 1).
        size: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FuturesTransferHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
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
    asset: str,
    start_time: int,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FuturesTransferHistory]:
    """History of spot–futures transfers.

    Lists the caller's transfers of one asset between the spot wallet and the futures wallets, one
    page at a time (`current`, `size`). Retired; the wallet's universal transfer history (`GET
    /sapi/v1/asset/transfer`) covers these moves.

    GET /sapi/v1/futures/transfer · security USER_DATA · weight 10

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset whose transfers are listed. Required.
        start_time: Earliest transfer time to include, UTC milliseconds. Required.
        end_time: Latest transfer time to include, UTC milliseconds.
        current: Page number, starting at 1 (default 1).
        size: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
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
    asset: str,
    start_time: int,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FuturesTransferHistory:
    """History of spot–futures transfers.

    Lists the caller's transfers of one asset between the spot wallet and the futures wallets, one
    page at a time (`current`, `size`). Retired; the wallet's universal transfer history (`GET
    /sapi/v1/asset/transfer`) covers these moves.

    GET /sapi/v1/futures/transfer · security USER_DATA · weight 10

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset whose transfers are listed. Required.
        start_time: Earliest transfer time to include, UTC milliseconds. Required.
        end_time: Latest transfer time to include, UTC milliseconds.
        current: Page number, starting at 1 (default 1).
        size: Rows per page (default 10, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FuturesTransferHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
