"""Spot asset tags: GET /sapi/v1/spot/asset/tags (MARKET_DATA, weight 100).

The parameters and answer are described on `Spot.wallet.spot_asset_tags`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_asset_tags import WalletAssetTags
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["spotAssetTags"]
ANSWER = AnswerPlan(
    "spotAssetTags",
    {"type": "array", "items": {"$ref": "WalletAssetTags"}},
    schemas='{"WalletAssetTags":{"properties":{"assetCode":{"type":"string"},"assetName":{"type":"string"},"tags":{"items":{"type":"string"},"type":"array"},"trading":{"type":"boolean"}},"required":["assetCode","assetName","trading","tags"],"type":"object"}}',
)


def _arguments(
    *,
    tag: str | None = None,
) -> dict[str, object]:
    return {
        "tag": tag,
    }


def _parse(data: Any) -> list[WalletAssetTags]:
    try:
        response_200 = [WalletAssetTags.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    tag: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletAssetTags]]:
    """`Spot.wallet.spot_asset_tags`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            tag=tag,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    tag: str | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletAssetTags]:
    """`Spot.wallet.spot_asset_tags` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            tag=tag,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    tag: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletAssetTags]]:
    """`Spot.wallet.spot_asset_tags` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            tag=tag,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    tag: str | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletAssetTags]:
    """`Spot.wallet.spot_asset_tags` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            tag=tag,
        ),
        options,
    )
