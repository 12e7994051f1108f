"""Set auto-repay of futures negative balance: POST /sapi/v1/portfolio/repay-futures-switch (USER_DATA, weight 1500).

The parameters and answer are described on `Spot.portfolio_margin.change_portfolio_margin_auto_repay_futures`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_message import PortfolioMarginMessage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["changePortfolioMarginAutoRepayFutures"]
ANSWER = AnswerPlan(
    "changePortfolioMarginAutoRepayFutures",
    {"$ref": "PortfolioMarginMessage"},
    schemas='{"PortfolioMarginMessage":{"properties":{"msg":{"type":"string"}},"required":["msg"],"type":"object"}}',
)


def _arguments(
    auto_repay: bool,
) -> dict[str, object]:
    return {
        "auto_repay": auto_repay,
    }


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
    auto_repay: bool,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginMessage]:
    """`Spot.portfolio_margin.change_portfolio_margin_auto_repay_futures`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            auto_repay=auto_repay,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    auto_repay: bool,
    **options: Unpack[CallOptions],
) -> PortfolioMarginMessage:
    """`Spot.portfolio_margin.change_portfolio_margin_auto_repay_futures` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            auto_repay=auto_repay,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    auto_repay: bool,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginMessage]:
    """`Spot.portfolio_margin.change_portfolio_margin_auto_repay_futures` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            auto_repay=auto_repay,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    auto_repay: bool,
    **options: Unpack[CallOptions],
) -> PortfolioMarginMessage:
    """`Spot.portfolio_margin.change_portfolio_margin_auto_repay_futures` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            auto_repay=auto_repay,
        ),
        options,
    )
