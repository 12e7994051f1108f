"""US equity order history: GET /sapi/v1/equity/order/history (USER_DATA, weight 1).

The parameters and answer are described on `Spot.stocks.equity_order_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.equity_order_page import EquityOrderPage
from ...models.equity_order_type import EquityOrderType
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["equityOrderHistory"]
ANSWER = AnswerPlan(
    "equityOrderHistory",
    {"$ref": "EquityOrderPage"},
    schemas='{"EquityExecution":{"properties":{"executionAt":{"type":"integer"},"executionId":{"type":"string"},"price":{"type":"string"},"qty":{"type":"string"}},"required":["executionId","executionAt","price","qty"],"type":"object"},"EquityOrder":{"properties":{"avgFilledPrice":{"type":"string"},"clientOrderId":{"type":"string"},"createdAt":{"type":"integer"},"fee":{"type":"string"},"filledQty":{"type":"string"},"filledTotal":{"type":"string"},"limitPrice":{"type":"string"},"notional":{"type":"string"},"orderId":{"type":"string"},"orderType":{"$ref":"EquityOrderType"},"qty":{"type":"string"},"quote":{"type":"string"},"session":{"type":"string"},"side":{"$ref":"OrderSide"},"status":{"type":"string"},"symbol":{"type":"string"},"trades":{"items":{"$ref":"EquityExecution"},"type":"array"},"updatedAt":{"type":"integer"}},"required":["orderId","symbol","side","orderType","status","createdAt","updatedAt"],"type":"object"},"EquityOrderPage":{"properties":{"page":{"type":"integer"},"rows":{"items":{"$ref":"EquityOrder"},"type":"array"},"size":{"type":"integer"},"total":{"type":"integer"}},"required":["total","page","size","rows"],"type":"object"},"EquityOrderType":{"type":"string"},"OrderSide":{"type":"string"}}',
)


def _arguments(
    start_time: TimeLike,
    end_time: TimeLike,
    *,
    symbol: str | None = None,
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_status: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "symbol": symbol,
        "order_type": order_type,
        "side": side,
        "order_status": order_status,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> EquityOrderPage:
    try:
        response_200 = EquityOrderPage.from_dict(data)

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
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_status: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityOrderPage]:
    """`Spot.stocks.equity_order_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            symbol=symbol,
            order_type=order_type,
            side=side,
            order_status=order_status,
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
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_status: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> EquityOrderPage:
    """`Spot.stocks.equity_order_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            symbol=symbol,
            order_type=order_type,
            side=side,
            order_status=order_status,
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
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_status: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityOrderPage]:
    """`Spot.stocks.equity_order_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            symbol=symbol,
            order_type=order_type,
            side=side,
            order_status=order_status,
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
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"] | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    order_status: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> EquityOrderPage:
    """`Spot.stocks.equity_order_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            symbol=symbol,
            order_type=order_type,
            side=side,
            order_status=order_status,
            current=current,
            size=size,
        ),
        options,
    )
