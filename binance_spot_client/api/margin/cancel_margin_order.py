"""Cancel a margin order: DELETE /sapi/v1/margin/order (TRADE, weight 10).

The parameters and answer are described on `Spot.margin.cancel_margin_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_canceled_order import MarginCanceledOrder
from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelMarginOrder"]
ANSWER = AnswerPlan(
    "cancelMarginOrder",
    {"$ref": "MarginCanceledOrder"},
    schemas='{"MarginCanceledOrder":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"isIsolated":{"type":"boolean"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origClientOrderId":{"type":"string"},"origQty":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"type":{"$ref":"OrderType"}},"required":["symbol","orderId","origClientOrderId","clientOrderId","price","origQty","executedQty","cummulativeQuoteQty","status","timeInForce","type","side"],"type":"object"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    *,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
        "new_client_order_id": new_client_order_id,
    }


def _parse(data: Any) -> MarginCanceledOrder:
    try:
        response_200 = MarginCanceledOrder.from_dict(data)

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
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginCanceledOrder]:
    """`Spot.margin.cancel_margin_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
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
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginCanceledOrder:
    """`Spot.margin.cancel_margin_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
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
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginCanceledOrder]:
    """`Spot.margin.cancel_margin_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
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
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginCanceledOrder:
    """`Spot.margin.cancel_margin_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        options,
    )
