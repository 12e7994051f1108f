"""Margin available inventory: GET /sapi/v1/margin/available-inventory (USER_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_account_scope import MarginAccountScope
from ...models.margin_available_inventory import MarginAvailableInventory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginAvailableInventory"]


def _arguments(
    type_: MarginAccountScope | str,
) -> dict[str, object]:
    return {
        "type_": type_,
    }


def _parse_response(response: httpx.Response) -> MarginAvailableInventory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginAvailableInventory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginAvailableInventory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginAvailableInventory]:
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
    type_: MarginAccountScope | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginAvailableInventory]:
    """Margin available inventory.

    Shows how much of each asset is still available to borrow in cross or isolated margin.

    GET /sapi/v1/margin/available-inventory · security USER_DATA · weight 50


    Args:
        type_: `MARGIN` for cross margin, `ISOLATED` for isolated margin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            type_=type_,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    type_: MarginAccountScope | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginAvailableInventory:
    """Margin available inventory.

    Shows how much of each asset is still available to borrow in cross or isolated margin.

    GET /sapi/v1/margin/available-inventory · security USER_DATA · weight 50


    Args:
        type_: `MARGIN` for cross margin, `ISOLATED` for isolated margin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginAvailableInventory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                type_=type_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type_: MarginAccountScope | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginAvailableInventory]:
    """Margin available inventory.

    Shows how much of each asset is still available to borrow in cross or isolated margin.

    GET /sapi/v1/margin/available-inventory · security USER_DATA · weight 50


    Args:
        type_: `MARGIN` for cross margin, `ISOLATED` for isolated margin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            type_=type_,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    type_: MarginAccountScope | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginAvailableInventory:
    """Margin available inventory.

    Shows how much of each asset is still available to borrow in cross or isolated margin.

    GET /sapi/v1/margin/available-inventory · security USER_DATA · weight 50


    Args:
        type_: `MARGIN` for cross margin, `ISOLATED` for isolated margin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginAvailableInventory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                type_=type_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
