"""Cancel an order list: DELETE /api/v3/orderList (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.canceled_order_list import CanceledOrderList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelOrderList"]


def _arguments(
    symbol: str,
    *,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_list_id": order_list_id,
        "list_client_order_id": list_client_order_id,
        "new_client_order_id": new_client_order_id,
    }


def _parse_response(response: httpx.Response) -> CanceledOrderList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CanceledOrderList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CanceledOrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CanceledOrderList]:
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
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CanceledOrderList]:
    """Cancel an order list.

    Cancels a whole order list, found by `orderListId` and/or `listClientOrderId`. When both are
    given, the list found by `orderListId` must also carry `listClientOrderId`, otherwise the
    request is rejected. Cancelling a single order of a list through `DELETE /api/v3/order` has the
    same effect on the whole list.

    DELETE /api/v3/orderList · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        order_list_id: Exchange id of the order list to cancel.
        list_client_order_id: Client id of the order list to cancel.
        new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CanceledOrderList:
    """Cancel an order list.

    Cancels a whole order list, found by `orderListId` and/or `listClientOrderId`. When both are
    given, the list found by `orderListId` must also carry `listClientOrderId`, otherwise the
    request is rejected. Cancelling a single order of a list through `DELETE /api/v3/order` has the
    same effect on the whole list.

    DELETE /api/v3/orderList · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        order_list_id: Exchange id of the order list to cancel.
        list_client_order_id: Client id of the order list to cancel.
        new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CanceledOrderList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_list_id=order_list_id,
                list_client_order_id=list_client_order_id,
                new_client_order_id=new_client_order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CanceledOrderList]:
    """Cancel an order list.

    Cancels a whole order list, found by `orderListId` and/or `listClientOrderId`. When both are
    given, the list found by `orderListId` must also carry `listClientOrderId`, otherwise the
    request is rejected. Cancelling a single order of a list through `DELETE /api/v3/order` has the
    same effect on the whole list.

    DELETE /api/v3/orderList · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        order_list_id: Exchange id of the order list to cancel.
        list_client_order_id: Client id of the order list to cancel.
        new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CanceledOrderList:
    """Cancel an order list.

    Cancels a whole order list, found by `orderListId` and/or `listClientOrderId`. When both are
    given, the list found by `orderListId` must also carry `listClientOrderId`, otherwise the
    request is rejected. Cancelling a single order of a list through `DELETE /api/v3/order` has the
    same effect on the whole list.

    DELETE /api/v3/orderList · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        order_list_id: Exchange id of the order list to cancel.
        list_client_order_id: Client id of the order list to cancel.
        new_client_order_id: Client id given to the cancellation itself; Binance generates one when it is omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CanceledOrderList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                order_list_id=order_list_id,
                list_client_order_id=list_client_order_id,
                new_client_order_id=new_client_order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
