"""Place a futures volume participation (VP) order: POST /sapi/v1/algo/futures/newOrderVp (TRADE, weight 3000).

The parameters and answer are described on `Spot.algo.new_futures_vp_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.algo_new_order_result import AlgoNewOrderResult
from ...models.algo_position_side import AlgoPositionSide
from ...models.algo_urgency import AlgoUrgency
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newFuturesVpOrder"]
ANSWER = AnswerPlan(
    "newFuturesVpOrder",
    {"$ref": "AlgoNewOrderResult"},
    schemas='{"AlgoNewOrderResult":{"properties":{"clientAlgoId":{"type":"string"},"code":{"type":"integer"},"msg":{"type":"string"},"success":{"type":"boolean"}},"required":["clientAlgoId","success","code","msg"],"type":"object"}}',
)


def _arguments(
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    urgency: AlgoUrgency | Literal["LOW", "MEDIUM", "HIGH"],
    *,
    position_side: AlgoPositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "side": side,
        "position_side": position_side,
        "quantity": quantity,
        "urgency": urgency,
        "client_algo_id": client_algo_id,
        "reduce_only": reduce_only,
        "limit_price": limit_price,
    }


def _parse(data: Any) -> AlgoNewOrderResult:
    try:
        response_200 = AlgoNewOrderResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    urgency: AlgoUrgency | Literal["LOW", "MEDIUM", "HIGH"],
    position_side: AlgoPositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[AlgoNewOrderResult]:
    """`Spot.algo.new_futures_vp_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            position_side=position_side,
            quantity=quantity,
            urgency=urgency,
            client_algo_id=client_algo_id,
            reduce_only=reduce_only,
            limit_price=limit_price,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    urgency: AlgoUrgency | Literal["LOW", "MEDIUM", "HIGH"],
    position_side: AlgoPositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> AlgoNewOrderResult:
    """`Spot.algo.new_futures_vp_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            position_side=position_side,
            quantity=quantity,
            urgency=urgency,
            client_algo_id=client_algo_id,
            reduce_only=reduce_only,
            limit_price=limit_price,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    urgency: AlgoUrgency | Literal["LOW", "MEDIUM", "HIGH"],
    position_side: AlgoPositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[AlgoNewOrderResult]:
    """`Spot.algo.new_futures_vp_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            position_side=position_side,
            quantity=quantity,
            urgency=urgency,
            client_algo_id=client_algo_id,
            reduce_only=reduce_only,
            limit_price=limit_price,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    side: OrderSide | Literal["BUY", "SELL"],
    quantity: DecimalLike,
    urgency: AlgoUrgency | Literal["LOW", "MEDIUM", "HIGH"],
    position_side: AlgoPositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
    client_algo_id: str | None = None,
    reduce_only: bool | None = None,
    limit_price: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> AlgoNewOrderResult:
    """`Spot.algo.new_futures_vp_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            side=side,
            position_side=position_side,
            quantity=quantity,
            urgency=urgency,
            client_algo_id=client_algo_id,
            reduce_only=reduce_only,
            limit_price=limit_price,
        ),
        options,
    )
