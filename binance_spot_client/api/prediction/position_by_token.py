"""Prediction position in one token: GET /sapi/v1/w3w/wallet/prediction/position/token (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.position_by_token`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_position_by_token import PredictionPositionByToken
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["positionByToken"]
ANSWER = AnswerPlan(
    "positionByToken",
    {"$ref": "PredictionPositionByToken"},
    schemas='{"PredictionPosition":{"properties":{"avgPrice":{"type":"string"},"canClaim":{"type":"boolean"},"chainId":{"type":"string"},"claimAmount":{"type":"string"},"collateralSymbol":{"type":"string"},"createdTime":{"type":"integer"},"currentPrice":{"type":"string"},"endDate":{"type":"integer"},"finalOutcome":{"type":"string"},"isWinner":{"type":"boolean"},"marketId":{"type":"integer"},"marketTitle":{"type":"string"},"marketTopicId":{"type":"integer"},"marketTopicTitle":{"type":"string"},"outcomeIndex":{"type":"integer"},"outcomeName":{"type":"string"},"pnl":{"type":"string"},"positionId":{"type":"integer"},"positionStatus":{"type":"string"},"realizedPnl":{"type":"string"},"redeemStatus":{"type":"string"},"settledDate":{"type":"integer"},"shares":{"type":"string"},"toWin":{"type":"string"},"tokenId":{"type":"string"},"topicType":{"type":"string"},"totalCost":{"type":"string"},"unrealizedPnl":{"type":"string"},"unrealizedPnlPercent":{"type":"string"},"updatedTime":{"type":"integer"},"value":{"type":"string"},"vendor":{"type":"string"}},"required":["positionId","vendor","chainId","tokenId","collateralSymbol","topicType","marketTopicId","marketId","marketTopicTitle","marketTitle","outcomeName","outcomeIndex","shares","avgPrice","totalCost","value","currentPrice","positionStatus","endDate","realizedPnl","pnl","createdTime","updatedTime"],"type":"object"},"PredictionPositionByToken":{"properties":{"position":{"$ref":"PredictionPosition"}},"required":["position"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    token_id: str,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "token_id": token_id,
    }


def _parse(data: Any) -> PredictionPositionByToken:
    try:
        response_200 = PredictionPositionByToken.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    token_id: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionPositionByToken]:
    """`Spot.prediction.position_by_token`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    token_id: str,
    **options: Unpack[CallOptions],
) -> PredictionPositionByToken:
    """`Spot.prediction.position_by_token` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    token_id: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionPositionByToken]:
    """`Spot.prediction.position_by_token` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    token_id: str,
    **options: Unpack[CallOptions],
) -> PredictionPositionByToken:
    """`Spot.prediction.position_by_token` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
        ),
        options,
    )
