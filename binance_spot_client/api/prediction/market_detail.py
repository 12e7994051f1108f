"""Prediction market topic detail: GET /sapi/v1/w3w/wallet/prediction/market/detail (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.market_detail`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_market_detail import PredictionMarketDetail
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marketDetail"]
ANSWER = AnswerPlan(
    "marketDetail",
    {"$ref": "PredictionMarketDetail"},
    ANSWER_SCHEMAS,
)


def _arguments(
    market_topic_id: int,
) -> dict[str, object]:
    return {
        "market_topic_id": market_topic_id,
    }


def _parse(data: Any) -> PredictionMarketDetail:
    try:
        response_200 = PredictionMarketDetail.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    market_topic_id: int,
    **options: Unpack[CallOptions],
) -> Response[PredictionMarketDetail]:
    """`Spot.prediction.market_detail`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            market_topic_id=market_topic_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    market_topic_id: int,
    **options: Unpack[CallOptions],
) -> PredictionMarketDetail:
    """`Spot.prediction.market_detail` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            market_topic_id=market_topic_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    market_topic_id: int,
    **options: Unpack[CallOptions],
) -> Response[PredictionMarketDetail]:
    """`Spot.prediction.market_detail` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            market_topic_id=market_topic_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    market_topic_id: int,
    **options: Unpack[CallOptions],
) -> PredictionMarketDetail:
    """`Spot.prediction.market_detail` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            market_topic_id=market_topic_id,
        ),
        options,
    )
