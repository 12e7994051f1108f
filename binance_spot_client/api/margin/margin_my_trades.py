"""Margin trades: GET /sapi/v1/margin/myTrades (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.margin_my_trades`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_trade import MarginTrade
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginMyTrades"]
ANSWER = AnswerPlan(
    "marginMyTrades",
    {"type": "array", "items": {"$ref": "MarginTrade"}},
    schemas='{"MarginTrade":{"properties":{"commission":{"type":"string"},"commissionAsset":{"type":"string"},"id":{"type":"integer"},"isBestMatch":{"type":"boolean"},"isBuyer":{"type":"boolean"},"isIsolated":{"type":"boolean"},"isMaker":{"type":"boolean"},"orderId":{"type":"integer"},"price":{"type":"string"},"qty":{"type":"string"},"symbol":{"type":"string"},"time":{"type":"integer"}},"required":["commission","commissionAsset","id","isBestMatch","isBuyer","isMaker","orderId","price","qty","symbol","isIsolated","time"],"type":"object"}}',
)


def _arguments(
    symbol: str,
    *,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "order_id": order_id,
        "start_time": start_time,
        "end_time": end_time,
        "from_id": from_id,
        "limit": limit,
    }


def _parse(data: Any) -> list[MarginTrade]:
    try:
        response_200 = [MarginTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginTrade]]:
    """`Spot.margin.margin_my_trades`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginTrade]:
    """`Spot.margin.margin_my_trades` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginTrade]]:
    """`Spot.margin.margin_my_trades` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginTrade]:
    """`Spot.margin.margin_my_trades` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )
