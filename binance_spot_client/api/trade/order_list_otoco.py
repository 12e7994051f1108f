"""Place an OTOCO order list: POST /api/v3/orderList/otoco (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.order_list_response import OrderListResponse
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
OPERATION = OPERATIONS["orderListOtoco"]


def _arguments(
    symbol: str,
    working_type: OrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: OrderType | str,
    *,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | str | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_above_strategy_id: int | None = None,
    pending_above_strategy_type: int | None = None,
    pending_above_peg_price_type: PegPriceType | str | None = None,
    pending_above_peg_offset_value: int | None = None,
    pending_above_peg_offset_type: PegOffsetType | str | None = None,
    pending_below_type: OrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
    pending_below_strategy_id: int | None = None,
    pending_below_strategy_type: int | None = None,
    pending_below_peg_price_type: PegPriceType | str | None = None,
    pending_below_peg_offset_value: int | None = None,
    pending_below_peg_offset_type: PegOffsetType | str | None = None,
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
        "pending_side": pending_side,
        "pending_quantity": pending_quantity,
        "pending_above_type": pending_above_type,
        "pending_above_client_order_id": pending_above_client_order_id,
        "pending_above_price": pending_above_price,
        "pending_above_stop_price": pending_above_stop_price,
        "pending_above_trailing_delta": pending_above_trailing_delta,
        "pending_above_iceberg_qty": pending_above_iceberg_qty,
        "pending_above_time_in_force": pending_above_time_in_force,
        "pending_above_strategy_id": pending_above_strategy_id,
        "pending_above_strategy_type": pending_above_strategy_type,
        "pending_above_peg_price_type": pending_above_peg_price_type,
        "pending_above_peg_offset_value": pending_above_peg_offset_value,
        "pending_above_peg_offset_type": pending_above_peg_offset_type,
        "pending_below_type": pending_below_type,
        "pending_below_client_order_id": pending_below_client_order_id,
        "pending_below_price": pending_below_price,
        "pending_below_stop_price": pending_below_stop_price,
        "pending_below_trailing_delta": pending_below_trailing_delta,
        "pending_below_iceberg_qty": pending_below_iceberg_qty,
        "pending_below_time_in_force": pending_below_time_in_force,
        "pending_below_strategy_id": pending_below_strategy_id,
        "pending_below_strategy_type": pending_below_strategy_type,
        "pending_below_peg_price_type": pending_below_peg_price_type,
        "pending_below_peg_offset_value": pending_below_peg_offset_value,
        "pending_below_peg_offset_type": pending_below_peg_offset_type,
    }


def _parse_response(response: httpx.Response) -> OrderListResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> OrderListResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = OrderListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[OrderListResponse]:
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
    working_type: OrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: OrderType | str,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | str | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_above_strategy_id: int | None = None,
    pending_above_strategy_type: int | None = None,
    pending_above_peg_price_type: PegPriceType | str | None = None,
    pending_above_peg_offset_value: int | None = None,
    pending_above_peg_offset_type: PegOffsetType | str | None = None,
    pending_below_type: OrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
    pending_below_strategy_id: int | None = None,
    pending_below_strategy_type: int | None = None,
    pending_below_peg_price_type: PegPriceType | str | None = None,
    pending_below_peg_offset_value: int | None = None,
    pending_below_peg_offset_type: PegOffsetType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderListResponse]:
    """Place an OTOCO order list.

    Places a one-triggers-one-cancels-the-other list of three orders: a working order (`LIMIT` or
    `LIMIT_MAKER`) that behaves as in an OTO, and two pending orders (above and below) forming an
    OCO pair under the same rules as `POST /api/v3/orderList/oco`. The pending pair joins the book
    once the working order is completely filled. The list counts as three orders against the
    `EXCHANGE_MAX_NUM_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/orderList/otoco · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`workingClientOrderId`, `pendingAboveClientOrderId`, `pendingBelowClientOrderId`).
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
            `orderReports` of the answer.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER` only. `LIMIT` also needs
            `workingTimeInForce`. Required.
        working_side: Side of the working order. Required.
        working_client_order_id: Your own id for the working order, unique among your open orders; Binance generates one
            when it is omitted.
        working_price: Limit price of the working order. Required.
        working_quantity: Quantity of the working order. Required.
        working_iceberg_qty: Visible part of the working order, making it an iceberg order; needs
            `workingTimeInForce=GTC` unless `workingType` is `LIMIT_MAKER`.
        working_time_in_force: Time in force of the working order; mandatory when `workingType` is `LIMIT`.
        working_strategy_id: Your own numeric label linking the working order to one of your strategies; echoed back
            in responses.
        working_strategy_type: Your own numeric label for the kind of strategy the working order follows. Values below
            1000000 are reserved by Binance.
        working_peg_price_type: Makes the working order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        working_peg_offset_value: How many price levels away from the best price the working order is pegged to (at most
            100). Must be sent together with `workingPegOffsetType`.
        working_peg_offset_type: Unit of `workingPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must
            be sent together with `workingPegOffsetValue`.
        pending_side: Side of both pending orders. Required.
        pending_quantity: Quantity of both pending orders. Required.
        pending_above_type: Type of the pending above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`,
            `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`. `LIMIT_MAKER` needs `pendingAbovePrice`;
            `STOP_LOSS`/`TAKE_PROFIT` need `pendingAboveStopPrice` and/or
            `pendingAboveTrailingDelta`; the `_LIMIT` variants need `pendingAbovePrice`,
            `pendingAboveTimeInForce` and `pendingAboveStopPrice` and/or
            `pendingAboveTrailingDelta`. Required.
        pending_above_client_order_id: Your own id for the pending above order, unique among your open orders; Binance
            generates one when it is omitted.
        pending_above_price: Limit price of the pending above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        pending_above_stop_price: Trigger price of the pending above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`.
        pending_above_trailing_delta: Trailing distance in basis points (BIPS) for the pending above order; see the trailing
            stop FAQ.
        pending_above_iceberg_qty: Visible part of the pending above order, making it an iceberg order; needs
            `pendingAboveTimeInForce=GTC` unless `pendingAboveType` is `LIMIT_MAKER`.
        pending_above_time_in_force: Time in force of the pending above order.
        pending_above_strategy_id: Your own numeric label linking the pending above order to one of your strategies; echoed
            back in responses.
        pending_above_strategy_type: Your own numeric label for the kind of strategy the pending above order follows. Values
            below 1000000 are reserved by Binance.
        pending_above_peg_price_type: Makes the pending above order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        pending_above_peg_offset_value: How many price levels away from the best price the pending above order is pegged to (at
            most 100). Must be sent together with `pendingAbovePegOffsetType`.
        pending_above_peg_offset_type: Unit of `pendingAbovePegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports.
            Must be sent together with `pendingAbovePegOffsetValue`.
        pending_below_type: Type of the pending below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. `STOP_LOSS`/`TAKE_PROFIT` need `pendingBelowStopPrice` and/or
            `pendingBelowTrailingDelta`; the `_LIMIT` variants need `pendingBelowPrice`,
            `pendingBelowTimeInForce` and `pendingBelowStopPrice` and/or
            `pendingBelowTrailingDelta`.
        pending_below_client_order_id: Your own id for the pending below order, unique among your open orders; Binance
            generates one when it is omitted.
        pending_below_price: Limit price of the pending below order, for `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`.
        pending_below_stop_price: Trigger price of the pending below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`; this and/or `pendingBelowTrailingDelta` is needed
            for those types.
        pending_below_trailing_delta: Trailing distance in basis points (BIPS) for the pending below order; see the trailing
            stop FAQ.
        pending_below_iceberg_qty: Visible part of the pending below order, making it an iceberg order; needs
            `pendingBelowTimeInForce=GTC` unless `pendingBelowType` is `LIMIT_MAKER`.
        pending_below_time_in_force: Time in force of the pending below order.
        pending_below_strategy_id: Your own numeric label linking the pending below order to one of your strategies; echoed
            back in responses.
        pending_below_strategy_type: Your own numeric label for the kind of strategy the pending below order follows. Values
            below 1000000 are reserved by Binance.
        pending_below_peg_price_type: Makes the pending below order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        pending_below_peg_offset_value: How many price levels away from the best price the pending below order is pegged to (at
            most 100). Must be sent together with `pendingBelowPegOffsetType`.
        pending_below_peg_offset_type: Unit of `pendingBelowPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports.
            Must be sent together with `pendingBelowPegOffsetValue`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
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
            pending_side=pending_side,
            pending_quantity=pending_quantity,
            pending_above_type=pending_above_type,
            pending_above_client_order_id=pending_above_client_order_id,
            pending_above_price=pending_above_price,
            pending_above_stop_price=pending_above_stop_price,
            pending_above_trailing_delta=pending_above_trailing_delta,
            pending_above_iceberg_qty=pending_above_iceberg_qty,
            pending_above_time_in_force=pending_above_time_in_force,
            pending_above_strategy_id=pending_above_strategy_id,
            pending_above_strategy_type=pending_above_strategy_type,
            pending_above_peg_price_type=pending_above_peg_price_type,
            pending_above_peg_offset_value=pending_above_peg_offset_value,
            pending_above_peg_offset_type=pending_above_peg_offset_type,
            pending_below_type=pending_below_type,
            pending_below_client_order_id=pending_below_client_order_id,
            pending_below_price=pending_below_price,
            pending_below_stop_price=pending_below_stop_price,
            pending_below_trailing_delta=pending_below_trailing_delta,
            pending_below_iceberg_qty=pending_below_iceberg_qty,
            pending_below_time_in_force=pending_below_time_in_force,
            pending_below_strategy_id=pending_below_strategy_id,
            pending_below_strategy_type=pending_below_strategy_type,
            pending_below_peg_price_type=pending_below_peg_price_type,
            pending_below_peg_offset_value=pending_below_peg_offset_value,
            pending_below_peg_offset_type=pending_below_peg_offset_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    working_type: OrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: OrderType | str,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | str | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_above_strategy_id: int | None = None,
    pending_above_strategy_type: int | None = None,
    pending_above_peg_price_type: PegPriceType | str | None = None,
    pending_above_peg_offset_value: int | None = None,
    pending_above_peg_offset_type: PegOffsetType | str | None = None,
    pending_below_type: OrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
    pending_below_strategy_id: int | None = None,
    pending_below_strategy_type: int | None = None,
    pending_below_peg_price_type: PegPriceType | str | None = None,
    pending_below_peg_offset_value: int | None = None,
    pending_below_peg_offset_type: PegOffsetType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderListResponse:
    """Place an OTOCO order list.

    Places a one-triggers-one-cancels-the-other list of three orders: a working order (`LIMIT` or
    `LIMIT_MAKER`) that behaves as in an OTO, and two pending orders (above and below) forming an
    OCO pair under the same rules as `POST /api/v3/orderList/oco`. The pending pair joins the book
    once the working order is completely filled. The list counts as three orders against the
    `EXCHANGE_MAX_NUM_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/orderList/otoco · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`workingClientOrderId`, `pendingAboveClientOrderId`, `pendingBelowClientOrderId`).
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
            `orderReports` of the answer.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER` only. `LIMIT` also needs
            `workingTimeInForce`. Required.
        working_side: Side of the working order. Required.
        working_client_order_id: Your own id for the working order, unique among your open orders; Binance generates one
            when it is omitted.
        working_price: Limit price of the working order. Required.
        working_quantity: Quantity of the working order. Required.
        working_iceberg_qty: Visible part of the working order, making it an iceberg order; needs
            `workingTimeInForce=GTC` unless `workingType` is `LIMIT_MAKER`.
        working_time_in_force: Time in force of the working order; mandatory when `workingType` is `LIMIT`.
        working_strategy_id: Your own numeric label linking the working order to one of your strategies; echoed back
            in responses.
        working_strategy_type: Your own numeric label for the kind of strategy the working order follows. Values below
            1000000 are reserved by Binance.
        working_peg_price_type: Makes the working order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        working_peg_offset_value: How many price levels away from the best price the working order is pegged to (at most
            100). Must be sent together with `workingPegOffsetType`.
        working_peg_offset_type: Unit of `workingPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must
            be sent together with `workingPegOffsetValue`.
        pending_side: Side of both pending orders. Required.
        pending_quantity: Quantity of both pending orders. Required.
        pending_above_type: Type of the pending above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`,
            `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`. `LIMIT_MAKER` needs `pendingAbovePrice`;
            `STOP_LOSS`/`TAKE_PROFIT` need `pendingAboveStopPrice` and/or
            `pendingAboveTrailingDelta`; the `_LIMIT` variants need `pendingAbovePrice`,
            `pendingAboveTimeInForce` and `pendingAboveStopPrice` and/or
            `pendingAboveTrailingDelta`. Required.
        pending_above_client_order_id: Your own id for the pending above order, unique among your open orders; Binance
            generates one when it is omitted.
        pending_above_price: Limit price of the pending above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        pending_above_stop_price: Trigger price of the pending above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`.
        pending_above_trailing_delta: Trailing distance in basis points (BIPS) for the pending above order; see the trailing
            stop FAQ.
        pending_above_iceberg_qty: Visible part of the pending above order, making it an iceberg order; needs
            `pendingAboveTimeInForce=GTC` unless `pendingAboveType` is `LIMIT_MAKER`.
        pending_above_time_in_force: Time in force of the pending above order.
        pending_above_strategy_id: Your own numeric label linking the pending above order to one of your strategies; echoed
            back in responses.
        pending_above_strategy_type: Your own numeric label for the kind of strategy the pending above order follows. Values
            below 1000000 are reserved by Binance.
        pending_above_peg_price_type: Makes the pending above order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        pending_above_peg_offset_value: How many price levels away from the best price the pending above order is pegged to (at
            most 100). Must be sent together with `pendingAbovePegOffsetType`.
        pending_above_peg_offset_type: Unit of `pendingAbovePegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports.
            Must be sent together with `pendingAbovePegOffsetValue`.
        pending_below_type: Type of the pending below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. `STOP_LOSS`/`TAKE_PROFIT` need `pendingBelowStopPrice` and/or
            `pendingBelowTrailingDelta`; the `_LIMIT` variants need `pendingBelowPrice`,
            `pendingBelowTimeInForce` and `pendingBelowStopPrice` and/or
            `pendingBelowTrailingDelta`.
        pending_below_client_order_id: Your own id for the pending below order, unique among your open orders; Binance
            generates one when it is omitted.
        pending_below_price: Limit price of the pending below order, for `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`.
        pending_below_stop_price: Trigger price of the pending below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`; this and/or `pendingBelowTrailingDelta` is needed
            for those types.
        pending_below_trailing_delta: Trailing distance in basis points (BIPS) for the pending below order; see the trailing
            stop FAQ.
        pending_below_iceberg_qty: Visible part of the pending below order, making it an iceberg order; needs
            `pendingBelowTimeInForce=GTC` unless `pendingBelowType` is `LIMIT_MAKER`.
        pending_below_time_in_force: Time in force of the pending below order.
        pending_below_strategy_id: Your own numeric label linking the pending below order to one of your strategies; echoed
            back in responses.
        pending_below_strategy_type: Your own numeric label for the kind of strategy the pending below order follows. Values
            below 1000000 are reserved by Binance.
        pending_below_peg_price_type: Makes the pending below order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        pending_below_peg_offset_value: How many price levels away from the best price the pending below order is pegged to (at
            most 100). Must be sent together with `pendingBelowPegOffsetType`.
        pending_below_peg_offset_type: Unit of `pendingBelowPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports.
            Must be sent together with `pendingBelowPegOffsetValue`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OrderListResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
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
                pending_side=pending_side,
                pending_quantity=pending_quantity,
                pending_above_type=pending_above_type,
                pending_above_client_order_id=pending_above_client_order_id,
                pending_above_price=pending_above_price,
                pending_above_stop_price=pending_above_stop_price,
                pending_above_trailing_delta=pending_above_trailing_delta,
                pending_above_iceberg_qty=pending_above_iceberg_qty,
                pending_above_time_in_force=pending_above_time_in_force,
                pending_above_strategy_id=pending_above_strategy_id,
                pending_above_strategy_type=pending_above_strategy_type,
                pending_above_peg_price_type=pending_above_peg_price_type,
                pending_above_peg_offset_value=pending_above_peg_offset_value,
                pending_above_peg_offset_type=pending_above_peg_offset_type,
                pending_below_type=pending_below_type,
                pending_below_client_order_id=pending_below_client_order_id,
                pending_below_price=pending_below_price,
                pending_below_stop_price=pending_below_stop_price,
                pending_below_trailing_delta=pending_below_trailing_delta,
                pending_below_iceberg_qty=pending_below_iceberg_qty,
                pending_below_time_in_force=pending_below_time_in_force,
                pending_below_strategy_id=pending_below_strategy_id,
                pending_below_strategy_type=pending_below_strategy_type,
                pending_below_peg_price_type=pending_below_peg_price_type,
                pending_below_peg_offset_value=pending_below_peg_offset_value,
                pending_below_peg_offset_type=pending_below_peg_offset_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    working_type: OrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: OrderType | str,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | str | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_above_strategy_id: int | None = None,
    pending_above_strategy_type: int | None = None,
    pending_above_peg_price_type: PegPriceType | str | None = None,
    pending_above_peg_offset_value: int | None = None,
    pending_above_peg_offset_type: PegOffsetType | str | None = None,
    pending_below_type: OrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
    pending_below_strategy_id: int | None = None,
    pending_below_strategy_type: int | None = None,
    pending_below_peg_price_type: PegPriceType | str | None = None,
    pending_below_peg_offset_value: int | None = None,
    pending_below_peg_offset_type: PegOffsetType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderListResponse]:
    """Place an OTOCO order list.

    Places a one-triggers-one-cancels-the-other list of three orders: a working order (`LIMIT` or
    `LIMIT_MAKER`) that behaves as in an OTO, and two pending orders (above and below) forming an
    OCO pair under the same rules as `POST /api/v3/orderList/oco`. The pending pair joins the book
    once the working order is completely filled. The list counts as three orders against the
    `EXCHANGE_MAX_NUM_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/orderList/otoco · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`workingClientOrderId`, `pendingAboveClientOrderId`, `pendingBelowClientOrderId`).
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
            `orderReports` of the answer.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER` only. `LIMIT` also needs
            `workingTimeInForce`. Required.
        working_side: Side of the working order. Required.
        working_client_order_id: Your own id for the working order, unique among your open orders; Binance generates one
            when it is omitted.
        working_price: Limit price of the working order. Required.
        working_quantity: Quantity of the working order. Required.
        working_iceberg_qty: Visible part of the working order, making it an iceberg order; needs
            `workingTimeInForce=GTC` unless `workingType` is `LIMIT_MAKER`.
        working_time_in_force: Time in force of the working order; mandatory when `workingType` is `LIMIT`.
        working_strategy_id: Your own numeric label linking the working order to one of your strategies; echoed back
            in responses.
        working_strategy_type: Your own numeric label for the kind of strategy the working order follows. Values below
            1000000 are reserved by Binance.
        working_peg_price_type: Makes the working order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        working_peg_offset_value: How many price levels away from the best price the working order is pegged to (at most
            100). Must be sent together with `workingPegOffsetType`.
        working_peg_offset_type: Unit of `workingPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must
            be sent together with `workingPegOffsetValue`.
        pending_side: Side of both pending orders. Required.
        pending_quantity: Quantity of both pending orders. Required.
        pending_above_type: Type of the pending above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`,
            `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`. `LIMIT_MAKER` needs `pendingAbovePrice`;
            `STOP_LOSS`/`TAKE_PROFIT` need `pendingAboveStopPrice` and/or
            `pendingAboveTrailingDelta`; the `_LIMIT` variants need `pendingAbovePrice`,
            `pendingAboveTimeInForce` and `pendingAboveStopPrice` and/or
            `pendingAboveTrailingDelta`. Required.
        pending_above_client_order_id: Your own id for the pending above order, unique among your open orders; Binance
            generates one when it is omitted.
        pending_above_price: Limit price of the pending above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        pending_above_stop_price: Trigger price of the pending above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`.
        pending_above_trailing_delta: Trailing distance in basis points (BIPS) for the pending above order; see the trailing
            stop FAQ.
        pending_above_iceberg_qty: Visible part of the pending above order, making it an iceberg order; needs
            `pendingAboveTimeInForce=GTC` unless `pendingAboveType` is `LIMIT_MAKER`.
        pending_above_time_in_force: Time in force of the pending above order.
        pending_above_strategy_id: Your own numeric label linking the pending above order to one of your strategies; echoed
            back in responses.
        pending_above_strategy_type: Your own numeric label for the kind of strategy the pending above order follows. Values
            below 1000000 are reserved by Binance.
        pending_above_peg_price_type: Makes the pending above order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        pending_above_peg_offset_value: How many price levels away from the best price the pending above order is pegged to (at
            most 100). Must be sent together with `pendingAbovePegOffsetType`.
        pending_above_peg_offset_type: Unit of `pendingAbovePegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports.
            Must be sent together with `pendingAbovePegOffsetValue`.
        pending_below_type: Type of the pending below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. `STOP_LOSS`/`TAKE_PROFIT` need `pendingBelowStopPrice` and/or
            `pendingBelowTrailingDelta`; the `_LIMIT` variants need `pendingBelowPrice`,
            `pendingBelowTimeInForce` and `pendingBelowStopPrice` and/or
            `pendingBelowTrailingDelta`.
        pending_below_client_order_id: Your own id for the pending below order, unique among your open orders; Binance
            generates one when it is omitted.
        pending_below_price: Limit price of the pending below order, for `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`.
        pending_below_stop_price: Trigger price of the pending below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`; this and/or `pendingBelowTrailingDelta` is needed
            for those types.
        pending_below_trailing_delta: Trailing distance in basis points (BIPS) for the pending below order; see the trailing
            stop FAQ.
        pending_below_iceberg_qty: Visible part of the pending below order, making it an iceberg order; needs
            `pendingBelowTimeInForce=GTC` unless `pendingBelowType` is `LIMIT_MAKER`.
        pending_below_time_in_force: Time in force of the pending below order.
        pending_below_strategy_id: Your own numeric label linking the pending below order to one of your strategies; echoed
            back in responses.
        pending_below_strategy_type: Your own numeric label for the kind of strategy the pending below order follows. Values
            below 1000000 are reserved by Binance.
        pending_below_peg_price_type: Makes the pending below order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        pending_below_peg_offset_value: How many price levels away from the best price the pending below order is pegged to (at
            most 100). Must be sent together with `pendingBelowPegOffsetType`.
        pending_below_peg_offset_type: Unit of `pendingBelowPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports.
            Must be sent together with `pendingBelowPegOffsetValue`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
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
            pending_side=pending_side,
            pending_quantity=pending_quantity,
            pending_above_type=pending_above_type,
            pending_above_client_order_id=pending_above_client_order_id,
            pending_above_price=pending_above_price,
            pending_above_stop_price=pending_above_stop_price,
            pending_above_trailing_delta=pending_above_trailing_delta,
            pending_above_iceberg_qty=pending_above_iceberg_qty,
            pending_above_time_in_force=pending_above_time_in_force,
            pending_above_strategy_id=pending_above_strategy_id,
            pending_above_strategy_type=pending_above_strategy_type,
            pending_above_peg_price_type=pending_above_peg_price_type,
            pending_above_peg_offset_value=pending_above_peg_offset_value,
            pending_above_peg_offset_type=pending_above_peg_offset_type,
            pending_below_type=pending_below_type,
            pending_below_client_order_id=pending_below_client_order_id,
            pending_below_price=pending_below_price,
            pending_below_stop_price=pending_below_stop_price,
            pending_below_trailing_delta=pending_below_trailing_delta,
            pending_below_iceberg_qty=pending_below_iceberg_qty,
            pending_below_time_in_force=pending_below_time_in_force,
            pending_below_strategy_id=pending_below_strategy_id,
            pending_below_strategy_type=pending_below_strategy_type,
            pending_below_peg_price_type=pending_below_peg_price_type,
            pending_below_peg_offset_value=pending_below_peg_offset_value,
            pending_below_peg_offset_type=pending_below_peg_offset_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    working_type: OrderType | str,
    working_side: OrderSide | str,
    working_price: DecimalLike,
    working_quantity: DecimalLike,
    pending_side: OrderSide | str,
    pending_quantity: DecimalLike,
    pending_above_type: OrderType | str,
    list_client_order_id: str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    working_client_order_id: str | None = None,
    working_iceberg_qty: DecimalLike | None = None,
    working_time_in_force: TimeInForce | str | None = None,
    working_strategy_id: int | None = None,
    working_strategy_type: int | None = None,
    working_peg_price_type: PegPriceType | str | None = None,
    working_peg_offset_value: int | None = None,
    working_peg_offset_type: PegOffsetType | str | None = None,
    pending_above_client_order_id: str | None = None,
    pending_above_price: DecimalLike | None = None,
    pending_above_stop_price: DecimalLike | None = None,
    pending_above_trailing_delta: DecimalLike | None = None,
    pending_above_iceberg_qty: DecimalLike | None = None,
    pending_above_time_in_force: TimeInForce | str | None = None,
    pending_above_strategy_id: int | None = None,
    pending_above_strategy_type: int | None = None,
    pending_above_peg_price_type: PegPriceType | str | None = None,
    pending_above_peg_offset_value: int | None = None,
    pending_above_peg_offset_type: PegOffsetType | str | None = None,
    pending_below_type: OrderType | str | None = None,
    pending_below_client_order_id: str | None = None,
    pending_below_price: DecimalLike | None = None,
    pending_below_stop_price: DecimalLike | None = None,
    pending_below_trailing_delta: DecimalLike | None = None,
    pending_below_iceberg_qty: DecimalLike | None = None,
    pending_below_time_in_force: TimeInForce | str | None = None,
    pending_below_strategy_id: int | None = None,
    pending_below_strategy_type: int | None = None,
    pending_below_peg_price_type: PegPriceType | str | None = None,
    pending_below_peg_offset_value: int | None = None,
    pending_below_peg_offset_type: PegOffsetType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderListResponse:
    """Place an OTOCO order list.

    Places a one-triggers-one-cancels-the-other list of three orders: a working order (`LIMIT` or
    `LIMIT_MAKER`) that behaves as in an OTO, and two pending orders (above and below) forming an
    OCO pair under the same rules as `POST /api/v3/orderList/oco`. The pending pair joins the book
    once the working order is completely filled. The list counts as three orders against the
    `EXCHANGE_MAX_NUM_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/orderList/otoco · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`workingClientOrderId`, `pendingAboveClientOrderId`, `pendingBelowClientOrderId`).
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
            `orderReports` of the answer.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER` only. `LIMIT` also needs
            `workingTimeInForce`. Required.
        working_side: Side of the working order. Required.
        working_client_order_id: Your own id for the working order, unique among your open orders; Binance generates one
            when it is omitted.
        working_price: Limit price of the working order. Required.
        working_quantity: Quantity of the working order. Required.
        working_iceberg_qty: Visible part of the working order, making it an iceberg order; needs
            `workingTimeInForce=GTC` unless `workingType` is `LIMIT_MAKER`.
        working_time_in_force: Time in force of the working order; mandatory when `workingType` is `LIMIT`.
        working_strategy_id: Your own numeric label linking the working order to one of your strategies; echoed back
            in responses.
        working_strategy_type: Your own numeric label for the kind of strategy the working order follows. Values below
            1000000 are reserved by Binance.
        working_peg_price_type: Makes the working order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        working_peg_offset_value: How many price levels away from the best price the working order is pegged to (at most
            100). Must be sent together with `workingPegOffsetType`.
        working_peg_offset_type: Unit of `workingPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must
            be sent together with `workingPegOffsetValue`.
        pending_side: Side of both pending orders. Required.
        pending_quantity: Quantity of both pending orders. Required.
        pending_above_type: Type of the pending above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`,
            `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`. `LIMIT_MAKER` needs `pendingAbovePrice`;
            `STOP_LOSS`/`TAKE_PROFIT` need `pendingAboveStopPrice` and/or
            `pendingAboveTrailingDelta`; the `_LIMIT` variants need `pendingAbovePrice`,
            `pendingAboveTimeInForce` and `pendingAboveStopPrice` and/or
            `pendingAboveTrailingDelta`. Required.
        pending_above_client_order_id: Your own id for the pending above order, unique among your open orders; Binance
            generates one when it is omitted.
        pending_above_price: Limit price of the pending above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        pending_above_stop_price: Trigger price of the pending above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`.
        pending_above_trailing_delta: Trailing distance in basis points (BIPS) for the pending above order; see the trailing
            stop FAQ.
        pending_above_iceberg_qty: Visible part of the pending above order, making it an iceberg order; needs
            `pendingAboveTimeInForce=GTC` unless `pendingAboveType` is `LIMIT_MAKER`.
        pending_above_time_in_force: Time in force of the pending above order.
        pending_above_strategy_id: Your own numeric label linking the pending above order to one of your strategies; echoed
            back in responses.
        pending_above_strategy_type: Your own numeric label for the kind of strategy the pending above order follows. Values
            below 1000000 are reserved by Binance.
        pending_above_peg_price_type: Makes the pending above order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        pending_above_peg_offset_value: How many price levels away from the best price the pending above order is pegged to (at
            most 100). Must be sent together with `pendingAbovePegOffsetType`.
        pending_above_peg_offset_type: Unit of `pendingAbovePegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports.
            Must be sent together with `pendingAbovePegOffsetValue`.
        pending_below_type: Type of the pending below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. `STOP_LOSS`/`TAKE_PROFIT` need `pendingBelowStopPrice` and/or
            `pendingBelowTrailingDelta`; the `_LIMIT` variants need `pendingBelowPrice`,
            `pendingBelowTimeInForce` and `pendingBelowStopPrice` and/or
            `pendingBelowTrailingDelta`.
        pending_below_client_order_id: Your own id for the pending below order, unique among your open orders; Binance
            generates one when it is omitted.
        pending_below_price: Limit price of the pending below order, for `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`.
        pending_below_stop_price: Trigger price of the pending below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`; this and/or `pendingBelowTrailingDelta` is needed
            for those types.
        pending_below_trailing_delta: Trailing distance in basis points (BIPS) for the pending below order; see the trailing
            stop FAQ.
        pending_below_iceberg_qty: Visible part of the pending below order, making it an iceberg order; needs
            `pendingBelowTimeInForce=GTC` unless `pendingBelowType` is `LIMIT_MAKER`.
        pending_below_time_in_force: Time in force of the pending below order.
        pending_below_strategy_id: Your own numeric label linking the pending below order to one of your strategies; echoed
            back in responses.
        pending_below_strategy_type: Your own numeric label for the kind of strategy the pending below order follows. Values
            below 1000000 are reserved by Binance.
        pending_below_peg_price_type: Makes the pending below order a pegged order whose price follows the book: `PRIMARY_PEG`
            tracks the best price on the order's own side, `MARKET_PEG` the best price of the other
            side. Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        pending_below_peg_offset_value: How many price levels away from the best price the pending below order is pegged to (at
            most 100). Must be sent together with `pendingBelowPegOffsetType`.
        pending_below_peg_offset_type: Unit of `pendingBelowPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports.
            Must be sent together with `pendingBelowPegOffsetValue`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OrderListResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
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
                pending_side=pending_side,
                pending_quantity=pending_quantity,
                pending_above_type=pending_above_type,
                pending_above_client_order_id=pending_above_client_order_id,
                pending_above_price=pending_above_price,
                pending_above_stop_price=pending_above_stop_price,
                pending_above_trailing_delta=pending_above_trailing_delta,
                pending_above_iceberg_qty=pending_above_iceberg_qty,
                pending_above_time_in_force=pending_above_time_in_force,
                pending_above_strategy_id=pending_above_strategy_id,
                pending_above_strategy_type=pending_above_strategy_type,
                pending_above_peg_price_type=pending_above_peg_price_type,
                pending_above_peg_offset_value=pending_above_peg_offset_value,
                pending_above_peg_offset_type=pending_above_peg_offset_type,
                pending_below_type=pending_below_type,
                pending_below_client_order_id=pending_below_client_order_id,
                pending_below_price=pending_below_price,
                pending_below_stop_price=pending_below_stop_price,
                pending_below_trailing_delta=pending_below_trailing_delta,
                pending_below_iceberg_qty=pending_below_iceberg_qty,
                pending_below_time_in_force=pending_below_time_in_force,
                pending_below_strategy_id=pending_below_strategy_id,
                pending_below_strategy_type=pending_below_strategy_type,
                pending_below_peg_price_type=pending_below_peg_price_type,
                pending_below_peg_offset_value=pending_below_peg_offset_value,
                pending_below_peg_offset_type=pending_below_peg_offset_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
