"""Recent trades: GET /api/v3/trades (NONE, weight 25).

The parameters and answer are described on `Spot.trades`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.recent_trade import RecentTrade
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["trades"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (TradesResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "trades",
    {"type": "array", "items": {"$ref": "RecentTrade"}},
    schemas='{"RecentTrade":{"properties":{"id":{"type":"integer"},"isBestMatch":{"type":"boolean"},"isBuyerMaker":{"type":"boolean"},"price":{"type":"string"},"qty":{"type":"string"},"quoteQty":{"type":"string"},"time":{"type":"integer"}},"required":["id","price","qty","quoteQty","time","isBuyerMaker","isBestMatch"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as TradesResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "limit": limit,
    }


def _parse(data: Any) -> list[RecentTrade]:
    try:
        response_200 = [RecentTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[RecentTrade]]:
    """`Spot.trades`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[RecentTrade]:
    """`Spot.trades` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[RecentTrade]]:
    """`Spot.trades` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[RecentTrade]:
    """`Spot.trades` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
        ),
        options,
    )
