"""Keep a margin risk data stream alive: PUT /sapi/v1/margin/listen-key (USER_STREAM, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_empty_response import MarginEmptyResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["keepAliveMarginRiskListenKey"]


def _arguments(
    listen_key: str,
) -> dict[str, object]:
    return {
        "listen_key": listen_key,
    }


def _parse_response(response: httpx.Response) -> MarginEmptyResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginEmptyResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginEmptyResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginEmptyResponse]:
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
    listen_key: str,
    timeout: float | None = None,
) -> Response[MarginEmptyResponse]:
    """Keep a margin risk data stream alive.

    Extends a margin risk stream listen key by 60 minutes.

    PUT /sapi/v1/margin/listen-key · security USER_STREAM · weight 1


    Args:
        listen_key: The listen key to extend. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            listen_key=listen_key,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    listen_key: str,
    timeout: float | None = None,
) -> MarginEmptyResponse:
    """Keep a margin risk data stream alive.

    Extends a margin risk stream listen key by 60 minutes.

    PUT /sapi/v1/margin/listen-key · security USER_STREAM · weight 1


    Args:
        listen_key: The listen key to extend. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginEmptyResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                listen_key=listen_key,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    listen_key: str,
    timeout: float | None = None,
) -> Response[MarginEmptyResponse]:
    """Keep a margin risk data stream alive.

    Extends a margin risk stream listen key by 60 minutes.

    PUT /sapi/v1/margin/listen-key · security USER_STREAM · weight 1


    Args:
        listen_key: The listen key to extend. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            listen_key=listen_key,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    listen_key: str,
    timeout: float | None = None,
) -> MarginEmptyResponse:
    """Keep a margin risk data stream alive.

    Extends a margin risk stream listen key by 60 minutes.

    PUT /sapi/v1/margin/listen-key · security USER_STREAM · weight 1


    Args:
        listen_key: The listen key to extend. Required.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginEmptyResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                listen_key=listen_key,
            ),
            timeout=timeout,
        )
    )
