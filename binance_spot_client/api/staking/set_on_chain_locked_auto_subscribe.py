"""Switch on-chain yields auto-renewal: POST /sapi/v1/onchain-yields/locked/setAutoSubscribe (USER_DATA, weight 50).

The parameters and answer are described on `Spot.staking.set_on_chain_locked_auto_subscribe`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_on_chain_success import StakingOnChainSuccess
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["setOnChainLockedAutoSubscribe"]
ANSWER = AnswerPlan(
    "setOnChainLockedAutoSubscribe",
    {"$ref": "StakingOnChainSuccess"},
    schemas='{"StakingOnChainSuccess":{"properties":{"success":{"type":"boolean"}},"required":["success"],"type":"object"}}',
)


def _arguments(
    position_id: int,
    auto_subscribe: bool,
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "auto_subscribe": auto_subscribe,
    }


def _parse(data: Any) -> StakingOnChainSuccess:
    try:
        response_200 = StakingOnChainSuccess.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    position_id: int,
    auto_subscribe: bool,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainSuccess]:
    """`Spot.staking.set_on_chain_locked_auto_subscribe`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            auto_subscribe=auto_subscribe,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    position_id: int,
    auto_subscribe: bool,
    **options: Unpack[CallOptions],
) -> StakingOnChainSuccess:
    """`Spot.staking.set_on_chain_locked_auto_subscribe` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            auto_subscribe=auto_subscribe,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    auto_subscribe: bool,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainSuccess]:
    """`Spot.staking.set_on_chain_locked_auto_subscribe` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            auto_subscribe=auto_subscribe,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    auto_subscribe: bool,
    **options: Unpack[CallOptions],
) -> StakingOnChainSuccess:
    """`Spot.staking.set_on_chain_locked_auto_subscribe` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            auto_subscribe=auto_subscribe,
        ),
        options,
    )
