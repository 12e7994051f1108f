"""Leveraged token info (retired): GET /sapi/v1/blvt/tokenInfo (MARKET_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.blvt_info import BlvtInfo
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["blvtInfo"]


def _arguments(
    *,
    token_name: str | None = None,
) -> dict[str, object]:
    return {
        "token_name": token_name,
    }


def _parse_response(response: httpx.Response) -> list[BlvtInfo]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[BlvtInfo]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [BlvtInfo.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[BlvtInfo]]:
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
    token_name: str | None = None,
    timeout: float | None = None,
) -> Response[list[BlvtInfo]]:
    """Leveraged token info (retired).

    Described Binance's leveraged tokens: net asset value, leverage, fees, limits and futures
    basket.

    GET /sapi/v1/blvt/tokenInfo · security MARKET_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Only this token, such as `BTCDOWN`; every token when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            token_name=token_name,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    token_name: str | None = None,
    timeout: float | None = None,
) -> list[BlvtInfo]:
    """Leveraged token info (retired).

    Described Binance's leveraged tokens: net asset value, leverage, fees, limits and futures
    basket.

    GET /sapi/v1/blvt/tokenInfo · security MARKET_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Only this token, such as `BTCDOWN`; every token when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[BlvtInfo]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                token_name=token_name,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    timeout: float | None = None,
) -> Response[list[BlvtInfo]]:
    """Leveraged token info (retired).

    Described Binance's leveraged tokens: net asset value, leverage, fees, limits and futures
    basket.

    GET /sapi/v1/blvt/tokenInfo · security MARKET_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Only this token, such as `BTCDOWN`; every token when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            token_name=token_name,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    timeout: float | None = None,
) -> list[BlvtInfo]:
    """Leveraged token info (retired).

    Described Binance's leveraged tokens: net asset value, leverage, fees, limits and futures
    basket.

    GET /sapi/v1/blvt/tokenInfo · security MARKET_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Only this token, such as `BTCDOWN`; every token when omitted.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[BlvtInfo]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                token_name=token_name,
            ),
            timeout=timeout,
        )
    )
