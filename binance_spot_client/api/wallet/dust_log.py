"""Dust log: GET /sapi/v1/asset/dribblet (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_dust_account_type import WalletDustAccountType
from ...models.wallet_dust_log import WalletDustLog
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dustLog"]


def _arguments(
    *,
    account_type: WalletDustAccountType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> dict[str, object]:
    return {
        "account_type": account_type,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse_response(response: httpx.Response) -> WalletDustLog:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletDustLog:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletDustLog.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletDustLog]:
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
    account_type: WalletDustAccountType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDustLog]:
    """Dust log.

    Lists past conversions of small balances (dust). Only the last 100 conversions, from 2020-12-01
    on, are kept.

    GET /sapi/v1/asset/dribblet · security USER_DATA · weight 1


    Args:
        account_type: Account whose conversions are listed. Defaults to `SPOT`.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            account_type=account_type,
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
    account_type: WalletDustAccountType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDustLog:
    """Dust log.

    Lists past conversions of small balances (dust). Only the last 100 conversions, from 2020-12-01
    on, are kept.

    GET /sapi/v1/asset/dribblet · security USER_DATA · weight 1


    Args:
        account_type: Account whose conversions are listed. Defaults to `SPOT`.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDustLog
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                account_type=account_type,
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
    account_type: WalletDustAccountType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDustLog]:
    """Dust log.

    Lists past conversions of small balances (dust). Only the last 100 conversions, from 2020-12-01
    on, are kept.

    GET /sapi/v1/asset/dribblet · security USER_DATA · weight 1


    Args:
        account_type: Account whose conversions are listed. Defaults to `SPOT`.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            account_type=account_type,
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
    account_type: WalletDustAccountType | str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDustLog:
    """Dust log.

    Lists past conversions of small balances (dust). Only the last 100 conversions, from 2020-12-01
    on, are kept.

    GET /sapi/v1/asset/dribblet · security USER_DATA · weight 1


    Args:
        account_type: Account whose conversions are listed. Defaults to `SPOT`.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDustLog
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                account_type=account_type,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
