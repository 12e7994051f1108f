"""Place an OCO (legacy): POST /api/v3/order/oco (TRADE, weight 1).

The parameters and answer are described on `Spot.new_oco_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.order_list_response import OrderListResponse
from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.time_in_force import TimeInForce
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newOcoOrder"]
ANSWER = AnswerPlan(
    "newOcoOrder",
    {"$ref": "OrderListResponse"},
    schemas='{"ContingencyType":{"type":"string"},"ExpiryReason":{"type":"string"},"NewOrderAck":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"symbol":{"type":"string"},"transactTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime"],"type":"object"},"NewOrderFull":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"fills":{"items":{"$ref":"OrderFill"},"type":"array"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","workingTime","selfTradePreventionMode","fills"],"type":"object"},"NewOrderResult":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","workingTime","selfTradePreventionMode"],"type":"object"},"OrderFill":{"properties":{"allocId":{"type":"integer"},"commission":{"type":"string"},"commissionAsset":{"type":"string"},"matchType":{"type":"string"},"price":{"type":"string"},"qty":{"type":"string"},"tradeId":{"type":"integer"}},"required":["price","qty","commission","commissionAsset","tradeId"],"type":"object"},"OrderListMember":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderListResponse":{"properties":{"contingencyType":{"$ref":"ContingencyType"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"listStatusType":{"$ref":"OrderListStatus"},"orderListId":{"type":"integer"},"orderReports":{"items":{"oneOf":[{"$ref":"NewOrderFull"},{"$ref":"NewOrderResult"},{"$ref":"NewOrderAck"}]},"type":"array"},"orders":{"items":{"$ref":"OrderListMember"},"type":"array"},"symbol":{"type":"string"},"transactionTime":{"type":"integer"}},"required":["orderListId","contingencyType","listStatusType","listOrderStatus","listClientOrderId","transactionTime","symbol","orders","orderReports"],"type":"object"},"OrderListStatus":{"type":"string"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"PegOffsetType":{"type":"string"},"PegPriceType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"},"WorkingFloor":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    *,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "list_client_order_id": list_client_order_id,
        "side": side,
        "quantity": quantity,
        "limit_client_order_id": limit_client_order_id,
        "price": price,
        "limit_strategy_id": limit_strategy_id,
        "limit_strategy_type": limit_strategy_type,
        "limit_iceberg_qty": limit_iceberg_qty,
        "trailing_delta": trailing_delta,
        "stop_client_order_id": stop_client_order_id,
        "stop_price": stop_price,
        "stop_strategy_id": stop_strategy_id,
        "stop_strategy_type": stop_strategy_type,
        "stop_limit_price": stop_limit_price,
        "stop_iceberg_qty": stop_iceberg_qty,
        "stop_limit_time_in_force": stop_limit_time_in_force,
        "new_order_resp_type": new_order_resp_type,
        "self_trade_prevention_mode": self_trade_prevention_mode,
    }


def _parse(data: Any) -> OrderListResponse:
    try:
        response_200 = OrderListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderListResponse]:
    """`Spot.new_oco_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            limit_client_order_id=limit_client_order_id,
            price=price,
            limit_strategy_id=limit_strategy_id,
            limit_strategy_type=limit_strategy_type,
            limit_iceberg_qty=limit_iceberg_qty,
            trailing_delta=trailing_delta,
            stop_client_order_id=stop_client_order_id,
            stop_price=stop_price,
            stop_strategy_id=stop_strategy_id,
            stop_strategy_type=stop_strategy_type,
            stop_limit_price=stop_limit_price,
            stop_iceberg_qty=stop_iceberg_qty,
            stop_limit_time_in_force=stop_limit_time_in_force,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> OrderListResponse:
    """`Spot.new_oco_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            limit_client_order_id=limit_client_order_id,
            price=price,
            limit_strategy_id=limit_strategy_id,
            limit_strategy_type=limit_strategy_type,
            limit_iceberg_qty=limit_iceberg_qty,
            trailing_delta=trailing_delta,
            stop_client_order_id=stop_client_order_id,
            stop_price=stop_price,
            stop_strategy_id=stop_strategy_id,
            stop_strategy_type=stop_strategy_type,
            stop_limit_price=stop_limit_price,
            stop_iceberg_qty=stop_iceberg_qty,
            stop_limit_time_in_force=stop_limit_time_in_force,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderListResponse]:
    """`Spot.new_oco_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            limit_client_order_id=limit_client_order_id,
            price=price,
            limit_strategy_id=limit_strategy_id,
            limit_strategy_type=limit_strategy_type,
            limit_iceberg_qty=limit_iceberg_qty,
            trailing_delta=trailing_delta,
            stop_client_order_id=stop_client_order_id,
            stop_price=stop_price,
            stop_strategy_id=stop_strategy_id,
            stop_strategy_type=stop_strategy_type,
            stop_limit_price=stop_limit_price,
            stop_iceberg_qty=stop_iceberg_qty,
            stop_limit_time_in_force=stop_limit_time_in_force,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> OrderListResponse:
    """`Spot.new_oco_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            limit_client_order_id=limit_client_order_id,
            price=price,
            limit_strategy_id=limit_strategy_id,
            limit_strategy_type=limit_strategy_type,
            limit_iceberg_qty=limit_iceberg_qty,
            trailing_delta=trailing_delta,
            stop_client_order_id=stop_client_order_id,
            stop_price=stop_price,
            stop_strategy_id=stop_strategy_id,
            stop_strategy_type=stop_strategy_type,
            stop_limit_price=stop_limit_price,
            stop_iceberg_qty=stop_iceberg_qty,
            stop_limit_time_in_force=stop_limit_time_in_force,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
        ),
        options,
    )
