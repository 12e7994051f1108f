"""Query order: GET /api/v3/order (USER_DATA, weight 4).

The parameters and answer are described on `Spot.query_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.order import Order
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["queryOrder"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (OrderResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "queryOrder",
    {"$ref": "Order"},
    schemas='{"ExpiryReason":{"type":"string"},"Order":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"icebergQty":{"type":"string"},"isWorking":{"type":"boolean"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"time":{"type":"integer"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"type":{"$ref":"OrderType"},"updateTime":{"type":"integer"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"},"workingTime":{"type":"integer"}},"required":["symbol","orderId","orderListId","clientOrderId","price","origQty","executedQty","cummulativeQuoteQty","status","timeInForce","type","side","time","updateTime","isWorking","workingTime","origQuoteOrderQty","selfTradePreventionMode"],"type":"object"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"PegOffsetType":{"type":"string"},"PegPriceType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"},"WorkingFloor":{"type":"string"}}',
    sbe=_sbe_schema,  # answered in SBE as OrderResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
    }


def _parse(data: Any) -> Order:
    try:
        response_200 = Order.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[Order]:
    """`Spot.query_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Order:
    """`Spot.query_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[Order]:
    """`Spot.query_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Order:
    """`Spot.query_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )
