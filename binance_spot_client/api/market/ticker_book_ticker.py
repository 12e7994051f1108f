"""Best bid and ask: GET /api/v3/ticker/bookTicker (NONE, weight 2).

Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.book_ticker import BookTicker
from ...models.symbol_status import SymbolStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["tickerBookTicker"]


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "symbol_status": symbol_status,
    }


def _parse_response(response: httpx.Response) -> BookTicker | list[BookTicker]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> BookTicker | list[BookTicker]:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200(data: object) -> BookTicker | list[BookTicker]:
            if isinstance(data, BookTicker):  # the answer's decoder built it
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BookTicker.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()

            response_200_type_1 = [BookTicker.from_dict(item) for item in data]

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[BookTicker | list[BookTicker]]:
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
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[BookTicker | list[BookTicker]]:
    """Best bid and ask.

    Returns the top of the order book (best bid and best ask with their quantities). With `symbol`
    the answer is one object; with `symbols`, or with neither (every symbol), it is a list.

    GET /api/v3/ticker/bookTicker · security NONE · weight 2


    Args:
        symbol: One trading pair; the answer is then a single object. Cannot be combined with `symbols`.
            Leave both out to get every symbol in a list.
        symbols: Several trading pairs, sent as a JSON list; the answer is then a list. Cannot be
            combined with `symbol`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; for several or all symbols the others are left out of the list.
            Binance accepts `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> BookTicker | list[BookTicker]:
    """Best bid and ask.

    Returns the top of the order book (best bid and best ask with their quantities). With `symbol`
    the answer is one object; with `symbols`, or with neither (every symbol), it is a list.

    GET /api/v3/ticker/bookTicker · security NONE · weight 2


    Args:
        symbol: One trading pair; the answer is then a single object. Cannot be combined with `symbols`.
            Leave both out to get every symbol in a list.
        symbols: Several trading pairs, sent as a JSON list; the answer is then a list. Cannot be
            combined with `symbol`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; for several or all symbols the others are left out of the list.
            Binance accepts `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        BookTicker | list[BookTicker]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[BookTicker | list[BookTicker]]:
    """Best bid and ask.

    Returns the top of the order book (best bid and best ask with their quantities). With `symbol`
    the answer is one object; with `symbols`, or with neither (every symbol), it is a list.

    GET /api/v3/ticker/bookTicker · security NONE · weight 2


    Args:
        symbol: One trading pair; the answer is then a single object. Cannot be combined with `symbols`.
            Leave both out to get every symbol in a list.
        symbols: Several trading pairs, sent as a JSON list; the answer is then a list. Cannot be
            combined with `symbol`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; for several or all symbols the others are left out of the list.
            Binance accepts `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> BookTicker | list[BookTicker]:
    """Best bid and ask.

    Returns the top of the order book (best bid and best ask with their quantities). With `symbol`
    the answer is one object; with `symbols`, or with neither (every symbol), it is a list.

    GET /api/v3/ticker/bookTicker · security NONE · weight 2


    Args:
        symbol: One trading pair; the answer is then a single object. Cannot be combined with `symbols`.
            Leave both out to get every symbol in a list.
        symbols: Several trading pairs, sent as a JSON list; the answer is then a list. Cannot be
            combined with `symbol`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; for several or all symbols the others are left out of the list.
            Binance accepts `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        BookTicker | list[BookTicker]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )
