"""NFT transaction history: GET /sapi/v1/nft/history/transactions (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.nft_transaction_history import NftTransactionHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["nftTransactionHistory"]


def _arguments(
    order_type: int,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    page: int | None = None,
) -> dict[str, object]:
    return {
        "order_type": order_type,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
        "page": page,
    }


def _parse_response(response: httpx.Response) -> NftTransactionHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> NftTransactionHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = NftTransactionHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[NftTransactionHistory]:
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
    order_type: int,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[NftTransactionHistory]:
    """NFT transaction history.

    Lists the account's NFT trades of one kind. The window is at most 90 days; without one, the last
    7 days come back.

    GET /sapi/v1/nft/history/transactions · security USER_DATA · weight 3000


    Args:
        order_type: Kind of trade: 0 purchase, 1 sale, 2 royalty income, 3 primary market order, 4 mint fee. Required.
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
        limit: Rows per page. Defaults to 50; at most 50.
        page: Page number, counted from 1. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_type=order_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_type: int,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> NftTransactionHistory:
    """NFT transaction history.

    Lists the account's NFT trades of one kind. The window is at most 90 days; without one, the last
    7 days come back.

    GET /sapi/v1/nft/history/transactions · security USER_DATA · weight 3000


    Args:
        order_type: Kind of trade: 0 purchase, 1 sale, 2 royalty income, 3 primary market order, 4 mint fee. Required.
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
        limit: Rows per page. Defaults to 50; at most 50.
        page: Page number, counted from 1. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        NftTransactionHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_type=order_type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                page=page,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_type: int,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[NftTransactionHistory]:
    """NFT transaction history.

    Lists the account's NFT trades of one kind. The window is at most 90 days; without one, the last
    7 days come back.

    GET /sapi/v1/nft/history/transactions · security USER_DATA · weight 3000


    Args:
        order_type: Kind of trade: 0 purchase, 1 sale, 2 royalty income, 3 primary market order, 4 mint fee. Required.
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
        limit: Rows per page. Defaults to 50; at most 50.
        page: Page number, counted from 1. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_type=order_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_type: int,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    page: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> NftTransactionHistory:
    """NFT transaction history.

    Lists the account's NFT trades of one kind. The window is at most 90 days; without one, the last
    7 days come back.

    GET /sapi/v1/nft/history/transactions · security USER_DATA · weight 3000


    Args:
        order_type: Kind of trade: 0 purchase, 1 sale, 2 royalty income, 3 primary market order, 4 mint fee. Required.
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds; at most 90 days after `startTime`.
        limit: Rows per page. Defaults to 50; at most 50.
        page: Page number, counted from 1. Defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        NftTransactionHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_type=order_type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                page=page,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
