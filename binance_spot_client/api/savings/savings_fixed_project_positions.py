"""Fixed savings positions: GET /sapi/v1/lending/project/position/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.savings.savings_fixed_project_positions`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.savings_fixed_position import SavingsFixedPosition
from ...models.savings_position_status import SavingsPositionStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["savingsFixedProjectPositions"]
ANSWER = AnswerPlan(
    "savingsFixedProjectPositions",
    {"type": "array", "items": {"$ref": "SavingsFixedPosition"}},
    schemas='{"SavingsFixedPosition":{"properties":{"asset":{"type":"string"},"canTransfer":{"type":"boolean"},"createTimestamp":{"type":"integer"},"duration":{"type":"integer"},"endTime":{"type":"integer"},"interest":{"type":"string"},"interestRate":{"type":"string"},"lot":{"type":"integer"},"positionId":{"type":"integer"},"principal":{"type":"string"},"projectId":{"type":"string"},"projectName":{"type":"string"},"purchaseTime":{"type":"integer"},"redeemDate":{"type":"string"},"startTime":{"type":"integer"},"status":{"type":"string"},"type":{"type":"string"}},"required":["asset","canTransfer","createTimestamp","duration","endTime","interest","interestRate","lot","positionId","principal","projectId","projectName","purchaseTime","redeemDate","startTime","status","type"],"type":"object"}}',
)


def _arguments(
    asset: str,
    *,
    project_id: str | None = None,
    status: SavingsPositionStatus | Literal["HOLDING", "REDEEMED"] | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "project_id": project_id,
        "status": status,
    }


def _parse(data: Any) -> list[SavingsFixedPosition]:
    try:
        response_200 = [SavingsFixedPosition.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    project_id: str | None = None,
    status: SavingsPositionStatus | Literal["HOLDING", "REDEEMED"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SavingsFixedPosition]]:
    """`Spot.savings.savings_fixed_project_positions`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            project_id=project_id,
            status=status,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str,
    project_id: str | None = None,
    status: SavingsPositionStatus | Literal["HOLDING", "REDEEMED"] | None = None,
    **options: Unpack[CallOptions],
) -> list[SavingsFixedPosition]:
    """`Spot.savings.savings_fixed_project_positions` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            project_id=project_id,
            status=status,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    project_id: str | None = None,
    status: SavingsPositionStatus | Literal["HOLDING", "REDEEMED"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SavingsFixedPosition]]:
    """`Spot.savings.savings_fixed_project_positions` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            project_id=project_id,
            status=status,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    project_id: str | None = None,
    status: SavingsPositionStatus | Literal["HOLDING", "REDEEMED"] | None = None,
    **options: Unpack[CallOptions],
) -> list[SavingsFixedPosition]:
    """`Spot.savings.savings_fixed_project_positions` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            project_id=project_id,
            status=status,
        ),
        options,
    )
