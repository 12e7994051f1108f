"""Rolling window ticker: GET /api/v3/ticker (NONE, weight 4).

Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.symbol_status import SymbolStatus
from ...models.ticker_rolling_window_full import TickerRollingWindowFull
from ...models.ticker_rolling_window_mini import TickerRollingWindowMini
from ...models.ticker_type import TickerType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["ticker"]


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "window_size": window_size,
        "type_": type_,
        "symbol_status": symbol_status,
    }


def _parse_response(
    response: httpx.Response,
) -> list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini:
    with collector_paused(response):
        return _read(response)


def _read(
    response: httpx.Response,
) -> list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200(
            data: object,
        ) -> (
            list[TickerRollingWindowFull]
            | list[TickerRollingWindowMini]
            | TickerRollingWindowFull
            | TickerRollingWindowMini
        ):
            if isinstance(data, (TickerRollingWindowFull, TickerRollingWindowMini)):  # the answer's decoder built it
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TickerRollingWindowFull.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = TickerRollingWindowMini.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()

                response_200_type_2 = [TickerRollingWindowFull.from_dict(item) for item in data]

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()

            response_200_type_3 = [TickerRollingWindowMini.from_dict(item) for item in data]

            return response_200_type_3

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[
    list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
]:
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
    window_size: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[
    list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
]:
    """Rolling window ticker.

    Price change statistics over a trailing window of chosen length (unlike `ticker24hr`, whose
    window is fixed). The window starts on a whole minute and ends at the time of the request, so it
    can be up to 59 999 ms longer than `windowSize`. Exactly one of `symbol` (answer: one object)
    and `symbols` (answer: a list, at most 100 symbols) must be sent. `type=MINI` drops the price
    change fields.

    GET /api/v3/ticker · security NONE · weight 4


    Args:
        symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
        symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
            `symbol`.
        window_size: Length of the window: a number followed by one unit, `1m`-`59m` (minutes), `1h`-`23h`
            (hours) or `1d`-`7d` (days); units cannot be mixed. Defaults to `1d`.
        type_: Response detail, `FULL` (the default) or `MINI`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; with `symbols` the others are left out of the list. Binance accepts
            `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            window_size=window_size,
            type_=type_,
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
    window_size: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini:
    """Rolling window ticker.

    Price change statistics over a trailing window of chosen length (unlike `ticker24hr`, whose
    window is fixed). The window starts on a whole minute and ends at the time of the request, so it
    can be up to 59 999 ms longer than `windowSize`. Exactly one of `symbol` (answer: one object)
    and `symbols` (answer: a list, at most 100 symbols) must be sent. `type=MINI` drops the price
    change fields.

    GET /api/v3/ticker · security NONE · weight 4


    Args:
        symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
        symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
            `symbol`.
        window_size: Length of the window: a number followed by one unit, `1m`-`59m` (minutes), `1h`-`23h`
            (hours) or `1d`-`7d` (days); units cannot be mixed. Defaults to `1d`.
        type_: Response detail, `FULL` (the default) or `MINI`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; with `symbols` the others are left out of the list. Binance accepts
            `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                window_size=window_size,
                type_=type_,
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
    window_size: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[
    list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
]:
    """Rolling window ticker.

    Price change statistics over a trailing window of chosen length (unlike `ticker24hr`, whose
    window is fixed). The window starts on a whole minute and ends at the time of the request, so it
    can be up to 59 999 ms longer than `windowSize`. Exactly one of `symbol` (answer: one object)
    and `symbols` (answer: a list, at most 100 symbols) must be sent. `type=MINI` drops the price
    change fields.

    GET /api/v3/ticker · security NONE · weight 4


    Args:
        symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
        symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
            `symbol`.
        window_size: Length of the window: a number followed by one unit, `1m`-`59m` (minutes), `1h`-`23h`
            (hours) or `1d`-`7d` (days); units cannot be mixed. Defaults to `1d`.
        type_: Response detail, `FULL` (the default) or `MINI`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; with `symbols` the others are left out of the list. Binance accepts
            `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            window_size=window_size,
            type_=type_,
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
    window_size: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini:
    """Rolling window ticker.

    Price change statistics over a trailing window of chosen length (unlike `ticker24hr`, whose
    window is fixed). The window starts on a whole minute and ends at the time of the request, so it
    can be up to 59 999 ms longer than `windowSize`. Exactly one of `symbol` (answer: one object)
    and `symbols` (answer: a list, at most 100 symbols) must be sent. `type=MINI` drops the price
    change fields.

    GET /api/v3/ticker · security NONE · weight 4


    Args:
        symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
        symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
            `symbol`.
        window_size: Length of the window: a number followed by one unit, `1m`-`59m` (minutes), `1h`-`23h`
            (hours) or `1d`-`7d` (days); units cannot be mixed. Defaults to `1d`.
        type_: Response detail, `FULL` (the default) or `MINI`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; with `symbols` the others are left out of the list. Binance accepts
            `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                window_size=window_size,
                type_=type_,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )
