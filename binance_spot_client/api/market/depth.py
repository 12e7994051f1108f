"""Order book: GET /api/v3/depth (NONE, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.order_book import OrderBook
from ...models.symbol_status import SymbolStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depth"]


def _arguments(
    symbol: str,
    *,
    limit: int | None = None,
    symbol_status: SymbolStatus | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "limit": limit,
        "symbol_status": symbol_status,
    }


def _parse_response(response: httpx.Response) -> OrderBook:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> OrderBook:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = OrderBook.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[OrderBook]:
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
    limit: int | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[OrderBook]:
    """Order book.

    Returns the best bid and ask levels of a symbol's order book, each level as a `[price,
    quantity]` pair, together with the book's last update id. The weight grows with the number of
    levels asked for.

    GET /api/v3/depth · security NONE · weight 5


    Args:
        symbol: The trading pair. Required.
        limit: How many levels to return on each side. Defaults to 100; at most 5000 (a larger value is
            cut down to 5000).
        symbol_status: Answer only if the symbol is currently in this trading status; otherwise the request
            fails with error -1220. Binance accepts `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            limit=limit,
            symbol_status=symbol_status,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    limit: int | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> OrderBook:
    """Order book.

    Returns the best bid and ask levels of a symbol's order book, each level as a `[price,
    quantity]` pair, together with the book's last update id. The weight grows with the number of
    levels asked for.

    GET /api/v3/depth · security NONE · weight 5


    Args:
        symbol: The trading pair. Required.
        limit: How many levels to return on each side. Defaults to 100; at most 5000 (a larger value is
            cut down to 5000).
        symbol_status: Answer only if the symbol is currently in this trading status; otherwise the request
            fails with error -1220. Binance accepts `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OrderBook
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                limit=limit,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[OrderBook]:
    """Order book.

    Returns the best bid and ask levels of a symbol's order book, each level as a `[price,
    quantity]` pair, together with the book's last update id. The weight grows with the number of
    levels asked for.

    GET /api/v3/depth · security NONE · weight 5


    Args:
        symbol: The trading pair. Required.
        limit: How many levels to return on each side. Defaults to 100; at most 5000 (a larger value is
            cut down to 5000).
        symbol_status: Answer only if the symbol is currently in this trading status; otherwise the request
            fails with error -1220. Binance accepts `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            limit=limit,
            symbol_status=symbol_status,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> OrderBook:
    """Order book.

    Returns the best bid and ask levels of a symbol's order book, each level as a `[price,
    quantity]` pair, together with the book's last update id. The weight grows with the number of
    levels asked for.

    GET /api/v3/depth · security NONE · weight 5


    Args:
        symbol: The trading pair. Required.
        limit: How many levels to return on each side. Defaults to 100; at most 5000 (a larger value is
            cut down to 5000).
        symbol_status: Answer only if the symbol is currently in this trading status; otherwise the request
            fails with error -1220. Binance accepts `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OrderBook
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                limit=limit,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )
