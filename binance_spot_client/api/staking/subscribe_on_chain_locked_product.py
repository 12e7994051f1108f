"""Subscribe to an on-chain yields product: POST /sapi/v1/onchain-yields/locked/subscribe (TRADE, weight 200).

The parameters and answer are described on `Spot.staking.subscribe_on_chain_locked_product`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.staking_on_chain_redeem_to import StakingOnChainRedeemTo
from ...models.staking_on_chain_source_account import StakingOnChainSourceAccount
from ...models.staking_on_chain_subscription import StakingOnChainSubscription
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeOnChainLockedProduct"]
ANSWER = AnswerPlan(
    "subscribeOnChainLockedProduct",
    {"$ref": "StakingOnChainSubscription"},
    schemas='{"StakingOnChainSubscription":{"properties":{"amount":{"type":"string"},"positionId":{"type":"string"},"purchaseId":{"type":"integer"},"success":{"type":"boolean"}},"required":["purchaseId","positionId","amount","success"],"type":"object"}}',
)


def _arguments(
    project_id: str,
    amount: DecimalLike,
    *,
    auto_subscribe: bool | None = None,
    source_account: StakingOnChainSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: StakingOnChainRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "amount": amount,
        "auto_subscribe": auto_subscribe,
        "source_account": source_account,
        "redeem_to": redeem_to,
        "channel_id": channel_id,
        "client_id": client_id,
    }


def _parse(data: Any) -> StakingOnChainSubscription:
    try:
        response_200 = StakingOnChainSubscription.from_dict(data)

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
    source_account: StakingOnChainSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: StakingOnChainRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainSubscription]:
    """`Spot.staking.subscribe_on_chain_locked_product`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            channel_id=channel_id,
            client_id=client_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: StakingOnChainSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: StakingOnChainRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainSubscription:
    """`Spot.staking.subscribe_on_chain_locked_product` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            channel_id=channel_id,
            client_id=client_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: StakingOnChainSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: StakingOnChainRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainSubscription]:
    """`Spot.staking.subscribe_on_chain_locked_product` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            channel_id=channel_id,
            client_id=client_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: StakingOnChainSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: StakingOnChainRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainSubscription:
    """`Spot.staking.subscribe_on_chain_locked_product` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            channel_id=channel_id,
            client_id=client_id,
        ),
        options,
    )
