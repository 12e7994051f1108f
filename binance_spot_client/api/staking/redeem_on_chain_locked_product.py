"""Redeem an on-chain yields position: POST /sapi/v1/onchain-yields/locked/redeem (TRADE, weight 1).

The parameters and answer are described on `Spot.staking.redeem_on_chain_locked_product`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_on_chain_redemption import StakingOnChainRedemption
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemOnChainLockedProduct"]
ANSWER = AnswerPlan(
    "redeemOnChainLockedProduct",
    {"$ref": "StakingOnChainRedemption"},
    schemas='{"StakingOnChainRedemption":{"properties":{"redeemId":{"type":"integer"},"success":{"type":"boolean"}},"required":["redeemId","success"],"type":"object"}}',
)


def _arguments(
    position_id: int,
    *,
    channel_id: str | None = None,
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "channel_id": channel_id,
    }


def _parse(data: Any) -> StakingOnChainRedemption:
    try:
        response_200 = StakingOnChainRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    position_id: int,
    channel_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainRedemption]:
    """`Spot.staking.redeem_on_chain_locked_product`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            channel_id=channel_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    position_id: int,
    channel_id: str | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainRedemption:
    """`Spot.staking.redeem_on_chain_locked_product` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            channel_id=channel_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    channel_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainRedemption]:
    """`Spot.staking.redeem_on_chain_locked_product` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            channel_id=channel_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    channel_id: str | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainRedemption:
    """`Spot.staking.redeem_on_chain_locked_product` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            channel_id=channel_id,
        ),
        options,
    )
