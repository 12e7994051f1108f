"""Prediction portfolio: GET /sapi/v1/w3w/wallet/prediction/pnl/portfolio (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.portfolio`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_portfolio import PredictionPortfolio
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolio"]
ANSWER = AnswerPlan(
    "portfolio",
    {"$ref": "PredictionPortfolio"},
    schemas='{"PredictionPnlRecord":{"properties":{"avgPrice":{"type":"string"},"currentPrice":{"type":"string"},"currentShares":{"type":"string"},"id":{"type":"integer"},"isResolved":{"type":"boolean"},"marketId":{"type":"integer"},"marketTopicId":{"type":"integer"},"pnlPercentage":{"type":"string"},"realizedPnl":{"type":"string"},"tokenId":{"type":"string"},"totalPnl":{"type":"string"},"unrealizedPnl":{"type":"string"},"vendor":{"type":"string"},"walletAddress":{"type":"string"}},"required":["id","walletAddress","marketTopicId","marketId","tokenId","vendor","currentShares","avgPrice","currentPrice","realizedPnl","unrealizedPnl","totalPnl","pnlPercentage","isResolved"],"type":"object"},"PredictionPortfolio":{"properties":{"activePositionsCount":{"type":"integer"},"chainId":{"type":"string"},"positions":{"items":{"$ref":"PredictionPnlRecord"},"type":"array"},"totalCostBasis":{"type":"string"},"totalCurrentValue":{"type":"string"},"totalPnl":{"type":"string"},"totalRealizedPnl":{"type":"string"},"totalUnrealizedPnl":{"type":"string"},"walletAddress":{"type":"string"}},"required":["chainId","walletAddress","activePositionsCount","totalRealizedPnl","totalUnrealizedPnl","totalPnl","totalCostBasis","totalCurrentValue","positions"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    *,
    token_id: str | None = None,
    market_id: int | None = None,
    market_topic_id: int | None = None,
    active_only: bool | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "token_id": token_id,
        "market_id": market_id,
        "market_topic_id": market_topic_id,
        "active_only": active_only,
    }


def _parse(data: Any) -> PredictionPortfolio:
    try:
        response_200 = PredictionPortfolio.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    token_id: str | None = None,
    market_id: int | None = None,
    market_topic_id: int | None = None,
    active_only: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionPortfolio]:
    """`Spot.prediction.portfolio`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
            market_id=market_id,
            market_topic_id=market_topic_id,
            active_only=active_only,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    token_id: str | None = None,
    market_id: int | None = None,
    market_topic_id: int | None = None,
    active_only: bool | None = None,
    **options: Unpack[CallOptions],
) -> PredictionPortfolio:
    """`Spot.prediction.portfolio` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
            market_id=market_id,
            market_topic_id=market_topic_id,
            active_only=active_only,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    token_id: str | None = None,
    market_id: int | None = None,
    market_topic_id: int | None = None,
    active_only: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionPortfolio]:
    """`Spot.prediction.portfolio` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
            market_id=market_id,
            market_topic_id=market_topic_id,
            active_only=active_only,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    token_id: str | None = None,
    market_id: int | None = None,
    market_topic_id: int | None = None,
    active_only: bool | None = None,
    **options: Unpack[CallOptions],
) -> PredictionPortfolio:
    """`Spot.prediction.portfolio` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
            market_id=market_id,
            market_topic_id=market_topic_id,
            active_only=active_only,
        ),
        options,
    )
