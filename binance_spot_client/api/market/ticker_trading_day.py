"""Trading day ticker: GET /api/v3/ticker/tradingDay (NONE, weight 4).

Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.symbol_status import SymbolStatus
from ...models.ticker_trading_day_full import TickerTradingDayFull
from ...models.ticker_trading_day_mini import TickerTradingDayMini
from ...models.ticker_type import TickerType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["tickerTradingDay"]


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "time_zone": time_zone,
        "type_": type_,
        "symbol_status": symbol_status,
    }


def _parse_response(
    response: httpx.Response,
) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
    with collector_paused(response):
        return _read(response)


def _read(
    response: httpx.Response,
) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200(
            data: object,
        ) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
            if isinstance(data, (TickerTradingDayFull, TickerTradingDayMini)):  # the answer's decoder built it
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TickerTradingDayFull.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = TickerTradingDayMini.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()

                response_200_type_2 = [TickerTradingDayFull.from_dict(item) for item in data]

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()

            response_200_type_3 = [TickerTradingDayMini.from_dict(item) for item in data]

            return response_200_type_3

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini]:
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
    time_zone: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini]:
    """Trading day ticker.

    Price change statistics for the current trading day (a calendar day in the chosen UTC offset).
    Exactly one of `symbol` (answer: one object) and `symbols` (answer: a list, at most 100 symbols)
    must be sent. `type=MINI` drops the price change fields.

    GET /api/v3/ticker/tradingDay · security NONE · weight 4


    Args:
        symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
        symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
            `symbol`.
        time_zone: UTC offset that decides where the trading day starts, as hours (`8`, `-1`) or hours and
            minutes (`05:45`, `-1:00`). Defaults to `0` (UTC).
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
            time_zone=time_zone,
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
    time_zone: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
    """Trading day ticker.

    Price change statistics for the current trading day (a calendar day in the chosen UTC offset).
    Exactly one of `symbol` (answer: one object) and `symbols` (answer: a list, at most 100 symbols)
    must be sent. `type=MINI` drops the price change fields.

    GET /api/v3/ticker/tradingDay · security NONE · weight 4


    Args:
        symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
        symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
            `symbol`.
        time_zone: UTC offset that decides where the trading day starts, as hours (`8`, `-1`) or hours and
            minutes (`05:45`, `-1:00`). Defaults to `0` (UTC).
        type_: Response detail, `FULL` (the default) or `MINI`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; with `symbols` the others are left out of the list. Binance accepts
            `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                time_zone=time_zone,
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
    time_zone: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini]:
    """Trading day ticker.

    Price change statistics for the current trading day (a calendar day in the chosen UTC offset).
    Exactly one of `symbol` (answer: one object) and `symbols` (answer: a list, at most 100 symbols)
    must be sent. `type=MINI` drops the price change fields.

    GET /api/v3/ticker/tradingDay · security NONE · weight 4


    Args:
        symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
        symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
            `symbol`.
        time_zone: UTC offset that decides where the trading day starts, as hours (`8`, `-1`) or hours and
            minutes (`05:45`, `-1:00`). Defaults to `0` (UTC).
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
            time_zone=time_zone,
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
    time_zone: str | None = None,
    type_: TickerType | str | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
    """Trading day ticker.

    Price change statistics for the current trading day (a calendar day in the chosen UTC offset).
    Exactly one of `symbol` (answer: one object) and `symbols` (answer: a list, at most 100 symbols)
    must be sent. `type=MINI` drops the price change fields.

    GET /api/v3/ticker/tradingDay · security NONE · weight 4


    Args:
        symbol: One trading pair; the answer is then a single object. Send this or `symbols`.
        symbols: Up to 100 trading pairs, sent as a JSON list; the answer is then a list. Send this or
            `symbol`.
        time_zone: UTC offset that decides where the trading day starts, as hours (`8`, `-1`) or hours and
            minutes (`05:45`, `-1:00`). Defaults to `0` (UTC).
        type_: Response detail, `FULL` (the default) or `MINI`.
        symbol_status: Only consider symbols in this trading status. For a single `symbol` a mismatch fails
            with error -1220; with `symbols` the others are left out of the list. Binance accepts
            `TRADING`, `HALT` and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                time_zone=time_zone,
                type_=type_,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )
