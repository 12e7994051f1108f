"""Place an order: POST /api/v3/order (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

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
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newOrder"]


def _arguments(
    symbol: str,
    side: OrderSide | str,
    type_: OrderType | str,
    *,
    time_in_force: TimeInForce | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    peg_price_type: PegPriceType | str | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "type_": type_,
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


def _parse_response(response: httpx.Response) -> NewOrderAck | NewOrderFull | NewOrderResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> NewOrderAck | NewOrderFull | NewOrderResult:
    data = decode_json(response, OPERATION.operation_id)
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


def _build_response(response: httpx.Response) -> Response[NewOrderAck | NewOrderFull | NewOrderResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        rate_limits=RateLimits.from_headers(response.headers),
    )


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | str,
    type_: OrderType | str,
    time_in_force: TimeInForce | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    peg_price_type: PegPriceType | str | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[NewOrderAck | NewOrderFull | NewOrderResult]:
    """Place an order.

    Sends a new order for one symbol to the matching engine. Which parameters are needed depends on
    `type` (see that parameter). Stop-loss and take-profit orders trigger on `stopPrice`, on a
    trailing distance (`trailingDelta`), or both. Limit-priced types may be pegged to the book with
    `pegPriceType`, and `LIMIT`-style orders can be made icebergs with `icebergQty`. The order
    counts as one against the `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type; it decides which other parameters become mandatory: `LIMIT` needs
            `timeInForce`, `quantity` and `price`; `MARKET` needs `quantity` or `quoteOrderQty`;
            `STOP_LOSS` and `TAKE_PROFIT` need `quantity` plus `stopPrice` and/or `trailingDelta`
            (they become market orders when triggered); `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`
            need `timeInForce`, `quantity`, `price` plus `stopPrice` and/or `trailingDelta`;
            `LIMIT_MAKER` (post-only: rejected if it would trade immediately as taker) needs
            `quantity` and `price`. Required.
        time_in_force: How long the order stays active. Mandatory for `LIMIT`, `STOP_LOSS_LIMIT` and
            `TAKE_PROFIT_LIMIT`; must be `GTC` for iceberg orders.
        quantity: Amount of base asset to buy or sell.
        quote_order_qty: `MARKET` orders only: amount of quote asset to spend (`BUY`) or to obtain (`SELL`)
            instead of a base quantity. The engine derives the base quantity from the available
            liquidity while respecting `LOT_SIZE`, so the traded notional comes as close as it can
            to this amount.
        price: Limit price. Mandatory for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT` and
            `TAKE_PROFIT_LIMIT` unless the order is pegged with `pegPriceType`.
        new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
            is omitted. An id in use can only be reused once the order carrying it has filled;
            otherwise the new order is rejected.
        strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
            responses.
        strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
            are reserved by Binance.
        stop_price: Trigger price for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
            orders; can be combined with `trailingDelta`. A `STOP_LOSS` `BUY` or `TAKE_PROFIT`
            `SELL` trigger must lie above the market price, a `STOP_LOSS` `SELL` or `TAKE_PROFIT`
            `BUY` trigger below it.
        trailing_delta: Turns a stop-loss or take-profit order into a trailing stop: the distance, in basis
            points (BIPS), the market must move back from its best price before the order triggers.
            Can be combined with `stopPrice`; see the trailing stop FAQ.
        iceberg_qty: Visible part of an iceberg order; allowed for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`
            and `TAKE_PROFIT_LIMIT` orders and requires `timeInForce=GTC`.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. When omitted, `MARKET`
            and `LIMIT` orders answer with `FULL` and every other type with `ACK`.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        peg_price_type: Makes the order a pegged order whose price follows the book: `PRIMARY_PEG` tracks the
            best price on the order's own side, `MARKET_PEG` the best price of the other side. Only
            for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`);
            the price parameter becomes optional when this is set.
        peg_offset_value: How many price levels away from the best price the order is pegged to (at most 100).
            Must be sent together with `pegOffsetType`.
        peg_offset_type: Unit of `pegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be sent
            together with `pegOffsetValue`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            side=side,
            type_=type_,
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | str,
    type_: OrderType | str,
    time_in_force: TimeInForce | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    peg_price_type: PegPriceType | str | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> NewOrderAck | NewOrderFull | NewOrderResult:
    """Place an order.

    Sends a new order for one symbol to the matching engine. Which parameters are needed depends on
    `type` (see that parameter). Stop-loss and take-profit orders trigger on `stopPrice`, on a
    trailing distance (`trailingDelta`), or both. Limit-priced types may be pegged to the book with
    `pegPriceType`, and `LIMIT`-style orders can be made icebergs with `icebergQty`. The order
    counts as one against the `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type; it decides which other parameters become mandatory: `LIMIT` needs
            `timeInForce`, `quantity` and `price`; `MARKET` needs `quantity` or `quoteOrderQty`;
            `STOP_LOSS` and `TAKE_PROFIT` need `quantity` plus `stopPrice` and/or `trailingDelta`
            (they become market orders when triggered); `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`
            need `timeInForce`, `quantity`, `price` plus `stopPrice` and/or `trailingDelta`;
            `LIMIT_MAKER` (post-only: rejected if it would trade immediately as taker) needs
            `quantity` and `price`. Required.
        time_in_force: How long the order stays active. Mandatory for `LIMIT`, `STOP_LOSS_LIMIT` and
            `TAKE_PROFIT_LIMIT`; must be `GTC` for iceberg orders.
        quantity: Amount of base asset to buy or sell.
        quote_order_qty: `MARKET` orders only: amount of quote asset to spend (`BUY`) or to obtain (`SELL`)
            instead of a base quantity. The engine derives the base quantity from the available
            liquidity while respecting `LOT_SIZE`, so the traded notional comes as close as it can
            to this amount.
        price: Limit price. Mandatory for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT` and
            `TAKE_PROFIT_LIMIT` unless the order is pegged with `pegPriceType`.
        new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
            is omitted. An id in use can only be reused once the order carrying it has filled;
            otherwise the new order is rejected.
        strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
            responses.
        strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
            are reserved by Binance.
        stop_price: Trigger price for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
            orders; can be combined with `trailingDelta`. A `STOP_LOSS` `BUY` or `TAKE_PROFIT`
            `SELL` trigger must lie above the market price, a `STOP_LOSS` `SELL` or `TAKE_PROFIT`
            `BUY` trigger below it.
        trailing_delta: Turns a stop-loss or take-profit order into a trailing stop: the distance, in basis
            points (BIPS), the market must move back from its best price before the order triggers.
            Can be combined with `stopPrice`; see the trailing stop FAQ.
        iceberg_qty: Visible part of an iceberg order; allowed for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`
            and `TAKE_PROFIT_LIMIT` orders and requires `timeInForce=GTC`.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. When omitted, `MARKET`
            and `LIMIT` orders answer with `FULL` and every other type with `ACK`.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        peg_price_type: Makes the order a pegged order whose price follows the book: `PRIMARY_PEG` tracks the
            best price on the order's own side, `MARKET_PEG` the best price of the other side. Only
            for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`);
            the price parameter becomes optional when this is set.
        peg_offset_value: How many price levels away from the best price the order is pegged to (at most 100).
            Must be sent together with `pegOffsetType`.
        peg_offset_type: Unit of `pegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be sent
            together with `pegOffsetValue`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        NewOrderAck | NewOrderFull | NewOrderResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                side=side,
                type_=type_,
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
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | str,
    type_: OrderType | str,
    time_in_force: TimeInForce | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    peg_price_type: PegPriceType | str | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[NewOrderAck | NewOrderFull | NewOrderResult]:
    """Place an order.

    Sends a new order for one symbol to the matching engine. Which parameters are needed depends on
    `type` (see that parameter). Stop-loss and take-profit orders trigger on `stopPrice`, on a
    trailing distance (`trailingDelta`), or both. Limit-priced types may be pegged to the book with
    `pegPriceType`, and `LIMIT`-style orders can be made icebergs with `icebergQty`. The order
    counts as one against the `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type; it decides which other parameters become mandatory: `LIMIT` needs
            `timeInForce`, `quantity` and `price`; `MARKET` needs `quantity` or `quoteOrderQty`;
            `STOP_LOSS` and `TAKE_PROFIT` need `quantity` plus `stopPrice` and/or `trailingDelta`
            (they become market orders when triggered); `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`
            need `timeInForce`, `quantity`, `price` plus `stopPrice` and/or `trailingDelta`;
            `LIMIT_MAKER` (post-only: rejected if it would trade immediately as taker) needs
            `quantity` and `price`. Required.
        time_in_force: How long the order stays active. Mandatory for `LIMIT`, `STOP_LOSS_LIMIT` and
            `TAKE_PROFIT_LIMIT`; must be `GTC` for iceberg orders.
        quantity: Amount of base asset to buy or sell.
        quote_order_qty: `MARKET` orders only: amount of quote asset to spend (`BUY`) or to obtain (`SELL`)
            instead of a base quantity. The engine derives the base quantity from the available
            liquidity while respecting `LOT_SIZE`, so the traded notional comes as close as it can
            to this amount.
        price: Limit price. Mandatory for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT` and
            `TAKE_PROFIT_LIMIT` unless the order is pegged with `pegPriceType`.
        new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
            is omitted. An id in use can only be reused once the order carrying it has filled;
            otherwise the new order is rejected.
        strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
            responses.
        strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
            are reserved by Binance.
        stop_price: Trigger price for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
            orders; can be combined with `trailingDelta`. A `STOP_LOSS` `BUY` or `TAKE_PROFIT`
            `SELL` trigger must lie above the market price, a `STOP_LOSS` `SELL` or `TAKE_PROFIT`
            `BUY` trigger below it.
        trailing_delta: Turns a stop-loss or take-profit order into a trailing stop: the distance, in basis
            points (BIPS), the market must move back from its best price before the order triggers.
            Can be combined with `stopPrice`; see the trailing stop FAQ.
        iceberg_qty: Visible part of an iceberg order; allowed for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`
            and `TAKE_PROFIT_LIMIT` orders and requires `timeInForce=GTC`.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. When omitted, `MARKET`
            and `LIMIT` orders answer with `FULL` and every other type with `ACK`.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        peg_price_type: Makes the order a pegged order whose price follows the book: `PRIMARY_PEG` tracks the
            best price on the order's own side, `MARKET_PEG` the best price of the other side. Only
            for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`);
            the price parameter becomes optional when this is set.
        peg_offset_value: How many price levels away from the best price the order is pegged to (at most 100).
            Must be sent together with `pegOffsetType`.
        peg_offset_type: Unit of `pegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be sent
            together with `pegOffsetValue`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            side=side,
            type_=type_,
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | str,
    type_: OrderType | str,
    time_in_force: TimeInForce | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    stop_price: DecimalLike | None = None,
    trailing_delta: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    peg_price_type: PegPriceType | str | None = None,
    peg_offset_value: int | None = None,
    peg_offset_type: PegOffsetType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> NewOrderAck | NewOrderFull | NewOrderResult:
    """Place an order.

    Sends a new order for one symbol to the matching engine. Which parameters are needed depends on
    `type` (see that parameter). Stop-loss and take-profit orders trigger on `stopPrice`, on a
    trailing distance (`trailingDelta`), or both. Limit-priced types may be pegged to the book with
    `pegPriceType`, and `LIMIT`-style orders can be made icebergs with `icebergQty`. The order
    counts as one against the `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type; it decides which other parameters become mandatory: `LIMIT` needs
            `timeInForce`, `quantity` and `price`; `MARKET` needs `quantity` or `quoteOrderQty`;
            `STOP_LOSS` and `TAKE_PROFIT` need `quantity` plus `stopPrice` and/or `trailingDelta`
            (they become market orders when triggered); `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`
            need `timeInForce`, `quantity`, `price` plus `stopPrice` and/or `trailingDelta`;
            `LIMIT_MAKER` (post-only: rejected if it would trade immediately as taker) needs
            `quantity` and `price`. Required.
        time_in_force: How long the order stays active. Mandatory for `LIMIT`, `STOP_LOSS_LIMIT` and
            `TAKE_PROFIT_LIMIT`; must be `GTC` for iceberg orders.
        quantity: Amount of base asset to buy or sell.
        quote_order_qty: `MARKET` orders only: amount of quote asset to spend (`BUY`) or to obtain (`SELL`)
            instead of a base quantity. The engine derives the base quantity from the available
            liquidity while respecting `LOT_SIZE`, so the traded notional comes as close as it can
            to this amount.
        price: Limit price. Mandatory for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT` and
            `TAKE_PROFIT_LIMIT` unless the order is pegged with `pegPriceType`.
        new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
            is omitted. An id in use can only be reused once the order carrying it has filled;
            otherwise the new order is rejected.
        strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
            responses.
        strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
            are reserved by Binance.
        stop_price: Trigger price for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
            orders; can be combined with `trailingDelta`. A `STOP_LOSS` `BUY` or `TAKE_PROFIT`
            `SELL` trigger must lie above the market price, a `STOP_LOSS` `SELL` or `TAKE_PROFIT`
            `BUY` trigger below it.
        trailing_delta: Turns a stop-loss or take-profit order into a trailing stop: the distance, in basis
            points (BIPS), the market must move back from its best price before the order triggers.
            Can be combined with `stopPrice`; see the trailing stop FAQ.
        iceberg_qty: Visible part of an iceberg order; allowed for `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`
            and `TAKE_PROFIT_LIMIT` orders and requires `timeInForce=GTC`.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. When omitted, `MARKET`
            and `LIMIT` orders answer with `FULL` and every other type with `ACK`.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        peg_price_type: Makes the order a pegged order whose price follows the book: `PRIMARY_PEG` tracks the
            best price on the order's own side, `MARKET_PEG` the best price of the other side. Only
            for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`);
            the price parameter becomes optional when this is set.
        peg_offset_value: How many price levels away from the best price the order is pegged to (at most 100).
            Must be sent together with `pegOffsetType`.
        peg_offset_type: Unit of `pegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be sent
            together with `pegOffsetValue`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        NewOrderAck | NewOrderFull | NewOrderResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                side=side,
                type_=type_,
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
            recv_window=recv_window,
            timeout=timeout,
        )
    )
