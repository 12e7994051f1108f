"""Margin price index: GET /sapi/v1/margin/priceIndex (MARKET_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_price_index import MarginPriceIndex
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginPriceIndex"]


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> MarginPriceIndex:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginPriceIndex:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginPriceIndex.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginPriceIndex]:
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
    timeout: float | None = None,
) -> Response[MarginPriceIndex]:
    """Margin price index.

    Returns the margin price index of a pair.

    GET /sapi/v1/margin/priceIndex · security MARKET_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    timeout: float | None = None,
) -> MarginPriceIndex:
    """Margin price index.

    Returns the margin price index of a pair.

    GET /sapi/v1/margin/priceIndex · security MARKET_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginPriceIndex
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    timeout: float | None = None,
) -> Response[MarginPriceIndex]:
    """Margin price index.

    Returns the margin price index of a pair.

    GET /sapi/v1/margin/priceIndex · security MARKET_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    timeout: float | None = None,
) -> MarginPriceIndex:
    """Margin price index.

    Returns the margin price index of a pair.

    GET /sapi/v1/margin/priceIndex · security MARKET_DATA · weight 10


    Args:
        symbol: Trading pair, for example `BTCUSDT`. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginPriceIndex
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
            ),
            timeout=timeout,
        )
    )
