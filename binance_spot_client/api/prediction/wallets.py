"""Prediction wallets: GET /sapi/v1/w3w/wallet/prediction/wallet/list (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.wallets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_wallets import PredictionWallets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["wallets"]
ANSWER = AnswerPlan(
    "wallets",
    {"$ref": "PredictionWallets"},
    schemas='{"PredictionWallet":{"properties":{"registeredTime":{"type":"integer"},"walletAddress":{"type":"string"},"walletId":{"type":"string"}},"required":["walletAddress","walletId","registeredTime"],"type":"object"},"PredictionWallets":{"properties":{"wallets":{"items":{"$ref":"PredictionWallet"},"type":"array"}},"required":["wallets"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> PredictionWallets:
    try:
        response_200 = PredictionWallets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[PredictionWallets]:
    """`Spot.prediction.wallets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> PredictionWallets:
    """`Spot.prediction.wallets` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[PredictionWallets]:
    """`Spot.prediction.wallets` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> PredictionWallets:
    """`Spot.prediction.wallets` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
