"""Isolated margin account quota: GET /sapi/v1/margin/isolated/accountLimit (USER_DATA, weight 1).

The parameters and answer are described on `Spot.margin.isolated_margin_account_limit`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_isolated_account_limit import MarginIsolatedAccountLimit
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["isolatedMarginAccountLimit"]
ANSWER = AnswerPlan(
    "isolatedMarginAccountLimit",
    {"$ref": "MarginIsolatedAccountLimit"},
    schemas='{"MarginIsolatedAccountLimit":{"properties":{"enabledAccount":{"type":"integer"},"maxAccount":{"type":"integer"}},"required":["enabledAccount","maxAccount"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> MarginIsolatedAccountLimit:
    try:
        response_200 = MarginIsolatedAccountLimit.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginIsolatedAccountLimit]:
    """`Spot.margin.isolated_margin_account_limit`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> MarginIsolatedAccountLimit:
    """`Spot.margin.isolated_margin_account_limit` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginIsolatedAccountLimit]:
    """`Spot.margin.isolated_margin_account_limit` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> MarginIsolatedAccountLimit:
    """`Spot.margin.isolated_margin_account_limit` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
