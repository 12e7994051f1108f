"""List Auto-Invest source assets: GET /sapi/v1/lending/auto-invest/source-asset/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_source_asset_list import AutoInvestSourceAssetList
from ...models.auto_invest_source_type import AutoInvestSourceType
from ...models.auto_invest_usage_type import AutoInvestUsageType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentSourceAssetList"]


def _arguments(
    usage_type: AutoInvestUsageType | str,
    *,
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | str | None = None,
) -> dict[str, object]:
    return {
        "target_asset": target_asset,
        "index_id": index_id,
        "usage_type": usage_type,
        "flexible_allowed_to_use": flexible_allowed_to_use,
        "source_type": source_type,
    }


def _parse_response(response: httpx.Response) -> AutoInvestSourceAssetList:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestSourceAssetList:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestSourceAssetList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestSourceAssetList]:
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
    usage_type: AutoInvestUsageType | str,
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestSourceAssetList]:
    """List Auto-Invest source assets.

    Lists the assets a plan or one-time purchase can pay with, with amount limits and the fee rate.

    GET /sapi/v1/lending/auto-invest/source-asset/list · security USER_DATA · weight 1


    Args:
        target_asset: Only source assets usable for this target asset.
        index_id: Only source assets usable for this index.
        usage_type: Whether the assets are for a recurring plan or a one-time purchase. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        source_type: Binance site placing the request (filter from Binance's current page).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            target_asset=target_asset,
            index_id=index_id,
            usage_type=usage_type,
            flexible_allowed_to_use=flexible_allowed_to_use,
            source_type=source_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    usage_type: AutoInvestUsageType | str,
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestSourceAssetList:
    """List Auto-Invest source assets.

    Lists the assets a plan or one-time purchase can pay with, with amount limits and the fee rate.

    GET /sapi/v1/lending/auto-invest/source-asset/list · security USER_DATA · weight 1


    Args:
        target_asset: Only source assets usable for this target asset.
        index_id: Only source assets usable for this index.
        usage_type: Whether the assets are for a recurring plan or a one-time purchase. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        source_type: Binance site placing the request (filter from Binance's current page).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestSourceAssetList
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                target_asset=target_asset,
                index_id=index_id,
                usage_type=usage_type,
                flexible_allowed_to_use=flexible_allowed_to_use,
                source_type=source_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    usage_type: AutoInvestUsageType | str,
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestSourceAssetList]:
    """List Auto-Invest source assets.

    Lists the assets a plan or one-time purchase can pay with, with amount limits and the fee rate.

    GET /sapi/v1/lending/auto-invest/source-asset/list · security USER_DATA · weight 1


    Args:
        target_asset: Only source assets usable for this target asset.
        index_id: Only source assets usable for this index.
        usage_type: Whether the assets are for a recurring plan or a one-time purchase. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        source_type: Binance site placing the request (filter from Binance's current page).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            target_asset=target_asset,
            index_id=index_id,
            usage_type=usage_type,
            flexible_allowed_to_use=flexible_allowed_to_use,
            source_type=source_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    usage_type: AutoInvestUsageType | str,
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestSourceAssetList:
    """List Auto-Invest source assets.

    Lists the assets a plan or one-time purchase can pay with, with amount limits and the fee rate.

    GET /sapi/v1/lending/auto-invest/source-asset/list · security USER_DATA · weight 1


    Args:
        target_asset: Only source assets usable for this target asset.
        index_id: Only source assets usable for this index.
        usage_type: Whether the assets are for a recurring plan or a one-time purchase. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        source_type: Binance site placing the request (filter from Binance's current page).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestSourceAssetList
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                target_asset=target_asset,
                index_id=index_id,
                usage_type=usage_type,
                flexible_allowed_to_use=flexible_allowed_to_use,
                source_type=source_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
