"""List Soft Staking products: GET /sapi/v1/soft-staking/list (USER_DATA, weight 50).

The parameters and answer are described on `Spot.staking.soft_staking_product_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_soft_product_page import StakingSoftProductPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["softStakingProductList"]
ANSWER = AnswerPlan(
    "softStakingProductList",
    {"$ref": "StakingSoftProductPage"},
    schemas='{"StakingSoftProduct":{"properties":{"apr":{"type":"string"},"asset":{"type":"string"},"maxCap":{"type":"string"},"minAmount":{"type":"string"},"stakedAmount":{"type":"string"},"totalProfit":{"type":"string"}},"required":["asset","minAmount","maxCap","apr","stakedAmount","totalProfit"],"type":"object"},"StakingSoftProductPage":{"properties":{"rows":{"items":{"$ref":"StakingSoftProduct"},"type":"array"},"status":{"type":"boolean"},"total":{"type":"integer"},"totalRewardsUsdt":{"type":"string"}},"required":["status","totalRewardsUsdt","rows","total"],"type":"object"}}',
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


def _parse(data: Any) -> StakingSoftProductPage:
    try:
        response_200 = StakingSoftProductPage.from_dict(data)

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
) -> Response[StakingSoftProductPage]:
    """`Spot.staking.soft_staking_product_list`, returning the whole response: status, headers, rate limits and the model."""
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
) -> StakingSoftProductPage:
    """`Spot.staking.soft_staking_product_list` as a function of the client."""
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
) -> Response[StakingSoftProductPage]:
    """`Spot.staking.soft_staking_product_list` on an async client, returning the whole response."""
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
) -> StakingSoftProductPage:
    """`Spot.staking.soft_staking_product_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )
