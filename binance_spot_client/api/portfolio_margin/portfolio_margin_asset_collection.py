"""Collect one futures asset: POST /sapi/v1/portfolio/asset-collection (USER_DATA, weight 60).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_message import PortfolioMarginMessage
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginAssetCollection"]


def _arguments(
    asset: str,
) -> dict[str, object]:
    return {
        "asset": asset,
    }


def _parse_response(response: httpx.Response) -> PortfolioMarginMessage:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> PortfolioMarginMessage:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = PortfolioMarginMessage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[PortfolioMarginMessage]:
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
    asset: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginMessage]:
    """Collect one futures asset.

    Moves one asset from the futures account to the margin account of portfolio margin. BNB cannot
    be moved this way.

    POST /sapi/v1/portfolio/asset-collection · security USER_DATA · weight 60


    Args:
        asset: Asset to collect, for example `LDUSDT`. Required.
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
    asset: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginMessage:
    """Collect one futures asset.

    Moves one asset from the futures account to the margin account of portfolio margin. BNB cannot
    be moved this way.

    POST /sapi/v1/portfolio/asset-collection · security USER_DATA · weight 60


    Args:
        asset: Asset to collect, for example `LDUSDT`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginMessage
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
    asset: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginMessage]:
    """Collect one futures asset.

    Moves one asset from the futures account to the margin account of portfolio margin. BNB cannot
    be moved this way.

    POST /sapi/v1/portfolio/asset-collection · security USER_DATA · weight 60


    Args:
        asset: Asset to collect, for example `LDUSDT`. Required.
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
    asset: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginMessage:
    """Collect one futures asset.

    Moves one asset from the futures account to the margin account of portfolio margin. BNB cannot
    be moved this way.

    POST /sapi/v1/portfolio/asset-collection · security USER_DATA · weight 60


    Args:
        asset: Asset to collect, for example `LDUSDT`. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginMessage
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
