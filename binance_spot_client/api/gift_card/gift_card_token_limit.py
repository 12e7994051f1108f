"""Dual-token gift card limits: GET /sapi/v1/giftcard/buyCode/token-limit (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.gift_card_token_limits import GiftCardTokenLimits
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["giftCardTokenLimit"]


def _arguments(
    base_token: str,
) -> dict[str, object]:
    return {
        "base_token": base_token,
    }


def _parse_response(response: httpx.Response) -> GiftCardTokenLimits:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> GiftCardTokenLimits:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = GiftCardTokenLimits.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[GiftCardTokenLimits]:
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
    base_token: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardTokenLimits]:
    """Dual-token gift card limits.

    Lists, for a payment token, which tokens a dual-token gift card can be bought for and the
    payment limits.

    GET /sapi/v1/giftcard/buyCode/token-limit · security USER_DATA · weight 1


    Args:
        base_token: Token to pay with. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            base_token=base_token,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    base_token: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardTokenLimits:
    """Dual-token gift card limits.

    Lists, for a payment token, which tokens a dual-token gift card can be bought for and the
    payment limits.

    GET /sapi/v1/giftcard/buyCode/token-limit · security USER_DATA · weight 1


    Args:
        base_token: Token to pay with. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardTokenLimits
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                base_token=base_token,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    base_token: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardTokenLimits]:
    """Dual-token gift card limits.

    Lists, for a payment token, which tokens a dual-token gift card can be bought for and the
    payment limits.

    GET /sapi/v1/giftcard/buyCode/token-limit · security USER_DATA · weight 1


    Args:
        base_token: Token to pay with. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            base_token=base_token,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    base_token: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardTokenLimits:
    """Dual-token gift card limits.

    Lists, for a payment token, which tokens a dual-token gift card can be bought for and the
    payment limits.

    GET /sapi/v1/giftcard/buyCode/token-limit · security USER_DATA · weight 1


    Args:
        base_token: Token to pay with. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardTokenLimits
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                base_token=base_token,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
