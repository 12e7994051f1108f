"""Negative balance interest history: GET /sapi/v1/portfolio/interest-history (USER_DATA, weight 50).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_negative_balance_interest_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_interest import PortfolioMarginInterest
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginNegativeBalanceInterestHistory"]
ANSWER = AnswerPlan(
    "portfolioMarginNegativeBalanceInterestHistory",
    {"type": "array", "items": {"$ref": "PortfolioMarginInterest"}},
    schemas='{"PortfolioMarginInterest":{"properties":{"asset":{"type":"string"},"interest":{"type":"string"},"interestAccruedTime":{"type":"integer"},"interestRate":{"type":"string"},"principal":{"type":"string"}},"required":["asset","interest","interestAccruedTime","interestRate","principal"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "size": size,
    }


def _parse(data: Any) -> list[PortfolioMarginInterest]:
    try:
        response_200 = [PortfolioMarginInterest.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginInterest]]:
    """`Spot.portfolio_margin.portfolio_margin_negative_balance_interest_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginInterest]:
    """`Spot.portfolio_margin.portfolio_margin_negative_balance_interest_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PortfolioMarginInterest]]:
    """`Spot.portfolio_margin.portfolio_margin_negative_balance_interest_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> list[PortfolioMarginInterest]:
    """`Spot.portfolio_margin.portfolio_margin_negative_balance_interest_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            size=size,
        ),
        options,
    )
