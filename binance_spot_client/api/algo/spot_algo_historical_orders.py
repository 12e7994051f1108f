"""Past spot algo orders: GET /sapi/v1/algo/spot/historicalOrders (USER_DATA, weight 1).

The parameters and answer are described on `Spot.algo.spot_algo_historical_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.algo_orders import AlgoOrders
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["spotAlgoHistoricalOrders"]
ANSWER = AnswerPlan(
    "spotAlgoHistoricalOrders",
    {"$ref": "AlgoOrders"},
    schemas='{"AlgoOrder":{"properties":{"algoId":{"type":"integer"},"algoStatus":{"type":"string"},"algoType":{"type":"string"},"avgPrice":{"type":"string"},"bookTime":{"type":"integer"},"clientAlgoId":{"type":"string"},"endTime":{"type":"integer"},"executedAmt":{"type":"string"},"executedQty":{"type":"string"},"positionSide":{"allOf":[{"$ref":"AlgoPositionSide"}]},"side":{"$ref":"OrderSide"},"symbol":{"type":"string"},"totalQty":{"type":"string"},"urgency":{"type":"string"}},"required":["algoId","symbol","side","totalQty","executedQty","executedAmt","avgPrice","clientAlgoId","bookTime","endTime","algoStatus","algoType","urgency"],"type":"object"},"AlgoOrders":{"properties":{"orders":{"items":{"$ref":"AlgoOrder"},"type":"array"},"total":{"type":"integer"}},"required":["total"],"type":"object"},"AlgoPositionSide":{"type":"string"},"OrderSide":{"type":"string"}}',
)


def _arguments(
    *,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "page_size": page_size,
    }


def _parse(data: Any) -> AlgoOrders:
    try:
        response_200 = AlgoOrders.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[AlgoOrders]:
    """`Spot.algo.spot_algo_historical_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> AlgoOrders:
    """`Spot.algo.spot_algo_historical_orders` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[AlgoOrders]:
    """`Spot.algo.spot_algo_historical_orders` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    side: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> AlgoOrders:
    """`Spot.algo.spot_algo_historical_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
        ),
        options,
    )
