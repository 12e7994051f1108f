"""Cross margin pairs: GET /sapi/v1/margin/allPairs (MARKET_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_pair import MarginPair
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginAllPairs"]


def _arguments(
    *,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> list[MarginPair]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginPair]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginPair.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginPair]]:
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
    symbol: str | None = None,
    timeout: float | None = None,
) -> Response[list[MarginPair]]:
    """Cross margin pairs.

    Lists the cross margin trading pairs, or one pair when `symbol` is sent.

    GET /sapi/v1/margin/allPairs · security MARKET_DATA · weight 1


    Args:
        symbol: Only this pair; all pairs when omitted.
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
    symbol: str | None = None,
    timeout: float | None = None,
) -> list[MarginPair]:
    """Cross margin pairs.

    Lists the cross margin trading pairs, or one pair when `symbol` is sent.

    GET /sapi/v1/margin/allPairs · security MARKET_DATA · weight 1


    Args:
        symbol: Only this pair; all pairs when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginPair]
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
    symbol: str | None = None,
    timeout: float | None = None,
) -> Response[list[MarginPair]]:
    """Cross margin pairs.

    Lists the cross margin trading pairs, or one pair when `symbol` is sent.

    GET /sapi/v1/margin/allPairs · security MARKET_DATA · weight 1


    Args:
        symbol: Only this pair; all pairs when omitted.
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
    symbol: str | None = None,
    timeout: float | None = None,
) -> list[MarginPair]:
    """Cross margin pairs.

    Lists the cross margin trading pairs, or one pair when `symbol` is sent.

    GET /sapi/v1/margin/allPairs · security MARKET_DATA · weight 1


    Args:
        symbol: Only this pair; all pairs when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginPair]
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
