"""Remaining flexible quota: GET /sapi/v1/simple-earn/flexible/personalLeftQuota (USER_DATA, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_personal_left_quota import SimpleEarnPersonalLeftQuota
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexiblePersonalLeftQuota"]


def _arguments(
    product_id: str,
) -> dict[str, object]:
    return {
        "product_id": product_id,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnPersonalLeftQuota:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnPersonalLeftQuota:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnPersonalLeftQuota.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnPersonalLeftQuota]:
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
    product_id: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnPersonalLeftQuota]:
    """Remaining flexible quota.

    Tells how much more the account may subscribe to a flexible product.

    GET /sapi/v1/simple-earn/flexible/personalLeftQuota · security USER_DATA · weight 150


    Args:
        product_id: Flexible product to check. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            product_id=product_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    product_id: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnPersonalLeftQuota:
    """Remaining flexible quota.

    Tells how much more the account may subscribe to a flexible product.

    GET /sapi/v1/simple-earn/flexible/personalLeftQuota · security USER_DATA · weight 150


    Args:
        product_id: Flexible product to check. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnPersonalLeftQuota
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                product_id=product_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    product_id: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnPersonalLeftQuota]:
    """Remaining flexible quota.

    Tells how much more the account may subscribe to a flexible product.

    GET /sapi/v1/simple-earn/flexible/personalLeftQuota · security USER_DATA · weight 150


    Args:
        product_id: Flexible product to check. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            product_id=product_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    product_id: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnPersonalLeftQuota:
    """Remaining flexible quota.

    Tells how much more the account may subscribe to a flexible product.

    GET /sapi/v1/simple-earn/flexible/personalLeftQuota · security USER_DATA · weight 150


    Args:
        product_id: Flexible product to check. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnPersonalLeftQuota
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                product_id=product_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
