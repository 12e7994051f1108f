"""On-chain yields subscription history: GET /sapi/v1/onchain-yields/locked/history/subscriptionRecord (USER_DATA, weight 50).

The parameters and answer are described on `Spot.staking.on_chain_locked_subscription_record`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_on_chain_subscription_record_page import StakingOnChainSubscriptionRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["onChainLockedSubscriptionRecord"]
ANSWER = AnswerPlan(
    "onChainLockedSubscriptionRecord",
    {"$ref": "StakingOnChainSubscriptionRecordPage"},
    schemas='{"StakingOnChainSubscriptionRecord":{"properties":{"amount":{"type":"string"},"amtFromFunding":{"type":"string"},"amtFromSpot":{"type":"string"},"asset":{"type":"string"},"clientId":{"type":"string"},"lockPeriod":{"type":"string"},"positionId":{"type":"string"},"projectId":{"type":"string"},"purchaseId":{"type":"string"},"sourceAccount":{"type":"string"},"status":{"type":"string"},"time":{"type":"integer"},"type":{"type":"string"}},"required":["positionId","purchaseId","projectId","time","asset","amount","lockPeriod","type","sourceAccount","status"],"type":"object"},"StakingOnChainSubscriptionRecordPage":{"properties":{"rows":{"items":{"$ref":"StakingOnChainSubscriptionRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    purchase_id: int | None = None,
    client_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "purchase_id": purchase_id,
        "client_id": client_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> StakingOnChainSubscriptionRecordPage:
    try:
        response_200 = StakingOnChainSubscriptionRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    purchase_id: int | None = None,
    client_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainSubscriptionRecordPage]:
    """`Spot.staking.on_chain_locked_subscription_record`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
            client_id=client_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    purchase_id: int | None = None,
    client_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainSubscriptionRecordPage:
    """`Spot.staking.on_chain_locked_subscription_record` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
            client_id=client_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    purchase_id: int | None = None,
    client_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainSubscriptionRecordPage]:
    """`Spot.staking.on_chain_locked_subscription_record` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
            client_id=client_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    purchase_id: int | None = None,
    client_id: str | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainSubscriptionRecordPage:
    """`Spot.staking.on_chain_locked_subscription_record` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
            client_id=client_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
