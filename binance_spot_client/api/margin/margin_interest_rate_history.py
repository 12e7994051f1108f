"""Interest rate history: GET /sapi/v1/margin/interestRateHistory (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_interest_rate import MarginInterestRate
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginInterestRateHistory"]


def _arguments(
    asset: str,
    *,
    vip_level: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "vip_level": vip_level,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse_response(response: httpx.Response) -> list[MarginInterestRate]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginInterestRate]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginInterestRate.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginInterestRate]]:
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
    vip_level: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginInterestRate]]:
    """Interest rate history.

    Lists the daily interest rates of an asset over time. The range between `startTime` and
    `endTime` is at most 30 days.

    GET /sapi/v1/margin/interestRateHistory · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`. Required.
        vip_level: VIP level whose rates to show; defaults to the account's own level.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            vip_level=vip_level,
            start_time=start_time,
            end_time=end_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str,
    vip_level: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginInterestRate]:
    """Interest rate history.

    Lists the daily interest rates of an asset over time. The range between `startTime` and
    `endTime` is at most 30 days.

    GET /sapi/v1/margin/interestRateHistory · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`. Required.
        vip_level: VIP level whose rates to show; defaults to the account's own level.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginInterestRate]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                vip_level=vip_level,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    vip_level: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginInterestRate]]:
    """Interest rate history.

    Lists the daily interest rates of an asset over time. The range between `startTime` and
    `endTime` is at most 30 days.

    GET /sapi/v1/margin/interestRateHistory · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`. Required.
        vip_level: VIP level whose rates to show; defaults to the account's own level.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            vip_level=vip_level,
            start_time=start_time,
            end_time=end_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    vip_level: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginInterestRate]:
    """Interest rate history.

    Lists the daily interest rates of an asset over time. The range between `startTime` and
    `endTime` is at most 30 days.

    GET /sapi/v1/margin/interestRateHistory · security USER_DATA · weight 1


    Args:
        asset: Asset code, for example `BTC`. Required.
        vip_level: VIP level whose rates to show; defaults to the account's own level.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginInterestRate]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                vip_level=vip_level,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
