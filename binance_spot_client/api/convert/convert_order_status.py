"""Conversion order status: GET /sapi/v1/convert/orderStatus (USER_DATA, weight 100).

The parameters and answer are described on `Spot.convert.convert_order_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.convert_order import ConvertOrder
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertOrderStatus"]
ANSWER = AnswerPlan(
    "convertOrderStatus",
    {"$ref": "ConvertOrder"},
    schemas='{"ConvertOrder":{"properties":{"createTime":{"type":"integer"},"expiredTimestamp":{"type":"integer"},"fromAmount":{"type":"string"},"fromAsset":{"type":"string"},"inverseRatio":{"type":"string"},"orderId":{"type":"integer"},"orderStatus":{"type":"string"},"quoteId":{"type":"string"},"ratio":{"type":"string"},"toAmount":{"type":"string"},"toAsset":{"type":"string"}},"required":["orderId","orderStatus","fromAsset","fromAmount","toAsset","toAmount","ratio","inverseRatio","createTime"],"type":"object"}}',
)


def _arguments(
    *,
    order_id: str | None = None,
    quote_id: str | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "quote_id": quote_id,
    }


def _parse(data: Any) -> ConvertOrder:
    try:
        response_200 = ConvertOrder.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: str | None = None,
    quote_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[ConvertOrder]:
    """`Spot.convert.convert_order_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            quote_id=quote_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: str | None = None,
    quote_id: str | None = None,
    **options: Unpack[CallOptions],
) -> ConvertOrder:
    """`Spot.convert.convert_order_status` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            quote_id=quote_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    quote_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[ConvertOrder]:
    """`Spot.convert.convert_order_status` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            quote_id=quote_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    quote_id: str | None = None,
    **options: Unpack[CallOptions],
) -> ConvertOrder:
    """`Spot.convert.convert_order_status` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            quote_id=quote_id,
        ),
        options,
    )
