"""Isolated margin tiers: GET /sapi/v1/margin/isolatedMarginTier (USER_DATA, weight 1).

The parameters and answer are described on `Spot.margin.isolated_margin_tier_data`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_isolated_tier import MarginIsolatedTier
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["isolatedMarginTierData"]
ANSWER = AnswerPlan(
    "isolatedMarginTierData",
    {"type": "array", "items": {"$ref": "MarginIsolatedTier"}},
    schemas='{"MarginIsolatedTier":{"properties":{"baseAssetMaxBorrowable":{"type":"string"},"effectiveMultiple":{"type":"string"},"initialRiskRatio":{"type":"string"},"liquidationRiskRatio":{"type":"string"},"quoteAssetMaxBorrowable":{"type":"string"},"symbol":{"type":"string"},"tier":{"type":"integer"}},"required":["symbol","tier","effectiveMultiple","initialRiskRatio","liquidationRiskRatio","baseAssetMaxBorrowable","quoteAssetMaxBorrowable"],"type":"object"}}',
)


def _arguments(
    symbol: str,
    *,
    tier: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "tier": tier,
    }


def _parse(data: Any) -> list[MarginIsolatedTier]:
    try:
        response_200 = [MarginIsolatedTier.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    tier: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginIsolatedTier]]:
    """`Spot.margin.isolated_margin_tier_data`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            tier=tier,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    tier: int | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginIsolatedTier]:
    """`Spot.margin.isolated_margin_tier_data` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            tier=tier,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    tier: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginIsolatedTier]]:
    """`Spot.margin.isolated_margin_tier_data` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            tier=tier,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    tier: int | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginIsolatedTier]:
    """`Spot.margin.isolated_margin_tier_data` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            tier=tier,
        ),
        options,
    )
