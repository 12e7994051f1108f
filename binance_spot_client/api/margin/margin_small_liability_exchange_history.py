"""Small liability exchange history: GET /sapi/v1/margin/exchange-small-liability-history (USER_DATA, weight 100).

The parameters and answer are described on `Spot.margin.margin_small_liability_exchange_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_small_liability_exchange_history import MarginSmallLiabilityExchangeHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginSmallLiabilityExchangeHistory"]
ANSWER = AnswerPlan(
    "marginSmallLiabilityExchangeHistory",
    {"$ref": "MarginSmallLiabilityExchangeHistory"},
    schemas='{"MarginSmallLiabilityExchange":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"bizType":{"type":"string"},"targetAmount":{"type":"string"},"targetAsset":{"type":"string"},"timestamp":{"type":"integer"}},"required":["asset","amount","targetAsset","targetAmount","bizType","timestamp"],"type":"object"},"MarginSmallLiabilityExchangeHistory":{"properties":{"rows":{"items":{"$ref":"MarginSmallLiabilityExchange"},"type":"array"},"total":{"type":"integer"}},"required":["total","rows"],"type":"object"}}',
)


def _arguments(
    current: int,
    size: int,
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
) -> dict[str, object]:
    return {
        "current": current,
        "size": size,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse(data: Any) -> MarginSmallLiabilityExchangeHistory:
    try:
        response_200 = MarginSmallLiabilityExchangeHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    current: int,
    size: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginSmallLiabilityExchangeHistory]:
    """`Spot.margin.margin_small_liability_exchange_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            current=current,
            size=size,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    current: int,
    size: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> MarginSmallLiabilityExchangeHistory:
    """`Spot.margin.margin_small_liability_exchange_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            current=current,
            size=size,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    current: int,
    size: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginSmallLiabilityExchangeHistory]:
    """`Spot.margin.margin_small_liability_exchange_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            current=current,
            size=size,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    current: int,
    size: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> MarginSmallLiabilityExchangeHistory:
    """`Spot.margin.margin_small_liability_exchange_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            current=current,
            size=size,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )
