"""Universal transfer history: GET /sapi/v1/sub-account/universalTransfer (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_universal_transfer_history import SubAccountUniversalTransferHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountUniversalTransferHistory"]


def _arguments(
    *,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "from_email": from_email,
        "to_email": to_email,
        "client_tran_id": client_tran_id,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> SubAccountUniversalTransferHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountUniversalTransferHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountUniversalTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountUniversalTransferHistory]:
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
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountUniversalTransferHistory]:
    """Universal transfer history.

    Lists universal transfers between the master account and its sub-accounts. Send `fromEmail` or
    `toEmail`, not both; with neither, transfers sent by the master account are listed. The period
    may span at most 7 days and defaults to the last 7 days (current documentation; the 2024 file
    said 30).

    GET /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Only transfers sent by this sub-account.
        to_email: Only transfers received by this sub-account.
        client_tran_id: Only the transfer with this client id.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 500, at most 500).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            client_tran_id=client_tran_id,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountUniversalTransferHistory:
    """Universal transfer history.

    Lists universal transfers between the master account and its sub-accounts. Send `fromEmail` or
    `toEmail`, not both; with neither, transfers sent by the master account are listed. The period
    may span at most 7 days and defaults to the last 7 days (current documentation; the 2024 file
    said 30).

    GET /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Only transfers sent by this sub-account.
        to_email: Only transfers received by this sub-account.
        client_tran_id: Only the transfer with this client id.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 500, at most 500).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountUniversalTransferHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_email=from_email,
                to_email=to_email,
                client_tran_id=client_tran_id,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountUniversalTransferHistory]:
    """Universal transfer history.

    Lists universal transfers between the master account and its sub-accounts. Send `fromEmail` or
    `toEmail`, not both; with neither, transfers sent by the master account are listed. The period
    may span at most 7 days and defaults to the last 7 days (current documentation; the 2024 file
    said 30).

    GET /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Only transfers sent by this sub-account.
        to_email: Only transfers received by this sub-account.
        client_tran_id: Only the transfer with this client id.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 500, at most 500).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            client_tran_id=client_tran_id,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountUniversalTransferHistory:
    """Universal transfer history.

    Lists universal transfers between the master account and its sub-accounts. Send `fromEmail` or
    `toEmail`, not both; with neither, transfers sent by the master account are listed. The period
    may span at most 7 days and defaults to the last 7 days (current documentation; the 2024 file
    said 30).

    GET /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Only transfers sent by this sub-account.
        to_email: Only transfers received by this sub-account.
        client_tran_id: Only the transfer with this client id.
        start_time: Earliest time to include, UTC milliseconds.
        end_time: Latest time to include, UTC milliseconds.
        page: Page number, starting at 1 (default 1).
        limit: Transfers per page (default 500, at most 500).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountUniversalTransferHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_email=from_email,
                to_email=to_email,
                client_tran_id=client_tran_id,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
