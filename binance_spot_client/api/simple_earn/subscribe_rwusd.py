"""Subscribe to RWUSD: POST /sapi/v1/rwusd/subscribe (TRADE, weight 150).

The parameters and answer are described on `Spot.simple_earn.subscribe_rwusd`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.simple_earn_rwusd_subscription import SimpleEarnRwusdSubscription
from ...models.simple_earn_stable_source_asset import SimpleEarnStableSourceAsset
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeRwusd"]
ANSWER = AnswerPlan(
    "subscribeRwusd",
    {"$ref": "SimpleEarnRwusdSubscription"},
    schemas='{"SimpleEarnRwusdSubscription":{"properties":{"rwusdAmount":{"type":"string"},"success":{"type":"boolean"}},"required":["success","rwusdAmount"],"type":"object"}}',
)


def _arguments(
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"],
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
    }


def _parse(data: Any) -> SimpleEarnRwusdSubscription:
    try:
        response_200 = SimpleEarnRwusdSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"],
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRwusdSubscription]:
    """`Spot.simple_earn.subscribe_rwusd`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"],
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SimpleEarnRwusdSubscription:
    """`Spot.simple_earn.subscribe_rwusd` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"],
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRwusdSubscription]:
    """`Spot.simple_earn.subscribe_rwusd` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"],
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SimpleEarnRwusdSubscription:
    """`Spot.simple_earn.subscribe_rwusd` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )
