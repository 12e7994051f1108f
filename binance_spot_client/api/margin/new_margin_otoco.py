"""Place a margin OTOCO: POST /sapi/v1/margin/order/otoco (TRADE, weight 6).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

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
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newMarginOtoco"]


def _arguments(
    symbol: str,
    working_type: MarginWorkingOrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | str,
    *,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_below_type: MarginPendingOcoOrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
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
    working_type: MarginWorkingOrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | str,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_below_type: MarginPendingOcoOrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginNewOrderList]:
    """Place a margin OTOCO.

    Places a one-triggers-one-cancels-the-other list in a margin account: a working `LIMIT` or
    `LIMIT_MAKER` order, and two pending orders (above and below) that form an OCO pair placed once
    the working order is fully filled. The pending pair follows the OCO price rules. The list counts
    as 3 orders against the unfilled order count and the order number filters.

    POST /sapi/v1/margin/order/otoco · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        list_client_order_id: Your own id for the whole list, unique among open lists and distinct from the orders'
            ids; generated when omitted.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing done for the list: `NO_SIDE_EFFECT` (default), `MARGIN_BUY` or
            `AUTO_BORROW_REPAY`.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER`. Required.
        working_side: Side of the working order. Required.
        working_client_order_id: Your own id for the working order; generated when omitted.
        working_price: Price of the working order. Required.
        working_quantity: Quantity of the working order. Required.
        working_iceberg_qty: Visible quantity of the working order; only with `workingTimeInForce=GTC`.
        working_time_in_force: Time in force of the working order; needed when it is `LIMIT`.
        pending_side: Side of both pending orders. Required.
        pending_quantity: Quantity of both pending orders. Required.
        pending_above_type: Type of the pending above order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`. Required.
        pending_above_client_order_id: Your own id for the pending above order; generated when omitted.
        pending_above_price: Price of the pending above order; needed by limit-priced types and whenever a trailing
            delta is sent.
        pending_above_stop_price: Trigger price of a stop pending above order.
        pending_above_trailing_delta: Trailing distance of a stop pending above order.
        pending_above_iceberg_qty: Visible quantity of the pending above order; only with `pendingAboveTimeInForce=GTC`.
        pending_above_time_in_force: Time in force of a limit-priced pending above order.
        pending_below_type: Type of the pending below order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`.
        pending_below_client_order_id: Your own id for the pending below order; generated when omitted.
        pending_below_price: Price of the pending below order; needed by limit-priced types and whenever a trailing
            delta is sent.
        pending_below_stop_price: Trigger price of a stop pending below order.
        pending_below_trailing_delta: Trailing distance of a stop pending below order.
        pending_below_iceberg_qty: Visible quantity of the pending below order; only with `pendingBelowTimeInForce=GTC`.
        pending_below_time_in_force: Time in force of a limit-priced pending below order.
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    working_type: MarginWorkingOrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | str,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_below_type: MarginPendingOcoOrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginNewOrderList:
    """Place a margin OTOCO.

    Places a one-triggers-one-cancels-the-other list in a margin account: a working `LIMIT` or
    `LIMIT_MAKER` order, and two pending orders (above and below) that form an OCO pair placed once
    the working order is fully filled. The pending pair follows the OCO price rules. The list counts
    as 3 orders against the unfilled order count and the order number filters.

    POST /sapi/v1/margin/order/otoco · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        list_client_order_id: Your own id for the whole list, unique among open lists and distinct from the orders'
            ids; generated when omitted.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing done for the list: `NO_SIDE_EFFECT` (default), `MARGIN_BUY` or
            `AUTO_BORROW_REPAY`.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER`. Required.
        working_side: Side of the working order. Required.
        working_client_order_id: Your own id for the working order; generated when omitted.
        working_price: Price of the working order. Required.
        working_quantity: Quantity of the working order. Required.
        working_iceberg_qty: Visible quantity of the working order; only with `workingTimeInForce=GTC`.
        working_time_in_force: Time in force of the working order; needed when it is `LIMIT`.
        pending_side: Side of both pending orders. Required.
        pending_quantity: Quantity of both pending orders. Required.
        pending_above_type: Type of the pending above order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`. Required.
        pending_above_client_order_id: Your own id for the pending above order; generated when omitted.
        pending_above_price: Price of the pending above order; needed by limit-priced types and whenever a trailing
            delta is sent.
        pending_above_stop_price: Trigger price of a stop pending above order.
        pending_above_trailing_delta: Trailing distance of a stop pending above order.
        pending_above_iceberg_qty: Visible quantity of the pending above order; only with `pendingAboveTimeInForce=GTC`.
        pending_above_time_in_force: Time in force of a limit-priced pending above order.
        pending_below_type: Type of the pending below order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`.
        pending_below_client_order_id: Your own id for the pending below order; generated when omitted.
        pending_below_price: Price of the pending below order; needed by limit-priced types and whenever a trailing
            delta is sent.
        pending_below_stop_price: Trigger price of a stop pending below order.
        pending_below_trailing_delta: Trailing distance of a stop pending below order.
        pending_below_iceberg_qty: Visible quantity of the pending below order; only with `pendingBelowTimeInForce=GTC`.
        pending_below_time_in_force: Time in force of a limit-priced pending below order.
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
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    working_type: MarginWorkingOrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | str,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_below_type: MarginPendingOcoOrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginNewOrderList]:
    """Place a margin OTOCO.

    Places a one-triggers-one-cancels-the-other list in a margin account: a working `LIMIT` or
    `LIMIT_MAKER` order, and two pending orders (above and below) that form an OCO pair placed once
    the working order is fully filled. The pending pair follows the OCO price rules. The list counts
    as 3 orders against the unfilled order count and the order number filters.

    POST /sapi/v1/margin/order/otoco · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        list_client_order_id: Your own id for the whole list, unique among open lists and distinct from the orders'
            ids; generated when omitted.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing done for the list: `NO_SIDE_EFFECT` (default), `MARGIN_BUY` or
            `AUTO_BORROW_REPAY`.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER`. Required.
        working_side: Side of the working order. Required.
        working_client_order_id: Your own id for the working order; generated when omitted.
        working_price: Price of the working order. Required.
        working_quantity: Quantity of the working order. Required.
        working_iceberg_qty: Visible quantity of the working order; only with `workingTimeInForce=GTC`.
        working_time_in_force: Time in force of the working order; needed when it is `LIMIT`.
        pending_side: Side of both pending orders. Required.
        pending_quantity: Quantity of both pending orders. Required.
        pending_above_type: Type of the pending above order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`. Required.
        pending_above_client_order_id: Your own id for the pending above order; generated when omitted.
        pending_above_price: Price of the pending above order; needed by limit-priced types and whenever a trailing
            delta is sent.
        pending_above_stop_price: Trigger price of a stop pending above order.
        pending_above_trailing_delta: Trailing distance of a stop pending above order.
        pending_above_iceberg_qty: Visible quantity of the pending above order; only with `pendingAboveTimeInForce=GTC`.
        pending_above_time_in_force: Time in force of a limit-priced pending above order.
        pending_below_type: Type of the pending below order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`.
        pending_below_client_order_id: Your own id for the pending below order; generated when omitted.
        pending_below_price: Price of the pending below order; needed by limit-priced types and whenever a trailing
            delta is sent.
        pending_below_stop_price: Trigger price of a stop pending below order.
        pending_below_trailing_delta: Trailing distance of a stop pending below order.
        pending_below_iceberg_qty: Visible quantity of the pending below order; only with `pendingBelowTimeInForce=GTC`.
        pending_below_time_in_force: Time in force of a limit-priced pending below order.
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
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    working_type: MarginWorkingOrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: MarginPendingOcoOrderType | str,
    is_isolated: MarginIsolatedFlag | str | None = None,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    side_effect_type: MarginSideEffectType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    auto_repay_at_cancel: bool | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_below_type: MarginPendingOcoOrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginNewOrderList:
    """Place a margin OTOCO.

    Places a one-triggers-one-cancels-the-other list in a margin account: a working `LIMIT` or
    `LIMIT_MAKER` order, and two pending orders (above and below) that form an OCO pair placed once
    the working order is fully filled. The pending pair follows the OCO price rules. The list counts
    as 3 orders against the unfilled order count and the order number filters.

    POST /sapi/v1/margin/order/otoco · security TRADE · weight 6


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        list_client_order_id: Your own id for the whole list, unique among open lists and distinct from the orders'
            ids; generated when omitted.
        new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
            `FULL`, others to `ACK`.
        side_effect_type: Borrowing done for the list: `NO_SIDE_EFFECT` (default), `MARGIN_BUY` or
            `AUTO_BORROW_REPAY`.
        self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
            accepted, and the symbol's default applies when omitted.
        auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
            when the order is cancelled; default `true`. Binance suggests `false` when orders are
            placed and cancelled at a high rate.
        working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER`. Required.
        working_side: Side of the working order. Required.
        working_client_order_id: Your own id for the working order; generated when omitted.
        working_price: Price of the working order. Required.
        working_quantity: Quantity of the working order. Required.
        working_iceberg_qty: Visible quantity of the working order; only with `workingTimeInForce=GTC`.
        working_time_in_force: Time in force of the working order; needed when it is `LIMIT`.
        pending_side: Side of both pending orders. Required.
        pending_quantity: Quantity of both pending orders. Required.
        pending_above_type: Type of the pending above order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`. Required.
        pending_above_client_order_id: Your own id for the pending above order; generated when omitted.
        pending_above_price: Price of the pending above order; needed by limit-priced types and whenever a trailing
            delta is sent.
        pending_above_stop_price: Trigger price of a stop pending above order.
        pending_above_trailing_delta: Trailing distance of a stop pending above order.
        pending_above_iceberg_qty: Visible quantity of the pending above order; only with `pendingAboveTimeInForce=GTC`.
        pending_above_time_in_force: Time in force of a limit-priced pending above order.
        pending_below_type: Type of the pending below order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`.
        pending_below_client_order_id: Your own id for the pending below order; generated when omitted.
        pending_below_price: Price of the pending below order; needed by limit-priced types and whenever a trailing
            delta is sent.
        pending_below_stop_price: Trigger price of a stop pending below order.
        pending_below_trailing_delta: Trailing distance of a stop pending below order.
        pending_below_iceberg_qty: Visible quantity of the pending below order; only with `pendingBelowTimeInForce=GTC`.
        pending_below_time_in_force: Time in force of a limit-priced pending below order.
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
            recv_window=recv_window,
            timeout=timeout,
        )
    )
