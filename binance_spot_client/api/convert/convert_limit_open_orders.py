"""Open limit orders: GET /sapi/v1/convert/limit/queryOpenOrders (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.convert.convert_limit_open_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.convert_order_list import ConvertOrderList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertLimitOpenOrders"]
ANSWER = AnswerPlan(
    "convertLimitOpenOrders",
    {"$ref": "ConvertOrderList"},
    schemas='{"ConvertOrder":{"properties":{"createTime":{"type":"integer"},"expiredTimestamp":{"type":"integer"},"fromAmount":{"type":"string"},"fromAsset":{"type":"string"},"inverseRatio":{"type":"string"},"orderId":{"type":"integer"},"orderStatus":{"type":"string"},"quoteId":{"type":"string"},"ratio":{"type":"string"},"toAmount":{"type":"string"},"toAsset":{"type":"string"}},"required":["orderId","orderStatus","fromAsset","fromAmount","toAsset","toAmount","ratio","inverseRatio","createTime"],"type":"object"},"ConvertOrderList":{"properties":{"list":{"items":{"$ref":"ConvertOrder"},"type":"array"}},"required":["list"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> ConvertOrderList:
    try:
        response_200 = ConvertOrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[ConvertOrderList]:
    """`Spot.convert.convert_limit_open_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> ConvertOrderList:
    """`Spot.convert.convert_limit_open_orders` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[ConvertOrderList]:
    """`Spot.convert.convert_limit_open_orders` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> ConvertOrderList:
    """`Spot.convert.convert_limit_open_orders` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
