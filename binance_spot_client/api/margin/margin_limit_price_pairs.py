"""Pairs with a limit price band: GET /sapi/v1/margin/limit-price-pairs (MARKET_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_limit_price_pairs import MarginLimitPricePairs
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginLimitPricePairs"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> MarginLimitPricePairs:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginLimitPricePairs:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginLimitPricePairs.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginLimitPricePairs]:
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
) -> Response[MarginLimitPricePairs]:
    """Pairs with a limit price band.

    Lists the cross margin pairs whose limit orders must be priced within a band (plus or minus 15%)
    around the index price: buys priced more than 15% above it and sells more than 15% below it are
    rejected.

    GET /sapi/v1/margin/limit-price-pairs · security MARKET_DATA · weight 1


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
) -> MarginLimitPricePairs:
    """Pairs with a limit price band.

    Lists the cross margin pairs whose limit orders must be priced within a band (plus or minus 15%)
    around the index price: buys priced more than 15% above it and sells more than 15% below it are
    rejected.

    GET /sapi/v1/margin/limit-price-pairs · security MARKET_DATA · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginLimitPricePairs
    """
    return _parse_response(client.send(OPERATION, _arguments(), timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    timeout: float | None = None,
) -> Response[MarginLimitPricePairs]:
    """Pairs with a limit price band.

    Lists the cross margin pairs whose limit orders must be priced within a band (plus or minus 15%)
    around the index price: buys priced more than 15% above it and sells more than 15% below it are
    rejected.

    GET /sapi/v1/margin/limit-price-pairs · security MARKET_DATA · weight 1


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
) -> MarginLimitPricePairs:
    """Pairs with a limit price band.

    Lists the cross margin pairs whose limit orders must be priced within a band (plus or minus 15%)
    around the index price: buys priced more than 15% above it and sells more than 15% below it are
    rejected.

    GET /sapi/v1/margin/limit-price-pairs · security MARKET_DATA · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginLimitPricePairs
    """
    return _parse_response(await client.send(OPERATION, _arguments(), timeout=timeout))
