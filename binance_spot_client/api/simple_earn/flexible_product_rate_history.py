"""Flexible rate history: GET /sapi/v1/simple-earn/flexible/history/rateHistory (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.flexible_product_rate_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.simple_earn_apr_period import SimpleEarnAprPeriod
from ...models.simple_earn_flexible_rate_page import SimpleEarnFlexibleRatePage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleProductRateHistory"]
ANSWER = AnswerPlan(
    "flexibleProductRateHistory",
    {"$ref": "SimpleEarnFlexibleRatePage"},
    schemas='{"SimpleEarnFlexibleRate":{"properties":{"annualPercentageRate":{"type":"string"},"asset":{"type":"string"},"productId":{"type":"string"},"time":{"type":"integer"}},"required":["productId","asset","annualPercentageRate","time"],"type":"object"},"SimpleEarnFlexibleRatePage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnFlexibleRate"},"type":"array"},"total":{"type":"string"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    product_id: str,
    *,
    apr_period: SimpleEarnAprPeriod | Literal["DAY", "YEAR"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "product_id": product_id,
        "apr_period": apr_period,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnFlexibleRatePage:
    try:
        response_200 = SimpleEarnFlexibleRatePage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    product_id: str,
    apr_period: SimpleEarnAprPeriod | Literal["DAY", "YEAR"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleRatePage]:
    """`Spot.simple_earn.flexible_product_rate_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            apr_period=apr_period,
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
    product_id: str,
    apr_period: SimpleEarnAprPeriod | Literal["DAY", "YEAR"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleRatePage:
    """`Spot.simple_earn.flexible_product_rate_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            apr_period=apr_period,
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
    product_id: str,
    apr_period: SimpleEarnAprPeriod | Literal["DAY", "YEAR"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnFlexibleRatePage]:
    """`Spot.simple_earn.flexible_product_rate_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            apr_period=apr_period,
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
    product_id: str,
    apr_period: SimpleEarnAprPeriod | Literal["DAY", "YEAR"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnFlexibleRatePage:
    """`Spot.simple_earn.flexible_product_rate_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            apr_period=apr_period,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
