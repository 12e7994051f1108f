"""Cancel all open margin orders of a pair: DELETE /sapi/v1/margin/openOrders (TRADE, weight 1).

The parameters and answer are described on `Spot.margin.cancel_all_margin_open_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_canceled_order import MarginCanceledOrder
from ...models.margin_canceled_order_list import MarginCanceledOrderList
from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelAllMarginOpenOrders"]
ANSWER = AnswerPlan(
    "cancelAllMarginOpenOrders",
    {"type": "array", "items": {"oneOf": [{"$ref": "MarginCanceledOrderList"}, {"$ref": "MarginCanceledOrder"}]}},
    schemas='{"MarginCanceledOrder":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"isIsolated":{"type":"boolean"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origClientOrderId":{"type":"string"},"origQty":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"type":{"$ref":"OrderType"}},"required":["symbol","orderId","origClientOrderId","clientOrderId","price","origQty","executedQty","cummulativeQuoteQty","status","timeInForce","type","side"],"type":"object"},"MarginCanceledOrderList":{"properties":{"contingencyType":{"type":"string"},"isIsolated":{"type":"boolean"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"listStatusType":{"$ref":"OrderListStatus"},"orderListId":{"type":"integer"},"orderReports":{"items":{"$ref":"MarginCanceledOrderListReport"},"type":"array"},"orders":{"items":{"$ref":"MarginOrderListOrder"},"type":"array"},"symbol":{"type":"string"},"transactionTime":{"type":"integer"}},"required":["orderListId","contingencyType","listStatusType","listOrderStatus","listClientOrderId","transactionTime","symbol","isIsolated","orders","orderReports"],"type":"object"},"MarginCanceledOrderListReport":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origClientOrderId":{"type":"string"},"origQty":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"type":{"$ref":"OrderType"}},"required":["symbol","origClientOrderId","orderId","orderListId","clientOrderId","price","origQty","executedQty","cummulativeQuoteQty","status","timeInForce","type","side"],"type":"object"},"MarginOrderListOrder":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderListStatus":{"type":"string"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    *,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
    }


def _parse(data: Any) -> list[MarginCanceledOrder | MarginCanceledOrderList]:
    try:

        def _parse_response_200_item(data: object) -> MarginCanceledOrder | MarginCanceledOrderList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_0 = MarginCanceledOrderList.from_dict(data)

                return response_200_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_item_type_1 = MarginCanceledOrder.from_dict(data)

            return response_200_item_type_1

        response_200 = [_parse_response_200_item(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginCanceledOrder | MarginCanceledOrderList]]:
    """`Spot.margin.cancel_all_margin_open_orders`, returning the whole response: status, headers, rate limits and the model."""
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
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginCanceledOrder | MarginCanceledOrderList]:
    """`Spot.margin.cancel_all_margin_open_orders` as a function of the client."""
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
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginCanceledOrder | MarginCanceledOrderList]]:
    """`Spot.margin.cancel_all_margin_open_orders` on an async client, returning the whole response."""
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
    symbol: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginCanceledOrder | MarginCanceledOrderList]:
    """`Spot.margin.cancel_all_margin_open_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
        ),
        options,
    )
