"""Latest prediction trade price: GET /sapi/v1/w3w/wallet/prediction/order-book/last-trade-price (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.last_trade_price`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_last_trade_price import PredictionLastTradePrice
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["lastTradePrice"]
ANSWER = AnswerPlan(
    "lastTradePrice",
    {"$ref": "PredictionLastTradePrice"},
    schemas='{"PredictionLastTradePrice":{"properties":{"lastTradePrice":{"type":"string"},"marketId":{"type":"integer"}},"required":["marketId","lastTradePrice"],"type":"object"}}',
)


def _arguments(
    market_id: int,
) -> dict[str, object]:
    return {
        "market_id": market_id,
    }


def _parse(data: Any) -> PredictionLastTradePrice:
    try:
        response_200 = PredictionLastTradePrice.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    market_id: int,
    **options: Unpack[CallOptions],
) -> Response[PredictionLastTradePrice]:
    """`Spot.prediction.last_trade_price`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            market_id=market_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    market_id: int,
    **options: Unpack[CallOptions],
) -> PredictionLastTradePrice:
    """`Spot.prediction.last_trade_price` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            market_id=market_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    market_id: int,
    **options: Unpack[CallOptions],
) -> Response[PredictionLastTradePrice]:
    """`Spot.prediction.last_trade_price` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            market_id=market_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    market_id: int,
    **options: Unpack[CallOptions],
) -> PredictionLastTradePrice:
    """`Spot.prediction.last_trade_price` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            market_id=market_id,
        ),
        options,
    )
