"""Margin capital flow: GET /sapi/v1/margin/capital-flow (USER_DATA, weight 100).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_capital_flow import MarginCapitalFlow
from ...models.margin_capital_flow_type import MarginCapitalFlowType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginCapitalFlow"]


def _arguments(
    *,
    asset: str | None = None,
    symbol: str | None = None,
    type_: MarginCapitalFlowType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "symbol": symbol,
        "type_": type_,
        "start_time": start_time,
        "end_time": end_time,
        "from_id": from_id,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[MarginCapitalFlow]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginCapitalFlow]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginCapitalFlow.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginCapitalFlow]]:
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
    asset: str | None = None,
    symbol: str | None = None,
    type_: MarginCapitalFlowType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginCapitalFlow]]:
    """Margin capital flow.

    Lists the movements of capital (transfers, loans, trades, fees, liquidations...) in the cross
    margin account, or in the isolated account of `symbol`. Only the last 90 days can be queried,
    and since 2026-02-02 a range with both `startTime` and `endTime` may span at most 7 days.

    GET /sapi/v1/margin/capital-flow · security USER_DATA · weight 100


    Args:
        asset: Only this asset.
        symbol: Isolated margin pair; required to query isolated margin data.
        type_: Only this kind of movement.
        start_time: Start of the range, UTC milliseconds; no earlier than 90 days ago.
        end_time: End of the time range, UTC milliseconds.
        from_id: Return records with an `id` above this one; the latest records when omitted.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            symbol=symbol,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    symbol: str | None = None,
    type_: MarginCapitalFlowType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginCapitalFlow]:
    """Margin capital flow.

    Lists the movements of capital (transfers, loans, trades, fees, liquidations...) in the cross
    margin account, or in the isolated account of `symbol`. Only the last 90 days can be queried,
    and since 2026-02-02 a range with both `startTime` and `endTime` may span at most 7 days.

    GET /sapi/v1/margin/capital-flow · security USER_DATA · weight 100


    Args:
        asset: Only this asset.
        symbol: Isolated margin pair; required to query isolated margin data.
        type_: Only this kind of movement.
        start_time: Start of the range, UTC milliseconds; no earlier than 90 days ago.
        end_time: End of the time range, UTC milliseconds.
        from_id: Return records with an `id` above this one; the latest records when omitted.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginCapitalFlow]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                symbol=symbol,
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    symbol: str | None = None,
    type_: MarginCapitalFlowType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginCapitalFlow]]:
    """Margin capital flow.

    Lists the movements of capital (transfers, loans, trades, fees, liquidations...) in the cross
    margin account, or in the isolated account of `symbol`. Only the last 90 days can be queried,
    and since 2026-02-02 a range with both `startTime` and `endTime` may span at most 7 days.

    GET /sapi/v1/margin/capital-flow · security USER_DATA · weight 100


    Args:
        asset: Only this asset.
        symbol: Isolated margin pair; required to query isolated margin data.
        type_: Only this kind of movement.
        start_time: Start of the range, UTC milliseconds; no earlier than 90 days ago.
        end_time: End of the time range, UTC milliseconds.
        from_id: Return records with an `id` above this one; the latest records when omitted.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            symbol=symbol,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    symbol: str | None = None,
    type_: MarginCapitalFlowType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginCapitalFlow]:
    """Margin capital flow.

    Lists the movements of capital (transfers, loans, trades, fees, liquidations...) in the cross
    margin account, or in the isolated account of `symbol`. Only the last 90 days can be queried,
    and since 2026-02-02 a range with both `startTime` and `endTime` may span at most 7 days.

    GET /sapi/v1/margin/capital-flow · security USER_DATA · weight 100


    Args:
        asset: Only this asset.
        symbol: Isolated margin pair; required to query isolated margin data.
        type_: Only this kind of movement.
        start_time: Start of the range, UTC milliseconds; no earlier than 90 days ago.
        end_time: End of the time range, UTC milliseconds.
        from_id: Return records with an `id` above this one; the latest records when omitted.
        limit: Most records to return; default 500, at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginCapitalFlow]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                symbol=symbol,
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
