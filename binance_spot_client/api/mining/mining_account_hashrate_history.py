"""Mining account hashrate history: GET /sapi/v1/mining/statistics/user/list (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.mining_account_hashrate_history_response import MiningAccountHashrateHistoryResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningAccountHashrateHistory"]


def _arguments(
    algo: str,
    user_name: str,
) -> dict[str, object]:
    return {
        "algo": algo,
        "user_name": user_name,
    }


def _parse_response(response: httpx.Response) -> MiningAccountHashrateHistoryResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MiningAccountHashrateHistoryResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MiningAccountHashrateHistoryResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MiningAccountHashrateHistoryResponse]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningAccountHashrateHistoryResponse]:
    """Mining account hashrate history.

    Returns the hourly and daily hashrate series of a mining account, with the rejection rate of
    each point.

    GET /sapi/v1/mining/statistics/user/list · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningAccountHashrateHistoryResponse:
    """Mining account hashrate history.

    Returns the hourly and daily hashrate series of a mining account, with the rejection rate of
    each point.

    GET /sapi/v1/mining/statistics/user/list · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningAccountHashrateHistoryResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                algo=algo,
                user_name=user_name,
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningAccountHashrateHistoryResponse]:
    """Mining account hashrate history.

    Returns the hourly and daily hashrate series of a mining account, with the rejection rate of
    each point.

    GET /sapi/v1/mining/statistics/user/list · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningAccountHashrateHistoryResponse:
    """Mining account hashrate history.

    Returns the hourly and daily hashrate series of a mining account, with the rejection rate of
    each point.

    GET /sapi/v1/mining/statistics/user/list · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningAccountHashrateHistoryResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                algo=algo,
                user_name=user_name,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
