"""Cancel a limit order: POST /sapi/v1/convert/limit/cancelOrder (TRADE, weight 200).

The parameters and answer are described on `Spot.convert.cancel_convert_limit_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.convert_limit_order_result import ConvertLimitOrderResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelConvertLimitOrder"]
ANSWER = AnswerPlan(
    "cancelConvertLimitOrder",
    {"$ref": "ConvertLimitOrderResult"},
    schemas='{"ConvertLimitOrderResult":{"properties":{"orderId":{"type":"integer"},"quoteId":{"type":"string"},"status":{"type":"string"}},"required":["orderId","status"],"type":"object"}}',
)


def _arguments(
    order_id: int,
) -> dict[str, object]:
    return {
        "order_id": order_id,
    }


def _parse(data: Any) -> ConvertLimitOrderResult:
    try:
        response_200 = ConvertLimitOrderResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: int,
    **options: Unpack[CallOptions],
) -> Response[ConvertLimitOrderResult]:
    """`Spot.convert.cancel_convert_limit_order`, returning the whole response: status, headers, rate limits and the model."""
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
    order_id: int,
    **options: Unpack[CallOptions],
) -> ConvertLimitOrderResult:
    """`Spot.convert.cancel_convert_limit_order` as a function of the client."""
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
    order_id: int,
    **options: Unpack[CallOptions],
) -> Response[ConvertLimitOrderResult]:
    """`Spot.convert.cancel_convert_limit_order` on an async client, returning the whole response."""
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
    order_id: int,
    **options: Unpack[CallOptions],
) -> ConvertLimitOrderResult:
    """`Spot.convert.cancel_convert_limit_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
        ),
        options,
    )
