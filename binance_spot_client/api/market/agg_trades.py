"""Aggregate trades: GET /api/v3/aggTrades (NONE, weight 4).

The parameters and answer are described on `Spot.agg_trades`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.aggregate_trade import AggregateTrade
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["aggTrades"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (AggTradesResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "aggTrades",
    {"type": "array", "items": {"$ref": "AggregateTrade"}},
    schemas='{"AggregateTrade":{"properties":{"M":{"type":"boolean"},"T":{"type":"integer"},"a":{"type":"integer"},"f":{"type":"integer"},"l":{"type":"integer"},"m":{"type":"boolean"},"p":{"type":"string"},"q":{"type":"string"}},"required":["a","p","q","f","l","T","m","M"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as AggTradesResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    from_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "from_id": from_id,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse(data: Any) -> list[AggregateTrade]:
    try:
        response_200 = [AggregateTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    from_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AggregateTrade]]:
    """`Spot.agg_trades`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    from_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AggregateTrade]:
    """`Spot.agg_trades` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    from_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AggregateTrade]]:
    """`Spot.agg_trades` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    from_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AggregateTrade]:
    """`Spot.agg_trades` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            from_id=from_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )
