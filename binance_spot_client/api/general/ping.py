"""Test connectivity: GET /api/v3/ping (NONE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.ping_response import PingResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["ping"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> PingResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> PingResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = PingResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[PingResponse]:
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
) -> Response[PingResponse]:
    """Test connectivity.

    Checks that the REST API can be reached. Takes no parameters and answers with an empty JSON
    object.

    GET /api/v3/ping · security NONE · weight 1


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
) -> PingResponse:
    """Test connectivity.

    Checks that the REST API can be reached. Takes no parameters and answers with an empty JSON
    object.

    GET /api/v3/ping · security NONE · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PingResponse
    """
    return _parse_response(client.send(OPERATION, _arguments(), timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    timeout: float | None = None,
) -> Response[PingResponse]:
    """Test connectivity.

    Checks that the REST API can be reached. Takes no parameters and answers with an empty JSON
    object.

    GET /api/v3/ping · security NONE · weight 1


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
) -> PingResponse:
    """Test connectivity.

    Checks that the REST API can be reached. Takes no parameters and answers with an empty JSON
    object.

    GET /api/v3/ping · security NONE · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PingResponse
    """
    return _parse_response(await client.send(OPERATION, _arguments(), timeout=timeout))
