"""Locked redemption history: GET /sapi/v1/simple-earn/locked/history/redemptionRecord (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.locked_redemption_record`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_locked_redemption_record_page import SimpleEarnLockedRedemptionRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["lockedRedemptionRecord"]
ANSWER = AnswerPlan(
    "lockedRedemptionRecord",
    {"$ref": "SimpleEarnLockedRedemptionRecordPage"},
    schemas='{"SimpleEarnLockedRedemptionRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"deliverDate":{"type":"integer"},"estExtraRewardAmt":{"type":"string"},"extraRewardAsset":{"type":"string"},"isComplete":{"type":"boolean"},"lockPeriod":{"type":"string"},"lossAmount":{"type":"string"},"originalAmount":{"type":"string"},"positionId":{"type":"integer"},"redeemId":{"type":"integer"},"rewardAmt":{"type":"string"},"rewardAsset":{"type":"string"},"status":{"type":"string"},"time":{"type":"integer"},"type":{"type":"string"}},"required":["positionId","redeemId","time","asset","lockPeriod","amount","originalAmount","type","deliverDate","lossAmount","isComplete","rewardAsset","rewardAmt","status"],"type":"object"},"SimpleEarnLockedRedemptionRecordPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnLockedRedemptionRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "redeem_id": redeem_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnLockedRedemptionRecordPage:
    try:
        response_200 = SimpleEarnLockedRedemptionRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnLockedRedemptionRecordPage]:
    """`Spot.simple_earn.locked_redemption_record`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            redeem_id=redeem_id,
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
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnLockedRedemptionRecordPage:
    """`Spot.simple_earn.locked_redemption_record` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            redeem_id=redeem_id,
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
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnLockedRedemptionRecordPage]:
    """`Spot.simple_earn.locked_redemption_record` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            redeem_id=redeem_id,
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
    position_id: int | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnLockedRedemptionRecordPage:
    """`Spot.simple_earn.locked_redemption_record` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            redeem_id=redeem_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
