"""Query a margin order list: GET /sapi/v1/margin/orderList (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.query_margin_order_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_order_list import MarginOrderList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["queryMarginOrderList"]
ANSWER = AnswerPlan(
    "queryMarginOrderList",
    {"$ref": "MarginOrderList"},
    schemas='{"MarginOrderList":{"properties":{"contingencyType":{"type":"string"},"isIsolated":{"type":"boolean"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"listStatusType":{"$ref":"OrderListStatus"},"orderListId":{"type":"integer"},"orders":{"items":{"$ref":"MarginOrderListOrder"},"type":"array"},"symbol":{"type":"string"},"transactionTime":{"type":"integer"}},"required":["orderListId","contingencyType","listStatusType","listOrderStatus","listClientOrderId","transactionTime","symbol","isIsolated","orders"],"type":"object"},"MarginOrderListOrder":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderListStatus":{"type":"string"}}',
)


def _arguments(
    *,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "is_isolated": is_isolated,
        "symbol": symbol,
        "order_list_id": order_list_id,
        "orig_client_order_id": orig_client_order_id,
    }


def _parse(data: Any) -> MarginOrderList:
    try:
        response_200 = MarginOrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginOrderList]:
    """`Spot.margin.query_margin_order_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginOrderList:
    """`Spot.margin.query_margin_order_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginOrderList]:
    """`Spot.margin.query_margin_order_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    symbol: str | None = None,
    order_list_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginOrderList:
    """`Spot.margin.query_margin_order_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            is_isolated=is_isolated,
            symbol=symbol,
            order_list_id=order_list_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )
