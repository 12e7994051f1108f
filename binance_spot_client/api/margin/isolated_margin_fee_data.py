"""Isolated margin fee data: GET /sapi/v1/margin/isolatedMarginData (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_fee import MarginIsolatedFee
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["isolatedMarginFeeData"]


def _arguments(
    *,
    vip_level: int | None = None,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "vip_level": vip_level,
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> list[MarginIsolatedFee]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginIsolatedFee]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginIsolatedFee.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginIsolatedFee]]:
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
    vip_level: int | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginIsolatedFee]]:
    """Isolated margin fee data.

    Lists the isolated margin borrowing terms of every pair, or of one `symbol`, for a VIP level;
    the account's own level when `vipLevel` is omitted.

    GET /sapi/v1/margin/isolatedMarginData · security USER_DATA · weight 10


    Args:
        vip_level: VIP level whose terms to show; defaults to the account's own level.
        symbol: Only this pair; all pairs when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            vip_level=vip_level,
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    vip_level: int | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginIsolatedFee]:
    """Isolated margin fee data.

    Lists the isolated margin borrowing terms of every pair, or of one `symbol`, for a VIP level;
    the account's own level when `vipLevel` is omitted.

    GET /sapi/v1/margin/isolatedMarginData · security USER_DATA · weight 10


    Args:
        vip_level: VIP level whose terms to show; defaults to the account's own level.
        symbol: Only this pair; all pairs when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginIsolatedFee]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                vip_level=vip_level,
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    vip_level: int | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginIsolatedFee]]:
    """Isolated margin fee data.

    Lists the isolated margin borrowing terms of every pair, or of one `symbol`, for a VIP level;
    the account's own level when `vipLevel` is omitted.

    GET /sapi/v1/margin/isolatedMarginData · security USER_DATA · weight 10


    Args:
        vip_level: VIP level whose terms to show; defaults to the account's own level.
        symbol: Only this pair; all pairs when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            vip_level=vip_level,
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    vip_level: int | None = None,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginIsolatedFee]:
    """Isolated margin fee data.

    Lists the isolated margin borrowing terms of every pair, or of one `symbol`, for a VIP level;
    the account's own level when `vipLevel` is omitted.

    GET /sapi/v1/margin/isolatedMarginData · security USER_DATA · weight 10


    Args:
        vip_level: VIP level whose terms to show; defaults to the account's own level.
        symbol: Only this pair; all pairs when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginIsolatedFee]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                vip_level=vip_level,
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
