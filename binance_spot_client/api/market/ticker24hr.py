"""24-hour ticker statistics: GET /api/v3/ticker/24hr (NONE, weight 2).

The parameters and answer are described on `Spot.ticker24hr`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.symbol_status import SymbolStatus
from ...models.ticker_24_hr_full import Ticker24HrFull
from ...models.ticker_24_hr_mini import Ticker24HrMini
from ...models.ticker_type import TickerType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["ticker24hr"]
ANSWER = AnswerPlan(
    "ticker24hr",
    {
        "oneOf": [
            {"$ref": "Ticker24hrFull"},
            {"$ref": "Ticker24hrMini"},
            {"type": "array", "items": {"$ref": "Ticker24hrFull"}},
            {"type": "array", "items": {"$ref": "Ticker24hrMini"}},
        ]
    },
    schemas='{"Ticker24hrFull":{"properties":{"askPrice":{"type":"string"},"askQty":{"type":"string"},"bidPrice":{"type":"string"},"bidQty":{"type":"string"},"closeTime":{"type":"integer"},"count":{"type":"integer"},"firstId":{"type":"integer"},"highPrice":{"type":"string"},"lastId":{"type":"integer"},"lastPrice":{"type":"string"},"lastQty":{"type":"string"},"lowPrice":{"type":"string"},"openPrice":{"type":"string"},"openTime":{"type":"integer"},"prevClosePrice":{"type":"string"},"priceChange":{"type":"string"},"priceChangePercent":{"type":"string"},"quoteVolume":{"type":"string"},"symbol":{"type":"string"},"volume":{"type":"string"},"weightedAvgPrice":{"type":"string"}},"required":["symbol","priceChange","priceChangePercent","weightedAvgPrice","prevClosePrice","lastPrice","lastQty","bidPrice","bidQty","askPrice","askQty","openPrice","highPrice","lowPrice","volume","quoteVolume","openTime","closeTime","firstId","lastId","count"],"type":"object"},"Ticker24hrMini":{"properties":{"closeTime":{"type":"integer"},"count":{"type":"integer"},"firstId":{"type":"integer"},"highPrice":{"type":"string"},"lastId":{"type":"integer"},"lastPrice":{"type":"string"},"lowPrice":{"type":"string"},"openPrice":{"type":"string"},"openTime":{"type":"integer"},"quoteVolume":{"type":"string"},"symbol":{"type":"string"},"volume":{"type":"string"}},"required":["symbol","openPrice","highPrice","lowPrice","lastPrice","volume","quoteVolume","openTime","closeTime","firstId","lastId","count"],"type":"object"}}',
    fast=(
        Ticker24HrFull | list[Ticker24HrFull],
        Ticker24HrMini | list[Ticker24HrMini],
    ),
)


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "type": type,
        "symbol_status": symbol_status,
    }


def _parse(data: Any) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini:
    try:

        def _parse_response_200(
            data: object,
        ) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini:
            if isinstance(data, (Ticker24HrFull, Ticker24HrMini)):  # the answer's decoder built it
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Ticker24HrFull.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = Ticker24HrMini.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()

                response_200_type_2 = [Ticker24HrFull.from_dict(item) for item in data]

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()

            response_200_type_3 = [Ticker24HrMini.from_dict(item) for item in data]

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
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Ticker24HrFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Ticker24HrFull]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Ticker24HrMini]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Ticker24HrMini]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Ticker24HrFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Ticker24HrFull]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini]: ...
@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.ticker24hr`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
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
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Ticker24HrFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrFull]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Ticker24HrMini: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrMini]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Ticker24HrFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrFull]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini: ...
@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini:
    """`Spot.ticker24hr` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
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
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Ticker24HrFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Ticker24HrFull]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Ticker24HrMini]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Ticker24HrMini]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Ticker24HrFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Ticker24HrFull]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini]: ...
@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.ticker24hr` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
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
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Ticker24HrFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.FULL, "FULL"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrFull]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Ticker24HrMini: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: Literal[TickerType.MINI, "MINI"],
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrMini]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbols: Sequence[str] | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Ticker24HrFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    type: None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrFull]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini: ...
@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    type: TickerType | Literal["FULL", "MINI"] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[Ticker24HrFull] | list[Ticker24HrMini] | Ticker24HrFull | Ticker24HrMini:
    """`Spot.ticker24hr` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            type=type,
            symbol_status=symbol_status,
        ),
        options,
    )
