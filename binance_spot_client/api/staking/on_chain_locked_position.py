"""On-chain yields positions: GET /sapi/v1/onchain-yields/locked/position (USER_DATA, weight 50).

The parameters and answer are described on `Spot.staking.on_chain_locked_position`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_on_chain_position_page import StakingOnChainPositionPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["onChainLockedPosition"]
ANSWER = AnswerPlan(
    "onChainLockedPosition",
    {"$ref": "StakingOnChainPositionPage"},
    schemas='{"StakingOnChainPosition":{"properties":{"APY":{"type":"string"},"accrualDays":{"type":"string"},"amount":{"type":"string"},"asset":{"type":"string"},"autoSubscribe":{"type":"boolean"},"canRedeemEarly":{"type":"boolean"},"deliverDate":{"type":"string"},"duration":{"type":"string"},"nextPay":{"type":"string"},"nextPayDate":{"type":"string"},"nextSubscriptionDate":{"type":"string"},"payPeriod":{"type":"string"},"positionId":{"type":"string"},"projectId":{"type":"string"},"purchaseTime":{"type":"string"},"redeemTo":{"type":"string"},"redeemingAmt":{"type":"string"},"rewardAmt":{"type":"string"},"rewardAsset":{"type":"string"},"rewardsEndDate":{"type":"string"},"rewardsPayDate":{"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["positionId","projectId","asset","amount","purchaseTime","duration","accrualDays","rewardAsset","APY","rewardAmt","nextPay","nextPayDate","payPeriod","rewardsPayDate","rewardsEndDate","deliverDate","nextSubscriptionDate","redeemingAmt","redeemTo","canRedeemEarly","autoSubscribe","type","status"],"type":"object"},"StakingOnChainPositionPage":{"properties":{"rows":{"items":{"$ref":"StakingOnChainPosition"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "position_id": position_id,
        "project_id": project_id,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> StakingOnChainPositionPage:
    try:
        response_200 = StakingOnChainPositionPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainPositionPage]:
    """`Spot.staking.on_chain_locked_position`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            position_id=position_id,
            project_id=project_id,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainPositionPage:
    """`Spot.staking.on_chain_locked_position` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            position_id=position_id,
            project_id=project_id,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[StakingOnChainPositionPage]:
    """`Spot.staking.on_chain_locked_position` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            position_id=position_id,
            project_id=project_id,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    position_id: int | None = None,
    project_id: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> StakingOnChainPositionPage:
    """`Spot.staking.on_chain_locked_position` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            position_id=position_id,
            project_id=project_id,
            current=current,
            size=size,
        ),
        options,
    )
