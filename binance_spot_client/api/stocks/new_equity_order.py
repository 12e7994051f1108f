"""Place a US equity order: POST /sapi/v1/equity/order/place (TRADE, weight 1).

The parameters and answer are described on `Spot.stocks.new_equity_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.equity_order_ack import EquityOrderAck
from ...models.equity_order_type import EquityOrderType
from ...models.equity_time_in_force import EquityTimeInForce
from ...models.equity_trading_session import EquityTradingSession
from ...models.equity_wallet_type import EquityWalletType
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newEquityOrder"]
ANSWER = AnswerPlan(
    "newEquityOrder",
    {"$ref": "EquityOrderAck"},
    schemas='{"EquityOrderAck":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"string"},"status":{"type":"string"}},"required":["status"],"type":"object"}}',
)


def _arguments(
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"],
    *,
    quote_asset: str | None = None,
    price: DecimalLike | None = None,
    quantity: DecimalLike | None = None,
    notional: DecimalLike | None = None,
    time_in_force: EquityTimeInForce | Literal["DAY", "GTC"] | None = None,
    trading_session: EquityTradingSession | Literal["RTH", "EXTENDED", "24H"] | None = None,
    wallet_type: EquityWalletType | Literal["CARD", "MAIN"] | None = None,
    client_order_id: str | None = None,
    tokenize: bool | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "order_type": order_type,
        "quote_asset": quote_asset,
        "price": price,
        "quantity": quantity,
        "notional": notional,
        "time_in_force": time_in_force,
        "trading_session": trading_session,
        "wallet_type": wallet_type,
        "client_order_id": client_order_id,
        "tokenize": tokenize,
    }


def _parse(data: Any) -> EquityOrderAck:
    try:
        response_200 = EquityOrderAck.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"],
    quote_asset: str | None = None,
    price: DecimalLike | None = None,
    quantity: DecimalLike | None = None,
    notional: DecimalLike | None = None,
    time_in_force: EquityTimeInForce | Literal["DAY", "GTC"] | None = None,
    trading_session: EquityTradingSession | Literal["RTH", "EXTENDED", "24H"] | None = None,
    wallet_type: EquityWalletType | Literal["CARD", "MAIN"] | None = None,
    client_order_id: str | None = None,
    tokenize: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityOrderAck]:
    """`Spot.stocks.new_equity_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            order_type=order_type,
            quote_asset=quote_asset,
            price=price,
            quantity=quantity,
            notional=notional,
            time_in_force=time_in_force,
            trading_session=trading_session,
            wallet_type=wallet_type,
            client_order_id=client_order_id,
            tokenize=tokenize,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"],
    quote_asset: str | None = None,
    price: DecimalLike | None = None,
    quantity: DecimalLike | None = None,
    notional: DecimalLike | None = None,
    time_in_force: EquityTimeInForce | Literal["DAY", "GTC"] | None = None,
    trading_session: EquityTradingSession | Literal["RTH", "EXTENDED", "24H"] | None = None,
    wallet_type: EquityWalletType | Literal["CARD", "MAIN"] | None = None,
    client_order_id: str | None = None,
    tokenize: bool | None = None,
    **options: Unpack[CallOptions],
) -> EquityOrderAck:
    """`Spot.stocks.new_equity_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            order_type=order_type,
            quote_asset=quote_asset,
            price=price,
            quantity=quantity,
            notional=notional,
            time_in_force=time_in_force,
            trading_session=trading_session,
            wallet_type=wallet_type,
            client_order_id=client_order_id,
            tokenize=tokenize,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"],
    quote_asset: str | None = None,
    price: DecimalLike | None = None,
    quantity: DecimalLike | None = None,
    notional: DecimalLike | None = None,
    time_in_force: EquityTimeInForce | Literal["DAY", "GTC"] | None = None,
    trading_session: EquityTradingSession | Literal["RTH", "EXTENDED", "24H"] | None = None,
    wallet_type: EquityWalletType | Literal["CARD", "MAIN"] | None = None,
    client_order_id: str | None = None,
    tokenize: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityOrderAck]:
    """`Spot.stocks.new_equity_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            order_type=order_type,
            quote_asset=quote_asset,
            price=price,
            quantity=quantity,
            notional=notional,
            time_in_force=time_in_force,
            trading_session=trading_session,
            wallet_type=wallet_type,
            client_order_id=client_order_id,
            tokenize=tokenize,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    order_type: EquityOrderType | Literal["MARKET", "LIMIT"],
    quote_asset: str | None = None,
    price: DecimalLike | None = None,
    quantity: DecimalLike | None = None,
    notional: DecimalLike | None = None,
    time_in_force: EquityTimeInForce | Literal["DAY", "GTC"] | None = None,
    trading_session: EquityTradingSession | Literal["RTH", "EXTENDED", "24H"] | None = None,
    wallet_type: EquityWalletType | Literal["CARD", "MAIN"] | None = None,
    client_order_id: str | None = None,
    tokenize: bool | None = None,
    **options: Unpack[CallOptions],
) -> EquityOrderAck:
    """`Spot.stocks.new_equity_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            order_type=order_type,
            quote_asset=quote_asset,
            price=price,
            quantity=quantity,
            notional=notional,
            time_in_force=time_in_force,
            trading_session=trading_session,
            wallet_type=wallet_type,
            client_order_id=client_order_id,
            tokenize=tokenize,
        ),
        options,
    )
