"""Prediction market topic detail: GET /sapi/v1/w3w/wallet/prediction/market/detail (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.market_detail`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_market_detail import PredictionMarketDetail
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marketDetail"]
ANSWER = AnswerPlan(
    "marketDetail",
    {"$ref": "PredictionMarketDetail"},
    schemas='{"PredictionMarket":{"properties":{"conditionId":{"type":"string"},"decimalPrecision":{"type":"integer"},"description":{"type":"string"},"externalId":{"type":"string"},"liquidity":{"type":"string"},"marketId":{"type":"integer"},"outcomes":{"items":{"$ref":"PredictionOutcome"},"type":"array"},"question":{"type":"string"},"status":{"type":"string"},"title":{"type":"string"},"tradeVolume":{"type":"string"},"tradingStatus":{"type":"string"}},"required":["marketId","title","question","status","tradingStatus","outcomes"],"type":"object"},"PredictionMarketDetail":{"properties":{"chainId":{"type":"string"},"chartType":{"type":"string"},"collateral":{"type":"string"},"description":{"type":"string"},"endDate":{"type":"integer"},"feeRateBps":{"type":"integer"},"imageUrl":{"type":"string"},"isYieldBearing":{"type":"boolean"},"liquidity":{"type":"string"},"marketTopicId":{"type":"integer"},"markets":{"items":{"$ref":"PredictionMarket"},"type":"array"},"participantCount":{"type":"integer"},"publishedAt":{"type":"integer"},"question":{"type":"string"},"slippageBps":{"type":"integer"},"slug":{"type":"string"},"startDate":{"type":"integer"},"status":{"type":"string"},"symbol":{"type":"string"},"timeline":{"items":{"$ref":"PredictionTimelineEntry"},"type":"array"},"title":{"type":"string"},"topicType":{"type":"string"},"tradeVolume":{"type":"string"},"variantData":{"$ref":"PredictionVariantData"},"vendor":{"type":"string"}},"required":["marketTopicId","vendor","chainId","slug","title","question","description","topicType","chartType","participantCount","collateral","tradeVolume","liquidity","startDate","endDate","status","timeline","markets"],"type":"object"},"PredictionOutcome":{"properties":{"chance":{"type":"string"},"index":{"type":"integer"},"name":{"type":"string"},"price":{"type":"string"},"tokenId":{"type":"string"},"winner":{"type":"boolean"}},"required":["name","price","chance","index","tokenId"],"type":"object"},"PredictionTimelineEntry":{"properties":{"endDate":{"type":"integer"},"marketTopicId":{"type":"integer"},"startDate":{"type":"integer"}},"required":["marketTopicId","startDate","endDate"],"type":"object"},"PredictionVariantData":{"properties":{"endPrice":{"type":["string","null"]},"priceFeedId":{"type":"string"},"priceFeedProvider":{"type":"string"},"priceFeedSymbol":{"type":"string"},"startPrice":{"type":"string"},"type":{"type":"string"}},"required":["type"],"type":"object"}}',
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
