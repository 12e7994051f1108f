"""Redeem SOL: POST /sapi/v1/sol-staking/sol/redeem (TRADE, weight 150).

The parameters and answer are described on `Spot.staking.redeem_sol`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_sol_redemption import StakingSolRedemption
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemSol"]
ANSWER = AnswerPlan(
    "redeemSol",
    {"$ref": "StakingSolRedemption"},
    schemas='{"StakingSolRedemption":{"properties":{"arrivalTime":{"type":"integer"},"exchangeRate":{"type":"string"},"redeemId":{"type":"integer"},"solAmount":{"type":"string"},"success":{"type":"boolean"}},"required":["success","solAmount","exchangeRate","arrivalTime"],"type":"object"}}',
)


def _arguments(
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "amount": amount,
    }


def _parse(data: Any) -> StakingSolRedemption:
    try:
        response_200 = StakingSolRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[StakingSolRedemption]:
    """`Spot.staking.redeem_sol`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> StakingSolRedemption:
    """`Spot.staking.redeem_sol` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[StakingSolRedemption]:
    """`Spot.staking.redeem_sol` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> StakingSolRedemption:
    """`Spot.staking.redeem_sol` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            amount=amount,
        ),
        options,
    )
