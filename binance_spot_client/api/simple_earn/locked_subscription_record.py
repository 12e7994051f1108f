"""Locked subscription history: GET /sapi/v1/simple-earn/locked/history/subscriptionRecord (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.locked_subscription_record`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_locked_subscription_record_page import SimpleEarnLockedSubscriptionRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["lockedSubscriptionRecord"]
ANSWER = AnswerPlan(
    "lockedSubscriptionRecord",
    {"$ref": "SimpleEarnLockedSubscriptionRecordPage"},
    schemas='{"SimpleEarnLockedSubscriptionRecord":{"properties":{"amount":{"type":"string"},"amtFromFunding":{"type":"string"},"amtFromSpot":{"type":"string"},"asset":{"type":"string"},"lockPeriod":{"type":"string"},"positionId":{"type":"integer"},"projectId":{"type":"string"},"purchaseId":{"type":"string"},"sourceAccount":{"type":"string"},"status":{"type":"string"},"time":{"type":"integer"},"type":{"type":"string"}},"required":["positionId","purchaseId","projectId","time","asset","amount","lockPeriod","type","sourceAccount","status"],"type":"object"},"SimpleEarnLockedSubscriptionRecordPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnLockedSubscriptionRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    purchase_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "purchase_id": purchase_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnLockedSubscriptionRecordPage:
    try:
        response_200 = SimpleEarnLockedSubscriptionRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    purchase_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnLockedSubscriptionRecordPage]:
    """`Spot.simple_earn.locked_subscription_record`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
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
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnLockedSubscriptionRecordPage:
    """`Spot.simple_earn.locked_subscription_record` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
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
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnLockedSubscriptionRecordPage]:
    """`Spot.simple_earn.locked_subscription_record` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
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
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnLockedSubscriptionRecordPage:
    """`Spot.simple_earn.locked_subscription_record` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            purchase_id=purchase_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
