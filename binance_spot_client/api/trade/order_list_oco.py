"""Place an OCO order list: POST /api/v3/orderList/oco (TRADE, weight 1).

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
OPERATION = OPERATIONS["orderListOco"]


def _arguments(
    symbol: str,
    side: OrderSide | str,
    quantity: DecimalLike,
    above_type: OrderType | str,
    below_type: OrderType | str,
    *,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | str | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | str | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | str | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | str | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | str | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
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
    side: OrderSide | str,
    quantity: DecimalLike,
    above_type: OrderType | str,
    below_type: OrderType | str,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | str | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | str | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | str | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | str | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | str | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderListResponse]:
    """Place an OCO order list.

    Places a one-cancels-the-other pair: an above order and a below order on the same side and
    quantity, where one order being activated expires the other. One leg must be `LIMIT_MAKER`,
    `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`, the other `STOP_LOSS` or `STOP_LOSS_LIMIT`. For a `SELL`
    pair, the limit price (or take-profit trigger) must be above the last traded price and the stop-
    loss trigger below it; for a `BUY` pair, the reverse. The pair counts as two orders against the
    `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/orderList/oco · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`aboveClientOrderId`, `belowClientOrderId`).
        side: Side of both orders. Required.
        quantity: Quantity of both orders. Required.
        above_type: Type of the above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. Required.
        above_client_order_id: Your own id for the above order, unique among your open orders; Binance generates one
            when it is omitted.
        above_iceberg_qty: Visible part of the above order, making it an iceberg order; only with
            `aboveTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
            as a decimal string here.)
        above_price: Limit price of the above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        above_stop_price: Trigger price of the above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
            `TAKE_PROFIT_LIMIT`; those types need this and/or `aboveTrailingDelta`.
        above_trailing_delta: Trailing distance in basis points (BIPS) for the above order; see the trailing stop FAQ.
        above_time_in_force: Time in force of the above order; mandatory when `aboveType` is `STOP_LOSS_LIMIT` or
            `TAKE_PROFIT_LIMIT`.
        above_strategy_id: Your own numeric label linking the above order to one of your strategies; echoed back in
            responses.
        above_strategy_type: Your own numeric label for the kind of strategy the above order follows. Values below
            1000000 are reserved by Binance.
        above_peg_price_type: Makes the above order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
            the best price on the order's own side, `MARKET_PEG` the best price of the other side.
            Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        above_peg_offset_value: How many price levels away from the best price the above order is pegged to (at most
            100). Must be sent together with `abovePegOffsetType`.
        above_peg_offset_type: Unit of `abovePegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be
            sent together with `abovePegOffsetValue`.
        below_type: Type of the below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. Required.
        below_client_order_id: Your own id for the below order, unique among your open orders; Binance generates one
            when it is omitted.
        below_iceberg_qty: Visible part of the below order, making it an iceberg order; only with
            `belowTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
            as a decimal string here.)
        below_price: Limit price of the below order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        below_stop_price: Trigger price of the below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
            `TAKE_PROFIT_LIMIT`; this and/or `belowTrailingDelta` must be sent.
        below_trailing_delta: Trailing distance in basis points (BIPS) for the below order; see the trailing stop FAQ.
        below_time_in_force: Time in force of the below order; mandatory when `belowType` is `STOP_LOSS_LIMIT` or
            `TAKE_PROFIT_LIMIT`.
        below_strategy_id: Your own numeric label linking the below order to one of your strategies; echoed back in
            responses.
        below_strategy_type: Your own numeric label for the kind of strategy the below order follows. Values below
            1000000 are reserved by Binance.
        below_peg_price_type: Makes the below order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
            the best price on the order's own side, `MARKET_PEG` the best price of the other side.
            Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        below_peg_offset_value: How many price levels away from the best price the below order is pegged to (at most
            100). Must be sent together with `belowPegOffsetType`.
        below_peg_offset_type: Unit of `belowPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be
            sent together with `belowPegOffsetValue`.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
            `orderReports` of the answer.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
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
    above_type: OrderType | str,
    below_type: OrderType | str,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | str | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | str | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | str | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | str | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | str | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderListResponse:
    """Place an OCO order list.

    Places a one-cancels-the-other pair: an above order and a below order on the same side and
    quantity, where one order being activated expires the other. One leg must be `LIMIT_MAKER`,
    `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`, the other `STOP_LOSS` or `STOP_LOSS_LIMIT`. For a `SELL`
    pair, the limit price (or take-profit trigger) must be above the last traded price and the stop-
    loss trigger below it; for a `BUY` pair, the reverse. The pair counts as two orders against the
    `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/orderList/oco · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`aboveClientOrderId`, `belowClientOrderId`).
        side: Side of both orders. Required.
        quantity: Quantity of both orders. Required.
        above_type: Type of the above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. Required.
        above_client_order_id: Your own id for the above order, unique among your open orders; Binance generates one
            when it is omitted.
        above_iceberg_qty: Visible part of the above order, making it an iceberg order; only with
            `aboveTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
            as a decimal string here.)
        above_price: Limit price of the above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        above_stop_price: Trigger price of the above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
            `TAKE_PROFIT_LIMIT`; those types need this and/or `aboveTrailingDelta`.
        above_trailing_delta: Trailing distance in basis points (BIPS) for the above order; see the trailing stop FAQ.
        above_time_in_force: Time in force of the above order; mandatory when `aboveType` is `STOP_LOSS_LIMIT` or
            `TAKE_PROFIT_LIMIT`.
        above_strategy_id: Your own numeric label linking the above order to one of your strategies; echoed back in
            responses.
        above_strategy_type: Your own numeric label for the kind of strategy the above order follows. Values below
            1000000 are reserved by Binance.
        above_peg_price_type: Makes the above order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
            the best price on the order's own side, `MARKET_PEG` the best price of the other side.
            Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        above_peg_offset_value: How many price levels away from the best price the above order is pegged to (at most
            100). Must be sent together with `abovePegOffsetType`.
        above_peg_offset_type: Unit of `abovePegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be
            sent together with `abovePegOffsetValue`.
        below_type: Type of the below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. Required.
        below_client_order_id: Your own id for the below order, unique among your open orders; Binance generates one
            when it is omitted.
        below_iceberg_qty: Visible part of the below order, making it an iceberg order; only with
            `belowTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
            as a decimal string here.)
        below_price: Limit price of the below order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        below_stop_price: Trigger price of the below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
            `TAKE_PROFIT_LIMIT`; this and/or `belowTrailingDelta` must be sent.
        below_trailing_delta: Trailing distance in basis points (BIPS) for the below order; see the trailing stop FAQ.
        below_time_in_force: Time in force of the below order; mandatory when `belowType` is `STOP_LOSS_LIMIT` or
            `TAKE_PROFIT_LIMIT`.
        below_strategy_id: Your own numeric label linking the below order to one of your strategies; echoed back in
            responses.
        below_strategy_type: Your own numeric label for the kind of strategy the below order follows. Values below
            1000000 are reserved by Binance.
        below_peg_price_type: Makes the below order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
            the best price on the order's own side, `MARKET_PEG` the best price of the other side.
            Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        below_peg_offset_value: How many price levels away from the best price the below order is pegged to (at most
            100). Must be sent together with `belowPegOffsetType`.
        below_peg_offset_type: Unit of `belowPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be
            sent together with `belowPegOffsetValue`.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
            `orderReports` of the answer.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
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
    above_type: OrderType | str,
    below_type: OrderType | str,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | str | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | str | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | str | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | str | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | str | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderListResponse]:
    """Place an OCO order list.

    Places a one-cancels-the-other pair: an above order and a below order on the same side and
    quantity, where one order being activated expires the other. One leg must be `LIMIT_MAKER`,
    `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`, the other `STOP_LOSS` or `STOP_LOSS_LIMIT`. For a `SELL`
    pair, the limit price (or take-profit trigger) must be above the last traded price and the stop-
    loss trigger below it; for a `BUY` pair, the reverse. The pair counts as two orders against the
    `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/orderList/oco · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`aboveClientOrderId`, `belowClientOrderId`).
        side: Side of both orders. Required.
        quantity: Quantity of both orders. Required.
        above_type: Type of the above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. Required.
        above_client_order_id: Your own id for the above order, unique among your open orders; Binance generates one
            when it is omitted.
        above_iceberg_qty: Visible part of the above order, making it an iceberg order; only with
            `aboveTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
            as a decimal string here.)
        above_price: Limit price of the above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        above_stop_price: Trigger price of the above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
            `TAKE_PROFIT_LIMIT`; those types need this and/or `aboveTrailingDelta`.
        above_trailing_delta: Trailing distance in basis points (BIPS) for the above order; see the trailing stop FAQ.
        above_time_in_force: Time in force of the above order; mandatory when `aboveType` is `STOP_LOSS_LIMIT` or
            `TAKE_PROFIT_LIMIT`.
        above_strategy_id: Your own numeric label linking the above order to one of your strategies; echoed back in
            responses.
        above_strategy_type: Your own numeric label for the kind of strategy the above order follows. Values below
            1000000 are reserved by Binance.
        above_peg_price_type: Makes the above order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
            the best price on the order's own side, `MARKET_PEG` the best price of the other side.
            Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        above_peg_offset_value: How many price levels away from the best price the above order is pegged to (at most
            100). Must be sent together with `abovePegOffsetType`.
        above_peg_offset_type: Unit of `abovePegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be
            sent together with `abovePegOffsetValue`.
        below_type: Type of the below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. Required.
        below_client_order_id: Your own id for the below order, unique among your open orders; Binance generates one
            when it is omitted.
        below_iceberg_qty: Visible part of the below order, making it an iceberg order; only with
            `belowTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
            as a decimal string here.)
        below_price: Limit price of the below order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        below_stop_price: Trigger price of the below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
            `TAKE_PROFIT_LIMIT`; this and/or `belowTrailingDelta` must be sent.
        below_trailing_delta: Trailing distance in basis points (BIPS) for the below order; see the trailing stop FAQ.
        below_time_in_force: Time in force of the below order; mandatory when `belowType` is `STOP_LOSS_LIMIT` or
            `TAKE_PROFIT_LIMIT`.
        below_strategy_id: Your own numeric label linking the below order to one of your strategies; echoed back in
            responses.
        below_strategy_type: Your own numeric label for the kind of strategy the below order follows. Values below
            1000000 are reserved by Binance.
        below_peg_price_type: Makes the below order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
            the best price on the order's own side, `MARKET_PEG` the best price of the other side.
            Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        below_peg_offset_value: How many price levels away from the best price the below order is pegged to (at most
            100). Must be sent together with `belowPegOffsetType`.
        below_peg_offset_type: Unit of `belowPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be
            sent together with `belowPegOffsetValue`.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
            `orderReports` of the answer.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
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
    above_type: OrderType | str,
    below_type: OrderType | str,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    above_iceberg_qty: DecimalLike | None = None,
    above_price: DecimalLike | None = None,
    above_stop_price: DecimalLike | None = None,
    above_trailing_delta: int | None = None,
    above_time_in_force: TimeInForce | str | None = None,
    above_strategy_id: int | None = None,
    above_strategy_type: int | None = None,
    above_peg_price_type: PegPriceType | str | None = None,
    above_peg_offset_value: int | None = None,
    above_peg_offset_type: PegOffsetType | str | None = None,
    below_client_order_id: str | None = None,
    below_iceberg_qty: DecimalLike | None = None,
    below_price: DecimalLike | None = None,
    below_stop_price: DecimalLike | None = None,
    below_trailing_delta: int | None = None,
    below_time_in_force: TimeInForce | str | None = None,
    below_strategy_id: int | None = None,
    below_strategy_type: int | None = None,
    below_peg_price_type: PegPriceType | str | None = None,
    below_peg_offset_value: int | None = None,
    below_peg_offset_type: PegOffsetType | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderListResponse:
    """Place an OCO order list.

    Places a one-cancels-the-other pair: an above order and a below order on the same side and
    quantity, where one order being activated expires the other. One leg must be `LIMIT_MAKER`,
    `TAKE_PROFIT` or `TAKE_PROFIT_LIMIT`, the other `STOP_LOSS` or `STOP_LOSS_LIMIT`. For a `SELL`
    pair, the limit price (or take-profit trigger) must be above the last traded price and the stop-
    loss trigger below it; for a `BUY` pair, the reverse. The pair counts as two orders against the
    `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/orderList/oco · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`aboveClientOrderId`, `belowClientOrderId`).
        side: Side of both orders. Required.
        quantity: Quantity of both orders. Required.
        above_type: Type of the above order: `STOP_LOSS_LIMIT`, `STOP_LOSS`, `LIMIT_MAKER`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. Required.
        above_client_order_id: Your own id for the above order, unique among your open orders; Binance generates one
            when it is omitted.
        above_iceberg_qty: Visible part of the above order, making it an iceberg order; only with
            `aboveTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
            as a decimal string here.)
        above_price: Limit price of the above order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        above_stop_price: Trigger price of the above order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
            `TAKE_PROFIT_LIMIT`; those types need this and/or `aboveTrailingDelta`.
        above_trailing_delta: Trailing distance in basis points (BIPS) for the above order; see the trailing stop FAQ.
        above_time_in_force: Time in force of the above order; mandatory when `aboveType` is `STOP_LOSS_LIMIT` or
            `TAKE_PROFIT_LIMIT`.
        above_strategy_id: Your own numeric label linking the above order to one of your strategies; echoed back in
            responses.
        above_strategy_type: Your own numeric label for the kind of strategy the above order follows. Values below
            1000000 are reserved by Binance.
        above_peg_price_type: Makes the above order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
            the best price on the order's own side, `MARKET_PEG` the best price of the other side.
            Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        above_peg_offset_value: How many price levels away from the best price the above order is pegged to (at most
            100). Must be sent together with `abovePegOffsetType`.
        above_peg_offset_type: Unit of `abovePegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be
            sent together with `abovePegOffsetValue`.
        below_type: Type of the below order: `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` or
            `TAKE_PROFIT_LIMIT`. Required.
        below_client_order_id: Your own id for the below order, unique among your open orders; Binance generates one
            when it is omitted.
        below_iceberg_qty: Visible part of the below order, making it an iceberg order; only with
            `belowTimeInForce=GTC`. (Binance's table types it LONG; it is a quantity, so it travels
            as a decimal string here.)
        below_price: Limit price of the below order, for `STOP_LOSS_LIMIT`, `LIMIT_MAKER` and
            `TAKE_PROFIT_LIMIT`.
        below_stop_price: Trigger price of the below order, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and
            `TAKE_PROFIT_LIMIT`; this and/or `belowTrailingDelta` must be sent.
        below_trailing_delta: Trailing distance in basis points (BIPS) for the below order; see the trailing stop FAQ.
        below_time_in_force: Time in force of the below order; mandatory when `belowType` is `STOP_LOSS_LIMIT` or
            `TAKE_PROFIT_LIMIT`.
        below_strategy_id: Your own numeric label linking the below order to one of your strategies; echoed back in
            responses.
        below_strategy_type: Your own numeric label for the kind of strategy the below order follows. Values below
            1000000 are reserved by Binance.
        below_peg_price_type: Makes the below order a pegged order whose price follows the book: `PRIMARY_PEG` tracks
            the best price on the order's own side, `MARKET_PEG` the best price of the other side.
            Only for limit-priced types (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`,
            `TAKE_PROFIT_LIMIT`); the price parameter becomes optional when this is set.
        below_peg_offset_value: How many price levels away from the best price the below order is pegged to (at most
            100). Must be sent together with `belowPegOffsetType`.
        below_peg_offset_type: Unit of `belowPegOffsetValue`; `PRICE_LEVEL` is the only value Binance supports. Must be
            sent together with `belowPegOffsetValue`.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Applies to the
            `orderReports` of the answer.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
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
            recv_window=recv_window,
            timeout=timeout,
        )
    )
