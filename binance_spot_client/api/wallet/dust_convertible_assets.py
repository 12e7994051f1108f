"""Dust convertible assets: POST /sapi/v1/asset/dust-convert/query-convertible-assets (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_dust_account_type import WalletDustAccountType
from ...models.wallet_dust_convertible_assets import WalletDustConvertibleAssets
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dustConvertibleAssets"]


def _arguments(
    target_asset: str,
    *,
    account_type: WalletDustAccountType | str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "target_asset": target_asset,
        "account_type": account_type,
        "dust_quota_asset_to_target_asset_price": dust_quota_asset_to_target_asset_price,
    }


def _parse_response(response: httpx.Response) -> WalletDustConvertibleAssets:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletDustConvertibleAssets:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletDustConvertibleAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletDustConvertibleAssets]:
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
    target_asset: str,
    account_type: WalletDustAccountType | str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDustConvertibleAssets]:
    """Dust convertible assets.

    Lists the small balances that can be converted into a target asset, with what each would yield.

    POST /sapi/v1/asset/dust-convert/query-convertible-assets · security USER_DATA · weight 1


    Args:
        target_asset: Asset to convert into. Required.
        account_type: Account to look at. Defaults to `SPOT`.
        dust_quota_asset_to_target_asset_price: Price from the valuation (quota) asset to the target asset to use for the figures.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            target_asset=target_asset,
            account_type=account_type,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    target_asset: str,
    account_type: WalletDustAccountType | str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDustConvertibleAssets:
    """Dust convertible assets.

    Lists the small balances that can be converted into a target asset, with what each would yield.

    POST /sapi/v1/asset/dust-convert/query-convertible-assets · security USER_DATA · weight 1


    Args:
        target_asset: Asset to convert into. Required.
        account_type: Account to look at. Defaults to `SPOT`.
        dust_quota_asset_to_target_asset_price: Price from the valuation (quota) asset to the target asset to use for the figures.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDustConvertibleAssets
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                target_asset=target_asset,
                account_type=account_type,
                dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    target_asset: str,
    account_type: WalletDustAccountType | str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDustConvertibleAssets]:
    """Dust convertible assets.

    Lists the small balances that can be converted into a target asset, with what each would yield.

    POST /sapi/v1/asset/dust-convert/query-convertible-assets · security USER_DATA · weight 1


    Args:
        target_asset: Asset to convert into. Required.
        account_type: Account to look at. Defaults to `SPOT`.
        dust_quota_asset_to_target_asset_price: Price from the valuation (quota) asset to the target asset to use for the figures.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            target_asset=target_asset,
            account_type=account_type,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    target_asset: str,
    account_type: WalletDustAccountType | str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDustConvertibleAssets:
    """Dust convertible assets.

    Lists the small balances that can be converted into a target asset, with what each would yield.

    POST /sapi/v1/asset/dust-convert/query-convertible-assets · security USER_DATA · weight 1


    Args:
        target_asset: Asset to convert into. Required.
        account_type: Account to look at. Defaults to `SPOT`.
        dust_quota_asset_to_target_asset_price: Price from the valuation (quota) asset to the target asset to use for the figures.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDustConvertibleAssets
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                target_asset=target_asset,
                account_type=account_type,
                dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
