"""Margin transfer history: GET /sapi/v1/margin/transfer (USER_DATA, weight 1).

The parameters and answer are described on `Spot.margin.margin_transfer_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_transfer_direction import MarginTransferDirection
from ...models.margin_transfer_history import MarginTransferHistory
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
OPERATION = OPERATIONS["marginTransferHistory"]
ANSWER = AnswerPlan(
    "marginTransferHistory",
    {"$ref": "MarginTransferHistory"},
    schemas='{"MarginTransfer":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"fromSymbol":{"type":"string"},"status":{"type":"string"},"timestamp":{"type":"integer"},"toSymbol":{"type":"string"},"transFrom":{"type":"string"},"transTo":{"type":"string"},"txId":{"type":"integer"},"type":{"$ref":"MarginTransferDirection"}},"required":["amount","asset","status","timestamp","txId","type"],"type":"object"},"MarginTransferDirection":{"type":"string"},"MarginTransferHistory":{"properties":{"rows":{"items":{"$ref":"MarginTransfer"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "type": type,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
        "isolated_symbol": isolated_symbol,
    }


def _parse(data: Any) -> MarginTransferHistory:
    try:
        response_200 = MarginTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginTransferHistory]:
    """`Spot.margin.margin_transfer_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginTransferHistory:
    """`Spot.margin.margin_transfer_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginTransferHistory]:
    """`Spot.margin.margin_transfer_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginTransferHistory:
    """`Spot.margin.margin_transfer_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )
