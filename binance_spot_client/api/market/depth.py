"""Order book: GET /api/v3/depth (NONE, weight 5).

The parameters and answer are described on `Spot.depth`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.order_book import OrderBook
from ...models.price_level import PriceLevel
from ...models.symbol_status import SymbolStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depth"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (DepthResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "depth",
    {"$ref": "OrderBook"},
    schemas='{"OrderBook":{"properties":{"asks":{"items":{"$ref":"PriceLevel"},"type":"array"},"bids":{"items":{"$ref":"PriceLevel"},"type":"array"},"lastUpdateId":{"type":"integer"}},"required":["lastUpdateId","bids","asks"],"type":"object"},"PriceLevel":{"minItems":2,"prefixItems":[{"type":"string"},{"type":"string"}],"type":"array"}}',
    rows={
        "PriceLevel": PriceLevel,
    },
    fast=(dict[str, int | list[PriceLevel]],),
    sbe=_sbe_schema,  # answered in SBE as DepthResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    limit: int | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "limit": limit,
        "symbol_status": symbol_status,
    }


def _parse(data: Any) -> OrderBook:
    try:
        response_200 = OrderBook.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    limit: int | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderBook]:
    """`Spot.depth`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
            symbol_status=symbol_status,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    limit: int | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> OrderBook:
    """`Spot.depth` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
            symbol_status=symbol_status,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderBook]:
    """`Spot.depth` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
            symbol_status=symbol_status,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> OrderBook:
    """`Spot.depth` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
            symbol_status=symbol_status,
        ),
        options,
    )
