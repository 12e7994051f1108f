"""Place a futures volume participation (VP) order: POST /sapi/v1/algo/futures/newOrderVp (TRADE, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.algo_new_order_result import AlgoNewOrderResult
from ...models.algo_position_side import AlgoPositionSide
from ...models.algo_urgency import AlgoUrgency
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newFuturesVpOrder"]


def _arguments(
    symbol: str,
    side: OrderSide | str,
    quantity: DecimalLike,
    urgency: AlgoUrgency | str,
    *,
    position_side: AlgoPositionSide | str | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "position_side": position_side,
        "quantity": quantity,
        "urgency": urgency,
        "client_algo_id": client_algo_id,
        "reduce_only": reduce_only,
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
    urgency: AlgoUrgency | str,
    position_side: AlgoPositionSide | str | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoNewOrderResult]:
    """Place a futures volume participation (VP) order.

    Starts a volume participation algo on a USDⓈ-M futures symbol: the quantity is worked into the
    market at a pace set by `urgency`, at market price or within `limitPrice`. Needs an API key with
    futures trading enabled; at most 10 algo orders may be open at once, and leverage and position
    mode follow the futures account's settings. `success: true` only means the order was accepted:
    it can still expire right away (too little balance, a `reduceOnly` that would open a position, a
    position side that does not match the mode), so check its status with the open or historical
    algo order queries.

    POST /sapi/v1/algo/futures/newOrderVp · security TRADE · weight 3000


    Args:
        symbol: USDⓈ-M futures symbol, e.g. `BTCUSDT`. Required.
        side: Buy or sell. Required.
        position_side: Position side. In one-way mode it can be left out (it is `BOTH`); in hedge mode it is
            mandatory and must be `LONG` or `SHORT`.
        quantity: Base asset quantity. Its notional value (quantity × mark price) must be above the
            equivalent of 10,000 USDT and below the equivalent of 1,000,000 USDT. Required.
        urgency: How fast the algo works the order relative to the market's volume. Required.
        client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
            when omitted.
        reduce_only: Only reduce an existing position (default false). Not accepted in hedge mode, nor on an
            order that opens a position.
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
            position_side=position_side,
            quantity=quantity,
            urgency=urgency,
            client_algo_id=client_algo_id,
            reduce_only=reduce_only,
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
    urgency: AlgoUrgency | str,
    position_side: AlgoPositionSide | str | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoNewOrderResult:
    """Place a futures volume participation (VP) order.

    Starts a volume participation algo on a USDⓈ-M futures symbol: the quantity is worked into the
    market at a pace set by `urgency`, at market price or within `limitPrice`. Needs an API key with
    futures trading enabled; at most 10 algo orders may be open at once, and leverage and position
    mode follow the futures account's settings. `success: true` only means the order was accepted:
    it can still expire right away (too little balance, a `reduceOnly` that would open a position, a
    position side that does not match the mode), so check its status with the open or historical
    algo order queries.

    POST /sapi/v1/algo/futures/newOrderVp · security TRADE · weight 3000


    Args:
        symbol: USDⓈ-M futures symbol, e.g. `BTCUSDT`. Required.
        side: Buy or sell. Required.
        position_side: Position side. In one-way mode it can be left out (it is `BOTH`); in hedge mode it is
            mandatory and must be `LONG` or `SHORT`.
        quantity: Base asset quantity. Its notional value (quantity × mark price) must be above the
            equivalent of 10,000 USDT and below the equivalent of 1,000,000 USDT. Required.
        urgency: How fast the algo works the order relative to the market's volume. Required.
        client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
            when omitted.
        reduce_only: Only reduce an existing position (default false). Not accepted in hedge mode, nor on an
            order that opens a position.
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
                position_side=position_side,
                quantity=quantity,
                urgency=urgency,
                client_algo_id=client_algo_id,
                reduce_only=reduce_only,
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
    urgency: AlgoUrgency | str,
    position_side: AlgoPositionSide | str | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AlgoNewOrderResult]:
    """Place a futures volume participation (VP) order.

    Starts a volume participation algo on a USDⓈ-M futures symbol: the quantity is worked into the
    market at a pace set by `urgency`, at market price or within `limitPrice`. Needs an API key with
    futures trading enabled; at most 10 algo orders may be open at once, and leverage and position
    mode follow the futures account's settings. `success: true` only means the order was accepted:
    it can still expire right away (too little balance, a `reduceOnly` that would open a position, a
    position side that does not match the mode), so check its status with the open or historical
    algo order queries.

    POST /sapi/v1/algo/futures/newOrderVp · security TRADE · weight 3000


    Args:
        symbol: USDⓈ-M futures symbol, e.g. `BTCUSDT`. Required.
        side: Buy or sell. Required.
        position_side: Position side. In one-way mode it can be left out (it is `BOTH`); in hedge mode it is
            mandatory and must be `LONG` or `SHORT`.
        quantity: Base asset quantity. Its notional value (quantity × mark price) must be above the
            equivalent of 10,000 USDT and below the equivalent of 1,000,000 USDT. Required.
        urgency: How fast the algo works the order relative to the market's volume. Required.
        client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
            when omitted.
        reduce_only: Only reduce an existing position (default false). Not accepted in hedge mode, nor on an
            order that opens a position.
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
            position_side=position_side,
            quantity=quantity,
            urgency=urgency,
            client_algo_id=client_algo_id,
            reduce_only=reduce_only,
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
    urgency: AlgoUrgency | str,
    position_side: AlgoPositionSide | str | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AlgoNewOrderResult:
    """Place a futures volume participation (VP) order.

    Starts a volume participation algo on a USDⓈ-M futures symbol: the quantity is worked into the
    market at a pace set by `urgency`, at market price or within `limitPrice`. Needs an API key with
    futures trading enabled; at most 10 algo orders may be open at once, and leverage and position
    mode follow the futures account's settings. `success: true` only means the order was accepted:
    it can still expire right away (too little balance, a `reduceOnly` that would open a position, a
    position side that does not match the mode), so check its status with the open or historical
    algo order queries.

    POST /sapi/v1/algo/futures/newOrderVp · security TRADE · weight 3000


    Args:
        symbol: USDⓈ-M futures symbol, e.g. `BTCUSDT`. Required.
        side: Buy or sell. Required.
        position_side: Position side. In one-way mode it can be left out (it is `BOTH`); in hedge mode it is
            mandatory and must be `LONG` or `SHORT`.
        quantity: Base asset quantity. Its notional value (quantity × mark price) must be above the
            equivalent of 10,000 USDT and below the equivalent of 1,000,000 USDT. Required.
        urgency: How fast the algo works the order relative to the market's volume. Required.
        client_algo_id: Your own id for the algo order, 32 characters, unique among your algo orders; generated
            when omitted.
        reduce_only: Only reduce an existing position (default false). Not accepted in hedge mode, nor on an
            order that opens a position.
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
                position_side=position_side,
                quantity=quantity,
                urgency=urgency,
                client_algo_id=client_algo_id,
                reduce_only=reduce_only,
                limit_price=limit_price,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
