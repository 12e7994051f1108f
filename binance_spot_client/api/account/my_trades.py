"""Account trade list: GET /api/v3/myTrades (USER_DATA, weight 20).

The parameters and answer are described on `Spot.my_trades`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.account_trade import AccountTrade
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["myTrades"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (AccountTradesResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "myTrades",
    {"type": "array", "items": {"$ref": "AccountTrade"}},
    schemas='{"AccountTrade":{"properties":{"commission":{"type":"string"},"commissionAsset":{"type":"string"},"id":{"type":"integer"},"isBestMatch":{"type":"boolean"},"isBuyer":{"type":"boolean"},"isMaker":{"type":"boolean"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"price":{"type":"string"},"qty":{"type":"string"},"quoteQty":{"type":"string"},"symbol":{"type":"string"},"time":{"type":"integer"}},"required":["symbol","id","orderId","orderListId","price","qty","quoteQty","commission","commissionAsset","time","isBuyer","isMaker","isBestMatch"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as AccountTradesResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "start_time": start_time,
        "end_time": end_time,
        "from_id": from_id,
        "limit": limit,
    }


def _parse(data: Any) -> list[AccountTrade]:
    try:
        response_200 = [AccountTrade.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AccountTrade]]:
    """`Spot.my_trades`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
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
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AccountTrade]:
    """`Spot.my_trades` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
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
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[AccountTrade]]:
    """`Spot.my_trades` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
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
    order_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[AccountTrade]:
    """`Spot.my_trades` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )
