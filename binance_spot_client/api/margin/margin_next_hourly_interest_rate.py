"""Next hourly interest rate: GET /sapi/v1/margin/next-hourly-interest-rate (USER_DATA, weight 100).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_next_hourly_interest_rate import MarginNextHourlyInterestRate
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginNextHourlyInterestRate"]


def _arguments(
    assets: str,
    is_isolated: MarginIsolatedFlag | str,
) -> dict[str, object]:
    return {
        "assets": assets,
        "is_isolated": is_isolated,
    }


def _parse_response(response: httpx.Response) -> list[MarginNextHourlyInterestRate]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginNextHourlyInterestRate]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [MarginNextHourlyInterestRate.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginNextHourlyInterestRate]]:
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
    assets: str,
    is_isolated: MarginIsolatedFlag | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginNextHourlyInterestRate]]:
    """Next hourly interest rate.

    Estimates the rate of the next hourly interest charge for up to 20 assets.

    GET /sapi/v1/margin/next-hourly-interest-rate · security USER_DATA · weight 100


    Args:
        assets: Assets to estimate, comma-separated, at most 20 (for example `BTC,ETH`). Required.
        is_isolated: `TRUE` for isolated margin rates, `FALSE` for cross margin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            assets=assets,
            is_isolated=is_isolated,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    assets: str,
    is_isolated: MarginIsolatedFlag | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginNextHourlyInterestRate]:
    """Next hourly interest rate.

    Estimates the rate of the next hourly interest charge for up to 20 assets.

    GET /sapi/v1/margin/next-hourly-interest-rate · security USER_DATA · weight 100


    Args:
        assets: Assets to estimate, comma-separated, at most 20 (for example `BTC,ETH`). Required.
        is_isolated: `TRUE` for isolated margin rates, `FALSE` for cross margin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginNextHourlyInterestRate]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                assets=assets,
                is_isolated=is_isolated,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    assets: str,
    is_isolated: MarginIsolatedFlag | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginNextHourlyInterestRate]]:
    """Next hourly interest rate.

    Estimates the rate of the next hourly interest charge for up to 20 assets.

    GET /sapi/v1/margin/next-hourly-interest-rate · security USER_DATA · weight 100


    Args:
        assets: Assets to estimate, comma-separated, at most 20 (for example `BTC,ETH`). Required.
        is_isolated: `TRUE` for isolated margin rates, `FALSE` for cross margin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            assets=assets,
            is_isolated=is_isolated,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    assets: str,
    is_isolated: MarginIsolatedFlag | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginNextHourlyInterestRate]:
    """Next hourly interest rate.

    Estimates the rate of the next hourly interest charge for up to 20 assets.

    GET /sapi/v1/margin/next-hourly-interest-rate · security USER_DATA · weight 100


    Args:
        assets: Assets to estimate, comma-separated, at most 20 (for example `BTC,ETH`). Required.
        is_isolated: `TRUE` for isolated margin rates, `FALSE` for cross margin. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginNextHourlyInterestRate]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                assets=assets,
                is_isolated=is_isolated,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
