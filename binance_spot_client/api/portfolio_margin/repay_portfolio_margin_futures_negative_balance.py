"""Repay futures negative balance: POST /sapi/v1/portfolio/repay-futures-negative-balance (USER_DATA, weight 1500).

The parameters and answer are described on `Spot.portfolio_margin.repay_portfolio_margin_futures_negative_balance`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.portfolio_margin_message import PortfolioMarginMessage
from ...models.portfolio_margin_repay_source import PortfolioMarginRepaySource
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["repayPortfolioMarginFuturesNegativeBalance"]
ANSWER = AnswerPlan(
    "repayPortfolioMarginFuturesNegativeBalance",
    {"$ref": "PortfolioMarginMessage"},
    schemas='{"PortfolioMarginMessage":{"properties":{"msg":{"type":"string"}},"required":["msg"],"type":"object"}}',
)


def _arguments(
    *,
    from_: PortfolioMarginRepaySource | Literal["SPOT", "MARGIN"] | None = None,
) -> dict[str, object]:
    return {
        "from_": from_,
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
    from_: PortfolioMarginRepaySource | Literal["SPOT", "MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginMessage]:
    """`Spot.portfolio_margin.repay_portfolio_margin_futures_negative_balance`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_=from_,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_: PortfolioMarginRepaySource | Literal["SPOT", "MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> PortfolioMarginMessage:
    """`Spot.portfolio_margin.repay_portfolio_margin_futures_negative_balance` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_=from_,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_: PortfolioMarginRepaySource | Literal["SPOT", "MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginMessage]:
    """`Spot.portfolio_margin.repay_portfolio_margin_futures_negative_balance` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_=from_,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_: PortfolioMarginRepaySource | Literal["SPOT", "MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> PortfolioMarginMessage:
    """`Spot.portfolio_margin.repay_portfolio_margin_futures_negative_balance` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_=from_,
        ),
        options,
    )
