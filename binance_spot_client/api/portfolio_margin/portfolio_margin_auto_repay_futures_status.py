"""Auto-repay of futures negative balance: GET /sapi/v1/portfolio/repay-futures-switch (USER_DATA, weight 30).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_auto_repay_futures_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_auto_repay_status import PortfolioMarginAutoRepayStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginAutoRepayFuturesStatus"]
ANSWER = AnswerPlan(
    "portfolioMarginAutoRepayFuturesStatus",
    {"$ref": "PortfolioMarginAutoRepayStatus"},
    schemas='{"PortfolioMarginAutoRepayStatus":{"properties":{"autoRepay":{"type":"boolean"}},"required":["autoRepay"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> PortfolioMarginAutoRepayStatus:
    try:
        response_200 = PortfolioMarginAutoRepayStatus.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginAutoRepayStatus]:
    """`Spot.portfolio_margin.portfolio_margin_auto_repay_futures_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> PortfolioMarginAutoRepayStatus:
    """`Spot.portfolio_margin.portfolio_margin_auto_repay_futures_status` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginAutoRepayStatus]:
    """`Spot.portfolio_margin.portfolio_margin_auto_repay_futures_status` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> PortfolioMarginAutoRepayStatus:
    """`Spot.portfolio_margin.portfolio_margin_auto_repay_futures_status` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
