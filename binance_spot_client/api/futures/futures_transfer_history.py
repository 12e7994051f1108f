"""History of spot–futures transfers: GET /sapi/v1/futures/transfer (USER_DATA, weight 10).

The parameters and answer are described on `Spot.futures.futures_transfer_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.futures_transfer_history import FuturesTransferHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["futuresTransferHistory"]
ANSWER = AnswerPlan(
    "futuresTransferHistory",
    {"$ref": "FuturesTransferHistory"},
    schemas='{"FuturesTransferHistory":{"properties":{"rows":{"items":{"$ref":"FuturesTransferRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"},"FuturesTransferRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"status":{"$ref":"FuturesTransferStatus"},"timestamp":{"type":"integer"},"tranId":{"type":"integer"},"type":{"type":"string"}},"required":["asset","tranId","amount","type","timestamp","status"],"type":"object"},"FuturesTransferStatus":{"type":"string"}}',
)


def _arguments(
    asset: str,
    start_time: TimeLike,
    *,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> FuturesTransferHistory:
    try:
        response_200 = FuturesTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    start_time: TimeLike,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[FuturesTransferHistory]:
    """`Spot.futures.futures_transfer_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str,
    start_time: TimeLike,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> FuturesTransferHistory:
    """`Spot.futures.futures_transfer_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    start_time: TimeLike,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[FuturesTransferHistory]:
    """`Spot.futures.futures_transfer_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    start_time: TimeLike,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> FuturesTransferHistory:
    """`Spot.futures.futures_transfer_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
