"""Conversion order status: GET /sapi/v1/convert/orderStatus (USER_DATA, weight 100).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.convert_order import ConvertOrder
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertOrderStatus"]


def _arguments(
    *,
    order_id: str | None = None,
    quote_id: str | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "quote_id": quote_id,
    }


def _parse_response(response: httpx.Response) -> ConvertOrder:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ConvertOrder:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ConvertOrder.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ConvertOrder]:
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
    order_id: str | None = None,
    quote_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertOrder]:
    """Conversion order status.

    Returns a conversion order, found by its order id or by the id of the quote it came from.

    GET /sapi/v1/convert/orderStatus · security USER_DATA · weight 100


    Args:
        order_id: Id of the order.
        quote_id: Id of the quote the order came from.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            quote_id=quote_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_id: str | None = None,
    quote_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertOrder:
    """Conversion order status.

    Returns a conversion order, found by its order id or by the id of the quote it came from.

    GET /sapi/v1/convert/orderStatus · security USER_DATA · weight 100


    Args:
        order_id: Id of the order.
        quote_id: Id of the quote the order came from.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertOrder
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                quote_id=quote_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    quote_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertOrder]:
    """Conversion order status.

    Returns a conversion order, found by its order id or by the id of the quote it came from.

    GET /sapi/v1/convert/orderStatus · security USER_DATA · weight 100


    Args:
        order_id: Id of the order.
        quote_id: Id of the quote the order came from.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            quote_id=quote_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    quote_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertOrder:
    """Conversion order status.

    Returns a conversion order, found by its order id or by the id of the quote it came from.

    GET /sapi/v1/convert/orderStatus · security USER_DATA · weight 100


    Args:
        order_id: Id of the order.
        quote_id: Id of the quote the order came from.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertOrder
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                quote_id=quote_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
