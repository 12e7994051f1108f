"""Margin prevented matches: GET /sapi/v1/margin/myPreventedMatches (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_prevented_match import MarginPreventedMatch
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginPreventedMatches"]


def _arguments(
    symbol: str,
    *,
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "prevented_match_id": prevented_match_id,
        "order_id": order_id,
        "from_prevented_match_id": from_prevented_match_id,
        "is_isolated": is_isolated,
    }


def _parse_response(response: httpx.Response) -> list[MarginPreventedMatch]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginPreventedMatch]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginPreventedMatch.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginPreventedMatch]]:
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
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginPreventedMatch]]:
    """Margin prevented matches.

    Lists the orders of a pair that expired because of self-trade prevention. Send `symbol` with
    `preventedMatchId`, with `orderId`, or with `orderId` and `fromPreventedMatchId` to page (at
    most 500 records per request).

    GET /sapi/v1/margin/myPreventedMatches · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        prevented_match_id: Only this prevented match.
        order_id: Only the prevented matches of this order.
        from_prevented_match_id: With `orderId`: return matches from this id on.
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
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
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
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginPreventedMatch]:
    """Margin prevented matches.

    Lists the orders of a pair that expired because of self-trade prevention. Send `symbol` with
    `preventedMatchId`, with `orderId`, or with `orderId` and `fromPreventedMatchId` to page (at
    most 500 records per request).

    GET /sapi/v1/margin/myPreventedMatches · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        prevented_match_id: Only this prevented match.
        order_id: Only the prevented matches of this order.
        from_prevented_match_id: With `orderId`: return matches from this id on.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginPreventedMatch]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                prevented_match_id=prevented_match_id,
                order_id=order_id,
                from_prevented_match_id=from_prevented_match_id,
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
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginPreventedMatch]]:
    """Margin prevented matches.

    Lists the orders of a pair that expired because of self-trade prevention. Send `symbol` with
    `preventedMatchId`, with `orderId`, or with `orderId` and `fromPreventedMatchId` to page (at
    most 500 records per request).

    GET /sapi/v1/margin/myPreventedMatches · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        prevented_match_id: Only this prevented match.
        order_id: Only the prevented matches of this order.
        from_prevented_match_id: With `orderId`: return matches from this id on.
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
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
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
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginPreventedMatch]:
    """Margin prevented matches.

    Lists the orders of a pair that expired because of self-trade prevention. Send `symbol` with
    `preventedMatchId`, with `orderId`, or with `orderId` and `fromPreventedMatchId` to page (at
    most 500 records per request).

    GET /sapi/v1/margin/myPreventedMatches · security USER_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        prevented_match_id: Only this prevented match.
        order_id: Only the prevented matches of this order.
        from_prevented_match_id: With `orderId`: return matches from this id on.
        is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
            cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginPreventedMatch]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                prevented_match_id=prevented_match_id,
                order_id=order_id,
                from_prevented_match_id=from_prevented_match_id,
                is_isolated=is_isolated,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
