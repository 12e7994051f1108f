"""Redeem an index-linked plan: POST /sapi/v1/lending/auto-invest/redeem (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_redemption import AutoInvestRedemption
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemIndexLinkedPlan"]


def _arguments(
    index_id: int,
    redemption_percentage: int,
    *,
    request_id: str | None = None,
) -> dict[str, object]:
    return {
        "index_id": index_id,
        "request_id": request_id,
        "redemption_percentage": redemption_percentage,
    }


def _parse_response(response: httpx.Response) -> AutoInvestRedemption:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestRedemption:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestRedemption]:
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
    index_id: int,
    redemption_percentage: int,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestRedemption]:
    """Redeem an index-linked plan.

    Sells a percentage of the holdings of the plan following an index.

    POST /sapi/v1/lending/auto-invest/redeem · security TRADE · weight 1


    Args:
        index_id: Index of the plan to redeem. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        redemption_percentage: Share of the holdings to redeem, in percent (for example 10, 20 or 100). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            index_id=index_id,
            request_id=request_id,
            redemption_percentage=redemption_percentage,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    index_id: int,
    redemption_percentage: int,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestRedemption:
    """Redeem an index-linked plan.

    Sells a percentage of the holdings of the plan following an index.

    POST /sapi/v1/lending/auto-invest/redeem · security TRADE · weight 1


    Args:
        index_id: Index of the plan to redeem. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        redemption_percentage: Share of the holdings to redeem, in percent (for example 10, 20 or 100). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestRedemption
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                index_id=index_id,
                request_id=request_id,
                redemption_percentage=redemption_percentage,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    index_id: int,
    redemption_percentage: int,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestRedemption]:
    """Redeem an index-linked plan.

    Sells a percentage of the holdings of the plan following an index.

    POST /sapi/v1/lending/auto-invest/redeem · security TRADE · weight 1


    Args:
        index_id: Index of the plan to redeem. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        redemption_percentage: Share of the holdings to redeem, in percent (for example 10, 20 or 100). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            index_id=index_id,
            request_id=request_id,
            redemption_percentage=redemption_percentage,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    index_id: int,
    redemption_percentage: int,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestRedemption:
    """Redeem an index-linked plan.

    Sells a percentage of the holdings of the plan following an index.

    POST /sapi/v1/lending/auto-invest/redeem · security TRADE · weight 1


    Args:
        index_id: Index of the plan to redeem. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        redemption_percentage: Share of the holdings to redeem, in percent (for example 10, 20 or 100). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestRedemption
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                index_id=index_id,
                request_id=request_id,
                redemption_percentage=redemption_percentage,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
