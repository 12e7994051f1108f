"""Redeem a locked position early: POST /sapi/v1/simple-earn/locked/redeem (TRADE, weight 1).

The parameters and answer are described on `Spot.simple_earn.redeem_locked_product`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_redemption import SimpleEarnRedemption
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemLockedProduct"]
ANSWER = AnswerPlan(
    "redeemLockedProduct",
    {"$ref": "SimpleEarnRedemption"},
    schemas='{"SimpleEarnRedemption":{"properties":{"redeemId":{"type":"integer"},"success":{"type":"boolean"}},"required":["redeemId","success"],"type":"object"}}',
)


def _arguments(
    position_id: int,
) -> dict[str, object]:
    return {
        "position_id": position_id,
    }


def _parse(data: Any) -> SimpleEarnRedemption:
    try:
        response_200 = SimpleEarnRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    position_id: int,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRedemption]:
    """`Spot.simple_earn.redeem_locked_product`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    position_id: int,
    **options: Unpack[CallOptions],
) -> SimpleEarnRedemption:
    """`Spot.simple_earn.redeem_locked_product` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRedemption]:
    """`Spot.simple_earn.redeem_locked_product` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    **options: Unpack[CallOptions],
) -> SimpleEarnRedemption:
    """`Spot.simple_earn.redeem_locked_product` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
        ),
        options,
    )
