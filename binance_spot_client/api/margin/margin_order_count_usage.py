"""Margin order count usage: GET /sapi/v1/margin/rateLimit/order (TRADE, weight 20).

The parameters and answer are described on `Spot.margin.margin_order_count_usage`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_order_count_usage import MarginOrderCountUsage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginOrderCountUsage"]
ANSWER = AnswerPlan(
    "marginOrderCountUsage",
    {"type": "array", "items": {"$ref": "MarginOrderCountUsage"}},
    schemas='{"MarginOrderCountUsage":{"properties":{"count":{"type":"integer"},"interval":{"$ref":"RateLimitInterval"},"intervalNum":{"type":"integer"},"limit":{"type":"integer"},"rateLimitType":{"$ref":"RateLimitType"}},"required":["rateLimitType","interval","intervalNum","limit","count"],"type":"object"},"RateLimitInterval":{"type":"string"},"RateLimitType":{"type":"string"}}',
)


def _arguments(
    *,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "is_isolated": is_isolated,
        "symbol": symbol,
    }


def _parse(data: Any) -> list[MarginOrderCountUsage]:
    try:
        response_200 = [MarginOrderCountUsage.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginOrderCountUsage]]:
    """`Spot.margin.margin_order_count_usage`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginOrderCountUsage]:
    """`Spot.margin.margin_order_count_usage` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginOrderCountUsage]]:
    """`Spot.margin.margin_order_count_usage` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginOrderCountUsage]:
    """`Spot.margin.margin_order_count_usage` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
        ),
        options,
    )
