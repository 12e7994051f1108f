"""Isolated margin accounts: GET /sapi/v1/margin/isolated/account (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_account import MarginIsolatedAccount
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["isolatedMarginAccount"]


def _arguments(
    *,
    symbols: str | None = None,
) -> dict[str, object]:
    return {
        "symbols": symbols,
    }


def _parse_response(response: httpx.Response) -> MarginIsolatedAccount:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginIsolatedAccount:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginIsolatedAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginIsolatedAccount]:
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
    symbols: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginIsolatedAccount]:
    """Isolated margin accounts.

    Returns the isolated margin accounts: for each pair its two balances, margin level and
    liquidation figures. With `symbols` only those pairs are returned, and the BTC totals are left
    out.

    GET /sapi/v1/margin/isolated/account · security USER_DATA · weight 10


    Args:
        symbols: Up to 5 pairs, comma-separated (for example `BTCUSDT,BNBUSDT`); every pair when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbols=symbols,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbols: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginIsolatedAccount:
    """Isolated margin accounts.

    Returns the isolated margin accounts: for each pair its two balances, margin level and
    liquidation figures. With `symbols` only those pairs are returned, and the BTC totals are left
    out.

    GET /sapi/v1/margin/isolated/account · security USER_DATA · weight 10


    Args:
        symbols: Up to 5 pairs, comma-separated (for example `BTCUSDT,BNBUSDT`); every pair when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginIsolatedAccount
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbols=symbols,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbols: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginIsolatedAccount]:
    """Isolated margin accounts.

    Returns the isolated margin accounts: for each pair its two balances, margin level and
    liquidation figures. With `symbols` only those pairs are returned, and the BTC totals are left
    out.

    GET /sapi/v1/margin/isolated/account · security USER_DATA · weight 10


    Args:
        symbols: Up to 5 pairs, comma-separated (for example `BTCUSDT,BNBUSDT`); every pair when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbols=symbols,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbols: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginIsolatedAccount:
    """Isolated margin accounts.

    Returns the isolated margin accounts: for each pair its two balances, margin level and
    liquidation figures. With `symbols` only those pairs are returned, and the BTC totals are left
    out.

    GET /sapi/v1/margin/isolated/account · security USER_DATA · weight 10


    Args:
        symbols: Up to 5 pairs, comma-separated (for example `BTCUSDT,BNBUSDT`); every pair when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginIsolatedAccount
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbols=symbols,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
