"""Dual Investment positions: GET /sapi/v1/dci/product/positions (USER_DATA, weight 1).

The parameters and answer are described on `Spot.dual_investment.dual_investment_positions`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.dual_investment_position_page import DualInvestmentPositionPage
from ...models.dual_investment_position_status import DualInvestmentPositionStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dualInvestmentPositions"]
ANSWER = AnswerPlan(
    "dualInvestmentPositions",
    {"$ref": "DualInvestmentPositionPage"},
    schemas='{"DualInvestmentPosition":{"properties":{"apr":{"type":"string"},"autoCompoundPlan":{"type":"string"},"duration":{"type":"integer"},"exercisedCoin":{"type":"string"},"id":{"type":"string"},"investCoin":{"type":"string"},"optionType":{"type":"string"},"orderId":{"type":"integer"},"purchaseEndTime":{"type":"integer"},"purchaseStatus":{"type":"string"},"settleDate":{"type":"integer"},"strikePrice":{"type":"string"},"subscriptionAmount":{"type":"string"},"subscriptionTime":{"type":"integer"}},"required":["id","investCoin","exercisedCoin","subscriptionAmount","strikePrice","duration","settleDate","purchaseStatus","apr","orderId","purchaseEndTime","optionType","autoCompoundPlan"],"type":"object"},"DualInvestmentPositionPage":{"properties":{"list":{"items":{"$ref":"DualInvestmentPosition"},"type":"array"},"total":{"type":"integer"}},"required":["total","list"],"type":"object"}}',
)


def _arguments(
    *,
    status: DualInvestmentPositionStatus
    | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
    | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
) -> dict[str, object]:
    return {
        "status": status,
        "page_size": page_size,
        "page_index": page_index,
    }


def _parse(data: Any) -> DualInvestmentPositionPage:
    try:
        response_200 = DualInvestmentPositionPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    status: DualInvestmentPositionStatus
    | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
    | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentPositionPage]:
    """`Spot.dual_investment.dual_investment_positions`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            status=status,
            page_size=page_size,
            page_index=page_index,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    status: DualInvestmentPositionStatus
    | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
    | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
    **options: Unpack[CallOptions],
) -> DualInvestmentPositionPage:
    """`Spot.dual_investment.dual_investment_positions` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            status=status,
            page_size=page_size,
            page_index=page_index,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    status: DualInvestmentPositionStatus
    | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
    | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentPositionPage]:
    """`Spot.dual_investment.dual_investment_positions` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            status=status,
            page_size=page_size,
            page_index=page_index,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    status: DualInvestmentPositionStatus
    | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
    | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
    **options: Unpack[CallOptions],
) -> DualInvestmentPositionPage:
    """`Spot.dual_investment.dual_investment_positions` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            status=status,
            page_size=page_size,
            page_index=page_index,
        ),
        options,
    )
