"""Move a fixed position to flexible savings: POST /sapi/v1/lending/positionChanged (USER_DATA, weight 1).

The parameters and answer are described on `Spot.savings.change_savings_fixed_position_to_daily`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.savings_position_change import SavingsPositionChange
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["changeSavingsFixedPositionToDaily"]
ANSWER = AnswerPlan(
    "changeSavingsFixedPositionToDaily",
    {"$ref": "SavingsPositionChange"},
    schemas='{"SavingsPositionChange":{"properties":{"dailyPurchaseId":{"type":"integer"},"success":{"type":"boolean"},"time":{"type":"integer"}},"required":["dailyPurchaseId","success","time"],"type":"object"}}',
)


def _arguments(
    project_id: str,
    lot: int,
    *,
    position_id: int | None = None,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "lot": lot,
        "position_id": position_id,
    }


def _parse(data: Any) -> SavingsPositionChange:
    try:
        response_200 = SavingsPositionChange.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    project_id: str,
    lot: int,
    position_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SavingsPositionChange]:
    """`Spot.savings.change_savings_fixed_position_to_daily`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            lot=lot,
            position_id=position_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    project_id: str,
    lot: int,
    position_id: int | None = None,
    **options: Unpack[CallOptions],
) -> SavingsPositionChange:
    """`Spot.savings.change_savings_fixed_position_to_daily` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            lot=lot,
            position_id=position_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    lot: int,
    position_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SavingsPositionChange]:
    """`Spot.savings.change_savings_fixed_position_to_daily` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            lot=lot,
            position_id=position_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    lot: int,
    position_id: int | None = None,
    **options: Unpack[CallOptions],
) -> SavingsPositionChange:
    """`Spot.savings.change_savings_fixed_position_to_daily` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            lot=lot,
            position_id=position_id,
        ),
        options,
    )
