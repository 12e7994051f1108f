"""Hashrate resale configurations: GET /sapi/v1/mining/hash-transfer/config/details/list (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.mining_hashrate_resales_response import MiningHashrateResalesResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningHashrateResales"]


def _arguments(
    *,
    page_index: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "page_index": page_index,
        "page_size": page_size,
    }


def _parse_response(response: httpx.Response) -> MiningHashrateResalesResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MiningHashrateResalesResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MiningHashrateResalesResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MiningHashrateResalesResponse]:
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
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningHashrateResalesResponse]:
    """Hashrate resale configurations.

    Lists the hashrate resale configurations of the account (hashrate sent to, or received from,
    another mining account for a range of days), one page at a time.

    GET /sapi/v1/mining/hash-transfer/config/details/list · security USER_DATA · weight 5


    Args:
        page_index: Page to return, counted from 1; the first page when omitted.
        page_size: Rows per page, from 10 to 200.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            page_index=page_index,
            page_size=page_size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningHashrateResalesResponse:
    """Hashrate resale configurations.

    Lists the hashrate resale configurations of the account (hashrate sent to, or received from,
    another mining account for a range of days), one page at a time.

    GET /sapi/v1/mining/hash-transfer/config/details/list · security USER_DATA · weight 5


    Args:
        page_index: Page to return, counted from 1; the first page when omitted.
        page_size: Rows per page, from 10 to 200.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningHashrateResalesResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                page_index=page_index,
                page_size=page_size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningHashrateResalesResponse]:
    """Hashrate resale configurations.

    Lists the hashrate resale configurations of the account (hashrate sent to, or received from,
    another mining account for a range of days), one page at a time.

    GET /sapi/v1/mining/hash-transfer/config/details/list · security USER_DATA · weight 5


    Args:
        page_index: Page to return, counted from 1; the first page when omitted.
        page_size: Rows per page, from 10 to 200.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            page_index=page_index,
            page_size=page_size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningHashrateResalesResponse:
    """Hashrate resale configurations.

    Lists the hashrate resale configurations of the account (hashrate sent to, or received from,
    another mining account for a range of days), one page at a time.

    GET /sapi/v1/mining/hash-transfer/config/details/list · security USER_DATA · weight 5


    Args:
        page_index: Page to return, counted from 1; the first page when omitted.
        page_size: Rows per page, from 10 to 200.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningHashrateResalesResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                page_index=page_index,
                page_size=page_size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
