"""Prediction positions by wallet or topic: GET /sapi/v1/w3w/wallet/prediction/position/filter (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.positions_by_filter`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_positions import PredictionPositions
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["positionsByFilter"]
ANSWER = AnswerPlan(
    "positionsByFilter",
    {"$ref": "PredictionPositions"},
    schemas='{"PredictionPosition":{"properties":{"avgPrice":{"type":"string"},"canClaim":{"type":"boolean"},"chainId":{"type":"string"},"claimAmount":{"type":"string"},"collateralSymbol":{"type":"string"},"createdTime":{"type":"integer"},"currentPrice":{"type":"string"},"endDate":{"type":"integer"},"finalOutcome":{"type":"string"},"isWinner":{"type":"boolean"},"marketId":{"type":"integer"},"marketTitle":{"type":"string"},"marketTopicId":{"type":"integer"},"marketTopicTitle":{"type":"string"},"outcomeIndex":{"type":"integer"},"outcomeName":{"type":"string"},"pnl":{"type":"string"},"positionId":{"type":"integer"},"positionStatus":{"type":"string"},"realizedPnl":{"type":"string"},"redeemStatus":{"type":"string"},"settledDate":{"type":"integer"},"shares":{"type":"string"},"toWin":{"type":"string"},"tokenId":{"type":"string"},"topicType":{"type":"string"},"totalCost":{"type":"string"},"unrealizedPnl":{"type":"string"},"unrealizedPnlPercent":{"type":"string"},"updatedTime":{"type":"integer"},"value":{"type":"string"},"vendor":{"type":"string"}},"required":["positionId","vendor","chainId","tokenId","collateralSymbol","topicType","marketTopicId","marketId","marketTopicTitle","marketTitle","outcomeName","outcomeIndex","shares","avgPrice","totalCost","value","currentPrice","positionStatus","endDate","realizedPnl","pnl","createdTime","updatedTime"],"type":"object"},"PredictionPositions":{"properties":{"positions":{"items":{"$ref":"PredictionPosition"},"type":"array"}},"required":["positions"],"type":"object"}}',
)


def _arguments(
    *,
    wallet_address: str | None = None,
    market_topic_id: int | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "market_topic_id": market_topic_id,
    }


def _parse(data: Any) -> PredictionPositions:
    try:
        response_200 = PredictionPositions.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str | None = None,
    market_topic_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionPositions]:
    """`Spot.prediction.positions_by_filter`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            market_topic_id=market_topic_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str | None = None,
    market_topic_id: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionPositions:
    """`Spot.prediction.positions_by_filter` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            market_topic_id=market_topic_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str | None = None,
    market_topic_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionPositions]:
    """`Spot.prediction.positions_by_filter` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            market_topic_id=market_topic_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str | None = None,
    market_topic_id: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionPositions:
    """`Spot.prediction.positions_by_filter` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            market_topic_id=market_topic_id,
        ),
        options,
    )
