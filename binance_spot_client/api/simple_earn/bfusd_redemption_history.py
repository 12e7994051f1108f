"""BFUSD redemption history: GET /sapi/v1/bfusd/history/redemptionHistory (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.bfusd_redemption_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_stable_redemption_record_page import SimpleEarnStableRedemptionRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["bfusdRedemptionHistory"]
ANSWER = AnswerPlan(
    "bfusdRedemptionHistory",
    {"$ref": "SimpleEarnStableRedemptionRecordPage"},
    schemas='{"SimpleEarnStableRecordStatus":{"type":"string"},"SimpleEarnStableRedemptionRecord":{"properties":{"amount":{"type":"string"},"arrivalTime":{"type":"integer"},"asset":{"type":"string"},"fee":{"type":"string"},"receiveAmount":{"type":"string"},"receiveAsset":{"type":"string"},"status":{"$ref":"SimpleEarnStableRecordStatus"},"time":{"type":"integer"}},"required":["time","asset","amount","receiveAsset","receiveAmount","fee","arrivalTime","status"],"type":"object"},"SimpleEarnStableRedemptionRecordPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnStableRedemptionRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnStableRedemptionRecordPage:
    try:
        response_200 = SimpleEarnStableRedemptionRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnStableRedemptionRecordPage]:
    """`Spot.simple_earn.bfusd_redemption_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnStableRedemptionRecordPage:
    """`Spot.simple_earn.bfusd_redemption_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnStableRedemptionRecordPage]:
    """`Spot.simple_earn.bfusd_redemption_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnStableRedemptionRecordPage:
    """`Spot.simple_earn.bfusd_redemption_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
