"""Spot rebate history: GET /sapi/v1/rebate/taxQuery (USER_DATA, weight 12000).

The parameters and answer are described on `Spot.rebate.spot_rebate_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.rebate_history import RebateHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["spotRebateHistory"]
ANSWER = AnswerPlan(
    "spotRebateHistory",
    {"$ref": "RebateHistory"},
    schemas='{"RebateHistory":{"properties":{"code":{"type":"string"},"data":{"$ref":"RebatePage"},"status":{"type":"string"},"type":{"type":"string"}},"required":["status","type","code","data"],"type":"object"},"RebatePage":{"properties":{"data":{"items":{"$ref":"RebateRecord"},"type":"array"},"page":{"type":"integer"},"totalPageNum":{"type":"integer"},"totalRecords":{"type":"integer"}},"required":["page","totalRecords","totalPageNum","data"],"type":"object"},"RebateRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"type":{"type":"integer"},"updateTime":{"type":"integer"}},"required":["asset","type","amount","updateTime"],"type":"object"}}',
)


def _arguments(
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
    }


def _parse(data: Any) -> RebateHistory:
    try:
        response_200 = RebateHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[RebateHistory]:
    """`Spot.rebate.spot_rebate_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            page=page,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> RebateHistory:
    """`Spot.rebate.spot_rebate_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            page=page,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[RebateHistory]:
    """`Spot.rebate.spot_rebate_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            page=page,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> RebateHistory:
    """`Spot.rebate.spot_rebate_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            page=page,
        ),
        options,
    )
