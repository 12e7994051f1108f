"""Stake ETH: POST /sapi/v2/eth-staking/eth/stake (TRADE, weight 150).

The parameters and answer are described on `Spot.staking.subscribe_eth_staking`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_eth_subscription import StakingEthSubscription
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeEthStaking"]
ANSWER = AnswerPlan(
    "subscribeEthStaking",
    {"$ref": "StakingEthSubscription"},
    schemas='{"StakingEthSubscription":{"properties":{"conversionRatio":{"type":"string"},"purchaseId":{"type":"integer"},"success":{"type":"boolean"},"wbethAmount":{"type":"string"}},"required":["success","wbethAmount","conversionRatio"],"type":"object"}}',
)


def _arguments(
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "amount": amount,
    }


def _parse(data: Any) -> StakingEthSubscription:
    try:
        response_200 = StakingEthSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[StakingEthSubscription]:
    """`Spot.staking.subscribe_eth_staking`, returning the whole response: status, headers, rate limits and the model."""
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
) -> StakingEthSubscription:
    """`Spot.staking.subscribe_eth_staking` as a function of the client."""
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
) -> Response[StakingEthSubscription]:
    """`Spot.staking.subscribe_eth_staking` on an async client, returning the whole response."""
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
) -> StakingEthSubscription:
    """`Spot.staking.subscribe_eth_staking` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            amount=amount,
        ),
        options,
    )
