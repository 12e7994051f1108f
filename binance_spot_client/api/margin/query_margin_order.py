"""Query a margin order: GET /sapi/v1/margin/order (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.query_margin_order`.
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
OPERATION = OPERATIONS["queryMarginOrder"]
ANSWER = AnswerPlan(
    "queryMarginOrder",
    {"$ref": "MarginOrder"},
    schemas='{"MarginOrder":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"icebergQty":{"type":"string"},"isIsolated":{"type":"boolean"},"isWorking":{"type":"boolean"},"orderId":{"type":"integer"},"origQty":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"symbol":{"type":"string"},"time":{"type":"integer"},"timeInForce":{"$ref":"TimeInForce"},"type":{"$ref":"OrderType"},"updateTime":{"type":"integer"}},"required":["clientOrderId","cummulativeQuoteQty","executedQty","icebergQty","isWorking","orderId","origQty","price","side","status","stopPrice","symbol","isIsolated","time","timeInForce","type","updateTime"],"type":"object"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    *,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
    }


def _parse(data: Any) -> MarginOrder:
    try:
        response_200 = MarginOrder.from_dict(data)

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
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginOrder]:
    """`Spot.margin.query_margin_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginOrder:
    """`Spot.margin.query_margin_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginOrder]:
    """`Spot.margin.query_margin_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginOrder:
    """`Spot.margin.query_margin_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )
