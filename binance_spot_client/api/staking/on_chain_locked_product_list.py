"""List on-chain yields products: GET /sapi/v1/onchain-yields/locked/list (USER_DATA, weight 50).

The parameters and answer are described on `Spot.staking.on_chain_locked_product_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_on_chain_product_page import StakingOnChainProductPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["onChainLockedProductList"]
ANSWER = AnswerPlan(
    "onChainLockedProductList",
    {"$ref": "StakingOnChainProductPage"},
    schemas='{"StakingOnChainProduct":{"properties":{"detail":{"$ref":"StakingOnChainProductDetail"},"projectId":{"type":"string"},"quota":{"$ref":"StakingOnChainProductQuota"}},"required":["projectId","detail","quota"],"type":"object"},"StakingOnChainProductDetail":{"properties":{"apr":{"type":"string"},"asset":{"type":"string"},"canRedeemToFlex":{"type":"boolean"},"duration":{"type":"integer"},"isSoldOut":{"type":"boolean"},"renewable":{"type":"boolean"},"rewardAsset":{"type":"string"},"status":{"type":"string"},"subscriptionStartTime":{"type":"integer"}},"required":["asset","rewardAsset","duration","renewable","isSoldOut","apr","status","subscriptionStartTime","canRedeemToFlex"],"type":"object"},"StakingOnChainProductPage":{"properties":{"rows":{"items":{"$ref":"StakingOnChainProduct"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"},"StakingOnChainProductQuota":{"properties":{"minimum":{"type":"string"},"totalPersonalQuota":{"type":"string"}},"required":["totalPersonalQuota","minimum"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> StakingOnChainProductPage:
    try:
        response_200 = StakingOnChainProductPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainProductPage]:
    """`Spot.staking.on_chain_locked_product_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainProductPage:
    """`Spot.staking.on_chain_locked_product_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainProductPage]:
    """`Spot.staking.on_chain_locked_product_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainProductPage:
    """`Spot.staking.on_chain_locked_product_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )
