"""Subscribe to a flexible product: POST /sapi/v1/simple-earn/flexible/subscribe (TRADE, weight 1).

The parameters and answer are described on `Spot.simple_earn.subscribe_flexible_product`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.simple_earn_flexible_subscription import SimpleEarnFlexibleSubscription
from ...models.simple_earn_source_account import SimpleEarnSourceAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeFlexibleProduct"]
ANSWER = AnswerPlan(
    "subscribeFlexibleProduct",
    {"$ref": "SimpleEarnFlexibleSubscription"},
    schemas='{"SimpleEarnFlexibleSubscription":{"properties":{"purchaseId":{"type":"integer"},"success":{"type":"boolean"}},"required":["purchaseId","success"],"type":"object"}}',
)


def _arguments(
    product_id: str,
    amount: DecimalLike,
    *,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
) -> dict[str, object]:
    return {
        "product_id": product_id,
        "amount": amount,
        "auto_subscribe": auto_subscribe,
        "source_account": source_account,
    }


def _parse(data: Any) -> SimpleEarnFlexibleSubscription:
    try:
        response_200 = SimpleEarnFlexibleSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    product_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleSubscription]:
    """`Spot.simple_earn.subscribe_flexible_product`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    product_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleSubscription:
    """`Spot.simple_earn.subscribe_flexible_product` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    product_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleSubscription]:
    """`Spot.simple_earn.subscribe_flexible_product` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    product_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleSubscription:
    """`Spot.simple_earn.subscribe_flexible_product` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
        ),
        options,
    )
