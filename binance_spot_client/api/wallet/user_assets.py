"""User assets: POST /sapi/v3/asset/getUserAsset (USER_DATA, weight 5).

The parameters and answer are described on `Spot.wallet.user_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_user_asset import WalletUserAsset
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["userAssets"]
ANSWER = AnswerPlan(
    "userAssets",
    {"type": "array", "items": {"$ref": "WalletUserAsset"}},
    schemas='{"WalletUserAsset":{"properties":{"asset":{"type":"string"},"btcValuation":{"type":"string"},"free":{"type":"string"},"freeze":{"type":"string"},"ipoable":{"type":"string"},"locked":{"type":"string"},"withdrawing":{"type":"string"}},"required":["asset","free","locked","freeze","withdrawing","ipoable"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "need_btc_valuation": need_btc_valuation,
    }


def _parse(data: Any) -> list[WalletUserAsset]:
    try:
        response_200 = [WalletUserAsset.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletUserAsset]]:
    """`Spot.wallet.user_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            need_btc_valuation=need_btc_valuation,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletUserAsset]:
    """`Spot.wallet.user_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            need_btc_valuation=need_btc_valuation,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletUserAsset]]:
    """`Spot.wallet.user_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            need_btc_valuation=need_btc_valuation,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletUserAsset]:
    """`Spot.wallet.user_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            need_btc_valuation=need_btc_valuation,
        ),
        options,
    )
