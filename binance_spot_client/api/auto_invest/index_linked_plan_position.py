"""Index-linked plan position: GET /sapi/v1/lending/auto-invest/index/user-summary (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.index_linked_plan_position`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.auto_invest_index_position import AutoInvestIndexPosition
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["indexLinkedPlanPosition"]
ANSWER = AnswerPlan(
    "indexLinkedPlanPosition",
    {"$ref": "AutoInvestIndexPosition"},
    schemas='{"AutoInvestIndexAllocation":{"properties":{"allocation":{"type":"string"},"targetAsset":{"type":"string"}},"required":["targetAsset","allocation"],"type":"object"},"AutoInvestIndexAssetHolding":{"properties":{"assetValueInUSD":{"type":"string"},"availableAmount":{"type":"string"},"averagePriceInUSD":{"type":"string"},"currentInvestedInUSD":{"type":"string"},"percentage":{"type":"string"},"pnlInUSD":{"type":"string"},"purchasedAmount":{"type":"string"},"redeemedAmount":{"type":"string"},"roi":{"type":"string"},"targetAsset":{"type":"string"},"totalInvestedInUSD":{"type":"string"}},"required":["targetAsset","averagePriceInUSD","totalInvestedInUSD","currentInvestedInUSD","purchasedAmount","pnlInUSD","roi","percentage","availableAmount","redeemedAmount","assetValueInUSD"],"type":"object"},"AutoInvestIndexPosition":{"properties":{"assetAllocation":{"items":{"$ref":"AutoInvestIndexAllocation"},"type":"array"},"currentInvestedInUSD":{"type":"string"},"details":{"items":{"$ref":"AutoInvestIndexAssetHolding"},"type":"array"},"indexId":{"type":"integer"},"pnlInUSD":{"type":"string"},"roi":{"type":"string"},"totalInvestedInUSD":{"type":"string"}},"required":["indexId","totalInvestedInUSD","currentInvestedInUSD","pnlInUSD","roi","assetAllocation","details"],"type":"object"}}',
)


def _arguments(
    index_id: int,
) -> dict[str, object]:
    return {
        "index_id": index_id,
    }


def _parse(data: Any) -> AutoInvestIndexPosition:
    try:
        response_200 = AutoInvestIndexPosition.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    index_id: int,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestIndexPosition]:
    """`Spot.auto_invest.index_linked_plan_position`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            index_id=index_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    index_id: int,
    **options: Unpack[CallOptions],
) -> AutoInvestIndexPosition:
    """`Spot.auto_invest.index_linked_plan_position` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            index_id=index_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    index_id: int,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestIndexPosition]:
    """`Spot.auto_invest.index_linked_plan_position` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            index_id=index_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    index_id: int,
    **options: Unpack[CallOptions],
) -> AutoInvestIndexPosition:
    """`Spot.auto_invest.index_linked_plan_position` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            index_id=index_id,
        ),
        options,
    )
