"""Place an OCO (legacy): POST /api/v3/order/oco (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.order_list_response import OrderListResponse
from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.time_in_force import TimeInForce
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newOcoOrder"]


def _arguments(
    symbol: str,
    side: OrderSide | str,
    quantity: DecimalLike,
    price: DecimalLike,
    stop_price: DecimalLike,
    *,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "list_client_order_id": list_client_order_id,
        "side": side,
        "quantity": quantity,
        "limit_client_order_id": limit_client_order_id,
        "price": price,
        "limit_strategy_id": limit_strategy_id,
        "limit_strategy_type": limit_strategy_type,
        "limit_iceberg_qty": limit_iceberg_qty,
        "trailing_delta": trailing_delta,
        "stop_client_order_id": stop_client_order_id,
        "stop_price": stop_price,
        "stop_strategy_id": stop_strategy_id,
        "stop_strategy_type": stop_strategy_type,
        "stop_limit_price": stop_limit_price,
        "stop_iceberg_qty": stop_iceberg_qty,
        "stop_limit_time_in_force": stop_limit_time_in_force,
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
    price: DecimalLike,
    stop_price: DecimalLike,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderListResponse]:
    """Place an OCO (legacy).

    Deprecated by Binance in favour of `POST /api/v3/orderList/oco` (`orderListOco`), which
    describes the pair as an above and a below order and allows more order types for them (take-
    profit legs, for instance); new code should use that endpoint.

    Places a one-cancels-the-other pair on one symbol: a `LIMIT_MAKER` leg at `price` and a stop-
    loss leg triggered at `stopPrice` (a `STOP_LOSS_LIMIT` when `stopLimitPrice` is given, else
    `STOP_LOSS`). For a `SELL`, the limit price must be above the last price and the stop price
    below it; for a `BUY`, the other way round. Both legs have the same quantity (iceberg quantities
    may differ). The pair counts as two orders against the `EXCHANGE_MAX_ORDERS` and
    `MAX_NUM_ORDERS` filters.

    POST /api/v3/order/oco · security TRADE · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`limitClientOrderId`, `stopClientOrderId`).
        side: Side of both legs. Required.
        quantity: Quantity of both legs. Required.
        limit_client_order_id: Your own id for the limit leg, unique among your open orders; Binance generates one when
            it is omitted.
        price: Limit price of the `LIMIT_MAKER` leg. Required.
        limit_strategy_id: Your own numeric label linking the limit leg to one of your strategies; echoed back in
            responses.
        limit_strategy_type: Your own numeric label for the kind of strategy the limit leg follows. Values below
            1000000 are reserved by Binance.
        limit_iceberg_qty: Visible part of the limit leg, making it an iceberg order.
        trailing_delta: Trailing distance in basis points (BIPS) for the stop leg; see the trailing stop FAQ.
        stop_client_order_id: Your own id for the stop leg, unique among your open orders; Binance generates one when
            it is omitted.
        stop_price: Trigger price of the stop leg. Required.
        stop_strategy_id: Your own numeric label linking the stop leg to one of your strategies; echoed back in
            responses.
        stop_strategy_type: Your own numeric label for the kind of strategy the stop leg follows. Values below
            1000000 are reserved by Binance.
        stop_limit_price: Limit price of the stop leg, which makes it a `STOP_LOSS_LIMIT`; requires
            `stopLimitTimeInForce`.
        stop_iceberg_qty: Visible part of a `STOP_LOSS_LIMIT` stop leg, making it an iceberg order.
        stop_limit_time_in_force: Time in force of a `STOP_LOSS_LIMIT` stop leg: `GTC`, `FOK` or `IOC`.
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
            limit_client_order_id=limit_client_order_id,
            price=price,
            limit_strategy_id=limit_strategy_id,
            limit_strategy_type=limit_strategy_type,
            limit_iceberg_qty=limit_iceberg_qty,
            trailing_delta=trailing_delta,
            stop_client_order_id=stop_client_order_id,
            stop_price=stop_price,
            stop_strategy_id=stop_strategy_id,
            stop_strategy_type=stop_strategy_type,
            stop_limit_price=stop_limit_price,
            stop_iceberg_qty=stop_iceberg_qty,
            stop_limit_time_in_force=stop_limit_time_in_force,
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
    price: DecimalLike,
    stop_price: DecimalLike,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderListResponse:
    """Place an OCO (legacy).

    Deprecated by Binance in favour of `POST /api/v3/orderList/oco` (`orderListOco`), which
    describes the pair as an above and a below order and allows more order types for them (take-
    profit legs, for instance); new code should use that endpoint.

    Places a one-cancels-the-other pair on one symbol: a `LIMIT_MAKER` leg at `price` and a stop-
    loss leg triggered at `stopPrice` (a `STOP_LOSS_LIMIT` when `stopLimitPrice` is given, else
    `STOP_LOSS`). For a `SELL`, the limit price must be above the last price and the stop price
    below it; for a `BUY`, the other way round. Both legs have the same quantity (iceberg quantities
    may differ). The pair counts as two orders against the `EXCHANGE_MAX_ORDERS` and
    `MAX_NUM_ORDERS` filters.

    POST /api/v3/order/oco · security TRADE · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`limitClientOrderId`, `stopClientOrderId`).
        side: Side of both legs. Required.
        quantity: Quantity of both legs. Required.
        limit_client_order_id: Your own id for the limit leg, unique among your open orders; Binance generates one when
            it is omitted.
        price: Limit price of the `LIMIT_MAKER` leg. Required.
        limit_strategy_id: Your own numeric label linking the limit leg to one of your strategies; echoed back in
            responses.
        limit_strategy_type: Your own numeric label for the kind of strategy the limit leg follows. Values below
            1000000 are reserved by Binance.
        limit_iceberg_qty: Visible part of the limit leg, making it an iceberg order.
        trailing_delta: Trailing distance in basis points (BIPS) for the stop leg; see the trailing stop FAQ.
        stop_client_order_id: Your own id for the stop leg, unique among your open orders; Binance generates one when
            it is omitted.
        stop_price: Trigger price of the stop leg. Required.
        stop_strategy_id: Your own numeric label linking the stop leg to one of your strategies; echoed back in
            responses.
        stop_strategy_type: Your own numeric label for the kind of strategy the stop leg follows. Values below
            1000000 are reserved by Binance.
        stop_limit_price: Limit price of the stop leg, which makes it a `STOP_LOSS_LIMIT`; requires
            `stopLimitTimeInForce`.
        stop_iceberg_qty: Visible part of a `STOP_LOSS_LIMIT` stop leg, making it an iceberg order.
        stop_limit_time_in_force: Time in force of a `STOP_LOSS_LIMIT` stop leg: `GTC`, `FOK` or `IOC`.
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
                limit_client_order_id=limit_client_order_id,
                price=price,
                limit_strategy_id=limit_strategy_id,
                limit_strategy_type=limit_strategy_type,
                limit_iceberg_qty=limit_iceberg_qty,
                trailing_delta=trailing_delta,
                stop_client_order_id=stop_client_order_id,
                stop_price=stop_price,
                stop_strategy_id=stop_strategy_id,
                stop_strategy_type=stop_strategy_type,
                stop_limit_price=stop_limit_price,
                stop_iceberg_qty=stop_iceberg_qty,
                stop_limit_time_in_force=stop_limit_time_in_force,
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
    price: DecimalLike,
    stop_price: DecimalLike,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderListResponse]:
    """Place an OCO (legacy).

    Deprecated by Binance in favour of `POST /api/v3/orderList/oco` (`orderListOco`), which
    describes the pair as an above and a below order and allows more order types for them (take-
    profit legs, for instance); new code should use that endpoint.

    Places a one-cancels-the-other pair on one symbol: a `LIMIT_MAKER` leg at `price` and a stop-
    loss leg triggered at `stopPrice` (a `STOP_LOSS_LIMIT` when `stopLimitPrice` is given, else
    `STOP_LOSS`). For a `SELL`, the limit price must be above the last price and the stop price
    below it; for a `BUY`, the other way round. Both legs have the same quantity (iceberg quantities
    may differ). The pair counts as two orders against the `EXCHANGE_MAX_ORDERS` and
    `MAX_NUM_ORDERS` filters.

    POST /api/v3/order/oco · security TRADE · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`limitClientOrderId`, `stopClientOrderId`).
        side: Side of both legs. Required.
        quantity: Quantity of both legs. Required.
        limit_client_order_id: Your own id for the limit leg, unique among your open orders; Binance generates one when
            it is omitted.
        price: Limit price of the `LIMIT_MAKER` leg. Required.
        limit_strategy_id: Your own numeric label linking the limit leg to one of your strategies; echoed back in
            responses.
        limit_strategy_type: Your own numeric label for the kind of strategy the limit leg follows. Values below
            1000000 are reserved by Binance.
        limit_iceberg_qty: Visible part of the limit leg, making it an iceberg order.
        trailing_delta: Trailing distance in basis points (BIPS) for the stop leg; see the trailing stop FAQ.
        stop_client_order_id: Your own id for the stop leg, unique among your open orders; Binance generates one when
            it is omitted.
        stop_price: Trigger price of the stop leg. Required.
        stop_strategy_id: Your own numeric label linking the stop leg to one of your strategies; echoed back in
            responses.
        stop_strategy_type: Your own numeric label for the kind of strategy the stop leg follows. Values below
            1000000 are reserved by Binance.
        stop_limit_price: Limit price of the stop leg, which makes it a `STOP_LOSS_LIMIT`; requires
            `stopLimitTimeInForce`.
        stop_iceberg_qty: Visible part of a `STOP_LOSS_LIMIT` stop leg, making it an iceberg order.
        stop_limit_time_in_force: Time in force of a `STOP_LOSS_LIMIT` stop leg: `GTC`, `FOK` or `IOC`.
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
            limit_client_order_id=limit_client_order_id,
            price=price,
            limit_strategy_id=limit_strategy_id,
            limit_strategy_type=limit_strategy_type,
            limit_iceberg_qty=limit_iceberg_qty,
            trailing_delta=trailing_delta,
            stop_client_order_id=stop_client_order_id,
            stop_price=stop_price,
            stop_strategy_id=stop_strategy_id,
            stop_strategy_type=stop_strategy_type,
            stop_limit_price=stop_limit_price,
            stop_iceberg_qty=stop_iceberg_qty,
            stop_limit_time_in_force=stop_limit_time_in_force,
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
    price: DecimalLike,
    stop_price: DecimalLike,
    list_client_order_id: str | None = None,
    limit_client_order_id: str | None = None,
    limit_strategy_id: int | None = None,
    limit_strategy_type: int | None = None,
    limit_iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    stop_client_order_id: str | None = None,
    stop_strategy_id: int | None = None,
    stop_strategy_type: int | None = None,
    stop_limit_price: DecimalLike | None = None,
    stop_iceberg_qty: DecimalLike | None = None,
    stop_limit_time_in_force: TimeInForce | str | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderListResponse:
    """Place an OCO (legacy).

    Deprecated by Binance in favour of `POST /api/v3/orderList/oco` (`orderListOco`), which
    describes the pair as an above and a below order and allows more order types for them (take-
    profit legs, for instance); new code should use that endpoint.

    Places a one-cancels-the-other pair on one symbol: a `LIMIT_MAKER` leg at `price` and a stop-
    loss leg triggered at `stopPrice` (a `STOP_LOSS_LIMIT` when `stopLimitPrice` is given, else
    `STOP_LOSS`). For a `SELL`, the limit price must be above the last price and the stop price
    below it; for a `BUY`, the other way round. Both legs have the same quantity (iceberg quantities
    may differ). The pair counts as two orders against the `EXCHANGE_MAX_ORDERS` and
    `MAX_NUM_ORDERS` filters.

    POST /api/v3/order/oco · security TRADE · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        symbol: Trading pair the request applies to. Required.
        list_client_order_id: Your own id for the order list, unique among your open order lists; Binance generates
            one when it is omitted. It can be reused only once the list carrying it is filled or
            fully expired, and it is separate from the client ids of the orders
            (`limitClientOrderId`, `stopClientOrderId`).
        side: Side of both legs. Required.
        quantity: Quantity of both legs. Required.
        limit_client_order_id: Your own id for the limit leg, unique among your open orders; Binance generates one when
            it is omitted.
        price: Limit price of the `LIMIT_MAKER` leg. Required.
        limit_strategy_id: Your own numeric label linking the limit leg to one of your strategies; echoed back in
            responses.
        limit_strategy_type: Your own numeric label for the kind of strategy the limit leg follows. Values below
            1000000 are reserved by Binance.
        limit_iceberg_qty: Visible part of the limit leg, making it an iceberg order.
        trailing_delta: Trailing distance in basis points (BIPS) for the stop leg; see the trailing stop FAQ.
        stop_client_order_id: Your own id for the stop leg, unique among your open orders; Binance generates one when
            it is omitted.
        stop_price: Trigger price of the stop leg. Required.
        stop_strategy_id: Your own numeric label linking the stop leg to one of your strategies; echoed back in
            responses.
        stop_strategy_type: Your own numeric label for the kind of strategy the stop leg follows. Values below
            1000000 are reserved by Binance.
        stop_limit_price: Limit price of the stop leg, which makes it a `STOP_LOSS_LIMIT`; requires
            `stopLimitTimeInForce`.
        stop_iceberg_qty: Visible part of a `STOP_LOSS_LIMIT` stop leg, making it an iceberg order.
        stop_limit_time_in_force: Time in force of a `STOP_LOSS_LIMIT` stop leg: `GTC`, `FOK` or `IOC`.
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
                limit_client_order_id=limit_client_order_id,
                price=price,
                limit_strategy_id=limit_strategy_id,
                limit_strategy_type=limit_strategy_type,
                limit_iceberg_qty=limit_iceberg_qty,
                trailing_delta=trailing_delta,
                stop_client_order_id=stop_client_order_id,
                stop_price=stop_price,
                stop_strategy_id=stop_strategy_id,
                stop_strategy_type=stop_strategy_type,
                stop_limit_price=stop_limit_price,
                stop_iceberg_qty=stop_iceberg_qty,
                stop_limit_time_in_force=stop_limit_time_in_force,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
