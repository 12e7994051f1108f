"""Portfolio margin pro SPAN account: GET /sapi/v2/portfolio/account (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_span_account import PortfolioMarginSpanAccount
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginSpanAccount"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> PortfolioMarginSpanAccount:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> PortfolioMarginSpanAccount:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = PortfolioMarginSpanAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[PortfolioMarginSpanAccount]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginSpanAccount]:
    """Portfolio margin pro SPAN account.

    Returns the risk figures of a portfolio margin pro SPAN account, with the maintenance margin of
    each risk unit.

    GET /sapi/v2/portfolio/account · security USER_DATA · weight 5


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout)
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginSpanAccount:
    """Portfolio margin pro SPAN account.

    Returns the risk figures of a portfolio margin pro SPAN account, with the maintenance margin of
    each risk unit.

    GET /sapi/v2/portfolio/account · security USER_DATA · weight 5


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginSpanAccount
    """
    return _parse_response(client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginSpanAccount]:
    """Portfolio margin pro SPAN account.

    Returns the risk figures of a portfolio margin pro SPAN account, with the maintenance margin of
    each risk unit.

    GET /sapi/v2/portfolio/account · security USER_DATA · weight 5


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout)
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginSpanAccount:
    """Portfolio margin pro SPAN account.

    Returns the risk figures of a portfolio margin pro SPAN account, with the maintenance margin of
    each risk unit.

    GET /sapi/v2/portfolio/account · security USER_DATA · weight 5


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginSpanAccount
    """
    return _parse_response(await client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout))
