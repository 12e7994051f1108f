"""Rolling window ticker: GET /api/v3/ticker (NONE, weight 4).

The parameters and answer are described on `Spot.ticker`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.symbol_status import SymbolStatus
from ...models.ticker_rolling_window_full import TickerRollingWindowFull
from ...models.ticker_rolling_window_mini import TickerRollingWindowMini
from ...models.ticker_type import TickerType
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
    WindowLike,
    former_keywords,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["ticker"]
ANSWER = AnswerPlan(
    "ticker",
    {
        "oneOf": [
            {"$ref": "TickerRollingWindowFull"},
            {"$ref": "TickerRollingWindowMini"},
            {"type": "array", "items": {"$ref": "TickerRollingWindowFull"}},
            {"type": "array", "items": {"$ref": "TickerRollingWindowMini"}},
        ]
    },
    schemas='{"TickerRollingWindowFull":{"properties":{"closeTime":{"type":"integer"},"count":{"type":"integer"},"firstId":{"type":"integer"},"highPrice":{"type":"string"},"lastId":{"type":"integer"},"lastPrice":{"type":"string"},"lowPrice":{"type":"string"},"openPrice":{"type":"string"},"openTime":{"type":"integer"},"priceChange":{"type":"string"},"priceChangePercent":{"type":"string"},"quoteVolume":{"type":"string"},"symbol":{"type":"string"},"volume":{"type":"string"},"weightedAvgPrice":{"type":"string"}},"required":["symbol","priceChange","priceChangePercent","weightedAvgPrice","openPrice","highPrice","lowPrice","lastPrice","volume","quoteVolume","openTime","closeTime","firstId","lastId","count"],"type":"object"},"TickerRollingWindowMini":{"properties":{"closeTime":{"type":"integer"},"count":{"type":"integer"},"firstId":{"type":"integer"},"highPrice":{"type":"string"},"lastId":{"type":"integer"},"lastPrice":{"type":"string"},"lowPrice":{"type":"string"},"openPrice":{"type":"string"},"openTime":{"type":"integer"},"quoteVolume":{"type":"string"},"symbol":{"type":"string"},"volume":{"type":"string"}},"required":["symbol","openPrice","highPrice","lowPrice","lastPrice","volume","quoteVolume","openTime","closeTime","firstId","lastId","count"],"type":"object"}}',
    fast=(
        TickerRollingWindowFull | list[TickerRollingWindowFull],
        TickerRollingWindowMini | list[TickerRollingWindowMini],
    ),
)


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "window_size": window_size,
        "type": type,
        "symbol_status": symbol_status,
    }


def _parse(
    data: Any,
) -> list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini:
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


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerRollingWindowFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerRollingWindowFull]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerRollingWindowMini]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerRollingWindowMini]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerRollingWindowFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerRollingWindowFull]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[
    list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
]: ...
@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.ticker`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            window_size=window_size,
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
    window_size: WindowLike | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerRollingWindowFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerRollingWindowFull]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerRollingWindowMini: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerRollingWindowMini]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerRollingWindowFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerRollingWindowFull]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> (
    list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
): ...
@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini:
    """`Spot.ticker` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            window_size=window_size,
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
    window_size: WindowLike | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerRollingWindowFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerRollingWindowFull]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerRollingWindowMini]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerRollingWindowMini]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerRollingWindowFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerRollingWindowFull]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[
    list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
]: ...
@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.ticker` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            window_size=window_size,
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
    window_size: WindowLike | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerRollingWindowFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerRollingWindowFull]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerRollingWindowMini: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerRollingWindowMini]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerRollingWindowFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerRollingWindowFull]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> (
    list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini
): ...
@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    window_size: WindowLike | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerRollingWindowFull] | list[TickerRollingWindowMini] | TickerRollingWindowFull | TickerRollingWindowMini:
    """`Spot.ticker` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            window_size=window_size,
            type=type,
            symbol_status=symbol_status,
        ),
        options,
    )
