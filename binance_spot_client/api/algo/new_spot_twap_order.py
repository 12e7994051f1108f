"""Place a spot TWAP order: POST /sapi/v1/algo/spot/newOrderTwap (TRADE, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.algo_new_order_result import AlgoNewOrderResult
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newSpotTwapOrder"]


def _arguments(
    symbol: str,
    side: OrderSide | str,
    quantity: DecimalLike,
    duration: int,
    *,
    client_algo_id: str | None = None,
    limit_price: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "quantity": quantity,
        "duration": duration,
        "client_algo_id": client_algo_id,
        "limit_price": limit_price,
    }


def _parse_response(response: httpx.Response) -> AlgoNewOrderResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AlgoNewOrderResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AlgoNewOrderResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AlgoNewOrderResult]:
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
    duration: int,
    client_algo_id: str | None = None,
    limit_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoNewOrderResult]:
    """Place a spot TWAP order.

    Starts a time-weighted average price algo on a spot symbol: the quantity is spread evenly over
    `duration` seconds, at market price or within `limitPrice`. At most 20 spot algo orders may be
    open at once (current documentation).

    POST /sapi/v1/algo/spot/newOrderTwap · security TRADE · weight 3000


    Args:
        symbol: Spot symbol, e.g. `BTCUSDT`. Required.
        side: Buy or sell. Required.
        quantity: Base asset quantity. Depending on the symbol, one algo order may be worth at most the
            equivalent of 200,000, 2,000,000 or 10,000,000 USD. Required.
        duration: Running time of the algo in seconds, from 300 (5 minutes) to 86400 (24 hours). Required.
        client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
            when omitted.
        limit_price: Worst price the sub-orders may trade at; without it the algo trades at market price.
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
            quantity=quantity,
            duration=duration,
            client_algo_id=client_algo_id,
            limit_price=limit_price,
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
    duration: int,
    client_algo_id: str | None = None,
    limit_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoNewOrderResult:
    """Place a spot TWAP order.

    Starts a time-weighted average price algo on a spot symbol: the quantity is spread evenly over
    `duration` seconds, at market price or within `limitPrice`. At most 20 spot algo orders may be
    open at once (current documentation).

    POST /sapi/v1/algo/spot/newOrderTwap · security TRADE · weight 3000


    Args:
        symbol: Spot symbol, e.g. `BTCUSDT`. Required.
        side: Buy or sell. Required.
        quantity: Base asset quantity. Depending on the symbol, one algo order may be worth at most the
            equivalent of 200,000, 2,000,000 or 10,000,000 USD. Required.
        duration: Running time of the algo in seconds, from 300 (5 minutes) to 86400 (24 hours). Required.
        client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
            when omitted.
        limit_price: Worst price the sub-orders may trade at; without it the algo trades at market price.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AlgoNewOrderResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                side=side,
                quantity=quantity,
                duration=duration,
                client_algo_id=client_algo_id,
                limit_price=limit_price,
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
    duration: int,
    client_algo_id: str | None = None,
    limit_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoNewOrderResult]:
    """Place a spot TWAP order.

    Starts a time-weighted average price algo on a spot symbol: the quantity is spread evenly over
    `duration` seconds, at market price or within `limitPrice`. At most 20 spot algo orders may be
    open at once (current documentation).

    POST /sapi/v1/algo/spot/newOrderTwap · security TRADE · weight 3000


    Args:
        symbol: Spot symbol, e.g. `BTCUSDT`. Required.
        side: Buy or sell. Required.
        quantity: Base asset quantity. Depending on the symbol, one algo order may be worth at most the
            equivalent of 200,000, 2,000,000 or 10,000,000 USD. Required.
        duration: Running time of the algo in seconds, from 300 (5 minutes) to 86400 (24 hours). Required.
        client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
            when omitted.
        limit_price: Worst price the sub-orders may trade at; without it the algo trades at market price.
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
            quantity=quantity,
            duration=duration,
            client_algo_id=client_algo_id,
            limit_price=limit_price,
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
    duration: int,
    client_algo_id: str | None = None,
    limit_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoNewOrderResult:
    """Place a spot TWAP order.

    Starts a time-weighted average price algo on a spot symbol: the quantity is spread evenly over
    `duration` seconds, at market price or within `limitPrice`. At most 20 spot algo orders may be
    open at once (current documentation).

    POST /sapi/v1/algo/spot/newOrderTwap · security TRADE · weight 3000


    Args:
        symbol: Spot symbol, e.g. `BTCUSDT`. Required.
        side: Buy or sell. Required.
        quantity: Base asset quantity. Depending on the symbol, one algo order may be worth at most the
            equivalent of 200,000, 2,000,000 or 10,000,000 USD. Required.
        duration: Running time of the algo in seconds, from 300 (5 minutes) to 86400 (24 hours). Required.
        client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
            when omitted.
        limit_price: Worst price the sub-orders may trade at; without it the algo trades at market price.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AlgoNewOrderResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                side=side,
                quantity=quantity,
                duration=duration,
                client_algo_id=client_algo_id,
                limit_price=limit_price,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
