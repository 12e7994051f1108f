"""Next hourly interest rate: GET /sapi/v1/margin/next-hourly-interest-rate (USER_DATA, weight 100).

The parameters and answer are described on `Spot.margin.margin_next_hourly_interest_rate`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_next_hourly_interest_rate import MarginNextHourlyInterestRate
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginNextHourlyInterestRate"]
ANSWER = AnswerPlan(
    "marginNextHourlyInterestRate",
    {"type": "array", "items": {"$ref": "MarginNextHourlyInterestRate"}},
    schemas='{"MarginNextHourlyInterestRate":{"properties":{"asset":{"type":"string"},"nextHourlyInterestRate":{"type":"string"}},"required":["asset","nextHourlyInterestRate"],"type":"object"}}',
)


def _arguments(
    assets: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
) -> dict[str, object]:
    return {
        "assets": assets,
        "is_isolated": is_isolated,
    }


def _parse(data: Any) -> list[MarginNextHourlyInterestRate]:
    try:
        response_200 = [MarginNextHourlyInterestRate.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    assets: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
    **options: Unpack[CallOptions],
) -> Response[list[MarginNextHourlyInterestRate]]:
    """`Spot.margin.margin_next_hourly_interest_rate`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            assets=assets,
            is_isolated=is_isolated,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    assets: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
    **options: Unpack[CallOptions],
) -> list[MarginNextHourlyInterestRate]:
    """`Spot.margin.margin_next_hourly_interest_rate` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            assets=assets,
            is_isolated=is_isolated,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    assets: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
    **options: Unpack[CallOptions],
) -> Response[list[MarginNextHourlyInterestRate]]:
    """`Spot.margin.margin_next_hourly_interest_rate` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            assets=assets,
            is_isolated=is_isolated,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    assets: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
    **options: Unpack[CallOptions],
) -> list[MarginNextHourlyInterestRate]:
    """`Spot.margin.margin_next_hourly_interest_rate` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            assets=assets,
            is_isolated=is_isolated,
        ),
        options,
    )
