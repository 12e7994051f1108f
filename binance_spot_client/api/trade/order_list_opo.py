"""Place an OPO order list: POST /api/v3/orderList/opo (TRADE, weight 1).

The parameters and answer are described on `Spot.order_list_opo`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.order_list_response import OrderListResponse
from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.order_type import OrderType
from ...models.peg_offset_type import PegOffsetType
from ...models.peg_price_type import PegPriceType
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.time_in_force import TimeInForce
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["orderListOpo"]
ANSWER = AnswerPlan(
    "orderListOpo",
    {"$ref": "OrderListResponse"},
    ANSWER_SCHEMAS,
)


def _arguments(
    symbol: str,
    working_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    pending_side: OrderSide | Literal["BUY", "SELL"],
    *,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    pending_client_order_id: str | None = None,
    pending_price: DecimalLike | None = None,
    pending_stop_price: DecimalLike | None = None,
    pending_trailing_delta: DecimalLike | None = None,
    pending_iceberg_qty: DecimalLike | None = None,
    pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_strategy_id: int | None = None,
    pending_strategy_type: int | None = None,
    pending_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    pending_peg_offset_value: int | None = None,
    pending_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "list_client_order_id": list_client_order_id,
        "new_order_resp_type": new_order_resp_type,
        "self_trade_prevention_mode": self_trade_prevention_mode,
        "working_type": working_type,
        "working_side": working_side,
        "working_client_order_id": working_client_order_id,
        "working_price": working_price,
        "working_quantity": working_quantity,
        "working_iceberg_qty": working_iceberg_qty,
        "working_time_in_force": working_time_in_force,
        "working_strategy_id": working_strategy_id,
        "working_strategy_type": working_strategy_type,
        "working_peg_price_type": working_peg_price_type,
        "working_peg_offset_value": working_peg_offset_value,
        "working_peg_offset_type": working_peg_offset_type,
        "pending_type": pending_type,
        "pending_side": pending_side,
        "pending_client_order_id": pending_client_order_id,
        "pending_price": pending_price,
        "pending_stop_price": pending_stop_price,
        "pending_trailing_delta": pending_trailing_delta,
        "pending_iceberg_qty": pending_iceberg_qty,
        "pending_time_in_force": pending_time_in_force,
        "pending_strategy_id": pending_strategy_id,
        "pending_strategy_type": pending_strategy_type,
        "pending_peg_price_type": pending_peg_price_type,
        "pending_peg_offset_value": pending_peg_offset_value,
        "pending_peg_offset_type": pending_peg_offset_type,
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
    working_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    pending_side: OrderSide | Literal["BUY", "SELL"],
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    pending_client_order_id: str | None = None,
    pending_price: DecimalLike | None = None,
    pending_stop_price: DecimalLike | None = None,
    pending_trailing_delta: DecimalLike | None = None,
    pending_iceberg_qty: DecimalLike | None = None,
    pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_strategy_id: int | None = None,
    pending_strategy_type: int | None = None,
    pending_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    pending_peg_offset_value: int | None = None,
    pending_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderListResponse]:
    """`Spot.order_list_opo`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            working_type=working_type,
            working_side=working_side,
            working_client_order_id=working_client_order_id,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            working_time_in_force=working_time_in_force,
            working_strategy_id=working_strategy_id,
            working_strategy_type=working_strategy_type,
            working_peg_price_type=working_peg_price_type,
            working_peg_offset_value=working_peg_offset_value,
            working_peg_offset_type=working_peg_offset_type,
            pending_type=pending_type,
            pending_side=pending_side,
            pending_client_order_id=pending_client_order_id,
            pending_price=pending_price,
            pending_stop_price=pending_stop_price,
            pending_trailing_delta=pending_trailing_delta,
            pending_iceberg_qty=pending_iceberg_qty,
            pending_time_in_force=pending_time_in_force,
            pending_strategy_id=pending_strategy_id,
            pending_strategy_type=pending_strategy_type,
            pending_peg_price_type=pending_peg_price_type,
            pending_peg_offset_value=pending_peg_offset_value,
            pending_peg_offset_type=pending_peg_offset_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    working_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    pending_side: OrderSide | Literal["BUY", "SELL"],
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    pending_client_order_id: str | None = None,
    pending_price: DecimalLike | None = None,
    pending_stop_price: DecimalLike | None = None,
    pending_trailing_delta: DecimalLike | None = None,
    pending_iceberg_qty: DecimalLike | None = None,
    pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_strategy_id: int | None = None,
    pending_strategy_type: int | None = None,
    pending_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    pending_peg_offset_value: int | None = None,
    pending_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> OrderListResponse:
    """`Spot.order_list_opo` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            working_type=working_type,
            working_side=working_side,
            working_client_order_id=working_client_order_id,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            working_time_in_force=working_time_in_force,
            working_strategy_id=working_strategy_id,
            working_strategy_type=working_strategy_type,
            working_peg_price_type=working_peg_price_type,
            working_peg_offset_value=working_peg_offset_value,
            working_peg_offset_type=working_peg_offset_type,
            pending_type=pending_type,
            pending_side=pending_side,
            pending_client_order_id=pending_client_order_id,
            pending_price=pending_price,
            pending_stop_price=pending_stop_price,
            pending_trailing_delta=pending_trailing_delta,
            pending_iceberg_qty=pending_iceberg_qty,
            pending_time_in_force=pending_time_in_force,
            pending_strategy_id=pending_strategy_id,
            pending_strategy_type=pending_strategy_type,
            pending_peg_price_type=pending_peg_price_type,
            pending_peg_offset_value=pending_peg_offset_value,
            pending_peg_offset_type=pending_peg_offset_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    working_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    pending_side: OrderSide | Literal["BUY", "SELL"],
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    pending_client_order_id: str | None = None,
    pending_price: DecimalLike | None = None,
    pending_stop_price: DecimalLike | None = None,
    pending_trailing_delta: DecimalLike | None = None,
    pending_iceberg_qty: DecimalLike | None = None,
    pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_strategy_id: int | None = None,
    pending_strategy_type: int | None = None,
    pending_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    pending_peg_offset_value: int | None = None,
    pending_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderListResponse]:
    """`Spot.order_list_opo` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            working_type=working_type,
            working_side=working_side,
            working_client_order_id=working_client_order_id,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            working_time_in_force=working_time_in_force,
            working_strategy_id=working_strategy_id,
            working_strategy_type=working_strategy_type,
            working_peg_price_type=working_peg_price_type,
            working_peg_offset_value=working_peg_offset_value,
            working_peg_offset_type=working_peg_offset_type,
            pending_type=pending_type,
            pending_side=pending_side,
            pending_client_order_id=pending_client_order_id,
            pending_price=pending_price,
            pending_stop_price=pending_stop_price,
            pending_trailing_delta=pending_trailing_delta,
            pending_iceberg_qty=pending_iceberg_qty,
            pending_time_in_force=pending_time_in_force,
            pending_strategy_id=pending_strategy_id,
            pending_strategy_type=pending_strategy_type,
            pending_peg_price_type=pending_peg_price_type,
            pending_peg_offset_value=pending_peg_offset_value,
            pending_peg_offset_type=pending_peg_offset_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    working_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    working_side: OrderSide | Literal["BUY", "SELL"],
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    pending_side: OrderSide | Literal["BUY", "SELL"],
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    pending_client_order_id: str | None = None,
    pending_price: DecimalLike | None = None,
    pending_stop_price: DecimalLike | None = None,
    pending_trailing_delta: DecimalLike | None = None,
    pending_iceberg_qty: DecimalLike | None = None,
    pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    pending_strategy_id: int | None = None,
    pending_strategy_type: int | None = None,
    pending_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    pending_peg_offset_value: int | None = None,
    pending_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    **options: Unpack[CallOptions],
) -> OrderListResponse:
    """`Spot.order_list_opo` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            working_type=working_type,
            working_side=working_side,
            working_client_order_id=working_client_order_id,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            working_time_in_force=working_time_in_force,
            working_strategy_id=working_strategy_id,
            working_strategy_type=working_strategy_type,
            working_peg_price_type=working_peg_price_type,
            working_peg_offset_value=working_peg_offset_value,
            working_peg_offset_type=working_peg_offset_type,
            pending_type=pending_type,
            pending_side=pending_side,
            pending_client_order_id=pending_client_order_id,
            pending_price=pending_price,
            pending_stop_price=pending_stop_price,
            pending_trailing_delta=pending_trailing_delta,
            pending_iceberg_qty=pending_iceberg_qty,
            pending_time_in_force=pending_time_in_force,
            pending_strategy_id=pending_strategy_id,
            pending_strategy_type=pending_strategy_type,
            pending_peg_price_type=pending_peg_price_type,
            pending_peg_offset_value=pending_peg_offset_value,
            pending_peg_offset_type=pending_peg_offset_type,
        ),
        options,
    )
