"""NFT assets: GET /sapi/v1/nft/user/getAsset (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.nft.nft_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.nft_assets import NftAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["nftAssets"]
ANSWER = AnswerPlan(
    "nftAssets",
    {"$ref": "NftAssets"},
    schemas='{"NftAssets":{"properties":{"list":{"items":{"$ref":"NftToken"},"type":"array"},"total":{"type":"integer"}},"required":["total","list"],"type":"object"},"NftToken":{"properties":{"contractAddress":{"type":"string"},"network":{"type":"string"},"tokenId":{"type":"string"}},"required":["network","tokenId","contractAddress"],"type":"object"}}',
)


def _arguments(
    *,
    limit: int | None = None,
    page: int | None = None,
) -> dict[str, object]:
    return {
        "limit": limit,
        "page": page,
    }


def _parse(data: Any) -> NftAssets:
    try:
        response_200 = NftAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[NftAssets]:
    """`Spot.nft.nft_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            limit=limit,
            page=page,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> NftAssets:
    """`Spot.nft.nft_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            limit=limit,
            page=page,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[NftAssets]:
    """`Spot.nft.nft_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            limit=limit,
            page=page,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> NftAssets:
    """`Spot.nft.nft_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            limit=limit,
            page=page,
        ),
        options,
    )
