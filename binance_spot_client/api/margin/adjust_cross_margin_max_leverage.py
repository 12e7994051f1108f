"""Set cross margin maximum leverage: POST /sapi/v1/margin/max-leverage (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_success import MarginSuccess
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["adjustCrossMarginMaxLeverage"]


def _arguments(
    max_leverage: int,
) -> dict[str, object]:
    return {
        "max_leverage": max_leverage,
    }


def _parse_response(response: httpx.Response) -> MarginSuccess:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginSuccess:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginSuccess.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginSuccess]:
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
    max_leverage: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginSuccess]:
    """Set cross margin maximum leverage.

    Sets the maximum leverage of the cross margin account: 3 or 5 for Cross Margin Classic, 10 for
    Cross Margin Pro (20 where allowed).

    POST /sapi/v1/margin/max-leverage · security USER_DATA · weight 3000


    Args:
        max_leverage: New maximum leverage: 3, 5, 10 (or 20 where compliance allows). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            max_leverage=max_leverage,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    max_leverage: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginSuccess:
    """Set cross margin maximum leverage.

    Sets the maximum leverage of the cross margin account: 3 or 5 for Cross Margin Classic, 10 for
    Cross Margin Pro (20 where allowed).

    POST /sapi/v1/margin/max-leverage · security USER_DATA · weight 3000


    Args:
        max_leverage: New maximum leverage: 3, 5, 10 (or 20 where compliance allows). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginSuccess
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                max_leverage=max_leverage,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    max_leverage: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginSuccess]:
    """Set cross margin maximum leverage.

    Sets the maximum leverage of the cross margin account: 3 or 5 for Cross Margin Classic, 10 for
    Cross Margin Pro (20 where allowed).

    POST /sapi/v1/margin/max-leverage · security USER_DATA · weight 3000


    Args:
        max_leverage: New maximum leverage: 3, 5, 10 (or 20 where compliance allows). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            max_leverage=max_leverage,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    max_leverage: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginSuccess:
    """Set cross margin maximum leverage.

    Sets the maximum leverage of the cross margin account: 3 or 5 for Cross Margin Classic, 10 for
    Cross Margin Pro (20 where allowed).

    POST /sapi/v1/margin/max-leverage · security USER_DATA · weight 3000


    Args:
        max_leverage: New maximum leverage: 3, 5, 10 (or 20 where compliance allows). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginSuccess
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                max_leverage=max_leverage,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
