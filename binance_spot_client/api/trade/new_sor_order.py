"""Place an order using smart order routing: POST /api/v3/sor/order (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.new_order_ack import NewOrderAck
from ...models.order_response_type import OrderResponseType
from ...models.order_side import OrderSide
from ...models.order_type import OrderType
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.sor_order_full import SorOrderFull
from ...models.sor_order_result import SorOrderResult
from ...models.time_in_force import TimeInForce
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newSorOrder"]


def _arguments(
    symbol: str,
    side: OrderSide | str,
    type_: OrderType | str,
    quantity: DecimalLike,
    *,
    time_in_force: TimeInForce | str | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "type_": type_,
        "time_in_force": time_in_force,
        "quantity": quantity,
        "price": price,
        "new_client_order_id": new_client_order_id,
        "strategy_id": strategy_id,
        "strategy_type": strategy_type,
        "iceberg_qty": iceberg_qty,
        "new_order_resp_type": new_order_resp_type,
        "self_trade_prevention_mode": self_trade_prevention_mode,
    }


def _parse_response(response: httpx.Response) -> NewOrderAck | SorOrderFull | SorOrderResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> NewOrderAck | SorOrderFull | SorOrderResult:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200(data: object) -> NewOrderAck | SorOrderFull | SorOrderResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SorOrderFull.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = SorOrderResult.from_dict(data)

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


def _build_response(response: httpx.Response) -> Response[NewOrderAck | SorOrderFull | SorOrderResult]:
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
    quantity: DecimalLike,
    time_in_force: TimeInForce | str | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[NewOrderAck | SorOrderFull | SorOrderResult]:
    """Place an order using smart order routing.

    Places a `LIMIT` or `MARKET` order that smart order routing (SOR) may fill from every order book
    of the symbol's SOR configuration (same base asset, quote assets pegged one to one), not only
    from the symbol's own book. Fills taken from other books arrive as allocations (`allocId`,
    `tradeId` -1) and are always settled in the order's own quote asset. The configurations are
    listed under `sors` in exchange information. The order counts as one against the
    `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/sor/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type: only `LIMIT` and `MARKET` are supported with SOR. Required.
        time_in_force: How long the order stays active; needed for `LIMIT`.
        quantity: Amount of base asset to buy or sell (a quote quantity is not supported). Required.
        price: Limit price; needed for `LIMIT`.
        new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
            is omitted. An id in use can only be reused once the order carrying it has filled;
            otherwise the new order is rejected.
        strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
            responses.
        strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
            are reserved by Binance.
        iceberg_qty: Visible part of a `LIMIT` order, making it an iceberg order.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Defaults to `FULL`.
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
            side=side,
            type_=type_,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
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
    type_: OrderType | str,
    quantity: DecimalLike,
    time_in_force: TimeInForce | str | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> NewOrderAck | SorOrderFull | SorOrderResult:
    """Place an order using smart order routing.

    Places a `LIMIT` or `MARKET` order that smart order routing (SOR) may fill from every order book
    of the symbol's SOR configuration (same base asset, quote assets pegged one to one), not only
    from the symbol's own book. Fills taken from other books arrive as allocations (`allocId`,
    `tradeId` -1) and are always settled in the order's own quote asset. The configurations are
    listed under `sors` in exchange information. The order counts as one against the
    `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/sor/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type: only `LIMIT` and `MARKET` are supported with SOR. Required.
        time_in_force: How long the order stays active; needed for `LIMIT`.
        quantity: Amount of base asset to buy or sell (a quote quantity is not supported). Required.
        price: Limit price; needed for `LIMIT`.
        new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
            is omitted. An id in use can only be reused once the order carrying it has filled;
            otherwise the new order is rejected.
        strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
            responses.
        strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
            are reserved by Binance.
        iceberg_qty: Visible part of a `LIMIT` order, making it an iceberg order.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Defaults to `FULL`.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        NewOrderAck | SorOrderFull | SorOrderResult
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
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                iceberg_qty=iceberg_qty,
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
    type_: OrderType | str,
    quantity: DecimalLike,
    time_in_force: TimeInForce | str | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[NewOrderAck | SorOrderFull | SorOrderResult]:
    """Place an order using smart order routing.

    Places a `LIMIT` or `MARKET` order that smart order routing (SOR) may fill from every order book
    of the symbol's SOR configuration (same base asset, quote assets pegged one to one), not only
    from the symbol's own book. Fills taken from other books arrive as allocations (`allocId`,
    `tradeId` -1) and are always settled in the order's own quote asset. The configurations are
    listed under `sors` in exchange information. The order counts as one against the
    `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/sor/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type: only `LIMIT` and `MARKET` are supported with SOR. Required.
        time_in_force: How long the order stays active; needed for `LIMIT`.
        quantity: Amount of base asset to buy or sell (a quote quantity is not supported). Required.
        price: Limit price; needed for `LIMIT`.
        new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
            is omitted. An id in use can only be reused once the order carrying it has filled;
            otherwise the new order is rejected.
        strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
            responses.
        strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
            are reserved by Binance.
        iceberg_qty: Visible part of a `LIMIT` order, making it an iceberg order.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Defaults to `FULL`.
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
            side=side,
            type_=type_,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            strategy_id=strategy_id,
            strategy_type=strategy_type,
            iceberg_qty=iceberg_qty,
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
    type_: OrderType | str,
    quantity: DecimalLike,
    time_in_force: TimeInForce | str | None = None,
    price: DecimalLike | None = None,
    new_client_order_id: str | None = None,
    strategy_id: int | None = None,
    strategy_type: int | None = None,
    iceberg_qty: DecimalLike | None = None,
    new_order_resp_type: OrderResponseType | str | None = None,
    self_trade_prevention_mode: SelfTradePreventionMode | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> NewOrderAck | SorOrderFull | SorOrderResult:
    """Place an order using smart order routing.

    Places a `LIMIT` or `MARKET` order that smart order routing (SOR) may fill from every order book
    of the symbol's SOR configuration (same base asset, quote assets pegged one to one), not only
    from the symbol's own book. Fills taken from other books arrive as allocations (`allocId`,
    `tradeId` -1) and are always settled in the order's own quote asset. The configurations are
    listed under `sors` in exchange information. The order counts as one against the
    `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    POST /api/v3/sor/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        side: Whether to buy or sell the base asset. Required.
        type_: Order type: only `LIMIT` and `MARKET` are supported with SOR. Required.
        time_in_force: How long the order stays active; needed for `LIMIT`.
        quantity: Amount of base asset to buy or sell (a quote quantity is not supported). Required.
        price: Limit price; needed for `LIMIT`.
        new_client_order_id: Your own id for the order, unique among your open orders; Binance generates one when it
            is omitted. An id in use can only be reused once the order carrying it has filled;
            otherwise the new order is rejected.
        strategy_id: Your own numeric label linking the order to one of your strategies; echoed back in
            responses.
        strategy_type: Your own numeric label for the kind of strategy the order follows. Values below 1000000
            are reserved by Binance.
        iceberg_qty: Visible part of a `LIMIT` order, making it an iceberg order.
        new_order_resp_type: How much detail the response carries: `ACK`, `RESULT` or `FULL`. Defaults to `FULL`.
        self_trade_prevention_mode: Self-trade prevention behaviour for this request. Only the modes the symbol allows
            (`allowedSelfTradePreventionModes` in exchange information) are accepted; when omitted,
            the symbol's `defaultSelfTradePreventionMode` applies.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        NewOrderAck | SorOrderFull | SorOrderResult
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
                price=price,
                new_client_order_id=new_client_order_id,
                strategy_id=strategy_id,
                strategy_type=strategy_type,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
