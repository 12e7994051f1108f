"""Open order lists: GET /api/v3/openOrderList (USER_DATA, weight 6).

The parameters and answer are described on `Spot.open_order_lists`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.order_list import OrderList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["openOrderLists"]
ANSWER = AnswerPlan(
    "openOrderLists",
    {"type": "array", "items": {"$ref": "OrderList"}},
    schemas='{"ContingencyType":{"type":"string"},"OrderList":{"properties":{"contingencyType":{"$ref":"ContingencyType"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"listStatusType":{"$ref":"OrderListStatus"},"orderListId":{"type":"integer"},"orders":{"items":{"$ref":"OrderListEntry"},"type":"array"},"symbol":{"type":"string"},"transactionTime":{"type":"integer"}},"required":["orderListId","contingencyType","listStatusType","listOrderStatus","listClientOrderId","transactionTime","symbol","orders"],"type":"object"},"OrderListEntry":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderListStatus":{"type":"string"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[OrderList]:
    try:
        response_200 = [OrderList.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[OrderList]]:
    """`Spot.open_order_lists`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[OrderList]:
    """`Spot.open_order_lists` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[OrderList]]:
    """`Spot.open_order_lists` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[OrderList]:
    """`Spot.open_order_lists` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
