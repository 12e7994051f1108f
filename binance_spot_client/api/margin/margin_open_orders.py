"""Open margin orders: GET /sapi/v1/margin/openOrders (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.margin_open_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_order import MarginOrder
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginOpenOrders"]
ANSWER = AnswerPlan(
    "marginOpenOrders",
    {"type": "array", "items": {"$ref": "MarginOrder"}},
    schemas='{"MarginOrder":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"icebergQty":{"type":"string"},"isIsolated":{"type":"boolean"},"isWorking":{"type":"boolean"},"orderId":{"type":"integer"},"origQty":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"symbol":{"type":"string"},"time":{"type":"integer"},"timeInForce":{"$ref":"TimeInForce"},"type":{"$ref":"OrderType"},"updateTime":{"type":"integer"}},"required":["clientOrderId","cummulativeQuoteQty","executedQty","icebergQty","isWorking","orderId","origQty","price","side","status","stopPrice","symbol","isIsolated","time","timeInForce","type","updateTime"],"type":"object"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"}}',
)


def _arguments(
    *,
    symbol: str | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
    }


def _parse(data: Any) -> list[MarginOrder]:
    try:
        response_200 = [MarginOrder.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginOrder]]:
    """`Spot.margin.margin_open_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginOrder]:
    """`Spot.margin.margin_open_orders` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginOrder]]:
    """`Spot.margin.margin_open_orders` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginOrder]:
    """`Spot.margin.margin_open_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
        ),
        options,
    )
