"""Change a position's auto-compound plan: POST /sapi/v1/dci/product/auto_compound/edit-status (USER_DATA, weight 1).

The parameters and answer are described on `Spot.dual_investment.change_dual_investment_auto_compound`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.dual_investment_auto_compound_change import DualInvestmentAutoCompoundChange
from ...models.dual_investment_auto_compound_plan import DualInvestmentAutoCompoundPlan
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["changeDualInvestmentAutoCompound"]
ANSWER = AnswerPlan(
    "changeDualInvestmentAutoCompound",
    {"$ref": "DualInvestmentAutoCompoundChange"},
    schemas='{"DualInvestmentAutoCompoundChange":{"properties":{"autoCompoundPlan":{"type":"string"},"positionId":{"type":"string"}},"required":["positionId","autoCompoundPlan"],"type":"object"}}',
)


def _arguments(
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"],
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "auto_compound_plan": auto_compound_plan,
    }


def _parse(data: Any) -> DualInvestmentAutoCompoundChange:
    try:
        response_200 = DualInvestmentAutoCompoundChange.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"],
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentAutoCompoundChange]:
    """`Spot.dual_investment.change_dual_investment_auto_compound`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            auto_compound_plan=auto_compound_plan,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"],
    **options: Unpack[CallOptions],
) -> DualInvestmentAutoCompoundChange:
    """`Spot.dual_investment.change_dual_investment_auto_compound` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            auto_compound_plan=auto_compound_plan,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"],
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentAutoCompoundChange]:
    """`Spot.dual_investment.change_dual_investment_auto_compound` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            auto_compound_plan=auto_compound_plan,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"],
    **options: Unpack[CallOptions],
) -> DualInvestmentAutoCompoundChange:
    """`Spot.dual_investment.change_dual_investment_auto_compound` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            auto_compound_plan=auto_compound_plan,
        ),
        options,
    )
