"""Tradable US equities and their rules: GET /sapi/v1/equity/market/exchangeInfo (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.stocks.equity_exchange_info`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.equity_exchange_info import EquityExchangeInfo
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["equityExchangeInfo"]
ANSWER = AnswerPlan(
    "equityExchangeInfo",
    {"$ref": "EquityExchangeInfo"},
    schemas='{"EquityExchangeInfo":{"properties":{"symbols":{"items":{"$ref":"EquitySymbol"},"type":"array"},"timezone":{"type":"string"}},"required":["timezone","symbols"],"type":"object"},"EquitySymbol":{"properties":{"delistingTime":{"type":"integer"},"extendedSession":{"type":"boolean"},"fractionable":{"type":"boolean"},"fractionableEh":{"type":"boolean"},"listingTime":{"type":"integer"},"maxNotional":{"type":"string"},"maxNumOrders":{"type":"integer"},"maxQty":{"type":"string"},"minNotional":{"type":"string"},"minQty":{"type":"string"},"multiplierDown":{"type":"string"},"multiplierUp":{"type":"string"},"overnightSupported":{"type":"boolean"},"stepSize":{"type":"string"},"symbol":{"type":"string"},"tradability":{"type":"string"},"tradabilityUpdateTime":{"type":"integer"}},"required":["symbol","tradability"],"type":"object"}}',
)


def _arguments(
    *,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> EquityExchangeInfo:
    try:
        response_200 = EquityExchangeInfo.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityExchangeInfo]:
    """`Spot.stocks.equity_exchange_info`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> EquityExchangeInfo:
    """`Spot.stocks.equity_exchange_info` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityExchangeInfo]:
    """`Spot.stocks.equity_exchange_info` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> EquityExchangeInfo:
    """`Spot.stocks.equity_exchange_info` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
