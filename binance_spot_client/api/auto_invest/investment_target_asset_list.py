"""List Auto-Invest target assets: GET /sapi/v1/lending/auto-invest/target-asset/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_target_asset_list import AutoInvestTargetAssetList
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentTargetAssetList"]


def _arguments(
    *,
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
) -> dict[str, object]:
    return {
        "target_asset": target_asset,
        "size": size,
        "current": current,
    }


def _parse_response(response: httpx.Response) -> AutoInvestTargetAssetList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestTargetAssetList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestTargetAssetList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestTargetAssetList]:
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
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestTargetAssetList]:
    """List Auto-Invest target assets.

    Lists the assets Auto-Invest plans can buy, each with simulated returns over several look-back
    periods.

    GET /sapi/v1/lending/auto-invest/target-asset/list · security USER_DATA · weight 1


    Args:
        target_asset: Only this target asset.
        size: Rows per page; defaults to 10, at most 100.
        current: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            target_asset=target_asset,
            size=size,
            current=current,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestTargetAssetList:
    """List Auto-Invest target assets.

    Lists the assets Auto-Invest plans can buy, each with simulated returns over several look-back
    periods.

    GET /sapi/v1/lending/auto-invest/target-asset/list · security USER_DATA · weight 1


    Args:
        target_asset: Only this target asset.
        size: Rows per page; defaults to 10, at most 100.
        current: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestTargetAssetList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                target_asset=target_asset,
                size=size,
                current=current,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestTargetAssetList]:
    """List Auto-Invest target assets.

    Lists the assets Auto-Invest plans can buy, each with simulated returns over several look-back
    periods.

    GET /sapi/v1/lending/auto-invest/target-asset/list · security USER_DATA · weight 1


    Args:
        target_asset: Only this target asset.
        size: Rows per page; defaults to 10, at most 100.
        current: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            target_asset=target_asset,
            size=size,
            current=current,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestTargetAssetList:
    """List Auto-Invest target assets.

    Lists the assets Auto-Invest plans can buy, each with simulated returns over several look-back
    periods.

    GET /sapi/v1/lending/auto-invest/target-asset/list · security USER_DATA · weight 1


    Args:
        target_asset: Only this target asset.
        size: Rows per page; defaults to 10, at most 100.
        current: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestTargetAssetList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                target_asset=target_asset,
                size=size,
                current=current,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
