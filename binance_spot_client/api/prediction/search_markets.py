"""Search prediction market topics: GET /sapi/v1/w3w/wallet/prediction/market/search (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.search_markets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_market_topic import PredictionMarketTopic
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["searchMarkets"]
ANSWER = AnswerPlan(
    "searchMarkets",
    {"$ref": "PredictionMarketTopicList"},
    schemas='{"PredictionMarket":{"properties":{"conditionId":{"type":"string"},"decimalPrecision":{"type":"integer"},"description":{"type":"string"},"externalId":{"type":"string"},"liquidity":{"type":"string"},"marketId":{"type":"integer"},"outcomes":{"items":{"$ref":"PredictionOutcome"},"type":"array"},"question":{"type":"string"},"status":{"type":"string"},"title":{"type":"string"},"tradeVolume":{"type":"string"},"tradingStatus":{"type":"string"}},"required":["marketId","title","question","status","tradingStatus","outcomes"],"type":"object"},"PredictionMarketTopic":{"properties":{"chainId":{"type":"string"},"chartType":{"type":"string"},"collateral":{"type":"string"},"description":{"type":"string"},"endDate":{"type":"integer"},"feeRateBps":{"type":"integer"},"imageUrl":{"type":"string"},"isYieldBearing":{"type":"boolean"},"liquidity":{"type":"string"},"marketTopicId":{"type":"integer"},"markets":{"items":{"$ref":"PredictionMarket"},"type":"array"},"participantCount":{"type":"integer"},"publishedAt":{"type":"integer"},"question":{"type":"string"},"slippageBps":{"type":"integer"},"slug":{"type":"string"},"startDate":{"type":"integer"},"status":{"type":"string"},"symbol":{"type":"string"},"title":{"type":"string"},"topicType":{"type":"string"},"tradeVolume":{"type":"string"},"vendor":{"type":"string"}},"required":["marketTopicId","vendor","chainId","slug","title","question","description","topicType","chartType","participantCount","collateral","tradeVolume","liquidity","startDate","endDate","status"],"type":"object"},"PredictionMarketTopicList":{"items":{"$ref":"PredictionMarketTopic"},"type":"array"},"PredictionOutcome":{"properties":{"chance":{"type":"string"},"index":{"type":"integer"},"name":{"type":"string"},"price":{"type":"string"},"tokenId":{"type":"string"},"winner":{"type":"boolean"}},"required":["name","price","chance","index","tokenId"],"type":"object"}}',
)


def _arguments(
    query: str,
    *,
    top_k: int | None = None,
) -> dict[str, object]:
    return {
        "query": query,
        "top_k": top_k,
    }


def _parse(data: Any) -> list[PredictionMarketTopic]:
    try:
        response_200 = [PredictionMarketTopic.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    query: str,
    top_k: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PredictionMarketTopic]]:
    """`Spot.prediction.search_markets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            query=query,
            top_k=top_k,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    query: str,
    top_k: int | None = None,
    **options: Unpack[CallOptions],
) -> list[PredictionMarketTopic]:
    """`Spot.prediction.search_markets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            query=query,
            top_k=top_k,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    query: str,
    top_k: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PredictionMarketTopic]]:
    """`Spot.prediction.search_markets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            query=query,
            top_k=top_k,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    query: str,
    top_k: int | None = None,
    **options: Unpack[CallOptions],
) -> list[PredictionMarketTopic]:
    """`Spot.prediction.search_markets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            query=query,
            top_k=top_k,
        ),
        options,
    )
