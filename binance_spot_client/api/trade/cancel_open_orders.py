"""Cancel all open orders on a symbol: DELETE /api/v3/openOrders (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.canceled_order import CanceledOrder
from ...models.canceled_order_list import CanceledOrderList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelOpenOrders"]


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> list[CanceledOrder | CanceledOrderList]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[CanceledOrder | CanceledOrderList]:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200_item(data: object) -> CanceledOrder | CanceledOrderList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_0 = CanceledOrder.from_dict(data)

                return response_200_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_item_type_1 = CanceledOrderList.from_dict(data)

            return response_200_item_type_1

        response_200 = [_parse_response_200_item(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[CanceledOrder | CanceledOrderList]]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[CanceledOrder | CanceledOrderList]]:
    """Cancel all open orders on a symbol.

    Cancels every active order of the account on one symbol, orders that belong to order lists
    included. Standalone orders come back as canceled orders and each affected order list comes back
    as a whole.

    DELETE /api/v3/openOrders · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[CanceledOrder | CanceledOrderList]:
    """Cancel all open orders on a symbol.

    Cancels every active order of the account on one symbol, orders that belong to order lists
    included. Standalone orders come back as canceled orders and each affected order list comes back
    as a whole.

    DELETE /api/v3/openOrders · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[CanceledOrder | CanceledOrderList]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[CanceledOrder | CanceledOrderList]]:
    """Cancel all open orders on a symbol.

    Cancels every active order of the account on one symbol, orders that belong to order lists
    included. Standalone orders come back as canceled orders and each affected order list comes back
    as a whole.

    DELETE /api/v3/openOrders · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[CanceledOrder | CanceledOrderList]:
    """Cancel all open orders on a symbol.

    Cancels every active order of the account on one symbol, orders that belong to order lists
    included. Standalone orders come back as canceled orders and each affected order list comes back
    as a whole.

    DELETE /api/v3/openOrders · security TRADE · weight 1


    Args:
        symbol: Trading pair the request applies to. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[CanceledOrder | CanceledOrderList]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
