"""Interest rate history: GET /sapi/v1/margin/interestRateHistory (USER_DATA, weight 1).

The parameters and answer are described on `Spot.margin.margin_interest_rate_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_interest_rate import MarginInterestRate
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginInterestRateHistory"]
ANSWER = AnswerPlan(
    "marginInterestRateHistory",
    {"type": "array", "items": {"$ref": "MarginInterestRate"}},
    schemas='{"MarginInterestRate":{"properties":{"asset":{"type":"string"},"dailyInterestRate":{"type":"string"},"timestamp":{"type":"integer"},"vipLevel":{"type":"integer"}},"required":["asset","dailyInterestRate","timestamp","vipLevel"],"type":"object"}}',
)


def _arguments(
    asset: str,
    *,
    vip_level: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "vip_level": vip_level,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse(data: Any) -> list[MarginInterestRate]:
    try:
        response_200 = [MarginInterestRate.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    vip_level: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginInterestRate]]:
    """`Spot.margin.margin_interest_rate_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            vip_level=vip_level,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str,
    vip_level: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginInterestRate]:
    """`Spot.margin.margin_interest_rate_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            vip_level=vip_level,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    vip_level: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginInterestRate]]:
    """`Spot.margin.margin_interest_rate_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            vip_level=vip_level,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    vip_level: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginInterestRate]:
    """`Spot.margin.margin_interest_rate_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            vip_level=vip_level,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )
