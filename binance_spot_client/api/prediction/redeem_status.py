"""Prediction redeem status: GET /sapi/v1/w3w/wallet/prediction/redeem/status (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.redeem_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_redeem_status import PredictionRedeemStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemStatus"]
ANSWER = AnswerPlan(
    "redeemStatus",
    {"$ref": "PredictionRedeemStatus"},
    schemas='{"PredictionRedeemStatus":{"properties":{"status":{"type":"string"},"txHash":{"type":"string"}},"required":["txHash","status"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    tx_hash: str,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "tx_hash": tx_hash,
    }


def _parse(data: Any) -> PredictionRedeemStatus:
    try:
        response_200 = PredictionRedeemStatus.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    tx_hash: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionRedeemStatus]:
    """`Spot.prediction.redeem_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            tx_hash=tx_hash,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    tx_hash: str,
    **options: Unpack[CallOptions],
) -> PredictionRedeemStatus:
    """`Spot.prediction.redeem_status` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            tx_hash=tx_hash,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    tx_hash: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionRedeemStatus]:
    """`Spot.prediction.redeem_status` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            tx_hash=tx_hash,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    tx_hash: str,
    **options: Unpack[CallOptions],
) -> PredictionRedeemStatus:
    """`Spot.prediction.redeem_status` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            tx_hash=tx_hash,
        ),
        options,
    )
