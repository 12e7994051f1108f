"""Cancel a margin order list: DELETE /sapi/v1/margin/orderList (TRADE, weight 1).

The parameters and answer are described on `Spot.margin.cancel_margin_order_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_canceled_order_list import MarginCanceledOrderList
from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelMarginOrderList"]
ANSWER = AnswerPlan(
    "cancelMarginOrderList",
    {"$ref": "MarginCanceledOrderList"},
    schemas='{"MarginCanceledOrderList":{"properties":{"contingencyType":{"type":"string"},"isIsolated":{"type":"boolean"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"listStatusType":{"$ref":"OrderListStatus"},"orderListId":{"type":"integer"},"orderReports":{"items":{"$ref":"MarginCanceledOrderListReport"},"type":"array"},"orders":{"items":{"$ref":"MarginOrderListOrder"},"type":"array"},"symbol":{"type":"string"},"transactionTime":{"type":"integer"}},"required":["orderListId","contingencyType","listStatusType","listOrderStatus","listClientOrderId","transactionTime","symbol","isIsolated","orders","orderReports"],"type":"object"},"MarginCanceledOrderListReport":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origClientOrderId":{"type":"string"},"origQty":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"type":{"$ref":"OrderType"}},"required":["symbol","origClientOrderId","orderId","orderListId","clientOrderId","price","origQty","executedQty","cummulativeQuoteQty","status","timeInForce","type","side"],"type":"object"},"MarginOrderListOrder":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderListStatus":{"type":"string"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    *,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "order_list_id": order_list_id,
        "list_client_order_id": list_client_order_id,
        "new_client_order_id": new_client_order_id,
    }


def _parse(data: Any) -> MarginCanceledOrderList:
    try:
        response_200 = MarginCanceledOrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginCanceledOrderList]:
    """`Spot.margin.cancel_margin_order_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginCanceledOrderList:
    """`Spot.margin.cancel_margin_order_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginCanceledOrderList]:
    """`Spot.margin.cancel_margin_order_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginCanceledOrderList:
    """`Spot.margin.cancel_margin_order_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        options,
    )
