"""Transfer log of a managed sub-account (trading team): GET /sapi/v1/managed-subaccount/queryTransLogForTradeParent (USER_DATA, weight 60).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_managed_account_type import SubAccountManagedAccountType
from ...models.sub_account_managed_transfer_log import SubAccountManagedTransferLog
from ...models.sub_account_transfer_direction import SubAccountTransferDirection
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountTransferLogForTradingTeam"]


def _arguments(
    email: str,
    start_time: int,
    end_time: int,
    page: int,
    limit: int,
    *,
    transfers: SubAccountTransferDirection | str | None = None,
    transfer_function_account_type: SubAccountManagedAccountType | str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "limit": limit,
        "transfers": transfers,
        "transfer_function_account_type": transfer_function_account_type,
    }


def _parse_response(response: httpx.Response) -> SubAccountManagedTransferLog:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountManagedTransferLog:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountManagedTransferLog.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountManagedTransferLog]:
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
    start_time: int,
    end_time: int,
    page: int,
    limit: int,
    transfers: SubAccountTransferDirection | str | None = None,
    transfer_function_account_type: SubAccountManagedAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedTransferLog]:
    """Transfer log of a managed sub-account (trading team).

    Called by the trading team's master account: lists the transfers of a managed sub-account it
    trades for, filtered by direction and wallet.

    GET /sapi/v1/managed-subaccount/queryTransLogForTradeParent · security USER_DATA · weight 60


    Args:
        email: Email of the managed sub-account. Required.
        start_time: Start of the period, UTC milliseconds. Required.
        end_time: End of the period, UTC milliseconds; at most half a year after `startTime`. Required.
        page: Page number, starting at 1. Required.
        limit: Transfers per page, at most 500. Required.
        transfers: Only transfers out of (`FROM`) or into (`TO`) the managed sub-account.
        transfer_function_account_type: Only transfers of this wallet.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
            transfers=transfers,
            transfer_function_account_type=transfer_function_account_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    start_time: int,
    end_time: int,
    page: int,
    limit: int,
    transfers: SubAccountTransferDirection | str | None = None,
    transfer_function_account_type: SubAccountManagedAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedTransferLog:
    """Transfer log of a managed sub-account (trading team).

    Called by the trading team's master account: lists the transfers of a managed sub-account it
    trades for, filtered by direction and wallet.

    GET /sapi/v1/managed-subaccount/queryTransLogForTradeParent · security USER_DATA · weight 60


    Args:
        email: Email of the managed sub-account. Required.
        start_time: Start of the period, UTC milliseconds. Required.
        end_time: End of the period, UTC milliseconds; at most half a year after `startTime`. Required.
        page: Page number, starting at 1. Required.
        limit: Transfers per page, at most 500. Required.
        transfers: Only transfers out of (`FROM`) or into (`TO`) the managed sub-account.
        transfer_function_account_type: Only transfers of this wallet.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedTransferLog
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
                transfers=transfers,
                transfer_function_account_type=transfer_function_account_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    start_time: int,
    end_time: int,
    page: int,
    limit: int,
    transfers: SubAccountTransferDirection | str | None = None,
    transfer_function_account_type: SubAccountManagedAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountManagedTransferLog]:
    """Transfer log of a managed sub-account (trading team).

    Called by the trading team's master account: lists the transfers of a managed sub-account it
    trades for, filtered by direction and wallet.

    GET /sapi/v1/managed-subaccount/queryTransLogForTradeParent · security USER_DATA · weight 60


    Args:
        email: Email of the managed sub-account. Required.
        start_time: Start of the period, UTC milliseconds. Required.
        end_time: End of the period, UTC milliseconds; at most half a year after `startTime`. Required.
        page: Page number, starting at 1. Required.
        limit: Transfers per page, at most 500. Required.
        transfers: Only transfers out of (`FROM`) or into (`TO`) the managed sub-account.
        transfer_function_account_type: Only transfers of this wallet.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
            transfers=transfers,
            transfer_function_account_type=transfer_function_account_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    start_time: int,
    end_time: int,
    page: int,
    limit: int,
    transfers: SubAccountTransferDirection | str | None = None,
    transfer_function_account_type: SubAccountManagedAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountManagedTransferLog:
    """Transfer log of a managed sub-account (trading team).

    Called by the trading team's master account: lists the transfers of a managed sub-account it
    trades for, filtered by direction and wallet.

    GET /sapi/v1/managed-subaccount/queryTransLogForTradeParent · security USER_DATA · weight 60


    Args:
        email: Email of the managed sub-account. Required.
        start_time: Start of the period, UTC milliseconds. Required.
        end_time: End of the period, UTC milliseconds; at most half a year after `startTime`. Required.
        page: Page number, starting at 1. Required.
        limit: Transfers per page, at most 500. Required.
        transfers: Only transfers out of (`FROM`) or into (`TO`) the managed sub-account.
        transfer_function_account_type: Only transfers of this wallet.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountManagedTransferLog
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
                transfers=transfers,
                transfer_function_account_type=transfer_function_account_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
