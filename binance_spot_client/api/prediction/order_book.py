"""Prediction order book: GET /sapi/v1/w3w/wallet/prediction/order-book (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.order_book`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_order_book import PredictionOrderBook
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["orderBook"]
ANSWER = AnswerPlan(
    "orderBook",
    {"$ref": "PredictionOrderBook"},
    schemas='{"PredictionBookLevel":{"properties":{"price":{"type":"string"},"size":{"type":"string"}},"required":["price","size"],"type":"object"},"PredictionOrderBook":{"properties":{"asks":{"items":{"$ref":"PredictionBookLevel"},"type":"array"},"bids":{"items":{"$ref":"PredictionBookLevel"},"type":"array"},"outcome":{"type":"string"},"timestamp":{"type":"integer"},"tokenId":{"type":"string"}},"required":["outcome","tokenId","timestamp","bids","asks"],"type":"object"}}',
)


def _arguments(
    vendor: str,
    market_id: int,
    token_id: str,
) -> dict[str, object]:
    return {
        "vendor": vendor,
        "market_id": market_id,
        "token_id": token_id,
    }


def _parse(data: Any) -> PredictionOrderBook:
    try:
        response_200 = PredictionOrderBook.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    vendor: str,
    market_id: int,
    token_id: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionOrderBook]:
    """`Spot.prediction.order_book`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            vendor=vendor,
            market_id=market_id,
            token_id=token_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    vendor: str,
    market_id: int,
    token_id: str,
    **options: Unpack[CallOptions],
) -> PredictionOrderBook:
    """`Spot.prediction.order_book` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            vendor=vendor,
            market_id=market_id,
            token_id=token_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    vendor: str,
    market_id: int,
    token_id: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionOrderBook]:
    """`Spot.prediction.order_book` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            vendor=vendor,
            market_id=market_id,
            token_id=token_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    vendor: str,
    market_id: int,
    token_id: str,
    **options: Unpack[CallOptions],
) -> PredictionOrderBook:
    """`Spot.prediction.order_book` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            vendor=vendor,
            market_id=market_id,
            token_id=token_id,
        ),
        options,
    )
