"""Collect all futures funds: POST /sapi/v1/portfolio/auto-collection (USER_DATA, weight 1500).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_auto_collection`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_message import PortfolioMarginMessage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginAutoCollection"]
ANSWER = AnswerPlan(
    "portfolioMarginAutoCollection",
    {"$ref": "PortfolioMarginMessage"},
    schemas='{"PortfolioMarginMessage":{"properties":{"msg":{"type":"string"}},"required":["msg"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> PortfolioMarginMessage:
    try:
        response_200 = PortfolioMarginMessage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginMessage]:
    """`Spot.portfolio_margin.portfolio_margin_auto_collection`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> PortfolioMarginMessage:
    """`Spot.portfolio_margin.portfolio_margin_auto_collection` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginMessage]:
    """`Spot.portfolio_margin.portfolio_margin_auto_collection` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> PortfolioMarginMessage:
    """`Spot.portfolio_margin.portfolio_margin_auto_collection` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
