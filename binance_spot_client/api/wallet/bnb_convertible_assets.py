"""Assets convertible into BNB: POST /sapi/v1/asset/dust-btc (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.bnb_convertible_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.wallet_bnb_convertible_assets import WalletBnbConvertibleAssets
from ...models.wallet_dust_account_type import WalletDustAccountType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["bnbConvertibleAssets"]
ANSWER = AnswerPlan(
    "bnbConvertibleAssets",
    {"$ref": "WalletBnbConvertibleAssets"},
    schemas='{"WalletBnbConvertibleAsset":{"properties":{"amountFree":{"type":"string"},"asset":{"type":"string"},"assetFullName":{"type":"string"},"exchange":{"type":"string"},"toBNB":{"type":"string"},"toBNBOffExchange":{"type":"string"},"toBTC":{"type":"string"}},"required":["asset","assetFullName","amountFree","toBTC","toBNB","toBNBOffExchange","exchange"],"type":"object"},"WalletBnbConvertibleAssets":{"properties":{"details":{"items":{"$ref":"WalletBnbConvertibleAsset"},"type":"array"},"dribbletPercentage":{"type":"string"},"totalTransferBNB":{"type":"string"},"totalTransferBtc":{"type":"string"}},"required":["details","totalTransferBtc","totalTransferBNB","dribbletPercentage"],"type":"object"}}',
)


def _arguments(
    *,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
) -> dict[str, object]:
    return {
        "account_type": account_type,
    }


def _parse(data: Any) -> WalletBnbConvertibleAssets:
    try:
        response_200 = WalletBnbConvertibleAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletBnbConvertibleAssets]:
    """`Spot.wallet.bnb_convertible_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            account_type=account_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> WalletBnbConvertibleAssets:
    """`Spot.wallet.bnb_convertible_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            account_type=account_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletBnbConvertibleAssets]:
    """`Spot.wallet.bnb_convertible_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            account_type=account_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> WalletBnbConvertibleAssets:
    """`Spot.wallet.bnb_convertible_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            account_type=account_type,
        ),
        options,
    )
