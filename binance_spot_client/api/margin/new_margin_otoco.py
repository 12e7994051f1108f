"""Place a margin OTOCO: POST /sapi/v1/margin/order/otoco (TRADE, weight 6).

The parameters and answer are described on `Spot.margin.new_margin_otoco`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_new_order_list import MarginNewOrderList
from ...models.margin_pending_oco_order_type import MarginPendingOcoOrderType
from ...models.margin_side_effect_type import MarginSideEffectType
from ...models.margin_working_order_type import MarginWorkingOrderType
from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.time_in_force import TimeInForce
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newMarginOtoco"]
ANSWER = AnswerPlan(
    "newMarginOtoco",
    {"$ref": "MarginNewOrderList"},
    schemas='{"MarginNewOrderList":{"properties":{"contingencyType":{"type":"string"},"isIsolated":{"type":"boolean"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"listStatusType":{"$ref":"OrderListStatus"},"marginBuyBorrowAmount":{"type":"string"},"marginBuyBorrowAsset":{"type":"string"},"orderListId":{"type":"integer"},"orderReports":{"items":{"$ref":"MarginOrderListReport"},"type":"array"},"orders":{"items":{"$ref":"MarginOrderListOrder"},"type":"array"},"symbol":{"type":"string"},"transactionTime":{"type":"integer"}},"required":["orderListId","contingencyType","listStatusType","listOrderStatus","listClientOrderId","transactionTime","symbol","isIsolated","orders"],"type":"object"},"MarginOrderListOrder":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"MarginOrderListReport":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime","price","origQty","executedQty","cummulativeQuoteQty","status","timeInForce","type","side"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderListStatus":{"type":"string"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    working_type: MarginWorkingOrderType | Literal["LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | Literal["BUY", "SELL"],
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"],
    *,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_below_type: MarginPendingOcoOrderType
    | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"]
    | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "list_client_order_id": list_client_order_id,
        "new_order_resp_type": new_order_resp_type,
        "side_effect_type": side_effect_type,
        "self_trade_prevention_mode": self_trade_prevention_mode,
        "auto_repay_at_cancel": auto_repay_at_cancel,
        "working_type": working_type,
        "working_side": working_side,
        "working_client_order_id": working_client_order_id,
        "working_price": working_price,
        "working_quantity": working_quantity,
        "working_iceberg_qty": working_iceberg_qty,
        "working_time_in_force": working_time_in_force,
        "pending_side": pending_side,
        "pending_quantity": pending_quantity,
        "pending_above_type": pending_above_type,
        "pending_above_client_order_id": pending_above_client_order_id,
        "pending_above_price": pending_above_price,
        "pending_above_stop_price": pending_above_stop_price,
        "pending_above_trailing_delta": pending_above_trailing_delta,
        "pending_above_iceberg_qty": pending_above_iceberg_qty,
        "pending_above_time_in_force": pending_above_time_in_force,
        "pending_below_type": pending_below_type,
        "pending_below_client_order_id": pending_below_client_order_id,
        "pending_below_price": pending_below_price,
        "pending_below_stop_price": pending_below_stop_price,
        "pending_below_trailing_delta": pending_below_trailing_delta,
        "pending_below_iceberg_qty": pending_below_iceberg_qty,
        "pending_below_time_in_force": pending_below_time_in_force,
    }


def _parse(data: Any) -> MarginNewOrderList:
    try:
        response_200 = MarginNewOrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    working_type: MarginWorkingOrderType | Literal["LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | Literal["BUY", "SELL"],
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_below_type: MarginPendingOcoOrderType
    | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"]
    | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderList]:
    """`Spot.margin.new_margin_otoco`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            list_client_order_id=list_client_order_id,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            auto_repay_at_cancel=auto_repay_at_cancel,
            working_type=working_type,
            working_side=working_side,
            working_client_order_id=working_client_order_id,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            working_time_in_force=working_time_in_force,
            pending_side=pending_side,
            pending_quantity=pending_quantity,
            pending_above_type=pending_above_type,
            pending_above_client_order_id=pending_above_client_order_id,
            pending_above_price=pending_above_price,
            pending_above_stop_price=pending_above_stop_price,
            pending_above_trailing_delta=pending_above_trailing_delta,
            pending_above_iceberg_qty=pending_above_iceberg_qty,
            pending_above_time_in_force=pending_above_time_in_force,
            pending_below_type=pending_below_type,
            pending_below_client_order_id=pending_below_client_order_id,
            pending_below_price=pending_below_price,
            pending_below_stop_price=pending_below_stop_price,
            pending_below_trailing_delta=pending_below_trailing_delta,
            pending_below_iceberg_qty=pending_below_iceberg_qty,
            pending_below_time_in_force=pending_below_time_in_force,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    working_type: MarginWorkingOrderType | Literal["LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | Literal["BUY", "SELL"],
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_below_type: MarginPendingOcoOrderType
    | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"]
    | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderList:
    """`Spot.margin.new_margin_otoco` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            list_client_order_id=list_client_order_id,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            auto_repay_at_cancel=auto_repay_at_cancel,
            working_type=working_type,
            working_side=working_side,
            working_client_order_id=working_client_order_id,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            working_time_in_force=working_time_in_force,
            pending_side=pending_side,
            pending_quantity=pending_quantity,
            pending_above_type=pending_above_type,
            pending_above_client_order_id=pending_above_client_order_id,
            pending_above_price=pending_above_price,
            pending_above_stop_price=pending_above_stop_price,
            pending_above_trailing_delta=pending_above_trailing_delta,
            pending_above_iceberg_qty=pending_above_iceberg_qty,
            pending_above_time_in_force=pending_above_time_in_force,
            pending_below_type=pending_below_type,
            pending_below_client_order_id=pending_below_client_order_id,
            pending_below_price=pending_below_price,
            pending_below_stop_price=pending_below_stop_price,
            pending_below_trailing_delta=pending_below_trailing_delta,
            pending_below_iceberg_qty=pending_below_iceberg_qty,
            pending_below_time_in_force=pending_below_time_in_force,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    working_type: MarginWorkingOrderType | Literal["LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | Literal["BUY", "SELL"],
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_below_type: MarginPendingOcoOrderType
    | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"]
    | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginNewOrderList]:
    """`Spot.margin.new_margin_otoco` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            list_client_order_id=list_client_order_id,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            auto_repay_at_cancel=auto_repay_at_cancel,
            working_type=working_type,
            working_side=working_side,
            working_client_order_id=working_client_order_id,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            working_time_in_force=working_time_in_force,
            pending_side=pending_side,
            pending_quantity=pending_quantity,
            pending_above_type=pending_above_type,
            pending_above_client_order_id=pending_above_client_order_id,
            pending_above_price=pending_above_price,
            pending_above_stop_price=pending_above_stop_price,
            pending_above_trailing_delta=pending_above_trailing_delta,
            pending_above_iceberg_qty=pending_above_iceberg_qty,
            pending_above_time_in_force=pending_above_time_in_force,
            pending_below_type=pending_below_type,
            pending_below_client_order_id=pending_below_client_order_id,
            pending_below_price=pending_below_price,
            pending_below_stop_price=pending_below_stop_price,
            pending_below_trailing_delta=pending_below_trailing_delta,
            pending_below_iceberg_qty=pending_below_iceberg_qty,
            pending_below_time_in_force=pending_below_time_in_force,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    working_type: MarginWorkingOrderType | Literal["LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | Literal["BUY", "SELL"],
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"],
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    side_effect_type: MarginSideEffectType
    | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
    | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_below_type: MarginPendingOcoOrderType
    | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"]
    | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    **options: Unpack[CallOptions],
) -> MarginNewOrderList:
    """`Spot.margin.new_margin_otoco` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            list_client_order_id=list_client_order_id,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            auto_repay_at_cancel=auto_repay_at_cancel,
            working_type=working_type,
            working_side=working_side,
            working_client_order_id=working_client_order_id,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            working_time_in_force=working_time_in_force,
            pending_side=pending_side,
            pending_quantity=pending_quantity,
            pending_above_type=pending_above_type,
            pending_above_client_order_id=pending_above_client_order_id,
            pending_above_price=pending_above_price,
            pending_above_stop_price=pending_above_stop_price,
            pending_above_trailing_delta=pending_above_trailing_delta,
            pending_above_iceberg_qty=pending_above_iceberg_qty,
            pending_above_time_in_force=pending_above_time_in_force,
            pending_below_type=pending_below_type,
            pending_below_client_order_id=pending_below_client_order_id,
            pending_below_price=pending_below_price,
            pending_below_stop_price=pending_below_stop_price,
            pending_below_trailing_delta=pending_below_trailing_delta,
            pending_below_iceberg_qty=pending_below_iceberg_qty,
            pending_below_time_in_force=pending_below_time_in_force,
        ),
        options,
    )
