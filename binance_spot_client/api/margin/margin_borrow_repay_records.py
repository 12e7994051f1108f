"""Borrow and repay records: GET /sapi/v1/margin/borrow-repay (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.margin_borrow_repay_records`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_borrow_repay_records import MarginBorrowRepayRecords
from ...models.margin_borrow_repay_type import MarginBorrowRepayType
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
    TimeLike,
    former_keywords,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginBorrowRepayRecords"]
ANSWER = AnswerPlan(
    "marginBorrowRepayRecords",
    {"$ref": "MarginBorrowRepayRecords"},
    schemas='{"MarginBorrowRepayRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"interest":{"type":"string"},"isolatedSymbol":{"type":"string"},"principal":{"type":"string"},"status":{"type":"string"},"timestamp":{"type":"integer"},"txId":{"type":"integer"},"type":{"type":"string"}},"required":["asset","principal","status","timestamp","txId"],"type":"object"},"MarginBorrowRepayRecords":{"properties":{"rows":{"items":{"$ref":"MarginBorrowRepayRecord"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
    *,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "type": type,
        "asset": asset,
        "isolated_symbol": isolated_symbol,
        "tx_id": tx_id,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> MarginBorrowRepayRecords:
    try:
        response_200 = MarginBorrowRepayRecords.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginBorrowRepayRecords]:
    """`Spot.margin.margin_borrow_repay_records`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
            asset=asset,
            isolated_symbol=isolated_symbol,
            tx_id=tx_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> MarginBorrowRepayRecords:
    """`Spot.margin.margin_borrow_repay_records` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            type=type,
            asset=asset,
            isolated_symbol=isolated_symbol,
            tx_id=tx_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginBorrowRepayRecords]:
    """`Spot.margin.margin_borrow_repay_records` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
            asset=asset,
            isolated_symbol=isolated_symbol,
            tx_id=tx_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> MarginBorrowRepayRecords:
    """`Spot.margin.margin_borrow_repay_records` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            type=type,
            asset=asset,
            isolated_symbol=isolated_symbol,
            tx_id=tx_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
