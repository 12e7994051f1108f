"""Place a margin order: POST /sapi/v1/margin/order (TRADE, weight 6).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

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
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newMarginOrder"]


def _arguments(
    symbol: str,
    side: OrderSide | str,
    type_: OrderType | str,
    *,
    is_isolated: MarginIsolatedFlag | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    time_in_force: TimeInForce | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "side": side,
        "type_": type_,
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


def _parse_response(response: httpx.Response) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
    data = decode_json(response, OPERATION.operation_id)
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


def _build_response(
    response: httpx.Response,
) -> Response[MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult]:
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    time_in_force: TimeInForce | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult]:
    """Place a margin order.

    Places an order in the cross margin account, or in the isolated account of `symbol`. The
    parameters an order type needs are those of spot orders (`LIMIT` needs `timeInForce`, `quantity`
    and `price`; `MARKET` needs `quantity` or `quoteOrderQty`; stop and take-profit types need
    `stopPrice` or `trailingDelta`). `sideEffectType` lets the order borrow what it needs or repay
    debt with its proceeds.

    POST /sapi/v1/margin/order · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type; it decides which other parameters are needed. Required.
        quantity: Base asset quantity.
        quote_order_qty: `MARKET` orders only: quote asset amount to spend or receive instead of a base quantity.
        price: Limit price.
        stop_price: Trigger price of `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
            orders.
        new_client_order_id: Your own id for the order, unique among open orders; generated when omitted.
        iceberg_qty: Visible quantity, making a `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` order an
            iceberg.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
        time_in_force: How long the order stays active; needed by limit-priced types.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        trailing_delta: Trailing distance in basis points for stop and take-profit orders.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            side=side,
            type_=type_,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    time_in_force: TimeInForce | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
    """Place a margin order.

    Places an order in the cross margin account, or in the isolated account of `symbol`. The
    parameters an order type needs are those of spot orders (`LIMIT` needs `timeInForce`, `quantity`
    and `price`; `MARKET` needs `quantity` or `quoteOrderQty`; stop and take-profit types need
    `stopPrice` or `trailingDelta`). `sideEffectType` lets the order borrow what it needs or repay
    debt with its proceeds.

    POST /sapi/v1/margin/order · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type; it decides which other parameters are needed. Required.
        quantity: Base asset quantity.
        quote_order_qty: `MARKET` orders only: quote asset amount to spend or receive instead of a base quantity.
        price: Limit price.
        stop_price: Trigger price of `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
            orders.
        new_client_order_id: Your own id for the order, unique among open orders; generated when omitted.
        iceberg_qty: Visible quantity, making a `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` order an
            iceberg.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
        time_in_force: How long the order stays active; needed by limit-priced types.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        trailing_delta: Trailing distance in basis points for stop and take-profit orders.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                side=side,
                type_=type_,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    time_in_force: TimeInForce | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult]:
    """Place a margin order.

    Places an order in the cross margin account, or in the isolated account of `symbol`. The
    parameters an order type needs are those of spot orders (`LIMIT` needs `timeInForce`, `quantity`
    and `price`; `MARKET` needs `quantity` or `quoteOrderQty`; stop and take-profit types need
    `stopPrice` or `trailingDelta`). `sideEffectType` lets the order borrow what it needs or repay
    debt with its proceeds.

    POST /sapi/v1/margin/order · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type; it decides which other parameters are needed. Required.
        quantity: Base asset quantity.
        quote_order_qty: `MARKET` orders only: quote asset amount to spend or receive instead of a base quantity.
        price: Limit price.
        stop_price: Trigger price of `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
            orders.
        new_client_order_id: Your own id for the order, unique among open orders; generated when omitted.
        iceberg_qty: Visible quantity, making a `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` order an
            iceberg.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
        time_in_force: How long the order stays active; needed by limit-priced types.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        trailing_delta: Trailing distance in basis points for stop and take-profit orders.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            side=side,
            type_=type_,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    quantity: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    time_in_force: TimeInForce | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    trailing_delta: int | None = None,
    auto_repay_at_cancel: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
    """Place a margin order.

    Places an order in the cross margin account, or in the isolated account of `symbol`. The
    parameters an order type needs are those of spot orders (`LIMIT` needs `timeInForce`, `quantity`
    and `price`; `MARKET` needs `quantity` or `quoteOrderQty`; stop and take-profit types need
    `stopPrice` or `trailingDelta`). `sideEffectType` lets the order borrow what it needs or repay
    debt with its proceeds.

    POST /sapi/v1/margin/order · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type; it decides which other parameters are needed. Required.
        quantity: Base asset quantity.
        quote_order_qty: `MARKET` orders only: quote asset amount to spend or receive instead of a base quantity.
        price: Limit price.
        stop_price: Trigger price of `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
            orders.
        new_client_order_id: Your own id for the order, unique among open orders; generated when omitted.
        iceberg_qty: Visible quantity, making a `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` order an
            iceberg.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
        time_in_force: How long the order stays active; needed by limit-priced types.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        trailing_delta: Trailing distance in basis points for stop and take-profit orders.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                side=side,
                type_=type_,
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
            recv_window=recv_window,
            timeout=timeout,
        )
    )
