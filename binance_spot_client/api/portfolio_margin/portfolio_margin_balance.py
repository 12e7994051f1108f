"""Portfolio margin pro balances: GET /sapi/v1/portfolio/balance (USER_DATA, weight 20).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_balance import PortfolioMarginBalance
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginBalance"]


def _arguments(
    *,
    asset: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
    }


def _parse_response(response: httpx.Response) -> list[PortfolioMarginBalance]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[PortfolioMarginBalance]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [PortfolioMarginBalance.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[PortfolioMarginBalance]]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[PortfolioMarginBalance]]:
    """Portfolio margin pro balances.

    Returns the balances of a portfolio margin pro account per asset, broken down by product.

    GET /sapi/v1/portfolio/balance · security USER_DATA · weight 20


    Args:
        asset: Only this asset.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[PortfolioMarginBalance]:
    """Portfolio margin pro balances.

    Returns the balances of a portfolio margin pro account per asset, broken down by product.

    GET /sapi/v1/portfolio/balance · security USER_DATA · weight 20


    Args:
        asset: Only this asset.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PortfolioMarginBalance]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[PortfolioMarginBalance]]:
    """Portfolio margin pro balances.

    Returns the balances of a portfolio margin pro account per asset, broken down by product.

    GET /sapi/v1/portfolio/balance · security USER_DATA · weight 20


    Args:
        asset: Only this asset.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[PortfolioMarginBalance]:
    """Portfolio margin pro balances.

    Returns the balances of a portfolio margin pro account per asset, broken down by product.

    GET /sapi/v1/portfolio/balance · security USER_DATA · weight 20


    Args:
        asset: Only this asset.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PortfolioMarginBalance]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
