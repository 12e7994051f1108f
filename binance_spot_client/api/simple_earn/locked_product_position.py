"""Locked positions: GET /sapi/v1/simple-earn/locked/position (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.locked_product_position`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_locked_position_page import SimpleEarnLockedPositionPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["lockedProductPosition"]
ANSWER = AnswerPlan(
    "lockedProductPosition",
    {"$ref": "SimpleEarnLockedPositionPage"},
    schemas='{"SimpleEarnLockedPosition":{"properties":{"APY":{"type":"string"},"accrualDays":{"type":"string"},"amount":{"type":"string"},"asset":{"type":"string"},"autoSubscribe":{"type":"boolean"},"boostApr":{"type":"string"},"boostRewardAsset":{"type":"string"},"canFastRedemption":{"type":"boolean"},"canReStake":{"type":"boolean"},"canRedeemEarly":{"type":"boolean"},"deliverDate":{"type":"integer"},"duration":{"type":"string"},"estExtraRewardAmt":{"type":"string"},"extraRewardAPR":{"type":"string"},"extraRewardAsset":{"type":"string"},"nextPay":{"type":"string"},"nextPayDate":{"type":"integer"},"parentPositionId":{"type":"integer"},"partialAmtDeliverDate":{"type":"integer"},"payPeriod":{"type":"string"},"positionId":{"type":"integer"},"projectId":{"type":"string"},"purchaseTime":{"type":"integer"},"redeemAmountEarly":{"type":"string"},"redeemPeriod":{"type":"string"},"redeemTo":{"type":"string"},"redeemingAmt":{"type":"string"},"rewardAmt":{"type":"string"},"rewardAsset":{"type":"string"},"rewardsEndDate":{"type":"integer"},"status":{"type":"string"},"totalBoostRewardAmt":{"type":"string"},"type":{"type":"string"}},"required":["positionId","projectId","asset","amount","purchaseTime","duration","accrualDays","rewardAsset","APY","rewardAmt","nextPay","nextPayDate","payPeriod","redeemAmountEarly","rewardsEndDate","deliverDate","redeemPeriod","redeemingAmt","redeemTo","partialAmtDeliverDate","canRedeemEarly","canFastRedemption","autoSubscribe","type","status","canReStake"],"type":"object"},"SimpleEarnLockedPositionPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnLockedPosition"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
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


def _parse(data: Any) -> SimpleEarnLockedPositionPage:
    try:
        response_200 = SimpleEarnLockedPositionPage.from_dict(data)

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
) -> Response[SimpleEarnLockedPositionPage]:
    """`Spot.simple_earn.locked_product_position`, returning the whole response: status, headers, rate limits and the model."""
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
) -> SimpleEarnLockedPositionPage:
    """`Spot.simple_earn.locked_product_position` as a function of the client."""
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
) -> Response[SimpleEarnLockedPositionPage]:
    """`Spot.simple_earn.locked_product_position` on an async client, returning the whole response."""
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
) -> SimpleEarnLockedPositionPage:
    """`Spot.simple_earn.locked_product_position` on an async client, as a function of the client."""
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
