"""Classic portfolio margin collateral rates: GET /sapi/v1/portfolio/collateralRate (MARKET_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_collateral_rate import PortfolioMarginCollateralRate
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginCollateralRate"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> list[PortfolioMarginCollateralRate]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[PortfolioMarginCollateralRate]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [PortfolioMarginCollateralRate.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[PortfolioMarginCollateralRate]]:
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
    timeout: float | None = None,
) -> Response[list[PortfolioMarginCollateralRate]]:
    """Classic portfolio margin collateral rates.

    Lists the collateral rate of each asset in classic portfolio margin.

    GET /sapi/v1/portfolio/collateralRate · security MARKET_DATA · weight 50


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(OPERATION, _arguments(), timeout=timeout)
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    timeout: float | None = None,
) -> list[PortfolioMarginCollateralRate]:
    """Classic portfolio margin collateral rates.

    Lists the collateral rate of each asset in classic portfolio margin.

    GET /sapi/v1/portfolio/collateralRate · security MARKET_DATA · weight 50


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PortfolioMarginCollateralRate]
    """
    return _parse_response(client.send(OPERATION, _arguments(), timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    timeout: float | None = None,
) -> Response[list[PortfolioMarginCollateralRate]]:
    """Classic portfolio margin collateral rates.

    Lists the collateral rate of each asset in classic portfolio margin.

    GET /sapi/v1/portfolio/collateralRate · security MARKET_DATA · weight 50


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(OPERATION, _arguments(), timeout=timeout)
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    timeout: float | None = None,
) -> list[PortfolioMarginCollateralRate]:
    """Classic portfolio margin collateral rates.

    Lists the collateral rate of each asset in classic portfolio margin.

    GET /sapi/v1/portfolio/collateralRate · security MARKET_DATA · weight 50


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[PortfolioMarginCollateralRate]
    """
    return _parse_response(await client.send(OPERATION, _arguments(), timeout=timeout))
