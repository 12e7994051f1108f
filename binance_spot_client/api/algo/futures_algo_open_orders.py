"""Open futures algo orders: GET /sapi/v1/algo/futures/openOrders (USER_DATA, weight 1).

The parameters and answer are described on `Spot.algo.futures_algo_open_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.algo_orders import AlgoOrders
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["futuresAlgoOpenOrders"]
ANSWER = AnswerPlan(
    "futuresAlgoOpenOrders",
    {"$ref": "AlgoOrders"},
    schemas='{"AlgoOrder":{"properties":{"algoId":{"type":"integer"},"algoStatus":{"type":"string"},"algoType":{"type":"string"},"avgPrice":{"type":"string"},"bookTime":{"type":"integer"},"clientAlgoId":{"type":"string"},"endTime":{"type":"integer"},"executedAmt":{"type":"string"},"executedQty":{"type":"string"},"positionSide":{"allOf":[{"$ref":"AlgoPositionSide"}]},"side":{"$ref":"OrderSide"},"symbol":{"type":"string"},"totalQty":{"type":"string"},"urgency":{"type":"string"}},"required":["algoId","symbol","side","totalQty","executedQty","executedAmt","avgPrice","clientAlgoId","bookTime","endTime","algoStatus","algoType","urgency"],"type":"object"},"AlgoOrders":{"properties":{"orders":{"items":{"$ref":"AlgoOrder"},"type":"array"},"total":{"type":"integer"}},"required":["total"],"type":"object"},"AlgoPositionSide":{"type":"string"},"OrderSide":{"type":"string"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> AlgoOrders:
    try:
        response_200 = AlgoOrders.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[AlgoOrders]:
    """`Spot.algo.futures_algo_open_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> AlgoOrders:
    """`Spot.algo.futures_algo_open_orders` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[AlgoOrders]:
    """`Spot.algo.futures_algo_open_orders` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> AlgoOrders:
    """`Spot.algo.futures_algo_open_orders` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
