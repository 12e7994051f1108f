"""Settled prediction positions: GET /sapi/v1/w3w/wallet/prediction/position/settled-history (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.settled_positions`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_settled_positions import PredictionSettledPositions
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["settledPositions"]
ANSWER = AnswerPlan(
    "settledPositions",
    {"$ref": "PredictionSettledPositions"},
    schemas='{"PredictionPosition":{"properties":{"avgPrice":{"type":"string"},"canClaim":{"type":"boolean"},"chainId":{"type":"string"},"claimAmount":{"type":"string"},"collateralSymbol":{"type":"string"},"createdTime":{"type":"integer"},"currentPrice":{"type":"string"},"endDate":{"type":"integer"},"finalOutcome":{"type":"string"},"isWinner":{"type":"boolean"},"marketId":{"type":"integer"},"marketTitle":{"type":"string"},"marketTopicId":{"type":"integer"},"marketTopicTitle":{"type":"string"},"outcomeIndex":{"type":"integer"},"outcomeName":{"type":"string"},"pnl":{"type":"string"},"positionId":{"type":"integer"},"positionStatus":{"type":"string"},"realizedPnl":{"type":"string"},"redeemStatus":{"type":"string"},"settledDate":{"type":"integer"},"shares":{"type":"string"},"toWin":{"type":"string"},"tokenId":{"type":"string"},"topicType":{"type":"string"},"totalCost":{"type":"string"},"unrealizedPnl":{"type":"string"},"unrealizedPnlPercent":{"type":"string"},"updatedTime":{"type":"integer"},"value":{"type":"string"},"vendor":{"type":"string"}},"required":["positionId","vendor","chainId","tokenId","collateralSymbol","topicType","marketTopicId","marketId","marketTopicTitle","marketTitle","outcomeName","outcomeIndex","shares","avgPrice","totalCost","value","currentPrice","positionStatus","endDate","realizedPnl","pnl","createdTime","updatedTime"],"type":"object"},"PredictionSettledPositions":{"properties":{"positions":{"items":{"$ref":"PredictionPosition"},"type":"array"},"totalCount":{"type":"integer"}},"required":["totalCount","positions"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    *,
    l_1_category: str | None = None,
    result: int | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "l_1_category": l_1_category,
        "result": result,
        "start_date": start_date,
        "end_date": end_date,
        "offset": offset,
        "limit": limit,
    }


def _parse(data: Any) -> PredictionSettledPositions:
    try:
        response_200 = PredictionSettledPositions.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    l_1_category: str | None = None,
    result: int | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionSettledPositions]:
    """`Spot.prediction.settled_positions`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            l_1_category=l_1_category,
            result=result,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    l_1_category: str | None = None,
    result: int | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionSettledPositions:
    """`Spot.prediction.settled_positions` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            l_1_category=l_1_category,
            result=result,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    l_1_category: str | None = None,
    result: int | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionSettledPositions]:
    """`Spot.prediction.settled_positions` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            l_1_category=l_1_category,
            result=result,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    l_1_category: str | None = None,
    result: int | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionSettledPositions:
    """`Spot.prediction.settled_positions` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            l_1_category=l_1_category,
            result=result,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
        ),
        options,
    )
