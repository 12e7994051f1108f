"""VIP collateral coins: GET /sapi/v1/loan/vip/collateral/data (USER_DATA, weight 400).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.vip_loans_collateral_assets import VipLoansCollateralAssets
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanCollateralAssets"]


def _arguments(
    *,
    collateral_coin: str | None = None,
) -> dict[str, object]:
    return {
        "collateral_coin": collateral_coin,
    }


def _parse_response(response: httpx.Response) -> VipLoansCollateralAssets:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> VipLoansCollateralAssets:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = VipLoansCollateralAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[VipLoansCollateralAssets]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansCollateralAssets]:
    """VIP collateral coins.

    Gives, for each coin accepted as VIP loan collateral, the tiers of collateral value and the
    share of the value counted in each tier.

    GET /sapi/v1/loan/vip/collateral/data · security USER_DATA · weight 400


    Args:
        collateral_coin: Only loans secured by this collateral coin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            collateral_coin=collateral_coin,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    collateral_coin: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansCollateralAssets:
    """VIP collateral coins.

    Gives, for each coin accepted as VIP loan collateral, the tiers of collateral value and the
    share of the value counted in each tier.

    GET /sapi/v1/loan/vip/collateral/data · security USER_DATA · weight 400


    Args:
        collateral_coin: Only loans secured by this collateral coin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansCollateralAssets
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                collateral_coin=collateral_coin,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    collateral_coin: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[VipLoansCollateralAssets]:
    """VIP collateral coins.

    Gives, for each coin accepted as VIP loan collateral, the tiers of collateral value and the
    share of the value counted in each tier.

    GET /sapi/v1/loan/vip/collateral/data · security USER_DATA · weight 400


    Args:
        collateral_coin: Only loans secured by this collateral coin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            collateral_coin=collateral_coin,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    collateral_coin: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> VipLoansCollateralAssets:
    """VIP collateral coins.

    Gives, for each coin accepted as VIP loan collateral, the tiers of collateral value and the
    share of the value counted in each tier.

    GET /sapi/v1/loan/vip/collateral/data · security USER_DATA · weight 400


    Args:
        collateral_coin: Only loans secured by this collateral coin.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        VipLoansCollateralAssets
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                collateral_coin=collateral_coin,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
