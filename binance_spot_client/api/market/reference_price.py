"""Reference price: GET /api/v3/referencePrice (NONE, weight 2).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.reference_price import ReferencePrice
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["referencePrice"]


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> ReferencePrice:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ReferencePrice:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ReferencePrice.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ReferencePrice]:
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
) -> Response[ReferencePrice]:
    """Reference price.

    Returns a symbol's current reference price (used by price-range execution rules and price
    filters). `referencePrice` is null when none is set at the moment; a symbol that has never had
    one answers with error -2043.

    GET /api/v3/referencePrice · security NONE · weight 2


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
) -> ReferencePrice:
    """Reference price.

    Returns a symbol's current reference price (used by price-range execution rules and price
    filters). `referencePrice` is null when none is set at the moment; a symbol that has never had
    one answers with error -2043.

    GET /api/v3/referencePrice · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ReferencePrice
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
) -> Response[ReferencePrice]:
    """Reference price.

    Returns a symbol's current reference price (used by price-range execution rules and price
    filters). `referencePrice` is null when none is set at the moment; a symbol that has never had
    one answers with error -2043.

    GET /api/v3/referencePrice · security NONE · weight 2


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
) -> ReferencePrice:
    """Reference price.

    Returns a symbol's current reference price (used by price-range execution rules and price
    filters). `referencePrice` is null when none is set at the moment; a symbol that has never had
    one answers with error -2043.

    GET /api/v3/referencePrice · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ReferencePrice
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
