"""Stable-rate collateral coins (retired): GET /sapi/v1/loan/collateral/data (USER_DATA, weight 400).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_stable_collateral_assets import CryptoLoansStableCollateralAssets
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanCollateralAssets"]


def _arguments(
    *,
    collateral_coin: str | None = None,
    vip_level: int | None = None,
) -> dict[str, object]:
    return {
        "collateral_coin": collateral_coin,
        "vip_level": vip_level,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansStableCollateralAssets:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansStableCollateralAssets:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = CryptoLoansStableCollateralAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansStableCollateralAssets]:
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
    collateral_coin: str | None = None,
    vip_level: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableCollateralAssets]:
    """Stable-rate collateral coins (retired).

    Gave the LTV thresholds and collateral limit (in USD value) of coins accepted as collateral for
    stable-rate loans. Binance retired it on 2024-11-05 together with the other stable-rate loan
    endpoints.

    GET /sapi/v1/loan/collateral/data · security USER_DATA · weight 400

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        collateral_coin: Only loans secured by this collateral coin.
        vip_level: VIP level to show the figures of; the account's own level when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            collateral_coin=collateral_coin,
            vip_level=vip_level,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    collateral_coin: str | None = None,
    vip_level: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableCollateralAssets:
    """Stable-rate collateral coins (retired).

    Gave the LTV thresholds and collateral limit (in USD value) of coins accepted as collateral for
    stable-rate loans. Binance retired it on 2024-11-05 together with the other stable-rate loan
    endpoints.

    GET /sapi/v1/loan/collateral/data · security USER_DATA · weight 400

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        collateral_coin: Only loans secured by this collateral coin.
        vip_level: VIP level to show the figures of; the account's own level when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableCollateralAssets
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                collateral_coin=collateral_coin,
                vip_level=vip_level,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    collateral_coin: str | None = None,
    vip_level: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableCollateralAssets]:
    """Stable-rate collateral coins (retired).

    Gave the LTV thresholds and collateral limit (in USD value) of coins accepted as collateral for
    stable-rate loans. Binance retired it on 2024-11-05 together with the other stable-rate loan
    endpoints.

    GET /sapi/v1/loan/collateral/data · security USER_DATA · weight 400

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        collateral_coin: Only loans secured by this collateral coin.
        vip_level: VIP level to show the figures of; the account's own level when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            collateral_coin=collateral_coin,
            vip_level=vip_level,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    collateral_coin: str | None = None,
    vip_level: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableCollateralAssets:
    """Stable-rate collateral coins (retired).

    Gave the LTV thresholds and collateral limit (in USD value) of coins accepted as collateral for
    stable-rate loans. Binance retired it on 2024-11-05 together with the other stable-rate loan
    endpoints.

    GET /sapi/v1/loan/collateral/data · security USER_DATA · weight 400

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        collateral_coin: Only loans secured by this collateral coin.
        vip_level: VIP level to show the figures of; the account's own level when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableCollateralAssets
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                collateral_coin=collateral_coin,
                vip_level=vip_level,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
