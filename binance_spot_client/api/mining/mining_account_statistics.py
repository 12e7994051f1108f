"""Mining account statistics: GET /sapi/v1/mining/statistics/user/status (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.mining_account_statistics_response import MiningAccountStatisticsResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningAccountStatistics"]


def _arguments(
    algo: str,
    user_name: str,
) -> dict[str, object]:
    return {
        "algo": algo,
        "user_name": user_name,
    }


def _parse_response(response: httpx.Response) -> MiningAccountStatisticsResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MiningAccountStatisticsResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MiningAccountStatisticsResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MiningAccountStatisticsResponse]:
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
) -> Response[MiningAccountStatisticsResponse]:
    """Mining account statistics.

    Summarises a mining account: 15-minute and 24-hour hashrate, valid and invalid worker counts,
    and earnings of today (estimated) and yesterday per coin.

    GET /sapi/v1/mining/statistics/user/status · security USER_DATA · weight 5


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
) -> MiningAccountStatisticsResponse:
    """Mining account statistics.

    Summarises a mining account: 15-minute and 24-hour hashrate, valid and invalid worker counts,
    and earnings of today (estimated) and yesterday per coin.

    GET /sapi/v1/mining/statistics/user/status · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningAccountStatisticsResponse
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
) -> Response[MiningAccountStatisticsResponse]:
    """Mining account statistics.

    Summarises a mining account: 15-minute and 24-hour hashrate, valid and invalid worker counts,
    and earnings of today (estimated) and yesterday per coin.

    GET /sapi/v1/mining/statistics/user/status · security USER_DATA · weight 5


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
) -> MiningAccountStatisticsResponse:
    """Mining account statistics.

    Summarises a mining account: 15-minute and 24-hour hashrate, valid and invalid worker counts,
    and earnings of today (estimated) and yesterday per coin.

    GET /sapi/v1/mining/statistics/user/status · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningAccountStatisticsResponse
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
