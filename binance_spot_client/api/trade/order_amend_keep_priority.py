"""Reduce an order's quantity, keeping its priority: PUT /api/v3/order/amend/keepPriority (TRADE, weight 4).

The parameters and answer are described on `Spot.order_amend_keep_priority`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.order_amend_result import OrderAmendResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["orderAmendKeepPriority"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (OrderAmendKeepPriorityResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "orderAmendKeepPriority",
    {"$ref": "OrderAmendResult"},
    schemas='{"AmendedOrder":{"properties":{"clientOrderId":{"type":"string"},"cumulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origClientOrderId":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQty":{"type":"string"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"qty":{"type":"string"},"quoteOrderQty":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","origClientOrderId","clientOrderId","price","qty","executedQty","preventedQty","quoteOrderQty","cumulativeQuoteQty","status","timeInForce","type","side","selfTradePreventionMode"],"type":"object"},"AmendedOrderListStatus":{"properties":{"contingencyType":{"$ref":"ContingencyType"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"orderListId":{"type":"integer"},"orders":{"items":{"$ref":"OrderListMember"},"type":"array"},"symbol":{"type":"string"}},"required":["orderListId","contingencyType","listOrderStatus","listClientOrderId","symbol","orders"],"type":"object"},"ContingencyType":{"type":"string"},"ExpiryReason":{"type":"string"},"OrderAmendResult":{"properties":{"amendedOrder":{"$ref":"AmendedOrder"},"executionId":{"type":"integer"},"listStatus":{"$ref":"AmendedOrderListStatus"},"transactTime":{"type":"integer"}},"required":["transactTime","executionId","amendedOrder"],"type":"object"},"OrderListMember":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"PegOffsetType":{"type":"string"},"PegPriceType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"},"WorkingFloor":{"type":"string"}}',
    sbe=_sbe_schema,  # answered in SBE as OrderAmendKeepPriorityResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    new_qty: DecimalLike,
    *,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
        "new_client_order_id": new_client_order_id,
        "new_qty": new_qty,
    }


def _parse(data: Any) -> OrderAmendResult:
    try:
        response_200 = OrderAmendResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderAmendResult]:
    """`Spot.order_amend_keep_priority`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            new_qty=new_qty,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> OrderAmendResult:
    """`Spot.order_amend_keep_priority` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            new_qty=new_qty,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderAmendResult]:
    """`Spot.order_amend_keep_priority` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            new_qty=new_qty,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> OrderAmendResult:
    """`Spot.order_amend_keep_priority` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            new_qty=new_qty,
        ),
        options,
    )
