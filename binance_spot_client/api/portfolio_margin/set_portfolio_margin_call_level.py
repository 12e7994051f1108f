"""Set the margin call level: POST /sapi/v1/portfolio/margin-call-level (USER_DATA, weight 1500).

The parameters and answer are described on `Spot.portfolio_margin.set_portfolio_margin_call_level`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_call_level import PortfolioMarginCallLevel
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["setPortfolioMarginCallLevel"]
ANSWER = AnswerPlan(
    "setPortfolioMarginCallLevel",
    {"$ref": "PortfolioMarginCallLevel"},
    schemas='{"PortfolioMarginCallLevel":{"properties":{"marginCallLevel":{"type":"string"}},"type":"object"}}',
)


def _arguments(
    margin_call_level: DecimalLike,
) -> dict[str, object]:
    return {
        "margin_call_level": margin_call_level,
    }


def _parse(data: Any) -> PortfolioMarginCallLevel:
    try:
        response_200 = PortfolioMarginCallLevel.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    margin_call_level: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginCallLevel]:
    """`Spot.portfolio_margin.set_portfolio_margin_call_level`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            margin_call_level=margin_call_level,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    margin_call_level: DecimalLike,
    **options: Unpack[CallOptions],
) -> PortfolioMarginCallLevel:
    """`Spot.portfolio_margin.set_portfolio_margin_call_level` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            margin_call_level=margin_call_level,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    margin_call_level: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginCallLevel]:
    """`Spot.portfolio_margin.set_portfolio_margin_call_level` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            margin_call_level=margin_call_level,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    margin_call_level: DecimalLike,
    **options: Unpack[CallOptions],
) -> PortfolioMarginCallLevel:
    """`Spot.portfolio_margin.set_portfolio_margin_call_level` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            margin_call_level=margin_call_level,
        ),
        options,
    )
