"""Prediction payment balances: GET /sapi/v1/w3w/wallet/prediction/balance/payment-options (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.payment_option_balances`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_payment_options import PredictionPaymentOptions
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["paymentOptionBalances"]
ANSWER = AnswerPlan(
    "paymentOptionBalances",
    {"$ref": "PredictionPaymentOptions"},
    schemas='{"PredictionPaymentOption":{"properties":{"accountType":{"type":"string"},"availableBalanceDisplay":{"type":"string"},"enabled":{"type":"boolean"}},"required":["accountType","availableBalanceDisplay","enabled"],"type":"object"},"PredictionPaymentOptions":{"properties":{"items":{"items":{"$ref":"PredictionPaymentOption"},"type":"array"}},"required":["items"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> PredictionPaymentOptions:
    try:
        response_200 = PredictionPaymentOptions.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[PredictionPaymentOptions]:
    """`Spot.prediction.payment_option_balances`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> PredictionPaymentOptions:
    """`Spot.prediction.payment_option_balances` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[PredictionPaymentOptions]:
    """`Spot.prediction.payment_option_balances` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> PredictionPaymentOptions:
    """`Spot.prediction.payment_option_balances` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
