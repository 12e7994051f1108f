"""Trading volume statistics of a sub-account: GET /sapi/v1/sub-account/transaction-statistics (USER_DATA, weight 60).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_transaction_statistics import SubAccountTransactionStatistics
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountTransactionStatistics"]


def _arguments(
    *,
    email: str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse_response(response: httpx.Response) -> SubAccountTransactionStatistics:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountTransactionStatistics:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountTransactionStatistics.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountTransactionStatistics]:
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
    email: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountTransactionStatistics]:
    """Trading volume statistics of a sub-account.

    Returns the last 30 days of trading volume of a sub-account (spot, futures and margin, valued in
    BTC and in BUSD), with daily figures. Without `email` it reports the master account itself
    (current documentation).

    GET /sapi/v1/sub-account/transaction-statistics · security USER_DATA · weight 60


    Args:
        email: The sub-account to report; the master account when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountTransactionStatistics:
    """Trading volume statistics of a sub-account.

    Returns the last 30 days of trading volume of a sub-account (spot, futures and margin, valued in
    BTC and in BUSD), with daily figures. Without `email` it reports the master account itself
    (current documentation).

    GET /sapi/v1/sub-account/transaction-statistics · security USER_DATA · weight 60


    Args:
        email: The sub-account to report; the master account when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountTransactionStatistics
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountTransactionStatistics]:
    """Trading volume statistics of a sub-account.

    Returns the last 30 days of trading volume of a sub-account (spot, futures and margin, valued in
    BTC and in BUSD), with daily figures. Without `email` it reports the master account itself
    (current documentation).

    GET /sapi/v1/sub-account/transaction-statistics · security USER_DATA · weight 60


    Args:
        email: The sub-account to report; the master account when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountTransactionStatistics:
    """Trading volume statistics of a sub-account.

    Returns the last 30 days of trading volume of a sub-account (spot, futures and margin, valued in
    BTC and in BUSD), with daily figures. Without `email` it reports the master account itself
    (current documentation).

    GET /sapi/v1/sub-account/transaction-statistics · security USER_DATA · weight 60


    Args:
        email: The sub-account to report; the master account when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountTransactionStatistics
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
