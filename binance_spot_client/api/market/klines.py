"""Klines (candlesticks): GET /api/v3/klines (NONE, weight 2).

The parameters and answer are described on `Spot.klines`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.kline import Kline
from ...models.kline_interval import KlineInterval
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike, rows_of
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["klines"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (KlinesResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "klines",
    {"type": "array", "items": {"$ref": "Kline"}},
    schemas='{"Kline":{"minItems":12,"prefixItems":[{"type":"integer"},{"type":"string"},{"type":"string"},{"type":"string"},{"type":"string"},{"type":"string"},{"type":"integer"},{"type":"string"},{"type":"integer"},{"type":"string"},{"type":"string"},{"type":"string"}],"type":"array"}}',
    rows={
        "Kline": Kline,
    },
    fast=(list[Kline],),
    sbe=_sbe_schema,  # answered in SBE as KlinesResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    interval: KlineInterval
    | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "interval": interval,
        "start_time": start_time,
        "end_time": end_time,
        "time_zone": time_zone,
        "limit": limit,
    }


def _parse(data: Any) -> list[Kline]:
    try:
        response_200 = rows_of(Kline, data, 12)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    interval: KlineInterval
    | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Kline]]:
    """`Spot.klines`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            interval=interval,
            start_time=start_time,
            end_time=end_time,
            time_zone=time_zone,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    interval: KlineInterval
    | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[Kline]:
    """`Spot.klines` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            interval=interval,
            start_time=start_time,
            end_time=end_time,
            time_zone=time_zone,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    interval: KlineInterval
    | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Kline]]:
    """`Spot.klines` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            interval=interval,
            start_time=start_time,
            end_time=end_time,
            time_zone=time_zone,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    interval: KlineInterval
    | Literal["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    time_zone: str | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[Kline]:
    """`Spot.klines` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            interval=interval,
            start_time=start_time,
            end_time=end_time,
            time_zone=time_zone,
            limit=limit,
        ),
        options,
    )
