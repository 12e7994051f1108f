"""Crypto loan asset movements: GET /sapi/v1/loan/income (USER_DATA, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_income import CryptoLoansIncome
from ...models.crypto_loans_income_type import CryptoLoansIncomeType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cryptoLoanIncomeHistory"]


def _arguments(
    *,
    asset: str | None = None,
    type_: CryptoLoansIncomeType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "type_": type_,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[CryptoLoansIncome]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[CryptoLoansIncome]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [CryptoLoansIncome.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[CryptoLoansIncome]]:
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
    type_: CryptoLoansIncomeType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[CryptoLoansIncome]]:
    """Crypto loan asset movements.

    Lists the asset movements caused by crypto loans (coins borrowed, repaid, collateral added,
    removed, used or returned). Without `startTime` and `endTime` the last 7 days are returned; the
    range may span at most 30 days.

    GET /sapi/v1/loan/income · security USER_DATA · weight 6000


    Args:
        asset: Only movements of this coin.
        type_: Only movements of this kind; every kind when omitted.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        limit: Maximum number of rows (default 20, at most 100).
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
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    type_: CryptoLoansIncomeType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[CryptoLoansIncome]:
    """Crypto loan asset movements.

    Lists the asset movements caused by crypto loans (coins borrowed, repaid, collateral added,
    removed, used or returned). Without `startTime` and `endTime` the last 7 days are returned; the
    range may span at most 30 days.

    GET /sapi/v1/loan/income · security USER_DATA · weight 6000


    Args:
        asset: Only movements of this coin.
        type_: Only movements of this kind; every kind when omitted.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        limit: Maximum number of rows (default 20, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[CryptoLoansIncome]
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
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type_: CryptoLoansIncomeType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[CryptoLoansIncome]]:
    """Crypto loan asset movements.

    Lists the asset movements caused by crypto loans (coins borrowed, repaid, collateral added,
    removed, used or returned). Without `startTime` and `endTime` the last 7 days are returned; the
    range may span at most 30 days.

    GET /sapi/v1/loan/income · security USER_DATA · weight 6000


    Args:
        asset: Only movements of this coin.
        type_: Only movements of this kind; every kind when omitted.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        limit: Maximum number of rows (default 20, at most 100).
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
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type_: CryptoLoansIncomeType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[CryptoLoansIncome]:
    """Crypto loan asset movements.

    Lists the asset movements caused by crypto loans (coins borrowed, repaid, collateral added,
    removed, used or returned). Without `startTime` and `endTime` the last 7 days are returned; the
    range may span at most 30 days.

    GET /sapi/v1/loan/income · security USER_DATA · weight 6000


    Args:
        asset: Only movements of this coin.
        type_: Only movements of this kind; every kind when omitted.
        start_time: Start of the time range, UTC milliseconds.
        end_time: End of the time range, UTC milliseconds.
        limit: Maximum number of rows (default 20, at most 100).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[CryptoLoansIncome]
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
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
