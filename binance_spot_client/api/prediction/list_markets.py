"""Prediction market topics: GET /sapi/v1/w3w/wallet/prediction/market/list (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.list_markets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.prediction_market_topics import PredictionMarketTopics
from ...models.prediction_sort_by import PredictionSortBy
from ...models.prediction_sort_order import PredictionSortOrder
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["listMarkets"]
ANSWER = AnswerPlan(
    "listMarkets",
    {"$ref": "PredictionMarketTopics"},
    schemas='{"PredictionMarket":{"properties":{"conditionId":{"type":"string"},"decimalPrecision":{"type":"integer"},"description":{"type":"string"},"externalId":{"type":"string"},"liquidity":{"type":"string"},"marketId":{"type":"integer"},"outcomes":{"items":{"$ref":"PredictionOutcome"},"type":"array"},"question":{"type":"string"},"status":{"type":"string"},"title":{"type":"string"},"tradeVolume":{"type":"string"},"tradingStatus":{"type":"string"}},"required":["marketId","title","question","status","tradingStatus","outcomes"],"type":"object"},"PredictionMarketTopic":{"properties":{"chainId":{"type":"string"},"chartType":{"type":"string"},"collateral":{"type":"string"},"description":{"type":"string"},"endDate":{"type":"integer"},"feeRateBps":{"type":"integer"},"imageUrl":{"type":"string"},"isYieldBearing":{"type":"boolean"},"liquidity":{"type":"string"},"marketTopicId":{"type":"integer"},"markets":{"items":{"$ref":"PredictionMarket"},"type":"array"},"participantCount":{"type":"integer"},"publishedAt":{"type":"integer"},"question":{"type":"string"},"slippageBps":{"type":"integer"},"slug":{"type":"string"},"startDate":{"type":"integer"},"status":{"type":"string"},"symbol":{"type":"string"},"title":{"type":"string"},"topicType":{"type":"string"},"tradeVolume":{"type":"string"},"vendor":{"type":"string"}},"required":["marketTopicId","vendor","chainId","slug","title","question","description","topicType","chartType","participantCount","collateral","tradeVolume","liquidity","startDate","endDate","status"],"type":"object"},"PredictionMarketTopics":{"properties":{"hasMore":{"type":"boolean"},"limit":{"type":"integer"},"marketTopics":{"items":{"$ref":"PredictionMarketTopic"},"type":"array"},"offset":{"type":"integer"},"total":{"type":"integer"}},"required":["marketTopics","total","offset","limit","hasMore"],"type":"object"},"PredictionOutcome":{"properties":{"chance":{"type":"string"},"index":{"type":"integer"},"name":{"type":"string"},"price":{"type":"string"},"tokenId":{"type":"string"},"winner":{"type":"boolean"}},"required":["name","price","chance","index","tokenId"],"type":"object"}}',
)


def _arguments(
    *,
    l_1_category: str | None = None,
    l_2_category: str | None = None,
    sort_by: PredictionSortBy
    | Literal["RECOMMENDED", "VOLUME", "PARTICIPANTS", "CREATED_TIME", "END_DATE"]
    | None = None,
    order_by: PredictionSortOrder | Literal["ASC", "DESC"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "l_1_category": l_1_category,
        "l_2_category": l_2_category,
        "sort_by": sort_by,
        "order_by": order_by,
        "offset": offset,
        "limit": limit,
    }


def _parse(data: Any) -> PredictionMarketTopics:
    try:
        response_200 = PredictionMarketTopics.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    l_1_category: str | None = None,
    l_2_category: str | None = None,
    sort_by: PredictionSortBy
    | Literal["RECOMMENDED", "VOLUME", "PARTICIPANTS", "CREATED_TIME", "END_DATE"]
    | None = None,
    order_by: PredictionSortOrder | Literal["ASC", "DESC"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionMarketTopics]:
    """`Spot.prediction.list_markets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            l_1_category=l_1_category,
            l_2_category=l_2_category,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    l_1_category: str | None = None,
    l_2_category: str | None = None,
    sort_by: PredictionSortBy
    | Literal["RECOMMENDED", "VOLUME", "PARTICIPANTS", "CREATED_TIME", "END_DATE"]
    | None = None,
    order_by: PredictionSortOrder | Literal["ASC", "DESC"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionMarketTopics:
    """`Spot.prediction.list_markets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            l_1_category=l_1_category,
            l_2_category=l_2_category,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    l_1_category: str | None = None,
    l_2_category: str | None = None,
    sort_by: PredictionSortBy
    | Literal["RECOMMENDED", "VOLUME", "PARTICIPANTS", "CREATED_TIME", "END_DATE"]
    | None = None,
    order_by: PredictionSortOrder | Literal["ASC", "DESC"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionMarketTopics]:
    """`Spot.prediction.list_markets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            l_1_category=l_1_category,
            l_2_category=l_2_category,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    l_1_category: str | None = None,
    l_2_category: str | None = None,
    sort_by: PredictionSortBy
    | Literal["RECOMMENDED", "VOLUME", "PARTICIPANTS", "CREATED_TIME", "END_DATE"]
    | None = None,
    order_by: PredictionSortOrder | Literal["ASC", "DESC"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionMarketTopics:
    """`Spot.prediction.list_markets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            l_1_category=l_1_category,
            l_2_category=l_2_category,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
        ),
        options,
    )
