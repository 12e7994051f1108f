"""Convert history: GET /oauth-api/v1/ocbs/query-history (OAUTH, weight 1).

The parameters and answer are described on `Spot.oauth.convert_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.o_auth_convert_history_response import OAuthConvertHistoryResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertHistory"]
ANSWER = AnswerPlan(
    "convertHistory",
    {"$ref": "OAuthConvertHistoryResponse"},
    schemas='{"OAuthConvertHistory":{"properties":{"rows":{"items":{"$ref":"OAuthConvertOrder"},"type":"array"},"total":{"type":"integer"}},"required":["total","rows"],"type":"object"},"OAuthConvertHistoryResponse":{"properties":{"code":{"type":"string"},"data":{"$ref":"OAuthConvertHistory"},"message":{"type":["string","null"]},"success":{"type":"boolean"}},"required":["code","data","success"],"type":"object"},"OAuthConvertOrder":{"properties":{"createTime":{"type":"integer"},"fromAmount":{"type":"string"},"fromAsset":{"type":"string"},"orderId":{"type":"string"},"price":{"type":"string"},"quoteId":{"type":"string"},"status":{"type":"string"},"toAmount":{"type":"string"},"toAsset":{"type":"string"},"updateTime":{"type":"integer"}},"required":["orderId","status"],"type":"object"}}',
)


def _arguments(
    *,
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "status": status,
        "quote_id": quote_id,
        "create_time_start": create_time_start,
        "create_time_end": create_time_end,
        "update_time_start": update_time_start,
        "update_time_end": update_time_end,
        "page": page,
        "rows": rows,
    }


def _parse(data: Any) -> OAuthConvertHistoryResponse:
    try:
        response_200 = OAuthConvertHistoryResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[OAuthConvertHistoryResponse]:
    """`Spot.oauth.convert_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            status=status,
            quote_id=quote_id,
            create_time_start=create_time_start,
            create_time_end=create_time_end,
            update_time_start=update_time_start,
            update_time_end=update_time_end,
            page=page,
            rows=rows,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> OAuthConvertHistoryResponse:
    """`Spot.oauth.convert_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            status=status,
            quote_id=quote_id,
            create_time_start=create_time_start,
            create_time_end=create_time_end,
            update_time_start=update_time_start,
            update_time_end=update_time_end,
            page=page,
            rows=rows,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[OAuthConvertHistoryResponse]:
    """`Spot.oauth.convert_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            status=status,
            quote_id=quote_id,
            create_time_start=create_time_start,
            create_time_end=create_time_end,
            update_time_start=update_time_start,
            update_time_end=update_time_end,
            page=page,
            rows=rows,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> OAuthConvertHistoryResponse:
    """`Spot.oauth.convert_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            status=status,
            quote_id=quote_id,
            create_time_start=create_time_start,
            create_time_end=create_time_end,
            update_time_start=update_time_start,
            update_time_end=update_time_end,
            page=page,
            rows=rows,
        ),
        options,
    )
