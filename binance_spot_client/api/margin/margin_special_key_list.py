"""List margin special keys: GET /sapi/v1/margin/api-key-list (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_special_key import MarginSpecialKey
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginSpecialKeyList"]


def _arguments(
    *,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> list[MarginSpecialKey]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginSpecialKey]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginSpecialKey.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginSpecialKey]]:
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
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginSpecialKey]]:
    """List margin special keys.

    Lists the special keys of the cross margin account, or of the isolated account of `symbol`.

    GET /sapi/v1/margin/api-key-list · security TRADE · weight 1


    Args:
        symbol: Isolated margin pair; leave it out for cross margin.
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
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginSpecialKey]:
    """List margin special keys.

    Lists the special keys of the cross margin account, or of the isolated account of `symbol`.

    GET /sapi/v1/margin/api-key-list · security TRADE · weight 1


    Args:
        symbol: Isolated margin pair; leave it out for cross margin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginSpecialKey]
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
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginSpecialKey]]:
    """List margin special keys.

    Lists the special keys of the cross margin account, or of the isolated account of `symbol`.

    GET /sapi/v1/margin/api-key-list · security TRADE · weight 1


    Args:
        symbol: Isolated margin pair; leave it out for cross margin.
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
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginSpecialKey]:
    """List margin special keys.

    Lists the special keys of the cross margin account, or of the isolated account of `symbol`.

    GET /sapi/v1/margin/api-key-list · security TRADE · weight 1


    Args:
        symbol: Isolated margin pair; leave it out for cross margin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginSpecialKey]
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
