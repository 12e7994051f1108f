"""Query order list: GET /api/v3/orderList (USER_DATA, weight 4).

The parameters and answer are described on `Spot.query_order_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.order_list import OrderList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["queryOrderList"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (OrderListResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "queryOrderList",
    {"$ref": "OrderList"},
    schemas='{"ContingencyType":{"type":"string"},"OrderList":{"properties":{"contingencyType":{"$ref":"ContingencyType"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"listStatusType":{"$ref":"OrderListStatus"},"orderListId":{"type":"integer"},"orders":{"items":{"$ref":"OrderListEntry"},"type":"array"},"symbol":{"type":"string"},"transactionTime":{"type":"integer"}},"required":["orderListId","contingencyType","listStatusType","listOrderStatus","listClientOrderId","transactionTime","symbol","orders"],"type":"object"},"OrderListEntry":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderListStatus":{"type":"string"}}',
    sbe=_sbe_schema,  # answered in SBE as OrderListResponse when asked (encoding="sbe")
)


def _arguments(
    *,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "order_list_id": order_list_id,
        "orig_client_order_id": orig_client_order_id,
    }


def _parse(data: Any) -> OrderList:
    try:
        response_200 = OrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderList]:
    """`Spot.query_order_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> OrderList:
    """`Spot.query_order_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderList]:
    """`Spot.query_order_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> OrderList:
    """`Spot.query_order_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )
