"""Prevented matches: GET /api/v3/myPreventedMatches (USER_DATA, weight 20).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.prevented_match import PreventedMatch
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["myPreventedMatches"]


def _arguments(
    symbol: str,
    *,
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "prevented_match_id": prevented_match_id,
        "order_id": order_id,
        "from_prevented_match_id": from_prevented_match_id,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[PreventedMatch]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[PreventedMatch]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [PreventedMatch.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[PreventedMatch]]:
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
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[PreventedMatch]]:
    """Prevented matches.

    Lists the account's matches that self-trade prevention stopped (and the orders it expired as a
    result). Accepted combinations: `symbol` + `preventedMatchId`; `symbol` + `orderId`, optionally
    with `fromPreventedMatchId` and then `limit`.

    GET /api/v3/myPreventedMatches · security USER_DATA · weight 20


    Args:
        symbol: The symbol of the prevented matches. Required.
        prevented_match_id: Fetch the single prevented match with this id. Not combined with `orderId`.
        order_id: Fetch the prevented matches that involved this order (exchange-assigned id).
        from_prevented_match_id: With `orderId`: start from this prevented match id (inclusive).
        limit: How many prevented matches to return, with `orderId` and `fromPreventedMatchId`. Default
            500, maximum 1000.
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
            limit=limit,
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
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[PreventedMatch]:
    """Prevented matches.

    Lists the account's matches that self-trade prevention stopped (and the orders it expired as a
    result). Accepted combinations: `symbol` + `preventedMatchId`; `symbol` + `orderId`, optionally
    with `fromPreventedMatchId` and then `limit`.

    GET /api/v3/myPreventedMatches · security USER_DATA · weight 20


    Args:
        symbol: The symbol of the prevented matches. Required.
        prevented_match_id: Fetch the single prevented match with this id. Not combined with `orderId`.
        order_id: Fetch the prevented matches that involved this order (exchange-assigned id).
        from_prevented_match_id: With `orderId`: start from this prevented match id (inclusive).
        limit: How many prevented matches to return, with `orderId` and `fromPreventedMatchId`. Default
            500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PreventedMatch]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                prevented_match_id=prevented_match_id,
                order_id=order_id,
                from_prevented_match_id=from_prevented_match_id,
                limit=limit,
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
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[PreventedMatch]]:
    """Prevented matches.

    Lists the account's matches that self-trade prevention stopped (and the orders it expired as a
    result). Accepted combinations: `symbol` + `preventedMatchId`; `symbol` + `orderId`, optionally
    with `fromPreventedMatchId` and then `limit`.

    GET /api/v3/myPreventedMatches · security USER_DATA · weight 20


    Args:
        symbol: The symbol of the prevented matches. Required.
        prevented_match_id: Fetch the single prevented match with this id. Not combined with `orderId`.
        order_id: Fetch the prevented matches that involved this order (exchange-assigned id).
        from_prevented_match_id: With `orderId`: start from this prevented match id (inclusive).
        limit: How many prevented matches to return, with `orderId` and `fromPreventedMatchId`. Default
            500, maximum 1000.
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
            limit=limit,
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
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[PreventedMatch]:
    """Prevented matches.

    Lists the account's matches that self-trade prevention stopped (and the orders it expired as a
    result). Accepted combinations: `symbol` + `preventedMatchId`; `symbol` + `orderId`, optionally
    with `fromPreventedMatchId` and then `limit`.

    GET /api/v3/myPreventedMatches · security USER_DATA · weight 20


    Args:
        symbol: The symbol of the prevented matches. Required.
        prevented_match_id: Fetch the single prevented match with this id. Not combined with `orderId`.
        order_id: Fetch the prevented matches that involved this order (exchange-assigned id).
        from_prevented_match_id: With `orderId`: start from this prevented match id (inclusive).
        limit: How many prevented matches to return, with `orderId` and `fromPreventedMatchId`. Default
            500, maximum 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PreventedMatch]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                prevented_match_id=prevented_match_id,
                order_id=order_id,
                from_prevented_match_id=from_prevented_match_id,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
