"""Place an order: POST /api/v3/order (TRADE, weight 1).

The parameters and answer are described on `Spot.new_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.new_order_ack import NewOrderAck
from ...models.new_order_full import NewOrderFull
from ...models.new_order_result import NewOrderResult
from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.order_type import OrderType
from ...models.peg_offset_type import PegOffsetType
from ...models.peg_price_type import PegPriceType
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.time_in_force import TimeInForce
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newOrder"]
ANSWER = AnswerPlan(
    "newOrder",
    {"oneOf": [{"$ref": "NewOrderFull"}, {"$ref": "NewOrderResult"}, {"$ref": "NewOrderAck"}]},
    schemas='{"ExpiryReason":{"type":"string"},"NewOrderAck":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"symbol":{"type":"string"},"transactTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime"],"type":"object"},"NewOrderFull":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"fills":{"items":{"$ref":"OrderFill"},"type":"array"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","workingTime","selfTradePreventionMode","fills"],"type":"object"},"NewOrderResult":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","workingTime","selfTradePreventionMode"],"type":"object"},"OrderFill":{"properties":{"allocId":{"type":"integer"},"commission":{"type":"string"},"commissionAsset":{"type":"string"},"matchType":{"type":"string"},"price":{"type":"string"},"qty":{"type":"string"},"tradeId":{"type":"integer"}},"required":["price","qty","commission","commissionAsset","tradeId"],"type":"object"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"PegOffsetType":{"type":"string"},"PegPriceType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"},"WorkingFloor":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    *,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "type": type,
        "time_in_force": time_in_force,
        "quantity": quantity,
        "quote_order_qty": quote_order_qty,
        "price": price,
        "new_client_order_id": new_client_order_id,
        "strategy_id": strategy_id,
        "strategy_type": strategy_type,
        "stop_price": stop_price,
        "trailing_delta": trailing_delta,
        "iceberg_qty": iceberg_qty,
        "new_order_resp_type": new_order_resp_type,
        "self_trade_prevention_mode": self_trade_prevention_mode,
        "peg_price_type": peg_price_type,
        "peg_offset_value": peg_offset_value,
        "peg_offset_type": peg_offset_type,
    }


def _parse(data: Any) -> NewOrderAck | NewOrderFull | NewOrderResult:
    try:

        def _parse_response_200(data: object) -> NewOrderAck | NewOrderFull | NewOrderResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = NewOrderFull.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = NewOrderResult.from_dict(data)

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
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderResult]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderAck]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[
        OrderType.STOP_LOSS,
        OrderType.STOP_LOSS_LIMIT,
        OrderType.TAKE_PROFIT,
        OrderType.TAKE_PROFIT_LIMIT,
        OrderType.LIMIT_MAKER,
        "STOP_LOSS",
        "STOP_LOSS_LIMIT",
        "TAKE_PROFIT",
        "TAKE_PROFIT_LIMIT",
        "LIMIT_MAKER",
    ],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
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
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderAck | NewOrderFull | NewOrderResult]: ...
@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.new_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            stop_price=stop_price,
            trailing_delta=trailing_delta,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            peg_price_type=peg_price_type,
            peg_offset_value=peg_offset_value,
            peg_offset_type=peg_offset_type,
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
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderResult: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[
        OrderType.STOP_LOSS,
        OrderType.STOP_LOSS_LIMIT,
        OrderType.TAKE_PROFIT,
        OrderType.TAKE_PROFIT_LIMIT,
        OrderType.LIMIT_MAKER,
        "STOP_LOSS",
        "STOP_LOSS_LIMIT",
        "TAKE_PROFIT",
        "TAKE_PROFIT_LIMIT",
        "LIMIT_MAKER",
    ],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
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
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck | NewOrderFull | NewOrderResult: ...
@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck | NewOrderFull | NewOrderResult:
    """`Spot.new_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            stop_price=stop_price,
            trailing_delta=trailing_delta,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            peg_price_type=peg_price_type,
            peg_offset_value=peg_offset_value,
            peg_offset_type=peg_offset_type,
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
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderResult]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderAck]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[
        OrderType.STOP_LOSS,
        OrderType.STOP_LOSS_LIMIT,
        OrderType.TAKE_PROFIT,
        OrderType.TAKE_PROFIT_LIMIT,
        OrderType.LIMIT_MAKER,
        "STOP_LOSS",
        "STOP_LOSS_LIMIT",
        "TAKE_PROFIT",
        "TAKE_PROFIT_LIMIT",
        "LIMIT_MAKER",
    ],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
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
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[NewOrderAck | NewOrderFull | NewOrderResult]: ...
@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.new_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            stop_price=stop_price,
            trailing_delta=trailing_delta,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            peg_price_type=peg_price_type,
            peg_offset_value=peg_offset_value,
            peg_offset_type=peg_offset_type,
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
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderResult: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[
        OrderType.STOP_LOSS,
        OrderType.STOP_LOSS_LIMIT,
        OrderType.TAKE_PROFIT,
        OrderType.TAKE_PROFIT_LIMIT,
        OrderType.LIMIT_MAKER,
        "STOP_LOSS",
        "STOP_LOSS_LIMIT",
        "TAKE_PROFIT",
        "TAKE_PROFIT_LIMIT",
        "LIMIT_MAKER",
    ],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
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
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck | NewOrderFull | NewOrderResult: ...
@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> NewOrderAck | NewOrderFull | NewOrderResult:
    """`Spot.new_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            type=type,
            time_in_force=time_in_force,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            stop_price=stop_price,
            trailing_delta=trailing_delta,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            peg_price_type=peg_price_type,
            peg_offset_value=peg_offset_value,
            peg_offset_type=peg_offset_type,
        ),
        options,
    )
