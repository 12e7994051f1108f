"""Redeem RWUSD: POST /sapi/v1/rwusd/redeem (TRADE, weight 150).

The parameters and answer are described on `Spot.simple_earn.redeem_rwusd`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.simple_earn_stable_redeem_type import SimpleEarnStableRedeemType
from ...models.simple_earn_stable_redemption import SimpleEarnStableRedemption
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemRwusd"]
ANSWER = AnswerPlan(
    "redeemRwusd",
    {"$ref": "SimpleEarnStableRedemption"},
    schemas='{"SimpleEarnStableRedemption":{"properties":{"arrivalTime":{"type":"integer"},"fee":{"type":"string"},"receiveAmount":{"type":"string"},"success":{"type":"boolean"}},"required":["success","receiveAmount","fee","arrivalTime"],"type":"object"}}',
)


def _arguments(
    amount: DecimalLike,
    type: SimpleEarnStableRedeemType | Literal["FAST", "STANDARD"],
) -> dict[str, object]:
    return {
        "amount": amount,
        "type": type,
    }


def _parse(data: Any) -> SimpleEarnStableRedemption:
    try:
        response_200 = SimpleEarnStableRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    amount: DecimalLike,
    type: SimpleEarnStableRedeemType | Literal["FAST", "STANDARD"],
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnStableRedemption]:
    """`Spot.simple_earn.redeem_rwusd`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    amount: DecimalLike,
    type: SimpleEarnStableRedeemType | Literal["FAST", "STANDARD"],
    **options: Unpack[CallOptions],
) -> SimpleEarnStableRedemption:
    """`Spot.simple_earn.redeem_rwusd` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    type: SimpleEarnStableRedeemType | Literal["FAST", "STANDARD"],
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnStableRedemption]:
    """`Spot.simple_earn.redeem_rwusd` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    type: SimpleEarnStableRedeemType | Literal["FAST", "STANDARD"],
    **options: Unpack[CallOptions],
) -> SimpleEarnStableRedemption:
    """`Spot.simple_earn.redeem_rwusd` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            amount=amount,
            type=type,
        ),
        options,
    )
