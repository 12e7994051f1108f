"""Days of a hashrate resale: GET /sapi/v1/mining/hash-transfer/profit/details (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.mining_hashrate_resale_detail_response import MiningHashrateResaleDetailResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningHashrateResaleDetail"]


def _arguments(
    config_id: int,
    *,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "config_id": config_id,
        "user_name": user_name,
        "page_index": page_index,
        "page_size": page_size,
    }


def _parse_response(response: httpx.Response) -> MiningHashrateResaleDetailResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MiningHashrateResaleDetailResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MiningHashrateResaleDetailResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MiningHashrateResaleDetailResponse]:
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
    config_id: int,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningHashrateResaleDetailResponse]:
    """Days of a hashrate resale.

    Lists, day by day, the hashrate transferred under one resale configuration and the earnings that
    went with it.

    GET /sapi/v1/mining/hash-transfer/profit/details · security USER_DATA · weight 5


    Args:
        config_id: Id of the resale configuration (from `miningHashrateResales` or `resellMiningHashrate`). Required.
        user_name: Mining account. Binance's 2024 file requires it; the current documentation no longer
            lists it, so it is optional here.
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
            config_id=config_id,
            user_name=user_name,
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
    config_id: int,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningHashrateResaleDetailResponse:
    """Days of a hashrate resale.

    Lists, day by day, the hashrate transferred under one resale configuration and the earnings that
    went with it.

    GET /sapi/v1/mining/hash-transfer/profit/details · security USER_DATA · weight 5


    Args:
        config_id: Id of the resale configuration (from `miningHashrateResales` or `resellMiningHashrate`). Required.
        user_name: Mining account. Binance's 2024 file requires it; the current documentation no longer
            lists it, so it is optional here.
        page_index: Page to return, counted from 1; the first page when omitted.
        page_size: Rows per page, from 10 to 200.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningHashrateResaleDetailResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                config_id=config_id,
                user_name=user_name,
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
    config_id: int,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningHashrateResaleDetailResponse]:
    """Days of a hashrate resale.

    Lists, day by day, the hashrate transferred under one resale configuration and the earnings that
    went with it.

    GET /sapi/v1/mining/hash-transfer/profit/details · security USER_DATA · weight 5


    Args:
        config_id: Id of the resale configuration (from `miningHashrateResales` or `resellMiningHashrate`). Required.
        user_name: Mining account. Binance's 2024 file requires it; the current documentation no longer
            lists it, so it is optional here.
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
            config_id=config_id,
            user_name=user_name,
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
    config_id: int,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningHashrateResaleDetailResponse:
    """Days of a hashrate resale.

    Lists, day by day, the hashrate transferred under one resale configuration and the earnings that
    went with it.

    GET /sapi/v1/mining/hash-transfer/profit/details · security USER_DATA · weight 5


    Args:
        config_id: Id of the resale configuration (from `miningHashrateResales` or `resellMiningHashrate`). Required.
        user_name: Mining account. Binance's 2024 file requires it; the current documentation no longer
            lists it, so it is optional here.
        page_index: Page to return, counted from 1; the first page when omitted.
        page_size: Rows per page, from 10 to 200.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningHashrateResaleDetailResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                config_id=config_id,
                user_name=user_name,
                page_index=page_index,
                page_size=page_size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
