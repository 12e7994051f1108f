"""Small liability exchange history: GET /sapi/v1/margin/exchange-small-liability-history (USER_DATA, weight 100).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_small_liability_exchange_history import MarginSmallLiabilityExchangeHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginSmallLiabilityExchangeHistory"]


def _arguments(
    current: int,
    size: int,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
) -> dict[str, object]:
    return {
        "current": current,
        "size": size,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse_response(response: httpx.Response) -> MarginSmallLiabilityExchangeHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginSmallLiabilityExchangeHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginSmallLiabilityExchangeHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginSmallLiabilityExchangeHistory]:
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
    current: int,
    size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginSmallLiabilityExchangeHistory]:
    """Small liability exchange history.

    Lists past small liability exchanges, page by page.

    GET /sapi/v1/margin/exchange-small-liability-history · security USER_DATA · weight 100


    Args:
        current: Page number, counted from 1. Required.
        size: Records per page, at most 100. Required.
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
            current=current,
            size=size,
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
    current: int,
    size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginSmallLiabilityExchangeHistory:
    """Small liability exchange history.

    Lists past small liability exchanges, page by page.

    GET /sapi/v1/margin/exchange-small-liability-history · security USER_DATA · weight 100


    Args:
        current: Page number, counted from 1. Required.
        size: Records per page, at most 100. Required.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginSmallLiabilityExchangeHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                current=current,
                size=size,
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
    current: int,
    size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginSmallLiabilityExchangeHistory]:
    """Small liability exchange history.

    Lists past small liability exchanges, page by page.

    GET /sapi/v1/margin/exchange-small-liability-history · security USER_DATA · weight 100


    Args:
        current: Page number, counted from 1. Required.
        size: Records per page, at most 100. Required.
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
            current=current,
            size=size,
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
    current: int,
    size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginSmallLiabilityExchangeHistory:
    """Small liability exchange history.

    Lists past small liability exchanges, page by page.

    GET /sapi/v1/margin/exchange-small-liability-history · security USER_DATA · weight 100


    Args:
        current: Page number, counted from 1. Required.
        size: Records per page, at most 100. Required.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginSmallLiabilityExchangeHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                current=current,
                size=size,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
