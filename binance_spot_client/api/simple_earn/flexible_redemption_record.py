"""Flexible redemption history: GET /sapi/v1/simple-earn/flexible/history/redemptionRecord (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.flexible_redemption_record`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_flexible_redemption_record_page import SimpleEarnFlexibleRedemptionRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleRedemptionRecord"]
ANSWER = AnswerPlan(
    "flexibleRedemptionRecord",
    {"$ref": "SimpleEarnFlexibleRedemptionRecordPage"},
    schemas='{"SimpleEarnFlexibleRedemptionRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"destAccount":{"type":"string"},"projectId":{"type":"string"},"redeemId":{"type":"integer"},"status":{"type":"string"},"time":{"type":"integer"}},"required":["amount","asset","time","projectId","redeemId","destAccount","status"],"type":"object"},"SimpleEarnFlexibleRedemptionRecordPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnFlexibleRedemptionRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    product_id: str | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "product_id": product_id,
        "redeem_id": redeem_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnFlexibleRedemptionRecordPage:
    try:
        response_200 = SimpleEarnFlexibleRedemptionRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    product_id: str | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleRedemptionRecordPage]:
    """`Spot.simple_earn.flexible_redemption_record`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
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
    product_id: str | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleRedemptionRecordPage:
    """`Spot.simple_earn.flexible_redemption_record` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
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
    product_id: str | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleRedemptionRecordPage]:
    """`Spot.simple_earn.flexible_redemption_record` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
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
    product_id: str | None = None,
    redeem_id: int | None = None,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleRedemptionRecordPage:
    """`Spot.simple_earn.flexible_redemption_record` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            redeem_id=redeem_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
