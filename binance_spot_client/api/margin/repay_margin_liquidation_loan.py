"""Repay the liquidation loan: POST /sapi/v1/margin/liquidation-loan/repay (USER_DATA, weight 100).

The parameters and answer are described on `Spot.margin.repay_margin_liquidation_loan`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_liquidation_loan_repay import MarginLiquidationLoanRepay
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["repayMarginLiquidationLoan"]
ANSWER = AnswerPlan(
    "repayMarginLiquidationLoan",
    {"$ref": "MarginLiquidationLoanRepay"},
    schemas='{"MarginLiquidationLoanRepay":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"createTime":{"type":"integer"},"repayId":{"type":"integer"},"status":{"type":"string"}},"required":["repayId","asset","amount","status","createTime"],"type":"object"}}',
)


def _arguments(
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
    }


def _parse(data: Any) -> MarginLiquidationLoanRepay:
    try:
        response_200 = MarginLiquidationLoanRepay.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[MarginLiquidationLoanRepay]:
    """`Spot.margin.repay_margin_liquidation_loan`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> MarginLiquidationLoanRepay:
    """`Spot.margin.repay_margin_liquidation_loan` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[MarginLiquidationLoanRepay]:
    """`Spot.margin.repay_margin_liquidation_loan` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> MarginLiquidationLoanRepay:
    """`Spot.margin.repay_margin_liquidation_loan` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )
