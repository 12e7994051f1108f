"""Preview a locked subscription: GET /sapi/v1/simple-earn/locked/subscriptionPreview (USER_DATA, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_locked_subscription_preview import SimpleEarnLockedSubscriptionPreview
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["lockedSubscriptionPreview"]


def _arguments(
    project_id: str,
    amount: DecimalLike,
    *,
    auto_subscribe: bool | None = None,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "amount": amount,
        "auto_subscribe": auto_subscribe,
    }


def _parse_response(response: httpx.Response) -> list[SimpleEarnLockedSubscriptionPreview]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[SimpleEarnLockedSubscriptionPreview]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [SimpleEarnLockedSubscriptionPreview.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[SimpleEarnLockedSubscriptionPreview]]:
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
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SimpleEarnLockedSubscriptionPreview]]:
    """Preview a locked subscription.

    Estimates the rewards and key dates of locking `amount` in a locked product, without
    subscribing.

    GET /sapi/v1/simple-earn/locked/subscriptionPreview · security USER_DATA · weight 150


    Args:
        project_id: Locked product to preview. Required.
        amount: Amount that would be locked. Required.
        auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SimpleEarnLockedSubscriptionPreview]:
    """Preview a locked subscription.

    Estimates the rewards and key dates of locking `amount` in a locked product, without
    subscribing.

    GET /sapi/v1/simple-earn/locked/subscriptionPreview · security USER_DATA · weight 150


    Args:
        project_id: Locked product to preview. Required.
        amount: Amount that would be locked. Required.
        auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SimpleEarnLockedSubscriptionPreview]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SimpleEarnLockedSubscriptionPreview]]:
    """Preview a locked subscription.

    Estimates the rewards and key dates of locking `amount` in a locked product, without
    subscribing.

    GET /sapi/v1/simple-earn/locked/subscriptionPreview · security USER_DATA · weight 150


    Args:
        project_id: Locked product to preview. Required.
        amount: Amount that would be locked. Required.
        auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SimpleEarnLockedSubscriptionPreview]:
    """Preview a locked subscription.

    Estimates the rewards and key dates of locking `amount` in a locked product, without
    subscribing.

    GET /sapi/v1/simple-earn/locked/subscriptionPreview · security USER_DATA · weight 150


    Args:
        project_id: Locked product to preview. Required.
        amount: Amount that would be locked. Required.
        auto_subscribe: Whether the preview assumes automatic renewal; defaults to true.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SimpleEarnLockedSubscriptionPreview]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
