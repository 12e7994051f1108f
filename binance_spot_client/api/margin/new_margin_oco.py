"""Place a margin OCO: POST /sapi/v1/margin/order/oco (TRADE, weight 6).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_new_order_list import MarginNewOrderList
from ...models.margin_side_effect_type import MarginSideEffectType
from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.time_in_force import TimeInForce
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newMarginOco"]


def _arguments(
    symbol: str,
    side: OrderSide | str,
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    *,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    stop_client_order_id: str | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "list_client_order_id": list_client_order_id,
        "side": side,
        "quantity": quantity,
        "limit_client_order_id": limit_client_order_id,
        "price": price,
        "limit_iceberg_qty": limit_iceberg_qty,
        "stop_client_order_id": stop_client_order_id,
        "stop_price": stop_price,
        "stop_limit_price": stop_limit_price,
        "stop_iceberg_qty": stop_iceberg_qty,
        "stop_limit_time_in_force": stop_limit_time_in_force,
        "new_order_resp_type": new_order_resp_type,
        "side_effect_type": side_effect_type,
        "self_trade_prevention_mode": self_trade_prevention_mode,
        "auto_repay_at_cancel": auto_repay_at_cancel,
    }


def _parse_response(response: httpx.Response) -> MarginNewOrderList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginNewOrderList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginNewOrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginNewOrderList]:
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
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    stop_client_order_id: str | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginNewOrderList]:
    """Place a margin OCO.

    Places a one-cancels-the-other pair of orders in a margin account: a limit leg at `price` and a
    stop leg at `stopPrice` (a stop-limit leg when `stopLimitPrice` is sent). For a sell the limit
    price must be above the last price and the stop price below it; for a buy the other way round.
    Both legs share `quantity` (iceberg quantities may differ), and the list counts as 2 orders
    against the order rate limit.

    POST /sapi/v1/margin/order/oco · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        list_client_order_id: Your own id for the whole list; generated when omitted.
        side: Side of both legs. Required.
        quantity: Base quantity of each leg. Required.
        limit_client_order_id: Your own id for the limit leg.
        price: Price of the limit leg. Required.
        limit_iceberg_qty: Visible quantity of the limit leg.
        stop_client_order_id: Your own id for the stop leg.
        stop_price: Trigger price of the stop leg. Required.
        stop_limit_price: Limit price of the stop leg, making it a stop-limit order; needs `stopLimitTimeInForce`.
        stop_iceberg_qty: Visible quantity of the stop leg.
        stop_limit_time_in_force: Time in force of a stop-limit leg.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
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
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            limit_client_order_id=limit_client_order_id,
            price=price,
            limit_iceberg_qty=limit_iceberg_qty,
            stop_client_order_id=stop_client_order_id,
            stop_price=stop_price,
            stop_limit_price=stop_limit_price,
            stop_iceberg_qty=stop_iceberg_qty,
            stop_limit_time_in_force=stop_limit_time_in_force,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
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
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    stop_client_order_id: str | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginNewOrderList:
    """Place a margin OCO.

    Places a one-cancels-the-other pair of orders in a margin account: a limit leg at `price` and a
    stop leg at `stopPrice` (a stop-limit leg when `stopLimitPrice` is sent). For a sell the limit
    price must be above the last price and the stop price below it; for a buy the other way round.
    Both legs share `quantity` (iceberg quantities may differ), and the list counts as 2 orders
    against the order rate limit.

    POST /sapi/v1/margin/order/oco · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        list_client_order_id: Your own id for the whole list; generated when omitted.
        side: Side of both legs. Required.
        quantity: Base quantity of each leg. Required.
        limit_client_order_id: Your own id for the limit leg.
        price: Price of the limit leg. Required.
        limit_iceberg_qty: Visible quantity of the limit leg.
        stop_client_order_id: Your own id for the stop leg.
        stop_price: Trigger price of the stop leg. Required.
        stop_limit_price: Limit price of the stop leg, making it a stop-limit order; needs `stopLimitTimeInForce`.
        stop_iceberg_qty: Visible quantity of the stop leg.
        stop_limit_time_in_force: Time in force of a stop-limit leg.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginNewOrderList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                list_client_order_id=list_client_order_id,
                side=side,
                quantity=quantity,
                limit_client_order_id=limit_client_order_id,
                price=price,
                limit_iceberg_qty=limit_iceberg_qty,
                stop_client_order_id=stop_client_order_id,
                stop_price=stop_price,
                stop_limit_price=stop_limit_price,
                stop_iceberg_qty=stop_iceberg_qty,
                stop_limit_time_in_force=stop_limit_time_in_force,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
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
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    stop_client_order_id: str | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginNewOrderList]:
    """Place a margin OCO.

    Places a one-cancels-the-other pair of orders in a margin account: a limit leg at `price` and a
    stop leg at `stopPrice` (a stop-limit leg when `stopLimitPrice` is sent). For a sell the limit
    price must be above the last price and the stop price below it; for a buy the other way round.
    Both legs share `quantity` (iceberg quantities may differ), and the list counts as 2 orders
    against the order rate limit.

    POST /sapi/v1/margin/order/oco · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        list_client_order_id: Your own id for the whole list; generated when omitted.
        side: Side of both legs. Required.
        quantity: Base quantity of each leg. Required.
        limit_client_order_id: Your own id for the limit leg.
        price: Price of the limit leg. Required.
        limit_iceberg_qty: Visible quantity of the limit leg.
        stop_client_order_id: Your own id for the stop leg.
        stop_price: Trigger price of the stop leg. Required.
        stop_limit_price: Limit price of the stop leg, making it a stop-limit order; needs `stopLimitTimeInForce`.
        stop_iceberg_qty: Visible quantity of the stop leg.
        stop_limit_time_in_force: Time in force of a stop-limit leg.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
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
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            limit_client_order_id=limit_client_order_id,
            price=price,
            limit_iceberg_qty=limit_iceberg_qty,
            stop_client_order_id=stop_client_order_id,
            stop_price=stop_price,
            stop_limit_price=stop_limit_price,
            stop_iceberg_qty=stop_iceberg_qty,
            stop_limit_time_in_force=stop_limit_time_in_force,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
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
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    stop_client_order_id: str | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginNewOrderList:
    """Place a margin OCO.

    Places a one-cancels-the-other pair of orders in a margin account: a limit leg at `price` and a
    stop leg at `stopPrice` (a stop-limit leg when `stopLimitPrice` is sent). For a sell the limit
    price must be above the last price and the stop price below it; for a buy the other way round.
    Both legs share `quantity` (iceberg quantities may differ), and the list counts as 2 orders
    against the order rate limit.

    POST /sapi/v1/margin/order/oco · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        list_client_order_id: Your own id for the whole list; generated when omitted.
        side: Side of both legs. Required.
        quantity: Base quantity of each leg. Required.
        limit_client_order_id: Your own id for the limit leg.
        price: Price of the limit leg. Required.
        limit_iceberg_qty: Visible quantity of the limit leg.
        stop_client_order_id: Your own id for the stop leg.
        stop_price: Trigger price of the stop leg. Required.
        stop_limit_price: Limit price of the stop leg, making it a stop-limit order; needs `stopLimitTimeInForce`.
        stop_iceberg_qty: Visible quantity of the stop leg.
        stop_limit_time_in_force: Time in force of a stop-limit leg.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginNewOrderList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                list_client_order_id=list_client_order_id,
                side=side,
                quantity=quantity,
                limit_client_order_id=limit_client_order_id,
                price=price,
                limit_iceberg_qty=limit_iceberg_qty,
                stop_client_order_id=stop_client_order_id,
                stop_price=stop_price,
                stop_limit_price=stop_limit_price,
                stop_iceberg_qty=stop_iceberg_qty,
                stop_limit_time_in_force=stop_limit_time_in_force,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                auto_repay_at_cancel=auto_repay_at_cancel,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
