"""Account-level mining earnings: GET /sapi/v1/mining/payment/uid (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.mining_account_earnings_response import MiningAccountEarningsResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningAccountEarnings"]


def _arguments(
    algo: str,
    *,
    start_date: int | None = None,
    end_date: int | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "algo": algo,
        "start_date": start_date,
        "end_date": end_date,
        "page_index": page_index,
        "page_size": page_size,
    }


def _parse_response(response: httpx.Response) -> MiningAccountEarningsResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MiningAccountEarningsResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MiningAccountEarningsResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MiningAccountEarningsResponse]:
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
    start_date: int | None = None,
    end_date: int | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningAccountEarningsResponse]:
    """Account-level mining earnings.

    Lists earnings credited to the account as a whole rather than to mining (referral commissions,
    refunds, rebates), with the mining account each one belongs to, one page at a time.

    GET /sapi/v1/mining/payment/uid · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        start_date: Earliest day to include, as a UTC millisecond timestamp; with `endDate` also omitted,
            every day is returned.
        end_date: Latest day to include, as a UTC millisecond timestamp; with `startDate` also omitted,
            every day is returned.
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
            algo=algo,
            start_date=start_date,
            end_date=end_date,
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
    algo: str,
    start_date: int | None = None,
    end_date: int | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningAccountEarningsResponse:
    """Account-level mining earnings.

    Lists earnings credited to the account as a whole rather than to mining (referral commissions,
    refunds, rebates), with the mining account each one belongs to, one page at a time.

    GET /sapi/v1/mining/payment/uid · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        start_date: Earliest day to include, as a UTC millisecond timestamp; with `endDate` also omitted,
            every day is returned.
        end_date: Latest day to include, as a UTC millisecond timestamp; with `startDate` also omitted,
            every day is returned.
        page_index: Page to return, counted from 1; the first page when omitted.
        page_size: Rows per page, from 10 to 200.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningAccountEarningsResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                algo=algo,
                start_date=start_date,
                end_date=end_date,
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
    algo: str,
    start_date: int | None = None,
    end_date: int | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MiningAccountEarningsResponse]:
    """Account-level mining earnings.

    Lists earnings credited to the account as a whole rather than to mining (referral commissions,
    refunds, rebates), with the mining account each one belongs to, one page at a time.

    GET /sapi/v1/mining/payment/uid · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        start_date: Earliest day to include, as a UTC millisecond timestamp; with `endDate` also omitted,
            every day is returned.
        end_date: Latest day to include, as a UTC millisecond timestamp; with `startDate` also omitted,
            every day is returned.
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
            algo=algo,
            start_date=start_date,
            end_date=end_date,
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
    algo: str,
    start_date: int | None = None,
    end_date: int | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MiningAccountEarningsResponse:
    """Account-level mining earnings.

    Lists earnings credited to the account as a whole rather than to mining (referral commissions,
    refunds, rebates), with the mining account each one belongs to, one page at a time.

    GET /sapi/v1/mining/payment/uid · security USER_DATA · weight 5


    Args:
        algo: Mining algorithm name as listed by `miningAlgorithms` (for example `sha256`). Required.
        start_date: Earliest day to include, as a UTC millisecond timestamp; with `endDate` also omitted,
            every day is returned.
        end_date: Latest day to include, as a UTC millisecond timestamp; with `startDate` also omitted,
            every day is returned.
        page_index: Page to return, counted from 1; the first page when omitted.
        page_size: Rows per page, from 10 to 200.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MiningAccountEarningsResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                algo=algo,
                start_date=start_date,
                end_date=end_date,
                page_index=page_index,
                page_size=page_size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
