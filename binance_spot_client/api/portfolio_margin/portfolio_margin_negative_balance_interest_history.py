"""Negative balance interest history: GET /sapi/v1/portfolio/interest-history (USER_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_interest import PortfolioMarginInterest
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginNegativeBalanceInterestHistory"]


def _arguments(
    *,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> list[PortfolioMarginInterest]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[PortfolioMarginInterest]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [PortfolioMarginInterest.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[PortfolioMarginInterest]]:
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
    start_time: int | None = None,
    end_time: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[PortfolioMarginInterest]]:
    """Negative balance interest history.

    Lists the interest charged on negative balances of the portfolio margin account.

    GET /sapi/v1/portfolio/interest-history · security USER_DATA · weight 50


    Args:
        asset: Only this asset.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        size: Records to return; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[PortfolioMarginInterest]:
    """Negative balance interest history.

    Lists the interest charged on negative balances of the portfolio margin account.

    GET /sapi/v1/portfolio/interest-history · security USER_DATA · weight 50


    Args:
        asset: Only this asset.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        size: Records to return; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PortfolioMarginInterest]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[PortfolioMarginInterest]]:
    """Negative balance interest history.

    Lists the interest charged on negative balances of the portfolio margin account.

    GET /sapi/v1/portfolio/interest-history · security USER_DATA · weight 50


    Args:
        asset: Only this asset.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        size: Records to return; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[PortfolioMarginInterest]:
    """Negative balance interest history.

    Lists the interest charged on negative balances of the portfolio margin account.

    GET /sapi/v1/portfolio/interest-history · security USER_DATA · weight 50


    Args:
        asset: Only this asset.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        size: Records to return; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PortfolioMarginInterest]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
