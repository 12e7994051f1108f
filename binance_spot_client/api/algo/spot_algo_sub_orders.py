"""Sub-orders of a spot algo order: GET /sapi/v1/algo/spot/subOrders (USER_DATA, weight 1).

The parameters and answer are described on `Spot.algo.spot_algo_sub_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.algo_sub_orders import AlgoSubOrders
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["spotAlgoSubOrders"]
ANSWER = AnswerPlan(
    "spotAlgoSubOrders",
    {"$ref": "AlgoSubOrders"},
    schemas='{"AlgoSubOrder":{"properties":{"algoId":{"type":"integer"},"avgPrice":{"type":"string"},"bookTime":{"type":"integer"},"executedAmt":{"type":"string"},"executedQty":{"type":"string"},"feeAmt":{"type":"string"},"feeAsset":{"type":"string"},"orderId":{"type":"integer"},"orderStatus":{"type":"string"},"origQty":{"type":"string"},"side":{"$ref":"OrderSide"},"subId":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"type":"string"}},"required":["algoId","orderId","orderStatus","executedAmt","feeAmt","feeAsset","bookTime","avgPrice","side","symbol","subId","timeInForce","origQty"],"type":"object"},"AlgoSubOrders":{"properties":{"executedAmt":{"type":"string"},"executedQty":{"type":"string"},"subOrders":{"items":{"$ref":"AlgoSubOrder"},"type":"array"},"total":{"type":"integer"}},"required":["total","executedQty","executedAmt","subOrders"],"type":"object"},"OrderSide":{"type":"string"}}',
)


def _arguments(
    algo_id: int,
    *,
    page: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "algo_id": algo_id,
        "page": page,
        "page_size": page_size,
    }


def _parse(data: Any) -> AlgoSubOrders:
    try:
        response_200 = AlgoSubOrders.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    algo_id: int,
    page: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[AlgoSubOrders]:
    """`Spot.algo.spot_algo_sub_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            algo_id=algo_id,
            page=page,
            page_size=page_size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    algo_id: int,
    page: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> AlgoSubOrders:
    """`Spot.algo.spot_algo_sub_orders` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            algo_id=algo_id,
            page=page,
            page_size=page_size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    algo_id: int,
    page: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[AlgoSubOrders]:
    """`Spot.algo.spot_algo_sub_orders` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            algo_id=algo_id,
            page=page,
            page_size=page_size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    algo_id: int,
    page: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> AlgoSubOrders:
    """`Spot.algo.spot_algo_sub_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            algo_id=algo_id,
            page=page,
            page_size=page_size,
        ),
        options,
    )
