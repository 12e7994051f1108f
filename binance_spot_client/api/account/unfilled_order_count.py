"""Unfilled order count: GET /api/v3/rateLimit/order (USER_DATA, weight 40).

The parameters and answer are described on `Spot.unfilled_order_count`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.unfilled_order_count import UnfilledOrderCount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["unfilledOrderCount"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (AccountOrderRateLimitResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "unfilledOrderCount",
    {"type": "array", "items": {"$ref": "UnfilledOrderCount"}},
    schemas='{"RateLimitInterval":{"type":"string"},"RateLimitType":{"type":"string"},"UnfilledOrderCount":{"properties":{"count":{"type":"integer"},"interval":{"$ref":"RateLimitInterval"},"intervalNum":{"type":"integer"},"limit":{"type":"integer"},"rateLimitType":{"$ref":"RateLimitType"}},"required":["rateLimitType","interval","intervalNum","limit","count"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as AccountOrderRateLimitResponse when asked (encoding="sbe")
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[UnfilledOrderCount]:
    try:
        response_200 = [UnfilledOrderCount.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[UnfilledOrderCount]]:
    """`Spot.unfilled_order_count`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[UnfilledOrderCount]:
    """`Spot.unfilled_order_count` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[UnfilledOrderCount]]:
    """`Spot.unfilled_order_count` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[UnfilledOrderCount]:
    """`Spot.unfilled_order_count` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
