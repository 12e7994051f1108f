"""Resell hashrate: POST /sapi/v1/mining/hash-transfer/config (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.mining_resell_hashrate_response import MiningResellHashrateResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["resellMiningHashrate"]


def _arguments(
    user_name: str,
    algo: str,
    start_date: int,
    end_date: int,
    to_pool_user: str,
    hash_rate: int,
) -> dict[str, object]:
    return {
        "user_name": user_name,
        "algo": algo,
        "start_date": start_date,
        "end_date": end_date,
        "to_pool_user": to_pool_user,
        "hash_rate": hash_rate,
    }


def _parse_response(response: httpx.Response) -> MiningResellHashrateResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MiningResellHashrateResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MiningResellHashrateResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MiningResellHashrateResponse]:
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
    user_name: str,
    algo: str,
    start_date: int,
    end_date: int,
    to_pool_user: str,
    hash_rate: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningResellHashrateResponse]:
    """Resell hashrate.

    Creates a hashrate resale configuration: part of a mining account's hashrate goes to another
    mining account between two dates. The answer carries the id of the new configuration.

    POST /sapi/v1/mining/hash-transfer/config · security USER_DATA · weight 5


    Args:
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        start_date: When the resale starts, UTC milliseconds. Required.
        end_date: When the resale ends, UTC milliseconds. Required.
        to_pool_user: Mining account that receives the hashrate. Required.
        hash_rate: Hashrate to resell, in hashes per second; Binance requires more than 500000000000 for
            BTC and more than 500000 for ETH. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            user_name=user_name,
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            to_pool_user=to_pool_user,
            hash_rate=hash_rate,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    user_name: str,
    algo: str,
    start_date: int,
    end_date: int,
    to_pool_user: str,
    hash_rate: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningResellHashrateResponse:
    """Resell hashrate.

    Creates a hashrate resale configuration: part of a mining account's hashrate goes to another
    mining account between two dates. The answer carries the id of the new configuration.

    POST /sapi/v1/mining/hash-transfer/config · security USER_DATA · weight 5


    Args:
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        start_date: When the resale starts, UTC milliseconds. Required.
        end_date: When the resale ends, UTC milliseconds. Required.
        to_pool_user: Mining account that receives the hashrate. Required.
        hash_rate: Hashrate to resell, in hashes per second; Binance requires more than 500000000000 for
            BTC and more than 500000 for ETH. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningResellHashrateResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                user_name=user_name,
                algo=algo,
                start_date=start_date,
                end_date=end_date,
                to_pool_user=to_pool_user,
                hash_rate=hash_rate,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    user_name: str,
    algo: str,
    start_date: int,
    end_date: int,
    to_pool_user: str,
    hash_rate: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningResellHashrateResponse]:
    """Resell hashrate.

    Creates a hashrate resale configuration: part of a mining account's hashrate goes to another
    mining account between two dates. The answer carries the id of the new configuration.

    POST /sapi/v1/mining/hash-transfer/config · security USER_DATA · weight 5


    Args:
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        start_date: When the resale starts, UTC milliseconds. Required.
        end_date: When the resale ends, UTC milliseconds. Required.
        to_pool_user: Mining account that receives the hashrate. Required.
        hash_rate: Hashrate to resell, in hashes per second; Binance requires more than 500000000000 for
            BTC and more than 500000 for ETH. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            user_name=user_name,
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            to_pool_user=to_pool_user,
            hash_rate=hash_rate,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    user_name: str,
    algo: str,
    start_date: int,
    end_date: int,
    to_pool_user: str,
    hash_rate: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningResellHashrateResponse:
    """Resell hashrate.

    Creates a hashrate resale configuration: part of a mining account's hashrate goes to another
    mining account between two dates. The answer carries the id of the new configuration.

    POST /sapi/v1/mining/hash-transfer/config · security USER_DATA · weight 5


    Args:
        user_name: Binance Pool mining account (sub-account name used for mining). Required.
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        start_date: When the resale starts, UTC milliseconds. Required.
        end_date: When the resale ends, UTC milliseconds. Required.
        to_pool_user: Mining account that receives the hashrate. Required.
        hash_rate: Hashrate to resell, in hashes per second; Binance requires more than 500000000000 for
            BTC and more than 500000 for ETH. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningResellHashrateResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                user_name=user_name,
                algo=algo,
                start_date=start_date,
                end_date=end_date,
                to_pool_user=to_pool_user,
                hash_rate=hash_rate,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
