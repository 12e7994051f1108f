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
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newOcoOrder"]
ANSWER = AnswerPlan(
    "newOcoOrder",
    {"$ref": "OrderListResponse"},
    ANSWER_SCHEMAS,
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
