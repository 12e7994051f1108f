"""Block trades: GET /api/v3/historicalBlockTrades (NONE, weight 25).

The parameters and answer are described on `Spot.historical_block_trades`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.historical_block_trade import HistoricalBlockTrade
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["historicalBlockTrades"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (BlockTradesResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "historicalBlockTrades",
    {"type": "array", "items": {"$ref": "HistoricalBlockTrade"}},
    schemas='{"HistoricalBlockTrade":{"properties":{"id":{"type":"integer"},"isBuyerMaker":{"type":"boolean"},"price":{"type":"string"},"qty":{"type":"string"},"quoteQty":{"type":"string"},"time":{"type":"integer"}},"required":["id","price","qty","quoteQty","time","isBuyerMaker"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as BlockTradesResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    from_id: int,
    *,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "from_id": from_id,
        "limit": limit,
    }


def _parse(data: Any) -> list[HistoricalBlockTrade]:
    try:
        response_200 = [HistoricalBlockTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    from_id: int,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[HistoricalBlockTrade]]:
    """`Spot.historical_block_trades`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    from_id: int,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[HistoricalBlockTrade]:
    """`Spot.historical_block_trades` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    from_id: int,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[HistoricalBlockTrade]]:
    """`Spot.historical_block_trades` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    from_id: int,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[HistoricalBlockTrade]:
    """`Spot.historical_block_trades` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )
