"""One US equity order and its fills: GET /sapi/v1/equity/order/detail (USER_DATA, weight 1).

The parameters and answer are described on `Spot.stocks.equity_order_detail`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.equity_order import EquityOrder
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["equityOrderDetail"]
ANSWER = AnswerPlan(
    "equityOrderDetail",
    {"$ref": "EquityOrder"},
    schemas='{"EquityExecution":{"properties":{"executionAt":{"type":"integer"},"executionId":{"type":"string"},"price":{"type":"string"},"qty":{"type":"string"}},"required":["executionId","executionAt","price","qty"],"type":"object"},"EquityOrder":{"properties":{"avgFilledPrice":{"type":"string"},"clientOrderId":{"type":"string"},"createdAt":{"type":"integer"},"fee":{"type":"string"},"filledQty":{"type":"string"},"filledTotal":{"type":"string"},"limitPrice":{"type":"string"},"notional":{"type":"string"},"orderId":{"type":"string"},"orderType":{"$ref":"EquityOrderType"},"qty":{"type":"string"},"quote":{"type":"string"},"session":{"type":"string"},"side":{"$ref":"OrderSide"},"status":{"type":"string"},"symbol":{"type":"string"},"trades":{"items":{"$ref":"EquityExecution"},"type":"array"},"updatedAt":{"type":"integer"}},"required":["orderId","symbol","side","orderType","status","createdAt","updatedAt"],"type":"object"},"EquityOrderType":{"type":"string"},"OrderSide":{"type":"string"}}',
)


def _arguments(
    *,
    order_id: str | None = None,
    client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "client_order_id": client_order_id,
    }


def _parse(data: Any) -> EquityOrder:
    try:
        response_200 = EquityOrder.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: str | None = None,
    client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityOrder]:
    """`Spot.stocks.equity_order_detail`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            client_order_id=client_order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: str | None = None,
    client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> EquityOrder:
    """`Spot.stocks.equity_order_detail` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            client_order_id=client_order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[EquityOrder]:
    """`Spot.stocks.equity_order_detail` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            client_order_id=client_order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> EquityOrder:
    """`Spot.stocks.equity_order_detail` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            client_order_id=client_order_id,
        ),
        options,
    )
