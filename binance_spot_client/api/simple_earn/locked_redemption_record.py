"""Locked redemption history: GET /sapi/v1/simple-earn/locked/history/redemptionRecord (USER_DATA, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_locked_redemption_record_page import SimpleEarnLockedRedemptionRecordPage
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["lockedRedemptionRecord"]


def _arguments(
    *,
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "redeem_id": redeem_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnLockedRedemptionRecordPage:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnLockedRedemptionRecordPage:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnLockedRedemptionRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnLockedRedemptionRecordPage]:
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
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnLockedRedemptionRecordPage]:
    """Locked redemption history.

    Lists the account's redemptions of locked positions, at maturity or early. The window spans at
    most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with only
    `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

    GET /sapi/v1/simple-earn/locked/history/redemptionRecord · security USER_DATA · weight 150


    Args:
        position_id: Only redemptions of this position.
        redeem_id: Only this redemption.
        asset: Only redemptions of this asset.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            redeem_id=redeem_id,
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
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnLockedRedemptionRecordPage:
    """Locked redemption history.

    Lists the account's redemptions of locked positions, at maturity or early. The window spans at
    most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with only
    `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

    GET /sapi/v1/simple-earn/locked/history/redemptionRecord · security USER_DATA · weight 150


    Args:
        position_id: Only redemptions of this position.
        redeem_id: Only this redemption.
        asset: Only redemptions of this asset.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnLockedRedemptionRecordPage
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                redeem_id=redeem_id,
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
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnLockedRedemptionRecordPage]:
    """Locked redemption history.

    Lists the account's redemptions of locked positions, at maturity or early. The window spans at
    most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with only
    `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

    GET /sapi/v1/simple-earn/locked/history/redemptionRecord · security USER_DATA · weight 150


    Args:
        position_id: Only redemptions of this position.
        redeem_id: Only this redemption.
        asset: Only redemptions of this asset.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            redeem_id=redeem_id,
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
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnLockedRedemptionRecordPage:
    """Locked redemption history.

    Lists the account's redemptions of locked positions, at maturity or early. The window spans at
    most 3 months. Without `startTime` and `endTime` the last 30 days are returned; with only
    `startTime`, the 30 days from it; with only `endTime`, the 30 days up to it.

    GET /sapi/v1/simple-earn/locked/history/redemptionRecord · security USER_DATA · weight 150


    Args:
        position_id: Only redemptions of this position.
        redeem_id: Only this redemption.
        asset: Only redemptions of this asset.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnLockedRedemptionRecordPage
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                redeem_id=redeem_id,
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
