"""Fiat order detail: GET /sapi/v1/fiat/get-order-detail (USER_DATA, weight 1).

The parameters and answer are described on `Spot.fiat.fiat_order_detail`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.fiat_order_detail import FiatOrderDetail
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["fiatOrderDetail"]
ANSWER = AnswerPlan(
    "fiatOrderDetail",
    {"$ref": "FiatOrderDetail"},
    schemas='{"FiatOrderDetail":{"properties":{"code":{"type":"string"},"data":{"$ref":"FiatOrderDetailData"},"message":{"type":"string"}},"required":["code","message","data"],"type":"object"},"FiatOrderDetailData":{"properties":{"amount":{"type":"string"},"errorCode":{"type":"string"},"errorMessage":{"type":"string"},"ext":{"additionalProperties":true,"type":"object"},"fee":{"type":"string"},"fiatCurrency":{"type":"string"},"orderId":{"type":"string"},"orderStatus":{"type":"string"}},"required":["orderId","orderStatus","amount","fee","fiatCurrency"],"type":"object"}}',
)


def _arguments(
    order_no: str,
) -> dict[str, object]:
    return {
        "order_no": order_no,
    }


def _parse(data: Any) -> FiatOrderDetail:
    try:
        response_200 = FiatOrderDetail.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_no: str,
    **options: Unpack[CallOptions],
) -> Response[FiatOrderDetail]:
    """`Spot.fiat.fiat_order_detail`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_no=order_no,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_no: str,
    **options: Unpack[CallOptions],
) -> FiatOrderDetail:
    """`Spot.fiat.fiat_order_detail` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_no=order_no,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_no: str,
    **options: Unpack[CallOptions],
) -> Response[FiatOrderDetail]:
    """`Spot.fiat.fiat_order_detail` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_no=order_no,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_no: str,
    **options: Unpack[CallOptions],
) -> FiatOrderDetail:
    """`Spot.fiat.fiat_order_detail` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_no=order_no,
        ),
        options,
    )
