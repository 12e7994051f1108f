"""RWUSD subscription history: GET /sapi/v1/rwusd/history/subscriptionHistory (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.rwusd_subscription_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.simple_earn_stable_source_asset import SimpleEarnStableSourceAsset
from ...models.simple_earn_stable_subscription_record_page import SimpleEarnStableSubscriptionRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["rwusdSubscriptionHistory"]
ANSWER = AnswerPlan(
    "rwusdSubscriptionHistory",
    {"$ref": "SimpleEarnStableSubscriptionRecordPage"},
    schemas='{"SimpleEarnStableRecordStatus":{"type":"string"},"SimpleEarnStableSubscriptionRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"receiveAmount":{"type":"string"},"receiveAsset":{"type":"string"},"status":{"$ref":"SimpleEarnStableRecordStatus"},"time":{"type":"integer"}},"required":["time","asset","amount","receiveAsset","receiveAmount","status"],"type":"object"},"SimpleEarnStableSubscriptionRecordPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnStableSubscriptionRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnStableSubscriptionRecordPage:
    try:
        response_200 = SimpleEarnStableSubscriptionRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnStableSubscriptionRecordPage]:
    """`Spot.simple_earn.rwusd_subscription_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
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
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnStableSubscriptionRecordPage:
    """`Spot.simple_earn.rwusd_subscription_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
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
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnStableSubscriptionRecordPage]:
    """`Spot.simple_earn.rwusd_subscription_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
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
    asset: SimpleEarnStableSourceAsset | Literal["USDT", "USDC"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnStableSubscriptionRecordPage:
    """`Spot.simple_earn.rwusd_subscription_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
