"""Latest price: GET /api/v3/ticker/price (NONE, weight 2).

The parameters and answer are described on `Spot.ticker_price`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.symbol_status import SymbolStatus
from ...models.ticker_price import TickerPrice
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["tickerPrice"]
ANSWER = AnswerPlan(
    "tickerPrice",
    {"oneOf": [{"$ref": "TickerPrice"}, {"type": "array", "items": {"$ref": "TickerPrice"}}]},
    schemas='{"TickerPrice":{"properties":{"price":{"type":"string"},"symbol":{"type":"string"}},"required":["symbol","price"],"type":"object"}}',
    fast=(TickerPrice | list[TickerPrice],),
)


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "symbol_status": symbol_status,
    }


def _parse(data: Any) -> list[TickerPrice] | TickerPrice:
    try:

        def _parse_response_200(data: object) -> list[TickerPrice] | TickerPrice:
            if isinstance(data, TickerPrice):  # the answer's decoder built it
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TickerPrice.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()

            response_200_type_1 = [TickerPrice.from_dict(item) for item in data]

            return response_200_type_1

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
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerPrice]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerPrice]]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerPrice] | TickerPrice]: ...
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.ticker_price`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
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
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerPrice: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerPrice]: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerPrice] | TickerPrice: ...
def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerPrice] | TickerPrice:
    """`Spot.ticker_price` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
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
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[TickerPrice]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerPrice]]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[TickerPrice] | TickerPrice]: ...
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.ticker_price` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
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
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> TickerPrice: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerPrice]: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerPrice] | TickerPrice: ...
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> list[TickerPrice] | TickerPrice:
    """`Spot.ticker_price` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
        ),
        options,
    )
