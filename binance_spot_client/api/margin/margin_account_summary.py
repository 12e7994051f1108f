"""Margin level thresholds: GET /sapi/v1/margin/tradeCoeff (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.margin_account_summary`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_account_summary import MarginAccountSummary
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginAccountSummary"]
ANSWER = AnswerPlan(
    "marginAccountSummary",
    {"$ref": "MarginAccountSummary"},
    schemas='{"MarginAccountSummary":{"properties":{"forceLiquidationBar":{"type":"string"},"marginCallBar":{"type":"string"},"normalBar":{"type":"string"}},"required":["normalBar","marginCallBar","forceLiquidationBar"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> MarginAccountSummary:
    try:
        response_200 = MarginAccountSummary.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginAccountSummary]:
    """`Spot.margin.margin_account_summary`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> MarginAccountSummary:
    """`Spot.margin.margin_account_summary` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginAccountSummary]:
    """`Spot.margin.margin_account_summary` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> MarginAccountSummary:
    """`Spot.margin.margin_account_summary` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
