"""List fixed savings projects: GET /sapi/v1/lending/project/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.savings.savings_fixed_project_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.savings_fixed_project import SavingsFixedProject
from ...models.savings_project_sort import SavingsProjectSort
from ...models.savings_project_status import SavingsProjectStatus
from ...models.savings_project_type import SavingsProjectType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["savingsFixedProjectList"]
ANSWER = AnswerPlan(
    "savingsFixedProjectList",
    {"type": "array", "items": {"$ref": "SavingsFixedProject"}},
    schemas='{"SavingsFixedProject":{"properties":{"asset":{"type":"string"},"displayPriority":{"type":"integer"},"duration":{"type":"integer"},"interestPerLot":{"type":"string"},"interestRate":{"type":"string"},"lotSize":{"type":"string"},"lotsLowLimit":{"type":"integer"},"lotsPurchased":{"type":"integer"},"lotsUpLimit":{"type":"integer"},"maxLotsPerUser":{"type":"integer"},"needKyc":{"type":"boolean"},"projectId":{"type":"string"},"projectName":{"type":"string"},"status":{"type":"string"},"type":{"type":"string"},"withAreaLimitation":{"type":"boolean"}},"required":["asset","displayPriority","duration","interestPerLot","interestRate","lotSize","lotsLowLimit","lotsPurchased","lotsUpLimit","maxLotsPerUser","needKyc","projectId","projectName","status","type","withAreaLimitation"],"type":"object"}}',
)


def _arguments(
    type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
    *,
    asset: str | None = None,
    status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "type": type,
        "status": status,
        "is_sort_asc": is_sort_asc,
        "sort_by": sort_by,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> list[SavingsFixedProject]:
    try:
        response_200 = [SavingsFixedProject.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
    asset: str | None = None,
    status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SavingsFixedProject]]:
    """`Spot.savings.savings_fixed_project_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            status=status,
            is_sort_asc=is_sort_asc,
            sort_by=sort_by,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
    asset: str | None = None,
    status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> list[SavingsFixedProject]:
    """`Spot.savings.savings_fixed_project_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            status=status,
            is_sort_asc=is_sort_asc,
            sort_by=sort_by,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
    asset: str | None = None,
    status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SavingsFixedProject]]:
    """`Spot.savings.savings_fixed_project_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            status=status,
            is_sort_asc=is_sort_asc,
            sort_by=sort_by,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
    asset: str | None = None,
    status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> list[SavingsFixedProject]:
    """`Spot.savings.savings_fixed_project_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            status=status,
            is_sort_asc=is_sort_asc,
            sort_by=sort_by,
            current=current,
            size=size,
        ),
        options,
    )
