"""Conversion history: GET /sapi/v1/convert/tradeFlow (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.convert.convert_trade_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.convert_trade_history import ConvertTradeHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertTradeHistory"]
ANSWER = AnswerPlan(
    "convertTradeHistory",
    {"$ref": "ConvertTradeHistory"},
    schemas='{"ConvertOrder":{"properties":{"createTime":{"type":"integer"},"expiredTimestamp":{"type":"integer"},"fromAmount":{"type":"string"},"fromAsset":{"type":"string"},"inverseRatio":{"type":"string"},"orderId":{"type":"integer"},"orderStatus":{"type":"string"},"quoteId":{"type":"string"},"ratio":{"type":"string"},"toAmount":{"type":"string"},"toAsset":{"type":"string"}},"required":["orderId","orderStatus","fromAsset","fromAmount","toAsset","toAmount","ratio","inverseRatio","createTime"],"type":"object"},"ConvertTradeHistory":{"properties":{"endTime":{"type":"integer"},"limit":{"type":"integer"},"list":{"items":{"$ref":"ConvertOrder"},"type":"array"},"moreData":{"type":"boolean"},"startTime":{"type":"integer"}},"required":["list","startTime","endTime","limit","moreData"],"type":"object"}}',
)


def _arguments(
    start_time: TimeLike,
    end_time: TimeLike,
    *,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse(data: Any) -> ConvertTradeHistory:
    try:
        response_200 = ConvertTradeHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[ConvertTradeHistory]:
    """`Spot.convert.convert_trade_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> ConvertTradeHistory:
    """`Spot.convert.convert_trade_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[ConvertTradeHistory]:
    """`Spot.convert.convert_trade_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> ConvertTradeHistory:
    """`Spot.convert.convert_trade_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )
