"""Isolated margin pairs: GET /sapi/v1/margin/isolated/allPairs (MARKET_DATA, weight 10).

The parameters and answer are described on `Spot.margin.isolated_margin_all_pairs`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_isolated_pair import MarginIsolatedPair
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["isolatedMarginAllPairs"]
ANSWER = AnswerPlan(
    "isolatedMarginAllPairs",
    {"type": "array", "items": {"$ref": "MarginIsolatedPair"}},
    schemas='{"MarginIsolatedPair":{"properties":{"base":{"type":"string"},"delistTime":{"type":"integer"},"isBuyAllowed":{"type":"boolean"},"isMarginTrade":{"type":"boolean"},"isSellAllowed":{"type":"boolean"},"quote":{"type":"string"},"symbol":{"type":"string"}},"required":["symbol","base","quote","isMarginTrade","isBuyAllowed","isSellAllowed"],"type":"object"}}',
)


def _arguments(
    *,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> list[MarginIsolatedPair]:
    try:
        response_200 = [MarginIsolatedPair.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginIsolatedPair]]:
    """`Spot.margin.isolated_margin_all_pairs`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginIsolatedPair]:
    """`Spot.margin.isolated_margin_all_pairs` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginIsolatedPair]]:
    """`Spot.margin.isolated_margin_all_pairs` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginIsolatedPair]:
    """`Spot.margin.isolated_margin_all_pairs` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
