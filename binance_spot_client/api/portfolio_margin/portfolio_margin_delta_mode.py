"""Delta mode status: GET /sapi/v1/portfolio/delta-mode (USER_DATA, weight 1500).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_delta_mode`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_delta_mode import PortfolioMarginDeltaMode
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginDeltaMode"]
ANSWER = AnswerPlan(
    "portfolioMarginDeltaMode",
    {"$ref": "PortfolioMarginDeltaMode"},
    schemas='{"PortfolioMarginDeltaMode":{"properties":{"deltaEnabled":{"type":"boolean"}},"required":["deltaEnabled"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> PortfolioMarginDeltaMode:
    try:
        response_200 = PortfolioMarginDeltaMode.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginDeltaMode]:
    """`Spot.portfolio_margin.portfolio_margin_delta_mode`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> PortfolioMarginDeltaMode:
    """`Spot.portfolio_margin.portfolio_margin_delta_mode` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginDeltaMode]:
    """`Spot.portfolio_margin.portfolio_margin_delta_mode` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> PortfolioMarginDeltaMode:
    """`Spot.portfolio_margin.portfolio_margin_delta_mode` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
