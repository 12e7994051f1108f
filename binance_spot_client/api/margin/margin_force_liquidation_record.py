"""Forced liquidation record: GET /sapi/v1/margin/forceLiquidationRec (USER_DATA, weight 1).

The parameters and answer are described on `Spot.margin.margin_force_liquidation_record`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_force_liquidations import MarginForceLiquidations
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginForceLiquidationRecord"]
ANSWER = AnswerPlan(
    "marginForceLiquidationRecord",
    {"$ref": "MarginForceLiquidations"},
    schemas='{"MarginForceLiquidation":{"properties":{"avgPrice":{"type":"string"},"executedQty":{"type":"string"},"isIsolated":{"type":"boolean"},"orderId":{"type":"integer"},"price":{"type":"string"},"qty":{"type":"string"},"side":{"$ref":"OrderSide"},"symbol":{"type":"string"},"timeInForce":{"$ref":"TimeInForce"},"updatedTime":{"type":"integer"}},"required":["avgPrice","executedQty","orderId","price","qty","side","symbol","timeInForce","isIsolated","updatedTime"],"type":"object"},"MarginForceLiquidations":{"properties":{"rows":{"items":{"$ref":"MarginForceLiquidation"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"},"OrderSide":{"type":"string"},"TimeInForce":{"type":"string"}}',
)


def _arguments(
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "isolated_symbol": isolated_symbol,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> MarginForceLiquidations:
    try:
        response_200 = MarginForceLiquidations.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginForceLiquidations]:
    """`Spot.margin.margin_force_liquidation_record`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            isolated_symbol=isolated_symbol,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> MarginForceLiquidations:
    """`Spot.margin.margin_force_liquidation_record` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            isolated_symbol=isolated_symbol,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginForceLiquidations]:
    """`Spot.margin.margin_force_liquidation_record` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            isolated_symbol=isolated_symbol,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    isolated_symbol: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> MarginForceLiquidations:
    """`Spot.margin.margin_force_liquidation_record` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            isolated_symbol=isolated_symbol,
            current=current,
            size=size,
        ),
        options,
    )
