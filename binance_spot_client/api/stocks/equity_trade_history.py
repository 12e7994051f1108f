"""US equity executions: GET /sapi/v1/equity/trade/history (USER_DATA, weight 1).

The parameters and answer are described on `Spot.stocks.equity_trade_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.equity_trade_page import EquityTradePage
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["equityTradeHistory"]
ANSWER = AnswerPlan(
    "equityTradeHistory",
    {"$ref": "EquityTradePage"},
    schemas='{"EquityOrderType":{"type":"string"},"EquityTrade":{"properties":{"executionAt":{"type":"integer"},"executionId":{"type":"string"},"orderId":{"type":"string"},"orderType":{"$ref":"EquityOrderType"},"price":{"type":"string"},"qty":{"type":"string"},"quote":{"type":"string"},"side":{"$ref":"OrderSide"},"symbol":{"type":"string"},"total":{"type":"string"},"updatedAt":{"type":"integer"}},"required":["executionId","orderId","symbol","side","price","qty","total","executionAt"],"type":"object"},"EquityTradePage":{"properties":{"page":{"type":"integer"},"rows":{"items":{"$ref":"EquityTrade"},"type":"array"},"size":{"type":"integer"},"total":{"type":"integer"}},"required":["total","page","size","rows"],"type":"object"},"OrderSide":{"type":"string"}}',
)


def _arguments(
    start_time: TimeLike,
    end_time: TimeLike,
    *,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "symbol": symbol,
        "side": side,
        "order_id": order_id,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> EquityTradePage:
    try:
        response_200 = EquityTradePage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityTradePage]:
    """`Spot.stocks.equity_trade_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            symbol=symbol,
            side=side,
            order_id=order_id,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> EquityTradePage:
    """`Spot.stocks.equity_trade_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            symbol=symbol,
            side=side,
            order_id=order_id,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityTradePage]:
    """`Spot.stocks.equity_trade_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            symbol=symbol,
            side=side,
            order_id=order_id,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> EquityTradePage:
    """`Spot.stocks.equity_trade_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            symbol=symbol,
            side=side,
            order_id=order_id,
            current=current,
            size=size,
        ),
        options,
    )
