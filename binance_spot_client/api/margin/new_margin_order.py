"""Place a margin order: POST /sapi/v1/margin/order (TRADE, weight 6).

The parameters and answer are described on `Spot.margin.new_margin_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_new_order_ack import MarginNewOrderAck
from ...models.margin_new_order_full import MarginNewOrderFull
from ...models.margin_new_order_result import MarginNewOrderResult
from ...models.margin_side_effect_type import MarginSideEffectType
from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.order_type import OrderType
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.time_in_force import TimeInForce
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newMarginOrder"]
ANSWER = AnswerPlan(
    "newMarginOrder",
    {"oneOf": [{"$ref": "MarginNewOrderFull"}, {"$ref": "MarginNewOrderResult"}, {"$ref": "MarginNewOrderAck"}]},
    schemas='{"MarginNewOrderAck":{"properties":{"clientOrderId":{"type":"string"},"isIsolated":{"type":"boolean"},"orderId":{"type":"integer"},"symbol":{"type":"string"},"transactTime":{"type":"integer"}},"required":["symbol","orderId","clientOrderId","isIsolated","transactTime"],"type":"object"},"MarginNewOrderFull":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"fills":{"items":{"$ref":"MarginOrderFill"},"type":"array"},"isIsolated":{"type":"boolean"},"marginBuyBorrowAmount":{"type":"string"},"marginBuyBorrowAsset":{"type":"string"},"orderId":{"type":"integer"},"origQty":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"}},"required":["symbol","orderId","clientOrderId","transactTime","price","origQty","executedQty","cummulativeQuoteQty","status","timeInForce","type","side","isIsolated","fills"],"type":"object"},"MarginNewOrderResult":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"isIsolated":{"type":"boolean"},"orderId":{"type":"integer"},"origQty":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"}},"required":["symbol","orderId","clientOrderId","transactTime","price","origQty","executedQty","cummulativeQuoteQty","status","timeInForce","type","side","isIsolated"],"type":"object"},"MarginOrderFill":{"properties":{"commission":{"type":"string"},"commissionAsset":{"type":"string"},"price":{"type":"string"},"qty":{"type":"string"},"tradeId":{"type":"integer"}},"required":["price","qty","commission","commissionAsset"],"type":"object"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    *,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "side": side,
        "type": type,
        "quantity": quantity,
        "quote_order_qty": quote_order_qty,
        "price": price,
        "stop_price": stop_price,
        "new_client_order_id": new_client_order_id,
        "iceberg_qty": iceberg_qty,
        "new_order_resp_type": new_order_resp_type,
        "side_effect_type": side_effect_type,
        "time_in_force": time_in_force,
        "self_trade_prevention_mode": self_trade_prevention_mode,
        "trailing_delta": trailing_delta,
        "auto_repay_at_cancel": auto_repay_at_cancel,
    }


def _parse(data: Any) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
    try:

        def _parse_response_200(data: object) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MarginNewOrderFull.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = MarginNewOrderResult.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = MarginNewOrderAck.from_dict(data)

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
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderFull]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderResult]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderAck]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderFull]: ...
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
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderAck]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult]: ...
@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.margin.new_margin_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            side=side,
            type=type,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            stop_price=stop_price,
            new_client_order_id=new_client_order_id,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            time_in_force=time_in_force,
            self_trade_prevention_mode=self_trade_prevention_mode,
            trailing_delta=trailing_delta,
            auto_repay_at_cancel=auto_repay_at_cancel,
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
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderFull: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderResult: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderAck: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderFull: ...
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
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderAck: ...
@overload
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult: ...
@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
    """`Spot.margin.new_margin_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            side=side,
            type=type,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            stop_price=stop_price,
            new_client_order_id=new_client_order_id,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            time_in_force=time_in_force,
            self_trade_prevention_mode=self_trade_prevention_mode,
            trailing_delta=trailing_delta,
            auto_repay_at_cancel=auto_repay_at_cancel,
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
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderFull]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderResult]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderAck]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderFull]: ...
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
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderAck]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult]: ...
@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.margin.new_margin_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            side=side,
            type=type,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            stop_price=stop_price,
            new_client_order_id=new_client_order_id,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            time_in_force=time_in_force,
            self_trade_prevention_mode=self_trade_prevention_mode,
            trailing_delta=trailing_delta,
            auto_repay_at_cancel=auto_repay_at_cancel,
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
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderFull: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderResult: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderAck: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderFull: ...
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
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderAck: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult: ...
@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
    """`Spot.margin.new_margin_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            side=side,
            type=type,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            stop_price=stop_price,
            new_client_order_id=new_client_order_id,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            time_in_force=time_in_force,
            self_trade_prevention_mode=self_trade_prevention_mode,
            trailing_delta=trailing_delta,
            auto_repay_at_cancel=auto_repay_at_cancel,
        ),
        options,
    )
