"""Liquidation loan repayments: GET /sapi/v1/margin/liquidation-loan/repay-history (USER_DATA, weight 100).

The parameters and answer are described on `Spot.margin.margin_liquidation_loan_repay_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_liquidation_loan_repay_history import MarginLiquidationLoanRepayHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginLiquidationLoanRepayHistory"]
ANSWER = AnswerPlan(
    "marginLiquidationLoanRepayHistory",
    {"$ref": "MarginLiquidationLoanRepayHistory"},
    schemas='{"MarginLiquidationLoanRepay":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"createTime":{"type":"integer"},"repayId":{"type":"integer"},"status":{"type":"string"}},"required":["repayId","asset","amount","status","createTime"],"type":"object"},"MarginLiquidationLoanRepayHistory":{"properties":{"rows":{"items":{"$ref":"MarginLiquidationLoanRepay"},"type":"array"},"total":{"type":"integer"}},"required":["total","rows"],"type":"object"}}',
)


def _arguments(
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> MarginLiquidationLoanRepayHistory:
    try:
        response_200 = MarginLiquidationLoanRepayHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginLiquidationLoanRepayHistory]:
    """`Spot.margin.margin_liquidation_loan_repay_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> MarginLiquidationLoanRepayHistory:
    """`Spot.margin.margin_liquidation_loan_repay_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginLiquidationLoanRepayHistory]:
    """`Spot.margin.margin_liquidation_loan_repay_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> MarginLiquidationLoanRepayHistory:
    """`Spot.margin.margin_liquidation_loan_repay_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
