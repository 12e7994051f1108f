"""Reduce an order's quantity, keeping its priority: PUT /api/v3/order/amend/keepPriority (TRADE, weight 4).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.order_amend_result import OrderAmendResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["orderAmendKeepPriority"]


def _arguments(
    symbol: str,
    new_qty: DecimalLike,
    *,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
        "new_client_order_id": new_client_order_id,
        "new_qty": new_qty,
    }


def _parse_response(response: httpx.Response) -> OrderAmendResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> OrderAmendResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = OrderAmendResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[OrderAmendResult]:
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
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderAmendResult]:
    """Reduce an order's quantity, keeping its priority.

    Lowers the quantity of an open order in place, so that it keeps its place in the queue at its
    price level (unlike cancel-replace, which creates a new order at the back of the queue). The
    order is found by `orderId` and/or `origClientOrderId`. Orders inside order lists can be amended
    too; both orders of an OCO pair always share one quantity. Only symbols with `amendAllowed`
    accept it. It does not count against the `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    PUT /api/v3/order/amend/keepPriority · security TRADE · weight 4


    Args:
        symbol: Trading pair the request applies to. Required.
        order_id: Exchange id of the order to amend. Send it or `origClientOrderId`.
        orig_client_order_id: Client order id of the order to amend. Send it or `orderId`.
        new_client_order_id: Client order id the order carries after the amendment; a random one is generated when
            omitted. Sending the current client order id keeps it.
        new_qty: The order's new quantity; must be above zero and below the order's current quantity. Required.
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
            new_qty=new_qty,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderAmendResult:
    """Reduce an order's quantity, keeping its priority.

    Lowers the quantity of an open order in place, so that it keeps its place in the queue at its
    price level (unlike cancel-replace, which creates a new order at the back of the queue). The
    order is found by `orderId` and/or `origClientOrderId`. Orders inside order lists can be amended
    too; both orders of an OCO pair always share one quantity. Only symbols with `amendAllowed`
    accept it. It does not count against the `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    PUT /api/v3/order/amend/keepPriority · security TRADE · weight 4


    Args:
        symbol: Trading pair the request applies to. Required.
        order_id: Exchange id of the order to amend. Send it or `origClientOrderId`.
        orig_client_order_id: Client order id of the order to amend. Send it or `orderId`.
        new_client_order_id: Client order id the order carries after the amendment; a random one is generated when
            omitted. Sending the current client order id keeps it.
        new_qty: The order's new quantity; must be above zero and below the order's current quantity. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OrderAmendResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                new_qty=new_qty,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderAmendResult]:
    """Reduce an order's quantity, keeping its priority.

    Lowers the quantity of an open order in place, so that it keeps its place in the queue at its
    price level (unlike cancel-replace, which creates a new order at the back of the queue). The
    order is found by `orderId` and/or `origClientOrderId`. Orders inside order lists can be amended
    too; both orders of an OCO pair always share one quantity. Only symbols with `amendAllowed`
    accept it. It does not count against the `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    PUT /api/v3/order/amend/keepPriority · security TRADE · weight 4


    Args:
        symbol: Trading pair the request applies to. Required.
        order_id: Exchange id of the order to amend. Send it or `origClientOrderId`.
        orig_client_order_id: Client order id of the order to amend. Send it or `orderId`.
        new_client_order_id: Client order id the order carries after the amendment; a random one is generated when
            omitted. Sending the current client order id keeps it.
        new_qty: The order's new quantity; must be above zero and below the order's current quantity. Required.
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
            new_qty=new_qty,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderAmendResult:
    """Reduce an order's quantity, keeping its priority.

    Lowers the quantity of an open order in place, so that it keeps its place in the queue at its
    price level (unlike cancel-replace, which creates a new order at the back of the queue). The
    order is found by `orderId` and/or `origClientOrderId`. Orders inside order lists can be amended
    too; both orders of an OCO pair always share one quantity. Only symbols with `amendAllowed`
    accept it. It does not count against the `EXCHANGE_MAX_ORDERS` and `MAX_NUM_ORDERS` filters.

    PUT /api/v3/order/amend/keepPriority · security TRADE · weight 4


    Args:
        symbol: Trading pair the request applies to. Required.
        order_id: Exchange id of the order to amend. Send it or `origClientOrderId`.
        orig_client_order_id: Client order id of the order to amend. Send it or `orderId`.
        new_client_order_id: Client order id the order carries after the amendment; a random one is generated when
            omitted. Sending the current client order id keeps it.
        new_qty: The order's new quantity; must be above zero and below the order's current quantity. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OrderAmendResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
                new_qty=new_qty,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
