"""Deposit history of a sub-account: GET /sapi/v1/capital/deposit/subHisrec (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_deposit import SubAccountDeposit
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountDepositHistory"]


def _arguments(
    email: str,
    *,
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "coin": coin,
        "status": status,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
        "offset": offset,
        "tx_id": tx_id,
        "include_source": include_source,
    }


def _parse_response(response: httpx.Response) -> list[SubAccountDeposit]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[SubAccountDeposit]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [SubAccountDeposit.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[SubAccountDeposit]]:
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
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SubAccountDeposit]]:
    """Deposit history of a sub-account.

    Lists the deposits of a sub-account, filtered by coin, status, time and transaction id.

    GET /sapi/v1/capital/deposit/subHisrec · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        coin: Only deposits of this coin.
        status: Only deposits in this state: `0` pending, `6` credited but not yet withdrawable, `7`
            wrong deposit, `8` waiting for user confirmation, `1` success.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Most deposits to return.
        offset: Number of deposits to skip (default 0).
        tx_id: Only the deposit with this transaction id (current documentation).
        include_source: Also return each deposit's `sourceAddress` (default false; added 2026-06-04).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            tx_id=tx_id,
            include_source=include_source,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SubAccountDeposit]:
    """Deposit history of a sub-account.

    Lists the deposits of a sub-account, filtered by coin, status, time and transaction id.

    GET /sapi/v1/capital/deposit/subHisrec · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        coin: Only deposits of this coin.
        status: Only deposits in this state: `0` pending, `6` credited but not yet withdrawable, `7`
            wrong deposit, `8` waiting for user confirmation, `1` success.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Most deposits to return.
        offset: Number of deposits to skip (default 0).
        tx_id: Only the deposit with this transaction id (current documentation).
        include_source: Also return each deposit's `sourceAddress` (default false; added 2026-06-04).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SubAccountDeposit]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                coin=coin,
                status=status,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                offset=offset,
                tx_id=tx_id,
                include_source=include_source,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SubAccountDeposit]]:
    """Deposit history of a sub-account.

    Lists the deposits of a sub-account, filtered by coin, status, time and transaction id.

    GET /sapi/v1/capital/deposit/subHisrec · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        coin: Only deposits of this coin.
        status: Only deposits in this state: `0` pending, `6` credited but not yet withdrawable, `7`
            wrong deposit, `8` waiting for user confirmation, `1` success.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Most deposits to return.
        offset: Number of deposits to skip (default 0).
        tx_id: Only the deposit with this transaction id (current documentation).
        include_source: Also return each deposit's `sourceAddress` (default false; added 2026-06-04).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            tx_id=tx_id,
            include_source=include_source,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SubAccountDeposit]:
    """Deposit history of a sub-account.

    Lists the deposits of a sub-account, filtered by coin, status, time and transaction id.

    GET /sapi/v1/capital/deposit/subHisrec · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        coin: Only deposits of this coin.
        status: Only deposits in this state: `0` pending, `6` credited but not yet withdrawable, `7`
            wrong deposit, `8` waiting for user confirmation, `1` success.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Most deposits to return.
        offset: Number of deposits to skip (default 0).
        tx_id: Only the deposit with this transaction id (current documentation).
        include_source: Also return each deposit's `sourceAddress` (default false; added 2026-06-04).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SubAccountDeposit]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                coin=coin,
                status=status,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                offset=offset,
                tx_id=tx_id,
                include_source=include_source,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
