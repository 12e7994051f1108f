"""Trading day ticker: GET /api/v3/ticker/tradingDay (NONE, weight 4).

The parameters and answer are described on `Spot.ticker_trading_day`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.symbol_status import SymbolStatus
from ...models.ticker_trading_day_full import TickerTradingDayFull
from ...models.ticker_trading_day_mini import TickerTradingDayMini
from ...models.ticker_type import TickerType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["tickerTradingDay"]
ANSWER = AnswerPlan(
    "tickerTradingDay",
    {
        "oneOf": [
            {"$ref": "TickerTradingDayFull"},
            {"$ref": "TickerTradingDayMini"},
            {"type": "array", "items": {"$ref": "TickerTradingDayFull"}},
            {"type": "array", "items": {"$ref": "TickerTradingDayMini"}},
        ]
    },
    schemas='{"TickerTradingDayFull":{"properties":{"closeTime":{"type":"integer"},"count":{"type":"integer"},"firstId":{"type":"integer"},"highPrice":{"type":"string"},"lastId":{"type":"integer"},"lastPrice":{"type":"string"},"lowPrice":{"type":"string"},"openPrice":{"type":"string"},"openTime":{"type":"integer"},"priceChange":{"type":"string"},"priceChangePercent":{"type":"string"},"quoteVolume":{"type":"string"},"symbol":{"type":"string"},"volume":{"type":"string"},"weightedAvgPrice":{"type":"string"}},"required":["symbol","priceChange","priceChangePercent","weightedAvgPrice","openPrice","highPrice","lowPrice","lastPrice","volume","quoteVolume","openTime","closeTime","firstId","lastId","count"],"type":"object"},"TickerTradingDayMini":{"properties":{"closeTime":{"type":"integer"},"count":{"type":"integer"},"firstId":{"type":"integer"},"highPrice":{"type":"string"},"lastId":{"type":"integer"},"lastPrice":{"type":"string"},"lowPrice":{"type":"string"},"openPrice":{"type":"string"},"openTime":{"type":"integer"},"quoteVolume":{"type":"string"},"symbol":{"type":"string"},"volume":{"type":"string"}},"required":["symbol","openPrice","highPrice","lowPrice","lastPrice","volume","quoteVolume","openTime","closeTime","firstId","lastId","count"],"type":"object"}}',
    fast=(
        TickerTradingDayFull | list[TickerTradingDayFull],
        TickerTradingDayMini | list[TickerTradingDayMini],
    ),
)


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "time_zone": time_zone,
        "type": type,
        "symbol_status": symbol_status,
    }


def _parse(
    data: Any,
) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
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


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerTradingDayFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerTradingDayFull]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerTradingDayMini]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerTradingDayMini]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerTradingDayFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerTradingDayFull]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[
    list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini
]: ...
@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.ticker_trading_day`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            time_zone=time_zone,
            type=type,
            symbol_status=symbol_status,
        ),
        options,
    )


@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerTradingDayFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayFull]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerTradingDayMini: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayMini]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerTradingDayFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayFull]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini: ...
@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
    """`Spot.ticker_trading_day` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            time_zone=time_zone,
            type=type,
            symbol_status=symbol_status,
        ),
        options,
    )


@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerTradingDayFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerTradingDayFull]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerTradingDayMini]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerTradingDayMini]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerTradingDayFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerTradingDayFull]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[
    list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini
]: ...
@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.ticker_trading_day` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            time_zone=time_zone,
            type=type,
            symbol_status=symbol_status,
        ),
        options,
    )


@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerTradingDayFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayFull]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerTradingDayMini: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayMini]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerTradingDayFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayFull]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini: ...
@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    time_zone: str | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerTradingDayFull] | list[TickerTradingDayMini] | TickerTradingDayFull | TickerTradingDayMini:
    """`Spot.ticker_trading_day` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            time_zone=time_zone,
            type=type,
            symbol_status=symbol_status,
        ),
        options,
    )
