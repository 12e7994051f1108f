"""Fulfil an OTC blocktrade: POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/fulfil (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.fulfil_blocktrade`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_blocktrade_fulfilled import PredictionBlocktradeFulfilled
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["fulfilBlocktrade"]
ANSWER = AnswerPlan(
    "fulfilBlocktrade",
    {"$ref": "PredictionBlocktradeFulfilled"},
    schemas='{"PredictionBlocktradeFulfilled":{"properties":{"orderId":{"type":"string"}},"required":["orderId"],"type":"object"}}',
)


def _arguments(
    order_id: str,
    secret_token: str,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "secret_token": secret_token,
    }


def _parse(data: Any) -> PredictionBlocktradeFulfilled:
    try:
        response_200 = PredictionBlocktradeFulfilled.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: str,
    secret_token: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeFulfilled]:
    """`Spot.prediction.fulfil_blocktrade`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            secret_token=secret_token,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: str,
    secret_token: str,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeFulfilled:
    """`Spot.prediction.fulfil_blocktrade` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            secret_token=secret_token,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: str,
    secret_token: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeFulfilled]:
    """`Spot.prediction.fulfil_blocktrade` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            secret_token=secret_token,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: str,
    secret_token: str,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeFulfilled:
    """`Spot.prediction.fulfil_blocktrade` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            secret_token=secret_token,
        ),
        options,
    )
