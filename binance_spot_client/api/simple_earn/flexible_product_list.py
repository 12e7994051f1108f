"""List flexible products: GET /sapi/v1/simple-earn/flexible/list (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.flexible_product_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_flexible_product_page import SimpleEarnFlexibleProductPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleProductList"]
ANSWER = AnswerPlan(
    "flexibleProductList",
    {"$ref": "SimpleEarnFlexibleProductPage"},
    schemas='{"SimpleEarnFlexibleProduct":{"properties":{"airDropPercentageRate":{"type":"string"},"asset":{"type":"string"},"canPurchase":{"type":"boolean"},"canRedeem":{"type":"boolean"},"hot":{"type":"boolean"},"isSoldOut":{"type":"boolean"},"latestAnnualPercentageRate":{"type":"string"},"minPurchaseAmount":{"type":"string"},"productId":{"type":"string"},"status":{"type":"string"},"subscriptionStartTime":{"type":"integer"},"tierAnnualPercentageRate":{"$ref":"SimpleEarnTierRates"}},"required":["asset","latestAnnualPercentageRate","canPurchase","canRedeem","isSoldOut","hot","minPurchaseAmount","productId","subscriptionStartTime","status"],"type":"object"},"SimpleEarnFlexibleProductPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnFlexibleProduct"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"},"SimpleEarnTierRates":{"additionalProperties":{"type":"number"},"type":"object"}}',
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


def _parse(data: Any) -> SimpleEarnFlexibleProductPage:
    try:
        response_200 = SimpleEarnFlexibleProductPage.from_dict(data)

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
) -> Response[SimpleEarnFlexibleProductPage]:
    """`Spot.simple_earn.flexible_product_list`, returning the whole response: status, headers, rate limits and the model."""
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
) -> SimpleEarnFlexibleProductPage:
    """`Spot.simple_earn.flexible_product_list` as a function of the client."""
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
) -> Response[SimpleEarnFlexibleProductPage]:
    """`Spot.simple_earn.flexible_product_list` on an async client, returning the whole response."""
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
) -> SimpleEarnFlexibleProductPage:
    """`Spot.simple_earn.flexible_product_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )
