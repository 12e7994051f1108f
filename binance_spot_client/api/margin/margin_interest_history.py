"""Interest history: GET /sapi/v1/margin/interestHistory (USER_DATA, weight 1).

The parameters and answer are described on `Spot.margin.margin_interest_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_interest_history import MarginInterestHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginInterestHistory"]
ANSWER = AnswerPlan(
    "marginInterestHistory",
    {"$ref": "MarginInterestHistory"},
    schemas='{"MarginInterest":{"properties":{"asset":{"type":"string"},"interest":{"type":"string"},"interestAccuredTime":{"type":"integer"},"interestRate":{"type":"string"},"isolatedSymbol":{"type":"string"},"principal":{"type":"string"},"rawAsset":{"type":"string"},"txId":{"type":"integer"},"type":{"type":"string"}},"required":["asset","interest","interestAccuredTime","interestRate","principal","type"],"type":"object"},"MarginInterestHistory":{"properties":{"rows":{"items":{"$ref":"MarginInterest"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "isolated_symbol": isolated_symbol,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
        "archived": archived,
    }


def _parse(data: Any) -> MarginInterestHistory:
    try:
        response_200 = MarginInterestHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginInterestHistory]:
    """`Spot.margin.margin_interest_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            archived=archived,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginInterestHistory:
    """`Spot.margin.margin_interest_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            archived=archived,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginInterestHistory]:
    """`Spot.margin.margin_interest_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            archived=archived,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    archived: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginInterestHistory:
    """`Spot.margin.margin_interest_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            archived=archived,
        ),
        options,
    )
