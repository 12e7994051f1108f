"""Filters relevant to the account: GET /api/v3/myFilters (USER_DATA, weight 40).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.my_filters import MyFilters
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["myFilters"]


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> MyFilters:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MyFilters:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MyFilters.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MyFilters]:
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
) -> Response[MyFilters]:
    """Filters relevant to the account.

    Returns the exchange, symbol and asset filters that constrain the account's orders on one
    symbol. Asset filters such as `MAX_ASSET`, which are set per account, are only visible here.

    GET /api/v3/myFilters · security USER_DATA · weight 40


    Args:
        symbol: The symbol whose filters are returned. Required.
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
) -> MyFilters:
    """Filters relevant to the account.

    Returns the exchange, symbol and asset filters that constrain the account's orders on one
    symbol. Asset filters such as `MAX_ASSET`, which are set per account, are only visible here.

    GET /api/v3/myFilters · security USER_DATA · weight 40


    Args:
        symbol: The symbol whose filters are returned. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MyFilters
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
) -> Response[MyFilters]:
    """Filters relevant to the account.

    Returns the exchange, symbol and asset filters that constrain the account's orders on one
    symbol. Asset filters such as `MAX_ASSET`, which are set per account, are only visible here.

    GET /api/v3/myFilters · security USER_DATA · weight 40


    Args:
        symbol: The symbol whose filters are returned. Required.
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
) -> MyFilters:
    """Filters relevant to the account.

    Returns the exchange, symbol and asset filters that constrain the account's orders on one
    symbol. Asset filters such as `MAX_ASSET`, which are set per account, are only visible here.

    GET /api/v3/myFilters · security USER_DATA · weight 40


    Args:
        symbol: The symbol whose filters are returned. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MyFilters
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
