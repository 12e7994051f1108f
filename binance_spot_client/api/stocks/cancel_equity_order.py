"""Cancel a US equity order: POST /sapi/v1/equity/order/cancel (TRADE, weight 1).

The parameters and answer are described on `Spot.stocks.cancel_equity_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.equity_cancel_ack import EquityCancelAck
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelEquityOrder"]
ANSWER = AnswerPlan(
    "cancelEquityOrder",
    {"$ref": "EquityCancelAck"},
    schemas='{"EquityCancelAck":{"properties":{"orderId":{"type":"string"},"status":{"type":"string"}},"required":["orderId","status"],"type":"object"}}',
)


def _arguments(
    order_id: str,
) -> dict[str, object]:
    return {
        "order_id": order_id,
    }


def _parse(data: Any) -> EquityCancelAck:
    try:
        response_200 = EquityCancelAck.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: str,
    **options: Unpack[CallOptions],
) -> Response[EquityCancelAck]:
    """`Spot.stocks.cancel_equity_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: str,
    **options: Unpack[CallOptions],
) -> EquityCancelAck:
    """`Spot.stocks.cancel_equity_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: str,
    **options: Unpack[CallOptions],
) -> Response[EquityCancelAck]:
    """`Spot.stocks.cancel_equity_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: str,
    **options: Unpack[CallOptions],
) -> EquityCancelAck:
    """`Spot.stocks.cancel_equity_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
        ),
        options,
    )
