"""Workers of a mining account: GET /sapi/v1/mining/worker/list (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.mining_workers_response import MiningWorkersResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningWorkers"]


def _arguments(
    algo: str,
    user_name: str,
    *,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
) -> dict[str, object]:
    return {
        "algo": algo,
        "user_name": user_name,
        "page_index": page_index,
        "sort": sort,
        "sort_column": sort_column,
        "worker_status": worker_status,
    }


def _parse_response(response: httpx.Response) -> MiningWorkersResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MiningWorkersResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MiningWorkersResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MiningWorkersResponse]:
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
    algo: str,
    user_name: str,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningWorkersResponse]:
    """Workers of a mining account.

    Lists the workers (miners) of a mining account with their current and 24-hour hashrate, one page
    at a time; the list can be filtered by worker state and sorted by several columns.

    GET /sapi/v1/mining/worker/list · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        page_index: Page to return, counted from 1; the first page when omitted.
        sort: Sort direction: 0 ascending (default), 1 descending.
        sort_column: Column to sort by: 1 worker name (default), 2 current hashrate, 3 24-hour average
            hashrate, 4 current rejection rate, 5 time of the last share.
        worker_status: Only workers in this state: 0 all (default), 1 valid, 2 invalid, 3 no longer valid.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            algo=algo,
            user_name=user_name,
            page_index=page_index,
            sort=sort,
            sort_column=sort_column,
            worker_status=worker_status,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    algo: str,
    user_name: str,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningWorkersResponse:
    """Workers of a mining account.

    Lists the workers (miners) of a mining account with their current and 24-hour hashrate, one page
    at a time; the list can be filtered by worker state and sorted by several columns.

    GET /sapi/v1/mining/worker/list · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        page_index: Page to return, counted from 1; the first page when omitted.
        sort: Sort direction: 0 ascending (default), 1 descending.
        sort_column: Column to sort by: 1 worker name (default), 2 current hashrate, 3 24-hour average
            hashrate, 4 current rejection rate, 5 time of the last share.
        worker_status: Only workers in this state: 0 all (default), 1 valid, 2 invalid, 3 no longer valid.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningWorkersResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                algo=algo,
                user_name=user_name,
                page_index=page_index,
                sort=sort,
                sort_column=sort_column,
                worker_status=worker_status,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    algo: str,
    user_name: str,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningWorkersResponse]:
    """Workers of a mining account.

    Lists the workers (miners) of a mining account with their current and 24-hour hashrate, one page
    at a time; the list can be filtered by worker state and sorted by several columns.

    GET /sapi/v1/mining/worker/list · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        page_index: Page to return, counted from 1; the first page when omitted.
        sort: Sort direction: 0 ascending (default), 1 descending.
        sort_column: Column to sort by: 1 worker name (default), 2 current hashrate, 3 24-hour average
            hashrate, 4 current rejection rate, 5 time of the last share.
        worker_status: Only workers in this state: 0 all (default), 1 valid, 2 invalid, 3 no longer valid.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            algo=algo,
            user_name=user_name,
            page_index=page_index,
            sort=sort,
            sort_column=sort_column,
            worker_status=worker_status,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    algo: str,
    user_name: str,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningWorkersResponse:
    """Workers of a mining account.

    Lists the workers (miners) of a mining account with their current and 24-hour hashrate, one page
    at a time; the list can be filtered by worker state and sorted by several columns.

    GET /sapi/v1/mining/worker/list · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        page_index: Page to return, counted from 1; the first page when omitted.
        sort: Sort direction: 0 ascending (default), 1 descending.
        sort_column: Column to sort by: 1 worker name (default), 2 current hashrate, 3 24-hour average
            hashrate, 4 current rejection rate, 5 time of the last share.
        worker_status: Only workers in this state: 0 all (default), 1 valid, 2 invalid, 3 no longer valid.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningWorkersResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                algo=algo,
                user_name=user_name,
                page_index=page_index,
                sort=sort,
                sort_column=sort_column,
                worker_status=worker_status,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
