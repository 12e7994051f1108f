"""Cancel all open orders on a symbol: DELETE /api/v3/openOrders (TRADE, weight 1).

The parameters and answer are described on `Spot.cancel_open_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.canceled_order import CanceledOrder
from ...models.canceled_order_list import CanceledOrderList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelOpenOrders"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (CancelOpenOrdersResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "cancelOpenOrders",
    {"type": "array", "items": {"oneOf": [{"$ref": "CanceledOrder"}, {"$ref": "CanceledOrderList"}]}},
    schemas='{"CanceledOrder":{"properties":{"clientOrderId":{"type":"string"},"cummulativeQuoteQty":{"type":"string"},"executedQty":{"type":"string"},"expiryReason":{"$ref":"ExpiryReason"},"icebergQty":{"type":"string"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"origClientOrderId":{"type":"string"},"origQty":{"type":"string"},"origQuoteOrderQty":{"type":"string"},"pegOffsetType":{"$ref":"PegOffsetType"},"pegOffsetValue":{"type":"integer"},"pegPriceType":{"$ref":"PegPriceType"},"peggedPrice":{"type":"string"},"preventedMatchId":{"type":"integer"},"preventedQuantity":{"type":"string"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"side":{"$ref":"OrderSide"},"status":{"$ref":"OrderStatus"},"stopPrice":{"type":"string"},"strategyId":{"type":"integer"},"strategyType":{"type":"integer"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"trailingDelta":{"type":"integer"},"trailingTime":{"type":"integer"},"transactTime":{"type":"integer"},"type":{"$ref":"OrderType"},"usedSor":{"type":"boolean"},"workingFloor":{"$ref":"WorkingFloor"}},"required":["symbol","origClientOrderId","orderId","orderListId","clientOrderId","transactTime","price","executedQty","origQuoteOrderQty","cummulativeQuoteQty","status","timeInForce","type","side","selfTradePreventionMode"],"type":"object"},"CanceledOrderList":{"properties":{"contingencyType":{"$ref":"ContingencyType"},"listClientOrderId":{"type":"string"},"listOrderStatus":{"$ref":"OrderListOrderStatus"},"listStatusType":{"$ref":"OrderListStatus"},"orderListId":{"type":"integer"},"orderReports":{"items":{"$ref":"CanceledOrder"},"type":"array"},"orders":{"items":{"$ref":"OrderListMember"},"type":"array"},"symbol":{"type":"string"},"transactionTime":{"type":"integer"}},"required":["orderListId","contingencyType","listStatusType","listOrderStatus","listClientOrderId","transactionTime","symbol","orders","orderReports"],"type":"object"},"ContingencyType":{"type":"string"},"ExpiryReason":{"type":"string"},"OrderListMember":{"properties":{"clientOrderId":{"type":"string"},"orderId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","orderId","clientOrderId"],"type":"object"},"OrderListOrderStatus":{"type":"string"},"OrderListStatus":{"type":"string"},"OrderSide":{"type":"string"},"OrderStatus":{"type":"string"},"OrderType":{"type":"string"},"PegOffsetType":{"type":"string"},"PegPriceType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"TimeInForce":{"type":"string"},"WorkingFloor":{"type":"string"}}',
    sbe=_sbe_schema,  # answered in SBE as CancelOpenOrdersResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> list[CanceledOrder | CanceledOrderList]:
    try:

        def _parse_response_200_item(data: object) -> CanceledOrder | CanceledOrderList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_0 = CanceledOrder.from_dict(data)

                return response_200_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_item_type_1 = CanceledOrderList.from_dict(data)

            return response_200_item_type_1

        response_200 = [_parse_response_200_item(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[list[CanceledOrder | CanceledOrderList]]:
    """`Spot.cancel_open_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> list[CanceledOrder | CanceledOrderList]:
    """`Spot.cancel_open_orders` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[list[CanceledOrder | CanceledOrderList]]:
    """`Spot.cancel_open_orders` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> list[CanceledOrder | CanceledOrderList]:
    """`Spot.cancel_open_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
