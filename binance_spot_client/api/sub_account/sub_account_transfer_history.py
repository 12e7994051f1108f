"""Transfer history of the calling sub-account: GET /sapi/v1/sub-account/transfer/subUserHistory (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_own_transfer import SubAccountOwnTransfer
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountTransferHistory"]


def _arguments(
    *,
    asset: str | None = None,
    type_: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "type_": type_,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
        "return_fail_history": return_fail_history,
    }


def _parse_response(response: httpx.Response) -> list[SubAccountOwnTransfer]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[SubAccountOwnTransfer]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [SubAccountOwnTransfer.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[SubAccountOwnTransfer]]:
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
    asset: str | None = None,
    type_: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SubAccountOwnTransfer]]:
    """Transfer history of the calling sub-account.

    Called with a sub-account's API key: lists its transfers with the master account and other sub-
    accounts. Without `type` only outgoing transfers are listed; without a time range, the last 30
    days.

    GET /sapi/v1/sub-account/transfer/subUserHistory · security USER_DATA · weight 1


    Args:
        asset: Only transfers of this asset; all assets when omitted.
        type_: `1` incoming transfers, `2` outgoing transfers (the default).
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Most transfers to return (default 500).
        return_fail_history: Also list failed transfers (default false: only `PROCESS` and `SUCCESS` ones). Current
            documentation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            return_fail_history=return_fail_history,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    type_: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SubAccountOwnTransfer]:
    """Transfer history of the calling sub-account.

    Called with a sub-account's API key: lists its transfers with the master account and other sub-
    accounts. Without `type` only outgoing transfers are listed; without a time range, the last 30
    days.

    GET /sapi/v1/sub-account/transfer/subUserHistory · security USER_DATA · weight 1


    Args:
        asset: Only transfers of this asset; all assets when omitted.
        type_: `1` incoming transfers, `2` outgoing transfers (the default).
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Most transfers to return (default 500).
        return_fail_history: Also list failed transfers (default false: only `PROCESS` and `SUCCESS` ones). Current
            documentation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SubAccountOwnTransfer]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                return_fail_history=return_fail_history,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type_: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SubAccountOwnTransfer]]:
    """Transfer history of the calling sub-account.

    Called with a sub-account's API key: lists its transfers with the master account and other sub-
    accounts. Without `type` only outgoing transfers are listed; without a time range, the last 30
    days.

    GET /sapi/v1/sub-account/transfer/subUserHistory · security USER_DATA · weight 1


    Args:
        asset: Only transfers of this asset; all assets when omitted.
        type_: `1` incoming transfers, `2` outgoing transfers (the default).
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Most transfers to return (default 500).
        return_fail_history: Also list failed transfers (default false: only `PROCESS` and `SUCCESS` ones). Current
            documentation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            return_fail_history=return_fail_history,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type_: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SubAccountOwnTransfer]:
    """Transfer history of the calling sub-account.

    Called with a sub-account's API key: lists its transfers with the master account and other sub-
    accounts. Without `type` only outgoing transfers are listed; without a time range, the last 30
    days.

    GET /sapi/v1/sub-account/transfer/subUserHistory · security USER_DATA · weight 1


    Args:
        asset: Only transfers of this asset; all assets when omitted.
        type_: `1` incoming transfers, `2` outgoing transfers (the default).
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        limit: Most transfers to return (default 500).
        return_fail_history: Also list failed transfers (default false: only `PROCESS` and `SUCCESS` ones). Current
            documentation.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SubAccountOwnTransfer]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                return_fail_history=return_fail_history,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
