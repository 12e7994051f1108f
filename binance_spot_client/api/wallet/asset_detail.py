"""Asset detail: GET /sapi/v1/asset/assetDetail (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.asset_detail`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_asset_details import WalletAssetDetails
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["assetDetail"]
ANSWER = AnswerPlan(
    "assetDetail",
    {"$ref": "WalletAssetDetails"},
    schemas='{"WalletAssetDetail":{"properties":{"depositStatus":{"type":"boolean"},"depositTip":{"type":"string"},"minWithdrawAmount":{"type":"string"},"withdrawFee":{"type":"number"},"withdrawStatus":{"type":"boolean"}},"required":["minWithdrawAmount","depositStatus","withdrawFee","withdrawStatus"],"type":"object"},"WalletAssetDetails":{"additionalProperties":{"$ref":"WalletAssetDetail"},"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
    }


def _parse(data: Any) -> WalletAssetDetails:
    try:
        response_200 = WalletAssetDetails.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletAssetDetails]:
    """`Spot.wallet.asset_detail`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> WalletAssetDetails:
    """`Spot.wallet.asset_detail` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletAssetDetails]:
    """`Spot.wallet.asset_detail` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> WalletAssetDetails:
    """`Spot.wallet.asset_detail` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )
