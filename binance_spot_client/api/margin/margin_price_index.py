"""Margin price index: GET /sapi/v1/margin/priceIndex (MARKET_DATA, weight 10).

The parameters and answer are described on `Spot.margin.margin_price_index`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_price_index import MarginPriceIndex
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginPriceIndex"]
ANSWER = AnswerPlan(
    "marginPriceIndex",
    {"$ref": "MarginPriceIndex"},
    schemas='{"MarginPriceIndex":{"properties":{"calcTime":{"type":"integer"},"price":{"type":"string"},"symbol":{"type":"string"}},"required":["calcTime","price","symbol"],"type":"object"}}',
)


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> MarginPriceIndex:
    try:
        response_200 = MarginPriceIndex.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[MarginPriceIndex]:
    """`Spot.margin.margin_price_index`, returning the whole response: status, headers, rate limits and the model."""
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
    symbol: str,
    **options: Unpack[CallOptions],
) -> MarginPriceIndex:
    """`Spot.margin.margin_price_index` as a function of the client."""
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
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[MarginPriceIndex]:
    """`Spot.margin.margin_price_index` on an async client, returning the whole response."""
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
    symbol: str,
    **options: Unpack[CallOptions],
) -> MarginPriceIndex:
    """`Spot.margin.margin_price_index` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
