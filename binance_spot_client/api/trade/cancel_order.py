"""Cancel an order: DELETE /api/v3/order (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.cancel_restrictions import CancelRestrictions
from ...models.canceled_order import CanceledOrder
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelOrder"]


def _arguments(
    symbol: str,
    *,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
        "new_client_order_id": new_client_order_id,
        "cancel_restrictions": cancel_restrictions,
    }


def _parse_response(response: httpx.Response) -> CanceledOrder:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CanceledOrder:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CanceledOrder.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CanceledOrder]:
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
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CanceledOrder]:
    """Cancel an order.

    Cancels one active order, found by `orderId` and/or `origClientOrderId`. When both are given,
    the order found by `orderId` must also carry `origClientOrderId`, otherwise the request is
    rejected; giving `orderId` alone is the fastest. `cancelRestrictions` makes the cancellation
    conditional on the order's status. The answer may include the conditional order fields (iceberg,
    stop, strategy, pegging, STP...).

    DELETE /api/v3/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        order_id: Exchange id of the order to cancel.
        orig_client_order_id: Client order id of the order to cancel.
        new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
        cancel_restrictions: Makes the cancellation conditional on the order's current status: `ONLY_NEW` cancels
            only an order still in `NEW`, `ONLY_PARTIALLY_FILLED` only one in `PARTIALLY_FILLED`.
            When the condition is not met Binance answers with error -2011; an unknown value gives
            -1145.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CanceledOrder:
    """Cancel an order.

    Cancels one active order, found by `orderId` and/or `origClientOrderId`. When both are given,
    the order found by `orderId` must also carry `origClientOrderId`, otherwise the request is
    rejected; giving `orderId` alone is the fastest. `cancelRestrictions` makes the cancellation
    conditional on the order's status. The answer may include the conditional order fields (iceberg,
    stop, strategy, pegging, STP...).

    DELETE /api/v3/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        order_id: Exchange id of the order to cancel.
        orig_client_order_id: Client order id of the order to cancel.
        new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
        cancel_restrictions: Makes the cancellation conditional on the order's current status: `ONLY_NEW` cancels
            only an order still in `NEW`, `ONLY_PARTIALLY_FILLED` only one in `PARTIALLY_FILLED`.
            When the condition is not met Binance answers with error -2011; an unknown value gives
            -1145.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CanceledOrder
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                cancel_restrictions=cancel_restrictions,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CanceledOrder]:
    """Cancel an order.

    Cancels one active order, found by `orderId` and/or `origClientOrderId`. When both are given,
    the order found by `orderId` must also carry `origClientOrderId`, otherwise the request is
    rejected; giving `orderId` alone is the fastest. `cancelRestrictions` makes the cancellation
    conditional on the order's status. The answer may include the conditional order fields (iceberg,
    stop, strategy, pegging, STP...).

    DELETE /api/v3/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        order_id: Exchange id of the order to cancel.
        orig_client_order_id: Client order id of the order to cancel.
        new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
        cancel_restrictions: Makes the cancellation conditional on the order's current status: `ONLY_NEW` cancels
            only an order still in `NEW`, `ONLY_PARTIALLY_FILLED` only one in `PARTIALLY_FILLED`.
            When the condition is not met Binance answers with error -2011; an unknown value gives
            -1145.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CanceledOrder:
    """Cancel an order.

    Cancels one active order, found by `orderId` and/or `origClientOrderId`. When both are given,
    the order found by `orderId` must also carry `origClientOrderId`, otherwise the request is
    rejected; giving `orderId` alone is the fastest. `cancelRestrictions` makes the cancellation
    conditional on the order's status. The answer may include the conditional order fields (iceberg,
    stop, strategy, pegging, STP...).

    DELETE /api/v3/order · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        order_id: Exchange id of the order to cancel.
        orig_client_order_id: Client order id of the order to cancel.
        new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
        cancel_restrictions: Makes the cancellation conditional on the order's current status: `ONLY_NEW` cancels
            only an order still in `NEW`, `ONLY_PARTIALLY_FILLED` only one in `PARTIALLY_FILLED`.
            When the condition is not met Binance answers with error -2011; an unknown value gives
            -1145.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CanceledOrder
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                cancel_restrictions=cancel_restrictions,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
