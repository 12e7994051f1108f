"""Place an OCO order list: POST /api/v3/orderList/oco (TRADE, weight 1).

The parameters and answer are described on `Spot.order_list_oco`.
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
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["orderListOco"]
ANSWER = AnswerPlan(
    "orderListOco",
    {"$ref": "OrderListResponse"},
    schemas='{"ContingencyType":{"type":"string"},"ExpiryReason":{"type":"string"},"NewOrderAck":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"symbol":{"type":"string"},"transactTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime"],"type":"object"},"NewOrderFull":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"fills":{"items":{"$ref":"OrderFill"},"type":"array"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","workingTime","selfTradePreventionMode","fills"],"type":"object"},"NewOrderResult":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","workingTime","selfTradePreventionMode"],"type":"object"},"OrderFill":{"properties":{"allocId":{"type":"integer"},"commission":{"type":"string"},"commissionAsset":{"type":"string"},"matchType":{"type":"string"},"price":{"type":"string"},"qty":{"type":"string"},"tradeId":{"type":"integer"}},"required":["price","qty","commission","commissionAsset","tradeId"],"type":"object"},"OrderListMember":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderListResponse":{"properties":{"contingencyType":{"$ref":"ContingencyType"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"listStatusType":{"$ref":"OrderListStatus"},"orderListId":{"type":"integer"},"orderReports":{"items":{"oneOf":[{"$ref":"NewOrderFull"},{"$ref":"NewOrderResult"},{"$ref":"NewOrderAck"}]},"type":"array"},"orders":{"items":{"$ref":"OrderListMember"},"type":"array"},"symbol":{"type":"string"},"transactionTime":{"type":"integer"}},"required":["orderListId","contingencyType","listStatusType","listOrderStatus","listClientOrderId","transactionTime","symbol","orders","orderReports"],"type":"object"},"OrderListStatus":{"type":"string"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"PegOffsetType":{"type":"string"},"PegPriceType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"},"WorkingFloor":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    above_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    below_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    *,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
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
        "above_type": above_type,
        "above_client_order_id": above_client_order_id,
        "above_iceberg_qty": above_iceberg_qty,
        "above_price": above_price,
        "above_stop_price": above_stop_price,
        "above_trailing_delta": above_trailing_delta,
        "above_time_in_force": above_time_in_force,
        "above_strategy_id": above_strategy_id,
        "above_strategy_type": above_strategy_type,
        "above_peg_price_type": above_peg_price_type,
        "above_peg_offset_value": above_peg_offset_value,
        "above_peg_offset_type": above_peg_offset_type,
        "below_type": below_type,
        "below_client_order_id": below_client_order_id,
        "below_iceberg_qty": below_iceberg_qty,
        "below_price": below_price,
        "below_stop_price": below_stop_price,
        "below_trailing_delta": below_trailing_delta,
        "below_time_in_force": below_time_in_force,
        "below_strategy_id": below_strategy_id,
        "below_strategy_type": below_strategy_type,
        "below_peg_price_type": below_peg_price_type,
        "below_peg_offset_value": below_peg_offset_value,
        "below_peg_offset_type": below_peg_offset_type,
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
    above_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    below_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderListResponse]:
    """`Spot.order_list_oco`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            above_type=above_type,
            above_client_order_id=above_client_order_id,
            above_iceberg_qty=above_iceberg_qty,
            above_price=above_price,
            above_stop_price=above_stop_price,
            above_trailing_delta=above_trailing_delta,
            above_time_in_force=above_time_in_force,
            above_strategy_id=above_strategy_id,
            above_strategy_type=above_strategy_type,
            above_peg_price_type=above_peg_price_type,
            above_peg_offset_value=above_peg_offset_value,
            above_peg_offset_type=above_peg_offset_type,
            below_type=below_type,
            below_client_order_id=below_client_order_id,
            below_iceberg_qty=below_iceberg_qty,
            below_price=below_price,
            below_stop_price=below_stop_price,
            below_trailing_delta=below_trailing_delta,
            below_time_in_force=below_time_in_force,
            below_strategy_id=below_strategy_id,
            below_strategy_type=below_strategy_type,
            below_peg_price_type=below_peg_price_type,
            below_peg_offset_value=below_peg_offset_value,
            below_peg_offset_type=below_peg_offset_type,
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
    above_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    below_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> OrderListResponse:
    """`Spot.order_list_oco` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            above_type=above_type,
            above_client_order_id=above_client_order_id,
            above_iceberg_qty=above_iceberg_qty,
            above_price=above_price,
            above_stop_price=above_stop_price,
            above_trailing_delta=above_trailing_delta,
            above_time_in_force=above_time_in_force,
            above_strategy_id=above_strategy_id,
            above_strategy_type=above_strategy_type,
            above_peg_price_type=above_peg_price_type,
            above_peg_offset_value=above_peg_offset_value,
            above_peg_offset_type=above_peg_offset_type,
            below_type=below_type,
            below_client_order_id=below_client_order_id,
            below_iceberg_qty=below_iceberg_qty,
            below_price=below_price,
            below_stop_price=below_stop_price,
            below_trailing_delta=below_trailing_delta,
            below_time_in_force=below_time_in_force,
            below_strategy_id=below_strategy_id,
            below_strategy_type=below_strategy_type,
            below_peg_price_type=below_peg_price_type,
            below_peg_offset_value=below_peg_offset_value,
            below_peg_offset_type=below_peg_offset_type,
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
    above_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    below_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderListResponse]:
    """`Spot.order_list_oco` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            above_type=above_type,
            above_client_order_id=above_client_order_id,
            above_iceberg_qty=above_iceberg_qty,
            above_price=above_price,
            above_stop_price=above_stop_price,
            above_trailing_delta=above_trailing_delta,
            above_time_in_force=above_time_in_force,
            above_strategy_id=above_strategy_id,
            above_strategy_type=above_strategy_type,
            above_peg_price_type=above_peg_price_type,
            above_peg_offset_value=above_peg_offset_value,
            above_peg_offset_type=above_peg_offset_type,
            below_type=below_type,
            below_client_order_id=below_client_order_id,
            below_iceberg_qty=below_iceberg_qty,
            below_price=below_price,
            below_stop_price=below_stop_price,
            below_trailing_delta=below_trailing_delta,
            below_time_in_force=below_time_in_force,
            below_strategy_id=below_strategy_id,
            below_strategy_type=below_strategy_type,
            below_peg_price_type=below_peg_price_type,
            below_peg_offset_value=below_peg_offset_value,
            below_peg_offset_type=below_peg_offset_type,
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
    above_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    below_type: OrderType
    | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | Literal["PRIMARY_PEG", "MARKET_PEG"] | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | Literal["PRICE_LEVEL"] | None = None,
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    **options: Unpack[CallOptions],
) -> OrderListResponse:
    """`Spot.order_list_oco` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            above_type=above_type,
            above_client_order_id=above_client_order_id,
            above_iceberg_qty=above_iceberg_qty,
            above_price=above_price,
            above_stop_price=above_stop_price,
            above_trailing_delta=above_trailing_delta,
            above_time_in_force=above_time_in_force,
            above_strategy_id=above_strategy_id,
            above_strategy_type=above_strategy_type,
            above_peg_price_type=above_peg_price_type,
            above_peg_offset_value=above_peg_offset_value,
            above_peg_offset_type=above_peg_offset_type,
            below_type=below_type,
            below_client_order_id=below_client_order_id,
            below_iceberg_qty=below_iceberg_qty,
            below_price=below_price,
            below_stop_price=below_stop_price,
            below_trailing_delta=below_trailing_delta,
            below_time_in_force=below_time_in_force,
            below_strategy_id=below_strategy_id,
            below_strategy_type=below_strategy_type,
            below_peg_price_type=below_peg_price_type,
            below_peg_offset_value=below_peg_offset_value,
            below_peg_offset_type=below_peg_offset_type,
            new_order_resp_type=new_order_resp_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
        ),
        options,
    )
