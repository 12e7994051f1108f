"""Query order list: GET /api/v3/orderList (USER_DATA, weight 4).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.order_list import OrderList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["queryOrderList"]


def _arguments(
    *,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "order_list_id": order_list_id,
        "orig_client_order_id": orig_client_order_id,
    }


def _parse_response(response: httpx.Response) -> OrderList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> OrderList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = OrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[OrderList]:
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
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderList]:
    """Query order list.

    Looks up one order list (OCO, OTO, …) of the account, by its exchange id (`orderListId`) or by
    its client list id (`origClientOrderId`), and returns its status and the orders it is made of.

    GET /api/v3/orderList · security USER_DATA · weight 4


    Args:
        order_list_id: The exchange-assigned id of the order list. Send this or `origClientOrderId`.
        orig_client_order_id: The `listClientOrderId` of the order list. Send this or `orderListId`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderList:
    """Query order list.

    Looks up one order list (OCO, OTO, …) of the account, by its exchange id (`orderListId`) or by
    its client list id (`origClientOrderId`), and returns its status and the orders it is made of.

    GET /api/v3/orderList · security USER_DATA · weight 4


    Args:
        order_list_id: The exchange-assigned id of the order list. Send this or `origClientOrderId`.
        orig_client_order_id: The `listClientOrderId` of the order list. Send this or `orderListId`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OrderList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_list_id=order_list_id,
                orig_client_order_id=orig_client_order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[OrderList]:
    """Query order list.

    Looks up one order list (OCO, OTO, …) of the account, by its exchange id (`orderListId`) or by
    its client list id (`origClientOrderId`), and returns its status and the orders it is made of.

    GET /api/v3/orderList · security USER_DATA · weight 4


    Args:
        order_list_id: The exchange-assigned id of the order list. Send this or `origClientOrderId`.
        orig_client_order_id: The `listClientOrderId` of the order list. Send this or `orderListId`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> OrderList:
    """Query order list.

    Looks up one order list (OCO, OTO, …) of the account, by its exchange id (`orderListId`) or by
    its client list id (`origClientOrderId`), and returns its status and the orders it is made of.

    GET /api/v3/orderList · security USER_DATA · weight 4


    Args:
        order_list_id: The exchange-assigned id of the order list. Send this or `origClientOrderId`.
        orig_client_order_id: The `listClientOrderId` of the order list. Send this or `orderListId`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OrderList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_list_id=order_list_id,
                orig_client_order_id=orig_client_order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
