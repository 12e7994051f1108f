"""Flexible holdings: GET /sapi/v1/simple-earn/flexible/position (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.flexible_product_position`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_flexible_position_page import SimpleEarnFlexiblePositionPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleProductPosition"]
ANSWER = AnswerPlan(
    "flexibleProductPosition",
    {"$ref": "SimpleEarnFlexiblePositionPage"},
    schemas='{"SimpleEarnFlexiblePosition":{"properties":{"airDropAsset":{"type":"string"},"asset":{"type":"string"},"autoSubscribe":{"type":"boolean"},"canRedeem":{"type":"boolean"},"collateralAmount":{"type":"string"},"cumulativeBonusRewards":{"type":"string"},"cumulativeRealTimeRewards":{"type":"string"},"cumulativeTotalRewards":{"type":"string"},"latestAnnualPercentageRate":{"type":"string"},"productId":{"type":"string"},"tierAnnualPercentageRate":{"$ref":"SimpleEarnTierRates"},"totalAmount":{"type":"string"},"yesterdayAirdropPercentageRate":{"type":"string"},"yesterdayRealTimeRewards":{"type":"string"}},"required":["totalAmount","latestAnnualPercentageRate","asset","canRedeem","collateralAmount","productId","yesterdayRealTimeRewards","cumulativeBonusRewards","cumulativeRealTimeRewards","cumulativeTotalRewards","autoSubscribe"],"type":"object"},"SimpleEarnFlexiblePositionPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnFlexiblePosition"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"},"SimpleEarnTierRates":{"additionalProperties":{"type":"number"},"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    product_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "product_id": product_id,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnFlexiblePositionPage:
    try:
        response_200 = SimpleEarnFlexiblePositionPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    product_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexiblePositionPage]:
    """`Spot.simple_earn.flexible_product_position`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            product_id=product_id,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    product_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexiblePositionPage:
    """`Spot.simple_earn.flexible_product_position` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            product_id=product_id,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    product_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexiblePositionPage]:
    """`Spot.simple_earn.flexible_product_position` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            product_id=product_id,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    product_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexiblePositionPage:
    """`Spot.simple_earn.flexible_product_position` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            product_id=product_id,
            current=current,
            size=size,
        ),
        options,
    )
