"""Enable an isolated margin account: POST /sapi/v1/margin/isolated/account (TRADE, weight 300).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_account_toggle import MarginIsolatedAccountToggle
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["enableIsolatedMarginAccount"]


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> MarginIsolatedAccountToggle:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginIsolatedAccountToggle:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginIsolatedAccountToggle.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginIsolatedAccountToggle]:
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
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginIsolatedAccountToggle]:
    """Enable an isolated margin account.

    Enables the isolated margin account of a pair, creating it if needed.

    POST /sapi/v1/margin/isolated/account · security TRADE · weight 300


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginIsolatedAccountToggle:
    """Enable an isolated margin account.

    Enables the isolated margin account of a pair, creating it if needed.

    POST /sapi/v1/margin/isolated/account · security TRADE · weight 300


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginIsolatedAccountToggle
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginIsolatedAccountToggle]:
    """Enable an isolated margin account.

    Enables the isolated margin account of a pair, creating it if needed.

    POST /sapi/v1/margin/isolated/account · security TRADE · weight 300


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginIsolatedAccountToggle:
    """Enable an isolated margin account.

    Enables the isolated margin account of a pair, creating it if needed.

    POST /sapi/v1/margin/isolated/account · security TRADE · weight 300


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginIsolatedAccountToggle
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
