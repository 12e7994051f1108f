"""Place an order using smart order routing: POST /api/v3/sor/order (TRADE, weight 1).

The parameters and answer are described on `Spot.new_sor_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.new_order_ack import NewOrderAck
from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.order_type import OrderType
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.sor_order_full import SorOrderFull
from ...models.sor_order_result import SorOrderResult
from ...models.time_in_force import TimeInForce
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newSorOrder"]
ANSWER = AnswerPlan(
    "newSorOrder",
    {"oneOf": [{"$ref": "SorOrderFull"}, {"$ref": "SorOrderResult"}, {"$ref": "NewOrderAck"}]},
    schemas='{"ExpiryReason":{"type":"string"},"NewOrderAck":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"symbol":{"type":"string"},"transactTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime"],"type":"object"},"OrderFill":{"properties":{"allocId":{"type":"integer"},"commission":{"type":"string"},"commissionAsset":{"type":"string"},"matchType":{"type":"string"},"price":{"type":"string"},"qty":{"type":"string"},"tradeId":{"type":"integer"}},"required":["price","qty","commission","commissionAsset","tradeId"],"type":"object"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"PegOffsetType":{"type":"string"},"PegPriceType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"SorOrderFull":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"fills":{"items":{"$ref":"OrderFill"},"type":"array"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","workingTime","selfTradePreventionMode","fills","workingFloor","usedSor"],"type":"object"},"SorOrderResult":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","workingTime","selfTradePreventionMode","workingFloor","usedSor"],"type":"object"},"TimeInForce":{"type":"string"},"WorkingFloor":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    *,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "type": type,
        "time_in_force": time_in_force,
        "quantity": quantity,
        "price": price,
        "new_client_order_id": new_client_order_id,
        "strategy_id": strategy_id,
        "strategy_type": strategy_type,
        "iceberg_qty": iceberg_qty,
        "new_order_resp_type": new_order_resp_type,
        "self_trade_prevention_mode": self_trade_prevention_mode,
    }


def _parse(data: Any) -> NewOrderAck | SorOrderFull | SorOrderResult:
    try:

        def _parse_response_200(data: object) -> NewOrderAck | SorOrderFull | SorOrderResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SorOrderFull.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = SorOrderResult.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = NewOrderAck.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[SorOrderFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[SorOrderResult]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderAck]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[SorOrderFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderAck | SorOrderFull | SorOrderResult]: ...
@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.new_sor_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
        ),
        options,
    )


@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> SorOrderFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> SorOrderResult: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> SorOrderFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck | SorOrderFull | SorOrderResult: ...
@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck | SorOrderFull | SorOrderResult:
    """`Spot.new_sor_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
        ),
        options,
    )


@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[SorOrderFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[SorOrderResult]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderAck]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[SorOrderFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderAck | SorOrderFull | SorOrderResult]: ...
@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.new_sor_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
        ),
        options,
    )


@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> SorOrderFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> SorOrderResult: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> SorOrderFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck | SorOrderFull | SorOrderResult: ...
@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    quantity: DecimalLike,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck | SorOrderFull | SorOrderResult:
    """`Spot.new_sor_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
        ),
        options,
    )
