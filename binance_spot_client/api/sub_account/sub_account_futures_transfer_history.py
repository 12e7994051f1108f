"""Futures transfer history of a sub-account: GET /sapi/v1/sub-account/futures/internalTransfer (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_futures_transfer_history import SubAccountFuturesTransferHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesTransferHistory"]


def _arguments(
    email: str,
    futures_type: int,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "futures_type": futures_type,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> SubAccountFuturesTransferHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountFuturesTransferHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountFuturesTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountFuturesTransferHistory]:
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
    futures_type: int,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountFuturesTransferHistory]:
    """Futures transfer history of a sub-account.

    Lists transfers between the futures accounts (USDⓈ-M or COIN-M) of the master's accounts that
    involve one sub-account. Only the last month can be queried.

    GET /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        start_time: Earliest time to include, UTC milliseconds; no earlier than one month ago.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 50, at most 500).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            futures_type=futures_type,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountFuturesTransferHistory:
    """Futures transfer history of a sub-account.

    Lists transfers between the futures accounts (USDⓈ-M or COIN-M) of the master's accounts that
    involve one sub-account. Only the last month can be queried.

    GET /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        start_time: Earliest time to include, UTC milliseconds; no earlier than one month ago.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 50, at most 500).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountFuturesTransferHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                futures_type=futures_type,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountFuturesTransferHistory]:
    """Futures transfer history of a sub-account.

    Lists transfers between the futures accounts (USDⓈ-M or COIN-M) of the master's accounts that
    involve one sub-account. Only the last month can be queried.

    GET /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        start_time: Earliest time to include, UTC milliseconds; no earlier than one month ago.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 50, at most 500).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            futures_type=futures_type,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountFuturesTransferHistory:
    """Futures transfer history of a sub-account.

    Lists transfers between the futures accounts (USDⓈ-M or COIN-M) of the master's accounts that
    involve one sub-account. Only the last month can be queried.

    GET /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        start_time: Earliest time to include, UTC milliseconds; no earlier than one month ago.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 50, at most 500).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountFuturesTransferHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                futures_type=futures_type,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
