"""Delegation history (master account): GET /sapi/v1/asset/custody/transfer-history (USER_DATA, weight 60).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_delegation_history import WalletDelegationHistory
from ...models.wallet_delegation_type import WalletDelegationType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["delegationHistory"]


def _arguments(
    email: str,
    start_time: int,
    end_time: int,
    *,
    type_: WalletDelegationType | str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "start_time": start_time,
        "end_time": end_time,
        "type_": type_,
        "asset": asset,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> WalletDelegationHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletDelegationHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletDelegationHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletDelegationHistory]:
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
    email: str,
    start_time: int,
    end_time: int,
    type_: WalletDelegationType | str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDelegationHistory]:
    """Delegation history (master account).

    For a master account: lists the assets a managed sub-account delegated to custody or took back.

    GET /sapi/v1/asset/custody/transfer-history · security USER_DATA · weight 60


    Args:
        email: Email of the sub-account. Required.
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds. Required.
        type_: Only transfers in this direction; both when omitted.
        asset: Only this asset.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            type_=type_,
            asset=asset,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    start_time: int,
    end_time: int,
    type_: WalletDelegationType | str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDelegationHistory:
    """Delegation history (master account).

    For a master account: lists the assets a managed sub-account delegated to custody or took back.

    GET /sapi/v1/asset/custody/transfer-history · security USER_DATA · weight 60


    Args:
        email: Email of the sub-account. Required.
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds. Required.
        type_: Only transfers in this direction; both when omitted.
        asset: Only this asset.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDelegationHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                type_=type_,
                asset=asset,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    start_time: int,
    end_time: int,
    type_: WalletDelegationType | str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDelegationHistory]:
    """Delegation history (master account).

    For a master account: lists the assets a managed sub-account delegated to custody or took back.

    GET /sapi/v1/asset/custody/transfer-history · security USER_DATA · weight 60


    Args:
        email: Email of the sub-account. Required.
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds. Required.
        type_: Only transfers in this direction; both when omitted.
        asset: Only this asset.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            type_=type_,
            asset=asset,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    start_time: int,
    end_time: int,
    type_: WalletDelegationType | str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDelegationHistory:
    """Delegation history (master account).

    For a master account: lists the assets a managed sub-account delegated to custody or took back.

    GET /sapi/v1/asset/custody/transfer-history · security USER_DATA · weight 60


    Args:
        email: Email of the sub-account. Required.
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds. Required.
        type_: Only transfers in this direction; both when omitted.
        asset: Only this asset.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDelegationHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                type_=type_,
                asset=asset,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
