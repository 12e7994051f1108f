"""Preview an on-chain yields subscription: GET /sapi/v1/onchain-yields/locked/subscriptionPreview (USER_DATA, weight 50).

The parameters and answer are described on `Spot.staking.on_chain_locked_subscription_preview`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_on_chain_subscription_preview import StakingOnChainSubscriptionPreview
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["onChainLockedSubscriptionPreview"]
ANSWER = AnswerPlan(
    "onChainLockedSubscriptionPreview",
    {"$ref": "StakingOnChainSubscriptionPreview"},
    schemas='{"StakingOnChainSubscriptionPreview":{"properties":{"deliverDate":{"type":"string"},"nextPay":{"type":"string"},"nextPayDate":{"type":"string"},"nextSubscriptionDate":{"type":"string"},"rewardAsset":{"type":"string"},"rewardsEndDate":{"type":"string"},"rewardsPayDate":{"type":"string"},"totalRewardAmt":{"type":"string"},"valueDate":{"type":"string"}},"required":["rewardAsset","totalRewardAmt","nextPay","nextPayDate","rewardsPayDate","valueDate","rewardsEndDate","deliverDate","nextSubscriptionDate"],"type":"object"}}',
)


def _arguments(
    project_id: str,
    amount: DecimalLike,
    *,
    auto_subscribe: bool | None = None,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "amount": amount,
        "auto_subscribe": auto_subscribe,
    }


def _parse(data: Any) -> StakingOnChainSubscriptionPreview:
    try:
        response_200 = StakingOnChainSubscriptionPreview.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainSubscriptionPreview]:
    """`Spot.staking.on_chain_locked_subscription_preview`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainSubscriptionPreview:
    """`Spot.staking.on_chain_locked_subscription_preview` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainSubscriptionPreview]:
    """`Spot.staking.on_chain_locked_subscription_preview` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainSubscriptionPreview:
    """`Spot.staking.on_chain_locked_subscription_preview` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
        ),
        options,
    )
