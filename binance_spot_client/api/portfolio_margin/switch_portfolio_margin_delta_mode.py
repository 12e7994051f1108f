"""Switch Delta mode: POST /sapi/v1/portfolio/delta-mode (TRADE, weight 1500).

The parameters and answer are described on `Spot.portfolio_margin.switch_portfolio_margin_delta_mode`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.portfolio_margin_message import PortfolioMarginMessage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["switchPortfolioMarginDeltaMode"]
ANSWER = AnswerPlan(
    "switchPortfolioMarginDeltaMode",
    {"$ref": "PortfolioMarginMessage"},
    schemas='{"PortfolioMarginMessage":{"properties":{"msg":{"type":"string"}},"required":["msg"],"type":"object"}}',
)


def _arguments(
    delta_enabled: bool,
) -> dict[str, object]:
    return {
        "delta_enabled": delta_enabled,
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
    delta_enabled: bool,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginMessage]:
    """`Spot.portfolio_margin.switch_portfolio_margin_delta_mode`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            delta_enabled=delta_enabled,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    delta_enabled: bool,
    **options: Unpack[CallOptions],
) -> PortfolioMarginMessage:
    """`Spot.portfolio_margin.switch_portfolio_margin_delta_mode` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            delta_enabled=delta_enabled,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    delta_enabled: bool,
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginMessage]:
    """`Spot.portfolio_margin.switch_portfolio_margin_delta_mode` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            delta_enabled=delta_enabled,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    delta_enabled: bool,
    **options: Unpack[CallOptions],
) -> PortfolioMarginMessage:
    """`Spot.portfolio_margin.switch_portfolio_margin_delta_mode` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            delta_enabled=delta_enabled,
        ),
        options,
    )
