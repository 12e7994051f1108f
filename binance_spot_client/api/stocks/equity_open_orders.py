"""Open US equity orders: GET /sapi/v1/equity/order/open-orders (USER_DATA, weight 1).

The parameters and answer are described on `Spot.stocks.equity_open_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.equity_order import EquityOrder
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["equityOpenOrders"]
ANSWER = AnswerPlan(
    "equityOpenOrders",
    {"type": "array", "items": {"$ref": "EquityOrder"}},
    schemas='{"EquityExecution":{"properties":{"executionAt":{"type":"integer"},"executionId":{"type":"string"},"price":{"type":"string"},"qty":{"type":"string"}},"required":["executionId","executionAt","price","qty"],"type":"object"},"EquityOrder":{"properties":{"avgFilledPrice":{"type":"string"},"clientOrderId":{"type":"string"},"createdAt":{"type":"integer"},"fee":{"type":"string"},"filledQty":{"type":"string"},"filledTotal":{"type":"string"},"limitPrice":{"type":"string"},"notional":{"type":"string"},"orderId":{"type":"string"},"orderType":{"$ref":"EquityOrderType"},"qty":{"type":"string"},"quote":{"type":"string"},"session":{"type":"string"},"side":{"$ref":"OrderSide"},"status":{"type":"string"},"symbol":{"type":"string"},"trades":{"items":{"$ref":"EquityExecution"},"type":"array"},"updatedAt":{"type":"integer"}},"required":["orderId","symbol","side","orderType","status","createdAt","updatedAt"],"type":"object"},"EquityOrderType":{"type":"string"},"OrderSide":{"type":"string"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[EquityOrder]:
    try:
        response_200 = [EquityOrder.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[EquityOrder]]:
    """`Spot.stocks.equity_open_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[EquityOrder]:
    """`Spot.stocks.equity_open_orders` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[EquityOrder]]:
    """`Spot.stocks.equity_open_orders` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[EquityOrder]:
    """`Spot.stocks.equity_open_orders` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
