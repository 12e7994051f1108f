"""Dust convertible assets: POST /sapi/v1/asset/dust-convert/query-convertible-assets (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.dust_convertible_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.wallet_dust_account_type import WalletDustAccountType
from ...models.wallet_dust_convertible_assets import WalletDustConvertibleAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dustConvertibleAssets"]
ANSWER = AnswerPlan(
    "dustConvertibleAssets",
    {"$ref": "WalletDustConvertibleAssets"},
    schemas='{"WalletDustConvertibleAsset":{"properties":{"amountFree":{"type":"string"},"asset":{"type":"string"},"assetFullName":{"type":"string"},"exchange":{"type":"string"},"toQuotaAssetAmount":{"type":"string"},"toTargetAssetAmount":{"type":"string"},"toTargetAssetOffExchange":{"type":"string"}},"required":["asset","assetFullName","amountFree","exchange","toQuotaAssetAmount","toTargetAssetAmount","toTargetAssetOffExchange"],"type":"object"},"WalletDustConvertibleAssets":{"properties":{"details":{"items":{"$ref":"WalletDustConvertibleAsset"},"type":"array"},"dribbletBase":{"type":"string"},"dribbletPercentage":{"type":"string"},"totalTransferQuotaAssetAmount":{"type":"string"},"totalTransferTargetAssetAmount":{"type":"string"}},"required":["dribbletPercentage","totalTransferQuotaAssetAmount","totalTransferTargetAssetAmount","dribbletBase","details"],"type":"object"}}',
)


def _arguments(
    target_asset: str,
    *,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "target_asset": target_asset,
        "account_type": account_type,
        "dust_quota_asset_to_target_asset_price": dust_quota_asset_to_target_asset_price,
    }


def _parse(data: Any) -> WalletDustConvertibleAssets:
    try:
        response_200 = WalletDustConvertibleAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    target_asset: str,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDustConvertibleAssets]:
    """`Spot.wallet.dust_convertible_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            account_type=account_type,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    target_asset: str,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> WalletDustConvertibleAssets:
    """`Spot.wallet.dust_convertible_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            account_type=account_type,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    target_asset: str,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDustConvertibleAssets]:
    """`Spot.wallet.dust_convertible_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            account_type=account_type,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    target_asset: str,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> WalletDustConvertibleAssets:
    """`Spot.wallet.dust_convertible_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            account_type=account_type,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        options,
    )
