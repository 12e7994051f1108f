"""Margin assets: GET /sapi/v1/margin/allAssets (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.margin.margin_all_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_asset import MarginAsset
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginAllAssets"]
ANSWER = AnswerPlan(
    "marginAllAssets",
    {"type": "array", "items": {"$ref": "MarginAsset"}},
    schemas='{"MarginAsset":{"properties":{"assetFullName":{"type":"string"},"assetName":{"type":"string"},"delistTime":{"type":"integer"},"isBorrowable":{"type":"boolean"},"isMortgageable":{"type":"boolean"},"userMinBorrow":{"type":"string"},"userMinRepay":{"type":"string"}},"required":["assetFullName","assetName","isBorrowable","isMortgageable","userMinBorrow","userMinRepay"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
    }


def _parse(data: Any) -> list[MarginAsset]:
    try:
        response_200 = [MarginAsset.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginAsset]]:
    """`Spot.margin.margin_all_assets`, returning the whole response: status, headers, rate limits and the model."""
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
) -> list[MarginAsset]:
    """`Spot.margin.margin_all_assets` as a function of the client."""
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
) -> Response[list[MarginAsset]]:
    """`Spot.margin.margin_all_assets` on an async client, returning the whole response."""
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
) -> list[MarginAsset]:
    """`Spot.margin.margin_all_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
        ),
        options,
    )
