"""Average price: GET /api/v3/avgPrice (NONE, weight 2).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.average_price import AveragePrice
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["avgPrice"]


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> AveragePrice:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AveragePrice:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AveragePrice.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AveragePrice]:
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
) -> Response[AveragePrice]:
    """Average price.

    Returns a symbol's current average trade price over a short trailing window, with the window
    length in minutes and the time of the last trade counted.

    GET /api/v3/avgPrice · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
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
) -> AveragePrice:
    """Average price.

    Returns a symbol's current average trade price over a short trailing window, with the window
    length in minutes and the time of the last trade counted.

    GET /api/v3/avgPrice · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AveragePrice
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
) -> Response[AveragePrice]:
    """Average price.

    Returns a symbol's current average trade price over a short trailing window, with the window
    length in minutes and the time of the last trade counted.

    GET /api/v3/avgPrice · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
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
) -> AveragePrice:
    """Average price.

    Returns a symbol's current average trade price over a short trailing window, with the window
    length in minutes and the time of the last trade counted.

    GET /api/v3/avgPrice · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AveragePrice
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
