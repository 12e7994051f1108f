"""Test an order using smart order routing: POST /api/v3/sor/order/test (TRADE, weight 1).

The parameters and answer are described on `Spot.test_new_sor_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.order_type import OrderType
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.test_order_commission import TestOrderCommission
from ...models.test_order_empty import TestOrderEmpty
from ...models.time_in_force import TimeInForce
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["testNewSorOrder"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (OrderTestResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "testNewSorOrder",
    {"oneOf": [{"$ref": "TestOrderCommission"}, {"$ref": "TestOrderEmpty"}]},
    schemas='{"TestOrderCommission":{"properties":{"discount":{"$ref":"TestOrderCommissionDiscount"},"specialCommissionForOrder":{"$ref":"TestOrderCommissionRates"},"standardCommissionForOrder":{"$ref":"TestOrderCommissionRates"},"taxCommissionForOrder":{"$ref":"TestOrderCommissionRates"}},"required":["standardCommissionForOrder","taxCommissionForOrder","discount"],"type":"object"},"TestOrderCommissionDiscount":{"properties":{"discount":{"type":"string"},"discountAsset":{"type":"string"},"enabledForAccount":{"type":"boolean"},"enabledForSymbol":{"type":"boolean"}},"required":["enabledForAccount","enabledForSymbol","discountAsset","discount"],"type":"object"},"TestOrderCommissionRates":{"properties":{"maker":{"type":"string"},"taker":{"type":"string"}},"required":["maker","taker"],"type":"object"},"TestOrderEmpty":{"additionalProperties":false,"properties":{},"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as OrderTestResponse when asked (encoding="sbe")
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
    compute_commission_rates: bool | None = None,
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
        "compute_commission_rates": compute_commission_rates,
    }


def _parse(data: Any) -> TestOrderCommission | TestOrderEmpty:
    try:

        def _parse_response_200(data: object) -> TestOrderCommission | TestOrderEmpty:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TestOrderCommission.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = TestOrderEmpty.from_dict(data)

            return response_200_type_1

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
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    compute_commission_rates: Literal[True],
    **options: Unpack[CallOptions],
) -> Response[TestOrderCommission]: ...
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
    compute_commission_rates: Literal[False],
    **options: Unpack[CallOptions],
) -> Response[TestOrderEmpty]: ...
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
    compute_commission_rates: None = None,
    **options: Unpack[CallOptions],
) -> Response[TestOrderEmpty]: ...
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
    compute_commission_rates: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[TestOrderCommission | TestOrderEmpty]: ...
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
    compute_commission_rates: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.test_new_sor_order`, returning the whole response: status, headers, rate limits and the model."""
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
            compute_commission_rates=compute_commission_rates,
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
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    compute_commission_rates: Literal[True],
    **options: Unpack[CallOptions],
) -> TestOrderCommission: ...
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
    compute_commission_rates: Literal[False],
    **options: Unpack[CallOptions],
) -> TestOrderEmpty: ...
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
    compute_commission_rates: None = None,
    **options: Unpack[CallOptions],
) -> TestOrderEmpty: ...
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
    compute_commission_rates: bool | None = None,
    **options: Unpack[CallOptions],
) -> TestOrderCommission | TestOrderEmpty: ...
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
    compute_commission_rates: bool | None = None,
    **options: Unpack[CallOptions],
) -> TestOrderCommission | TestOrderEmpty:
    """`Spot.test_new_sor_order` as a function of the client."""
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
            compute_commission_rates=compute_commission_rates,
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
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    compute_commission_rates: Literal[True],
    **options: Unpack[CallOptions],
) -> Response[TestOrderCommission]: ...
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
    compute_commission_rates: Literal[False],
    **options: Unpack[CallOptions],
) -> Response[TestOrderEmpty]: ...
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
    compute_commission_rates: None = None,
    **options: Unpack[CallOptions],
) -> Response[TestOrderEmpty]: ...
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
    compute_commission_rates: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[TestOrderCommission | TestOrderEmpty]: ...
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
    compute_commission_rates: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.test_new_sor_order` on an async client, returning the whole response."""
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
            compute_commission_rates=compute_commission_rates,
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
    new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode
    | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
    | None = None,
    compute_commission_rates: Literal[True],
    **options: Unpack[CallOptions],
) -> TestOrderCommission: ...
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
    compute_commission_rates: Literal[False],
    **options: Unpack[CallOptions],
) -> TestOrderEmpty: ...
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
    compute_commission_rates: None = None,
    **options: Unpack[CallOptions],
) -> TestOrderEmpty: ...
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
    compute_commission_rates: bool | None = None,
    **options: Unpack[CallOptions],
) -> TestOrderCommission | TestOrderEmpty: ...
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
    compute_commission_rates: bool | None = None,
    **options: Unpack[CallOptions],
) -> TestOrderCommission | TestOrderEmpty:
    """`Spot.test_new_sor_order` on an async client, as a function of the client."""
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
            compute_commission_rates=compute_commission_rates,
        ),
        options,
    )
