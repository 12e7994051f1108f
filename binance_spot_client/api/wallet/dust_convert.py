"""Convert dust: POST /sapi/v1/asset/dust-convert/convert (USER_DATA, weight 10).

The parameters and answer are described on `Spot.wallet.dust_convert`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.wallet_dust_account_type import WalletDustAccountType
from ...models.wallet_dust_transfer_result import WalletDustTransferResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dustConvert"]
ANSWER = AnswerPlan(
    "dustConvert",
    {"$ref": "WalletDustTransferResult"},
    schemas='{"WalletDustTransferItem":{"properties":{"amount":{"type":"string"},"fromAsset":{"type":"string"},"operateTime":{"type":"integer"},"serviceChargeAmount":{"type":"string"},"tranId":{"type":"integer"},"transferedAmount":{"type":"string"}},"required":["amount","fromAsset","operateTime","serviceChargeAmount","tranId","transferedAmount"],"type":"object"},"WalletDustTransferResult":{"properties":{"totalServiceCharge":{"type":"string"},"totalTransfered":{"type":"string"},"transferResult":{"items":{"$ref":"WalletDustTransferItem"},"type":"array"}},"required":["totalServiceCharge","totalTransfered","transferResult"],"type":"object"}}',
)


def _arguments(
    asset: str,
    *,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    client_id: str | None = None,
    target_asset: str | None = None,
    third_party_client_id: str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "account_type": account_type,
        "client_id": client_id,
        "target_asset": target_asset,
        "third_party_client_id": third_party_client_id,
        "dust_quota_asset_to_target_asset_price": dust_quota_asset_to_target_asset_price,
    }


def _parse(data: Any) -> WalletDustTransferResult:
    try:
        response_200 = WalletDustTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    client_id: str | None = None,
    target_asset: str | None = None,
    third_party_client_id: str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDustTransferResult]:
    """`Spot.wallet.dust_convert`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            account_type=account_type,
            client_id=client_id,
            target_asset=target_asset,
            third_party_client_id=third_party_client_id,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    client_id: str | None = None,
    target_asset: str | None = None,
    third_party_client_id: str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> WalletDustTransferResult:
    """`Spot.wallet.dust_convert` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            account_type=account_type,
            client_id=client_id,
            target_asset=target_asset,
            third_party_client_id=third_party_client_id,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    client_id: str | None = None,
    target_asset: str | None = None,
    third_party_client_id: str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDustTransferResult]:
    """`Spot.wallet.dust_convert` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            account_type=account_type,
            client_id=client_id,
            target_asset=target_asset,
            third_party_client_id=third_party_client_id,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    client_id: str | None = None,
    target_asset: str | None = None,
    third_party_client_id: str | None = None,
    dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> WalletDustTransferResult:
    """`Spot.wallet.dust_convert` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            account_type=account_type,
            client_id=client_id,
            target_asset=target_asset,
            third_party_client_id=third_party_client_id,
            dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
        ),
        options,
    )
