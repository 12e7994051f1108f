"""Liquidation loan: GET /sapi/v1/margin/liquidation-loan (USER_DATA, weight 100).

The parameters and answer are described on `Spot.margin.margin_liquidation_loan`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_liquidation_loan import MarginLiquidationLoan
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginLiquidationLoan"]
ANSWER = AnswerPlan(
    "marginLiquidationLoan",
    {"$ref": "MarginLiquidationLoan"},
    schemas='{"MarginLiquidationLoan":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"remainingAmount":{"type":"string"},"repaidAmount":{"type":"string"}},"required":["asset","amount","repaidAmount","remainingAmount"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> MarginLiquidationLoan:
    try:
        response_200 = MarginLiquidationLoan.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginLiquidationLoan]:
    """`Spot.margin.margin_liquidation_loan`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> MarginLiquidationLoan:
    """`Spot.margin.margin_liquidation_loan` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginLiquidationLoan]:
    """`Spot.margin.margin_liquidation_loan` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> MarginLiquidationLoan:
    """`Spot.margin.margin_liquidation_loan` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
