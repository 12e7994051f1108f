"""Prediction wallet transfer status: GET /sapi/v1/w3w/wallet/prediction/transfer/status (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.transfer_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_transfer import PredictionTransfer
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["transferStatus"]
ANSWER = AnswerPlan(
    "transferStatus",
    {"$ref": "PredictionTransfer"},
    schemas='{"PredictionTransfer":{"properties":{"completeAt":{"type":"string"},"createTime":{"type":"string"},"direction":{"type":"string"},"errorCode":{"type":"string"},"errorMessage":{"type":"string"},"fromToken":{"type":"string"},"fromTokenAmount":{"type":"string"},"status":{"type":"string"},"toToken":{"type":"string"},"toTokenAmount":{"type":"string"},"transferId":{"type":"string"},"updateTime":{"type":"string"},"walletAddress":{"type":"string"}},"required":["transferId","direction","status","fromToken","fromTokenAmount","toToken","toTokenAmount","createTime","updateTime"],"type":"object"}}',
)


def _arguments(
    transfer_id: str,
) -> dict[str, object]:
    return {
        "transfer_id": transfer_id,
    }


def _parse(data: Any) -> PredictionTransfer:
    try:
        response_200 = PredictionTransfer.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    transfer_id: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionTransfer]:
    """`Spot.prediction.transfer_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            transfer_id=transfer_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    transfer_id: str,
    **options: Unpack[CallOptions],
) -> PredictionTransfer:
    """`Spot.prediction.transfer_status` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            transfer_id=transfer_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    transfer_id: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionTransfer]:
    """`Spot.prediction.transfer_status` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            transfer_id=transfer_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    transfer_id: str,
    **options: Unpack[CallOptions],
) -> PredictionTransfer:
    """`Spot.prediction.transfer_status` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            transfer_id=transfer_id,
        ),
        options,
    )
