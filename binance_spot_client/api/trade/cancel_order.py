"""Cancel an order: DELETE /api/v3/order (TRADE, weight 1).

The parameters and answer are described on `Spot.cancel_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.cancel_restrictions import CancelRestrictions
from ...models.canceled_order import CanceledOrder
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelOrder"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (CancelOrderListResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "cancelOrder",
    {"$ref": "CanceledOrder"},
    schemas='{"CanceledOrder":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origClientOrderId":{"type":"string"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"}},"required":["symbol","origClientOrderId","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","selfTradePreventionMode"],"type":"object"},"ExpiryReason":{"type":"string"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"PegOffsetType":{"type":"string"},"PegPriceType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"},"WorkingFloor":{"type":"string"}}',
    sbe=_sbe_schema,  # answered in SBE as CancelOrderListResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
        "new_client_order_id": new_client_order_id,
        "cancel_restrictions": cancel_restrictions,
    }


def _parse(data: Any) -> CanceledOrder:
    try:
        response_200 = CanceledOrder.from_dict(data)

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
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[CanceledOrder]:
    """`Spot.cancel_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
    **options: Unpack[CallOptions],
) -> CanceledOrder:
    """`Spot.cancel_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[CanceledOrder]:
    """`Spot.cancel_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
    **options: Unpack[CallOptions],
) -> CanceledOrder:
    """`Spot.cancel_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        options,
    )
