"""Withdraw history: GET /sapi/v1/capital/withdraw/history (USER_DATA, weight 18000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_withdraw_record import WalletWithdrawRecord
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["withdrawHistory"]


def _arguments(
    *,
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> dict[str, object]:
    return {
        "coin": coin,
        "withdraw_order_id": withdraw_order_id,
        "status": status,
        "offset": offset,
        "limit": limit,
        "id_list": id_list,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse_response(response: httpx.Response) -> list[WalletWithdrawRecord]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[WalletWithdrawRecord]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [WalletWithdrawRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[WalletWithdrawRecord]]:
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
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletWithdrawRecord]]:
    """Withdraw history.

    Lists the account's withdrawals, newest first. The window defaults to the last 90 days up to now
    and must be shorter than 90 days; with `withdrawOrderId` it must be shorter than 7 days and
    defaults to the last 7 days. Binance allows at most 10 requests per second on this endpoint.

    GET /sapi/v1/capital/withdraw/history · security USER_DATA · weight 18000


    Args:
        coin: Only withdrawals of this coin.
        withdraw_order_id: Only the withdrawal you labelled with this id.
        status: Only withdrawals in this state: 0 email sent, 1 cancelled, 2 awaiting approval, 3
            rejected, 4 processing, 5 failure, 6 completed.
        offset: Number of records to skip. Defaults to 0.
        limit: Number of records returned. Defaults to 1000; at most 1000.
        id_list: Comma-separated withdrawal ids (from the withdraw endpoint), at most 45.
        start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
        end_time: End of the window, UTC milliseconds. Defaults to now.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            status=status,
            offset=offset,
            limit=limit,
            id_list=id_list,
            start_time=start_time,
            end_time=end_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletWithdrawRecord]:
    """Withdraw history.

    Lists the account's withdrawals, newest first. The window defaults to the last 90 days up to now
    and must be shorter than 90 days; with `withdrawOrderId` it must be shorter than 7 days and
    defaults to the last 7 days. Binance allows at most 10 requests per second on this endpoint.

    GET /sapi/v1/capital/withdraw/history · security USER_DATA · weight 18000


    Args:
        coin: Only withdrawals of this coin.
        withdraw_order_id: Only the withdrawal you labelled with this id.
        status: Only withdrawals in this state: 0 email sent, 1 cancelled, 2 awaiting approval, 3
            rejected, 4 processing, 5 failure, 6 completed.
        offset: Number of records to skip. Defaults to 0.
        limit: Number of records returned. Defaults to 1000; at most 1000.
        id_list: Comma-separated withdrawal ids (from the withdraw endpoint), at most 45.
        start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
        end_time: End of the window, UTC milliseconds. Defaults to now.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletWithdrawRecord]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                coin=coin,
                withdraw_order_id=withdraw_order_id,
                status=status,
                offset=offset,
                limit=limit,
                id_list=id_list,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletWithdrawRecord]]:
    """Withdraw history.

    Lists the account's withdrawals, newest first. The window defaults to the last 90 days up to now
    and must be shorter than 90 days; with `withdrawOrderId` it must be shorter than 7 days and
    defaults to the last 7 days. Binance allows at most 10 requests per second on this endpoint.

    GET /sapi/v1/capital/withdraw/history · security USER_DATA · weight 18000


    Args:
        coin: Only withdrawals of this coin.
        withdraw_order_id: Only the withdrawal you labelled with this id.
        status: Only withdrawals in this state: 0 email sent, 1 cancelled, 2 awaiting approval, 3
            rejected, 4 processing, 5 failure, 6 completed.
        offset: Number of records to skip. Defaults to 0.
        limit: Number of records returned. Defaults to 1000; at most 1000.
        id_list: Comma-separated withdrawal ids (from the withdraw endpoint), at most 45.
        start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
        end_time: End of the window, UTC milliseconds. Defaults to now.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            status=status,
            offset=offset,
            limit=limit,
            id_list=id_list,
            start_time=start_time,
            end_time=end_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletWithdrawRecord]:
    """Withdraw history.

    Lists the account's withdrawals, newest first. The window defaults to the last 90 days up to now
    and must be shorter than 90 days; with `withdrawOrderId` it must be shorter than 7 days and
    defaults to the last 7 days. Binance allows at most 10 requests per second on this endpoint.

    GET /sapi/v1/capital/withdraw/history · security USER_DATA · weight 18000


    Args:
        coin: Only withdrawals of this coin.
        withdraw_order_id: Only the withdrawal you labelled with this id.
        status: Only withdrawals in this state: 0 email sent, 1 cancelled, 2 awaiting approval, 3
            rejected, 4 processing, 5 failure, 6 completed.
        offset: Number of records to skip. Defaults to 0.
        limit: Number of records returned. Defaults to 1000; at most 1000.
        id_list: Comma-separated withdrawal ids (from the withdraw endpoint), at most 45.
        start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
        end_time: End of the window, UTC milliseconds. Defaults to now.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletWithdrawRecord]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                coin=coin,
                withdraw_order_id=withdraw_order_id,
                status=status,
                offset=offset,
                limit=limit,
                id_list=id_list,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
