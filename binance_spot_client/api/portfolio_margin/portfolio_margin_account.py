"""Portfolio margin account: GET /sapi/v1/portfolio/account (USER_DATA, weight 5).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_account import PortfolioMarginAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginAccount"]
ANSWER = AnswerPlan(
    "portfolioMarginAccount",
    {"$ref": "PortfolioMarginAccount"},
    schemas='{"PortfolioMarginAccount":{"properties":{"accountEquity":{"type":"string"},"accountInitialMargin":{"type":"string"},"accountMaintMargin":{"type":"string"},"accountStatus":{"type":"string"},"accountType":{"type":"string"},"actualEquity":{"type":"string"},"totalAvailableBalance":{"type":"string"},"uniMMR":{"type":"string"}},"required":["uniMMR","accountEquity","actualEquity","accountMaintMargin","accountStatus","accountType"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> PortfolioMarginAccount:
    try:
        response_200 = PortfolioMarginAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginAccount]:
    """`Spot.portfolio_margin.portfolio_margin_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> PortfolioMarginAccount:
    """`Spot.portfolio_margin.portfolio_margin_account` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginAccount]:
    """`Spot.portfolio_margin.portfolio_margin_account` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> PortfolioMarginAccount:
    """`Spot.portfolio_margin.portfolio_margin_account` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
