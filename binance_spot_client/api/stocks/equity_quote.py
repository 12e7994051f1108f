"""Best bid and ask of a US equity: GET /sapi/v1/equity/market/quote (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.stocks.equity_quote`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.equity_quote import EquityQuote
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["equityQuote"]
ANSWER = AnswerPlan(
    "equityQuote",
    {"$ref": "EquityQuote"},
    schemas='{"EquityQuote":{"properties":{"askPrice":{"type":"string"},"askSize":{"type":"integer"},"bidPrice":{"type":"string"},"bidSize":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","bidPrice","askPrice","bidSize","askSize"],"type":"object"}}',
)


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> EquityQuote:
    try:
        response_200 = EquityQuote.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[EquityQuote]:
    """`Spot.stocks.equity_quote`, returning the whole response: status, headers, rate limits and the model."""
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
    symbol: str,
    **options: Unpack[CallOptions],
) -> EquityQuote:
    """`Spot.stocks.equity_quote` as a function of the client."""
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
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[EquityQuote]:
    """`Spot.stocks.equity_quote` on an async client, returning the whole response."""
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
    symbol: str,
    **options: Unpack[CallOptions],
) -> EquityQuote:
    """`Spot.stocks.equity_quote` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
