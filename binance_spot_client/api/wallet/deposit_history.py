"""Deposit history: GET /sapi/v1/capital/deposit/hisrec (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_deposit_record import WalletDepositRecord
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositHistory"]


def _arguments(
    *,
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
) -> dict[str, object]:
    return {
        "include_source": include_source,
        "coin": coin,
        "status": status,
        "start_time": start_time,
        "end_time": end_time,
        "offset": offset,
        "limit": limit,
        "tx_id": tx_id,
    }


def _parse_response(response: httpx.Response) -> list[WalletDepositRecord]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[WalletDepositRecord]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [WalletDepositRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[WalletDepositRecord]]:
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
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletDepositRecord]]:
    """Deposit history.

    Lists the account's deposits, newest first. The window defaults to the last 90 days up to now;
    when both ends are given they must be less than 90 days apart.

    GET /sapi/v1/capital/deposit/hisrec · security USER_DATA · weight 1


    Args:
        include_source: Set to `true` to receive each deposit's `sourceAddress`. Defaults to false.
        coin: Only deposits of this coin.
        status: Only deposits in this state: 0 pending, 6 credited but not yet withdrawable, 7 wrong
            deposit, 8 waiting for user confirmation, 1 success.
        start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
        end_time: End of the window, UTC milliseconds. Defaults to now.
        offset: Number of records to skip. Defaults to 0.
        limit: Number of records returned. Defaults to 1000; at most 1000.
        tx_id: Only the deposit with this on-chain transaction id.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            include_source=include_source,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            tx_id=tx_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletDepositRecord]:
    """Deposit history.

    Lists the account's deposits, newest first. The window defaults to the last 90 days up to now;
    when both ends are given they must be less than 90 days apart.

    GET /sapi/v1/capital/deposit/hisrec · security USER_DATA · weight 1


    Args:
        include_source: Set to `true` to receive each deposit's `sourceAddress`. Defaults to false.
        coin: Only deposits of this coin.
        status: Only deposits in this state: 0 pending, 6 credited but not yet withdrawable, 7 wrong
            deposit, 8 waiting for user confirmation, 1 success.
        start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
        end_time: End of the window, UTC milliseconds. Defaults to now.
        offset: Number of records to skip. Defaults to 0.
        limit: Number of records returned. Defaults to 1000; at most 1000.
        tx_id: Only the deposit with this on-chain transaction id.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletDepositRecord]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                include_source=include_source,
                coin=coin,
                status=status,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
                tx_id=tx_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletDepositRecord]]:
    """Deposit history.

    Lists the account's deposits, newest first. The window defaults to the last 90 days up to now;
    when both ends are given they must be less than 90 days apart.

    GET /sapi/v1/capital/deposit/hisrec · security USER_DATA · weight 1


    Args:
        include_source: Set to `true` to receive each deposit's `sourceAddress`. Defaults to false.
        coin: Only deposits of this coin.
        status: Only deposits in this state: 0 pending, 6 credited but not yet withdrawable, 7 wrong
            deposit, 8 waiting for user confirmation, 1 success.
        start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
        end_time: End of the window, UTC milliseconds. Defaults to now.
        offset: Number of records to skip. Defaults to 0.
        limit: Number of records returned. Defaults to 1000; at most 1000.
        tx_id: Only the deposit with this on-chain transaction id.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            include_source=include_source,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            tx_id=tx_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletDepositRecord]:
    """Deposit history.

    Lists the account's deposits, newest first. The window defaults to the last 90 days up to now;
    when both ends are given they must be less than 90 days apart.

    GET /sapi/v1/capital/deposit/hisrec · security USER_DATA · weight 1


    Args:
        include_source: Set to `true` to receive each deposit's `sourceAddress`. Defaults to false.
        coin: Only deposits of this coin.
        status: Only deposits in this state: 0 pending, 6 credited but not yet withdrawable, 7 wrong
            deposit, 8 waiting for user confirmation, 1 success.
        start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
        end_time: End of the window, UTC milliseconds. Defaults to now.
        offset: Number of records to skip. Defaults to 0.
        limit: Number of records returned. Defaults to 1000; at most 1000.
        tx_id: Only the deposit with this on-chain transaction id.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletDepositRecord]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                include_source=include_source,
                coin=coin,
                status=status,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
                tx_id=tx_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
