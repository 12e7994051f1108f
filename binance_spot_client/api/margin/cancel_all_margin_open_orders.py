"""Cancel all open margin orders of a pair: DELETE /sapi/v1/margin/openOrders (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_canceled_order import MarginCanceledOrder
from ...models.margin_canceled_order_list import MarginCanceledOrderList
from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelAllMarginOpenOrders"]


def _arguments(
    symbol: str,
    *,
    is_isolated: MarginIsolatedFlag | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
    }


def _parse_response(response: httpx.Response) -> list[MarginCanceledOrder | MarginCanceledOrderList]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginCanceledOrder | MarginCanceledOrderList]:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200_item(data: object) -> MarginCanceledOrder | MarginCanceledOrderList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_0 = MarginCanceledOrderList.from_dict(data)

                return response_200_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_item_type_1 = MarginCanceledOrder.from_dict(data)

            return response_200_item_type_1

        response_200 = [_parse_response_200_item(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginCanceledOrder | MarginCanceledOrderList]]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginCanceledOrder | MarginCanceledOrderList]]:
    """Cancel all open margin orders of a pair.

    Cancels every open order of a pair in a margin account, order lists included. The answer mixes
    cancelled orders and cancelled order lists.

    DELETE /sapi/v1/margin/openOrders · security TRADE · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginCanceledOrder | MarginCanceledOrderList]:
    """Cancel all open margin orders of a pair.

    Cancels every open order of a pair in a margin account, order lists included. The answer mixes
    cancelled orders and cancelled order lists.

    DELETE /sapi/v1/margin/openOrders · security TRADE · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginCanceledOrder | MarginCanceledOrderList]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginCanceledOrder | MarginCanceledOrderList]]:
    """Cancel all open margin orders of a pair.

    Cancels every open order of a pair in a margin account, order lists included. The answer mixes
    cancelled orders and cancelled order lists.

    DELETE /sapi/v1/margin/openOrders · security TRADE · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginCanceledOrder | MarginCanceledOrderList]:
    """Cancel all open margin orders of a pair.

    Cancels every open order of a pair in a margin account, order lists included. The answer mixes
    cancelled orders and cancelled order lists.

    DELETE /sapi/v1/margin/openOrders · security TRADE · weight 1


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginCanceledOrder | MarginCanceledOrderList]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
