"""Preview a flexible subscription: GET /sapi/v1/simple-earn/flexible/subscriptionPreview (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.flexible_subscription_preview`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_flexible_subscription_preview import SimpleEarnFlexibleSubscriptionPreview
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleSubscriptionPreview"]
ANSWER = AnswerPlan(
    "flexibleSubscriptionPreview",
    {"$ref": "SimpleEarnFlexibleSubscriptionPreview"},
    schemas='{"SimpleEarnFlexibleSubscriptionPreview":{"properties":{"airDropAsset":{"type":"string"},"estDailyAirdropRewards":{"type":"string"},"estDailyBonusRewards":{"type":"string"},"estDailyRealTimeRewards":{"type":"string"},"rewardAsset":{"type":"string"},"totalAmount":{"type":"string"}},"required":["totalAmount","rewardAsset","estDailyBonusRewards","estDailyRealTimeRewards"],"type":"object"}}',
)


def _arguments(
    product_id: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "product_id": product_id,
        "amount": amount,
    }


def _parse(data: Any) -> SimpleEarnFlexibleSubscriptionPreview:
    try:
        response_200 = SimpleEarnFlexibleSubscriptionPreview.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    product_id: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleSubscriptionPreview]:
    """`Spot.simple_earn.flexible_subscription_preview`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    product_id: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleSubscriptionPreview:
    """`Spot.simple_earn.flexible_subscription_preview` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    product_id: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleSubscriptionPreview]:
    """`Spot.simple_earn.flexible_subscription_preview` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    product_id: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleSubscriptionPreview:
    """`Spot.simple_earn.flexible_subscription_preview` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            amount=amount,
        ),
        options,
    )
