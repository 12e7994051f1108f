"""Open a cross margin user data stream: POST /sapi/v1/userDataStream (USER_STREAM, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_listen_key import MarginListenKey
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newMarginListenKey"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> MarginListenKey:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginListenKey:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginListenKey.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginListenKey]:
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
) -> Response[MarginListenKey]:
    """Open a cross margin user data stream.

    Creates a listen key for the cross margin user data stream, or returns the active one with its
    validity extended by 60 minutes.

    POST /sapi/v1/userDataStream · security USER_STREAM · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


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
) -> MarginListenKey:
    """Open a cross margin user data stream.

    Creates a listen key for the cross margin user data stream, or returns the active one with its
    validity extended by 60 minutes.

    POST /sapi/v1/userDataStream · security USER_STREAM · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginListenKey
    """
    return _parse_response(client.send(OPERATION, _arguments(), timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    timeout: float | None = None,
) -> Response[MarginListenKey]:
    """Open a cross margin user data stream.

    Creates a listen key for the cross margin user data stream, or returns the active one with its
    validity extended by 60 minutes.

    POST /sapi/v1/userDataStream · security USER_STREAM · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


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
) -> MarginListenKey:
    """Open a cross margin user data stream.

    Creates a listen key for the cross margin user data stream, or returns the active one with its
    validity extended by 60 minutes.

    POST /sapi/v1/userDataStream · security USER_STREAM · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginListenKey
    """
    return _parse_response(await client.send(OPERATION, _arguments(), timeout=timeout))
