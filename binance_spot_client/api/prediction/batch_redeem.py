"""Redeem prediction tokens: POST /sapi/v1/w3w/wallet/prediction/batch-redeem (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.batch_redeem`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_redeem_batch import PredictionRedeemBatch
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["batchRedeem"]
ANSWER = AnswerPlan(
    "batchRedeem",
    {"$ref": "PredictionRedeemBatch"},
    schemas='{"PredictionRedeemBatch":{"properties":{"batchId":{"type":"string"},"results":{"items":{"$ref":"PredictionRedeemResult"},"type":"array"}},"required":["batchId","results"],"type":"object"},"PredictionRedeemResult":{"properties":{"error":{"type":"string"},"requestId":{"type":"string"},"status":{"type":"string"},"txHash":{"type":"string"}},"required":["requestId","status"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    wallet_id: str,
    token_ids: Sequence[str],
    *,
    chain_id: str | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "wallet_id": wallet_id,
        "token_ids": token_ids,
        "chain_id": chain_id,
    }


def _parse(data: Any) -> PredictionRedeemBatch:
    try:
        response_200 = PredictionRedeemBatch.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    wallet_id: str,
    token_ids: Sequence[str],
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionRedeemBatch]:
    """`Spot.prediction.batch_redeem`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            token_ids=token_ids,
            chain_id=chain_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    wallet_id: str,
    token_ids: Sequence[str],
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionRedeemBatch:
    """`Spot.prediction.batch_redeem` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            token_ids=token_ids,
            chain_id=chain_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    wallet_id: str,
    token_ids: Sequence[str],
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionRedeemBatch]:
    """`Spot.prediction.batch_redeem` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            token_ids=token_ids,
            chain_id=chain_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    wallet_id: str,
    token_ids: Sequence[str],
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionRedeemBatch:
    """`Spot.prediction.batch_redeem` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            token_ids=token_ids,
            chain_id=chain_id,
        ),
        options,
    )
