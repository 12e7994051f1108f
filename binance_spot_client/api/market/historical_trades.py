"""Older trades: GET /api/v3/historicalTrades (NONE, weight 25).

The parameters and answer are described on `Spot.historical_trades`.
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
OPERATION = OPERATIONS["historicalTrades"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (TradesResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "historicalTrades",
    {"type": "array", "items": {"$ref": "RecentTrade"}},
    schemas='{"RecentTrade":{"properties":{"id":{"type":"integer"},"isBestMatch":{"type":"boolean"},"isBuyerMaker":{"type":"boolean"},"price":{"type":"string"},"qty":{"type":"string"},"quoteQty":{"type":"string"},"time":{"type":"integer"}},"required":["id","price","qty","quoteQty","time","isBuyerMaker","isBestMatch"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as TradesResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    limit: int | None = None,
    from_id: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "limit": limit,
        "from_id": from_id,
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
    from_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[RecentTrade]]:
    """`Spot.historical_trades`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
            from_id=from_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    limit: int | None = None,
    from_id: int | None = None,
    **options: Unpack[CallOptions],
) -> list[RecentTrade]:
    """`Spot.historical_trades` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
            from_id=from_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    from_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[RecentTrade]]:
    """`Spot.historical_trades` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
            from_id=from_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    limit: int | None = None,
    from_id: int | None = None,
    **options: Unpack[CallOptions],
) -> list[RecentTrade]:
    """`Spot.historical_trades` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            limit=limit,
            from_id=from_id,
        ),
        options,
    )
