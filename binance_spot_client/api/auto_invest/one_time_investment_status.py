"""One-time purchase status: GET /sapi/v1/lending/auto-invest/one-off/status (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_one_time_transaction_status import AutoInvestOneTimeTransactionStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["oneTimeInvestmentStatus"]


def _arguments(
    transaction_id: int,
    *,
    request_id: str | None = None,
) -> dict[str, object]:
    return {
        "transaction_id": transaction_id,
        "request_id": request_id,
    }


def _parse_response(response: httpx.Response) -> AutoInvestOneTimeTransactionStatus:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestOneTimeTransactionStatus:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestOneTimeTransactionStatus.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestOneTimeTransactionStatus]:
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
    transaction_id: int,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestOneTimeTransactionStatus]:
    """One-time purchase status.

    Tells whether a one-time Auto-Invest purchase has completed.

    GET /sapi/v1/lending/auto-invest/one-off/status · security USER_DATA · weight 1


    Args:
        transaction_id: Transaction to check. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            transaction_id=transaction_id,
            request_id=request_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    transaction_id: int,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestOneTimeTransactionStatus:
    """One-time purchase status.

    Tells whether a one-time Auto-Invest purchase has completed.

    GET /sapi/v1/lending/auto-invest/one-off/status · security USER_DATA · weight 1


    Args:
        transaction_id: Transaction to check. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestOneTimeTransactionStatus
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                transaction_id=transaction_id,
                request_id=request_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    transaction_id: int,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestOneTimeTransactionStatus]:
    """One-time purchase status.

    Tells whether a one-time Auto-Invest purchase has completed.

    GET /sapi/v1/lending/auto-invest/one-off/status · security USER_DATA · weight 1


    Args:
        transaction_id: Transaction to check. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            transaction_id=transaction_id,
            request_id=request_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    transaction_id: int,
    request_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestOneTimeTransactionStatus:
    """One-time purchase status.

    Tells whether a one-time Auto-Invest purchase has completed.

    GET /sapi/v1/lending/auto-invest/one-off/status · security USER_DATA · weight 1


    Args:
        transaction_id: Transaction to check. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestOneTimeTransactionStatus
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                transaction_id=transaction_id,
                request_id=request_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
