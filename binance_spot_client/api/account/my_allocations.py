"""Allocations: GET /api/v3/myAllocations (USER_DATA, weight 20).

The parameters and answer are described on `Spot.my_allocations`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.allocation import Allocation
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["myAllocations"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (AccountAllocationsResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "myAllocations",
    {"type": "array", "items": {"$ref": "Allocation"}},
    schemas='{"Allocation":{"properties":{"allocationId":{"type":"integer"},"allocationType":{"$ref":"AllocationType"},"commission":{"type":"string"},"commissionAsset":{"type":"string"},"isAllocator":{"type":"boolean"},"isBuyer":{"type":"boolean"},"isMaker":{"type":"boolean"},"orderId":{"type":"integer"},"orderListId":{"type":"integer"},"price":{"type":"string"},"qty":{"type":"string"},"quoteQty":{"type":"string"},"symbol":{"type":"string"},"time":{"type":"integer"}},"required":["symbol","allocationId","allocationType","orderId","orderListId","price","qty","quoteQty","commission","commissionAsset","time","isBuyer","isMaker","isAllocator"],"type":"object"},"AllocationType":{"type":"string"}}',
    sbe=_sbe_schema,  # answered in SBE as AccountAllocationsResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "start_time": start_time,
        "end_time": end_time,
        "from_allocation_id": from_allocation_id,
        "limit": limit,
        "order_id": order_id,
    }


def _parse(data: Any) -> list[Allocation]:
    try:
        response_200 = [Allocation.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Allocation]]:
    """`Spot.my_allocations`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            from_allocation_id=from_allocation_id,
            limit=limit,
            order_id=order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
    **options: Unpack[CallOptions],
) -> list[Allocation]:
    """`Spot.my_allocations` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            from_allocation_id=from_allocation_id,
            limit=limit,
            order_id=order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[Allocation]]:
    """`Spot.my_allocations` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            from_allocation_id=from_allocation_id,
            limit=limit,
            order_id=order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_allocation_id: int | None = None,
    limit: int | None = None,
    order_id: int | None = None,
    **options: Unpack[CallOptions],
) -> list[Allocation]:
    """`Spot.my_allocations` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            from_allocation_id=from_allocation_id,
            limit=limit,
            order_id=order_id,
        ),
        options,
    )
