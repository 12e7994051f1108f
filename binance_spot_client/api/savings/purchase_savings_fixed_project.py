"""Buy a fixed savings project: POST /sapi/v1/lending/customizedFixed/purchase (USER_DATA, weight 1).

The parameters and answer are described on `Spot.savings.purchase_savings_fixed_project`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.savings_fixed_purchase import SavingsFixedPurchase
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["purchaseSavingsFixedProject"]
ANSWER = AnswerPlan(
    "purchaseSavingsFixedProject",
    {"$ref": "SavingsFixedPurchase"},
    schemas='{"SavingsFixedPurchase":{"properties":{"purchaseId":{"type":"string"}},"required":["purchaseId"],"type":"object"}}',
)


def _arguments(
    project_id: str,
    lot: int,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "lot": lot,
    }


def _parse(data: Any) -> SavingsFixedPurchase:
    try:
        response_200 = SavingsFixedPurchase.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    project_id: str,
    lot: int,
    **options: Unpack[CallOptions],
) -> Response[SavingsFixedPurchase]:
    """`Spot.savings.purchase_savings_fixed_project`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            lot=lot,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    project_id: str,
    lot: int,
    **options: Unpack[CallOptions],
) -> SavingsFixedPurchase:
    """`Spot.savings.purchase_savings_fixed_project` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            lot=lot,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    lot: int,
    **options: Unpack[CallOptions],
) -> Response[SavingsFixedPurchase]:
    """`Spot.savings.purchase_savings_fixed_project` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            lot=lot,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    lot: int,
    **options: Unpack[CallOptions],
) -> SavingsFixedPurchase:
    """`Spot.savings.purchase_savings_fixed_project` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            lot=lot,
        ),
        options,
    )
