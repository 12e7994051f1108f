"""Asset dividend record: GET /sapi/v1/asset/assetDividend (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_dividend_records import WalletDividendRecords
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["assetDividendRecord"]


def _arguments(
    *,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> WalletDividendRecords:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletDividendRecords:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletDividendRecords.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletDividendRecords]:
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
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDividendRecords]:
    """Asset dividend record.

    Lists distributions credited to the account (airdrops, dividends, rewards). `startTime` and
    `endTime` can be at most 180 days apart.

    GET /sapi/v1/asset/assetDividend · security USER_DATA · weight 10


    Args:
        asset: Only distributions of this asset.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        limit: Number of records returned. Defaults to 20; at most 500.
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
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDividendRecords:
    """Asset dividend record.

    Lists distributions credited to the account (airdrops, dividends, rewards). `startTime` and
    `endTime` can be at most 180 days apart.

    GET /sapi/v1/asset/assetDividend · security USER_DATA · weight 10


    Args:
        asset: Only distributions of this asset.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        limit: Number of records returned. Defaults to 20; at most 500.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDividendRecords
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
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
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDividendRecords]:
    """Asset dividend record.

    Lists distributions credited to the account (airdrops, dividends, rewards). `startTime` and
    `endTime` can be at most 180 days apart.

    GET /sapi/v1/asset/assetDividend · security USER_DATA · weight 10


    Args:
        asset: Only distributions of this asset.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        limit: Number of records returned. Defaults to 20; at most 500.
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
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDividendRecords:
    """Asset dividend record.

    Lists distributions credited to the account (airdrops, dividends, rewards). `startTime` and
    `endTime` can be at most 180 days apart.

    GET /sapi/v1/asset/assetDividend · security USER_DATA · weight 10


    Args:
        asset: Only distributions of this asset.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        limit: Number of records returned. Defaults to 20; at most 500.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDividendRecords
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
