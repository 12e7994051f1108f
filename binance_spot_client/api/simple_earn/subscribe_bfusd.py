"""Subscribe to BFUSD: POST /sapi/v1/bfusd/subscribe (TRADE, weight 150).

The parameters and answer are described on `Spot.simple_earn.subscribe_bfusd`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_bfusd_subscription import SimpleEarnBfusdSubscription
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeBfusd"]
ANSWER = AnswerPlan(
    "subscribeBfusd",
    {"$ref": "SimpleEarnBfusdSubscription"},
    schemas='{"SimpleEarnBfusdSubscription":{"properties":{"bfusdAmount":{"type":"string"},"success":{"type":"boolean"}},"required":["success","bfusdAmount"],"type":"object"}}',
)


def _arguments(
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
    }


def _parse(data: Any) -> SimpleEarnBfusdSubscription:
    try:
        response_200 = SimpleEarnBfusdSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnBfusdSubscription]:
    """`Spot.simple_earn.subscribe_bfusd`, returning the whole response: status, headers, rate limits and the model."""
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
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SimpleEarnBfusdSubscription:
    """`Spot.simple_earn.subscribe_bfusd` as a function of the client."""
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
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnBfusdSubscription]:
    """`Spot.simple_earn.subscribe_bfusd` on an async client, returning the whole response."""
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
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SimpleEarnBfusdSubscription:
    """`Spot.simple_earn.subscribe_bfusd` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )
