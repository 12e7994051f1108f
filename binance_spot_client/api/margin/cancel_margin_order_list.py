"""Cancel a margin order list: DELETE /sapi/v1/margin/orderList (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_canceled_order_list import MarginCanceledOrderList
from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelMarginOrderList"]


def _arguments(
    symbol: str,
    *,
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "order_list_id": order_list_id,
        "list_client_order_id": list_client_order_id,
        "new_client_order_id": new_client_order_id,
    }


def _parse_response(response: httpx.Response) -> MarginCanceledOrderList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginCanceledOrderList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginCanceledOrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginCanceledOrderList]:
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginCanceledOrderList]:
    """Cancel a margin order list.

    Cancels a whole margin order list, identified by `orderListId` or `listClientOrderId`;
    cancelling one leg through the single-order cancel also ends the list.

    DELETE /sapi/v1/margin/orderList · security TRADE · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_list_id: Id of the list to cancel.
        list_client_order_id: Client id of the list to cancel.
        new_client_order_id: Your own id for the cancellation; generated when omitted.
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginCanceledOrderList:
    """Cancel a margin order list.

    Cancels a whole margin order list, identified by `orderListId` or `listClientOrderId`;
    cancelling one leg through the single-order cancel also ends the list.

    DELETE /sapi/v1/margin/orderList · security TRADE · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_list_id: Id of the list to cancel.
        list_client_order_id: Client id of the list to cancel.
        new_client_order_id: Your own id for the cancellation; generated when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginCanceledOrderList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginCanceledOrderList]:
    """Cancel a margin order list.

    Cancels a whole margin order list, identified by `orderListId` or `listClientOrderId`;
    cancelling one leg through the single-order cancel also ends the list.

    DELETE /sapi/v1/margin/orderList · security TRADE · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_list_id: Id of the list to cancel.
        list_client_order_id: Client id of the list to cancel.
        new_client_order_id: Your own id for the cancellation; generated when omitted.
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
    is_isolated: MarginIsolatedFlag | str | None = None,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginCanceledOrderList:
    """Cancel a margin order list.

    Cancels a whole margin order list, identified by `orderListId` or `listClientOrderId`;
    cancelling one leg through the single-order cancel also ends the list.

    DELETE /sapi/v1/margin/orderList · security TRADE · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        order_list_id: Id of the list to cancel.
        list_client_order_id: Client id of the list to cancel.
        new_client_order_id: Your own id for the cancellation; generated when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginCanceledOrderList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_list_id=order_list_id,
                list_client_order_id=list_client_order_id,
                new_client_order_id=new_client_order_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
