"""Index-linked redemption history: GET /sapi/v1/lending/auto-invest/redeem/history (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_redemption_record import AutoInvestRedemptionRecord
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["indexLinkedPlanRedemptionHistory"]


def _arguments(
    request_id: int,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "request_id": request_id,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "asset": asset,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> list[AutoInvestRedemptionRecord]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[AutoInvestRedemptionRecord]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [AutoInvestRedemptionRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[AutoInvestRedemptionRecord]]:
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
    request_id: int,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[AutoInvestRedemptionRecord]]:
    """Index-linked redemption history.

    Lists what redemptions of index-linked plans sold. The window spans at most 30 days; without
    `startTime` and `endTime` the last 30 days are returned.

    GET /sapi/v1/lending/auto-invest/redeem/history · security USER_DATA · weight 1


    Args:
        request_id: Redemption request to show. Required.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        asset: Only sales of this asset.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            request_id=request_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            asset=asset,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    request_id: int,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[AutoInvestRedemptionRecord]:
    """Index-linked redemption history.

    Lists what redemptions of index-linked plans sold. The window spans at most 30 days; without
    `startTime` and `endTime` the last 30 days are returned.

    GET /sapi/v1/lending/auto-invest/redeem/history · security USER_DATA · weight 1


    Args:
        request_id: Redemption request to show. Required.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        asset: Only sales of this asset.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AutoInvestRedemptionRecord]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                request_id=request_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                asset=asset,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    request_id: int,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[AutoInvestRedemptionRecord]]:
    """Index-linked redemption history.

    Lists what redemptions of index-linked plans sold. The window spans at most 30 days; without
    `startTime` and `endTime` the last 30 days are returned.

    GET /sapi/v1/lending/auto-invest/redeem/history · security USER_DATA · weight 1


    Args:
        request_id: Redemption request to show. Required.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        asset: Only sales of this asset.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            request_id=request_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            asset=asset,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    request_id: int,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    asset: str | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[AutoInvestRedemptionRecord]:
    """Index-linked redemption history.

    Lists what redemptions of index-linked plans sold. The window spans at most 30 days; without
    `startTime` and `endTime` the last 30 days are returned.

    GET /sapi/v1/lending/auto-invest/redeem/history · security USER_DATA · weight 1


    Args:
        request_id: Redemption request to show. Required.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        asset: Only sales of this asset.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AutoInvestRedemptionRecord]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                request_id=request_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                asset=asset,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
