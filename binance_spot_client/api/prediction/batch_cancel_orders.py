"""Cancel prediction orders: POST /sapi/v1/w3w/wallet/prediction/trade/batch-cancel (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.batch_cancel_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_batch_cancel import PredictionBatchCancel
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["batchCancelOrders"]
ANSWER = AnswerPlan(
    "batchCancelOrders",
    {"$ref": "PredictionBatchCancel"},
    schemas='{"PredictionBatchCancel":{"properties":{"canceled":{"items":{"type":"string"},"type":"array"},"failed":{"items":{"$ref":"PredictionCancelFailure"},"type":"array"}},"required":["canceled","failed"],"type":"object"},"PredictionCancelFailure":{"properties":{"orderId":{"type":"string"},"reason":{"type":"string"}},"required":["orderId","reason"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    wallet_id: str,
    *,
    cancel_info_list: Sequence[Mapping[str, object]] | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "wallet_id": wallet_id,
        "cancel_info_list": cancel_info_list,
    }


def _parse(data: Any) -> PredictionBatchCancel:
    try:
        response_200 = PredictionBatchCancel.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    wallet_id: str,
    cancel_info_list: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionBatchCancel]:
    """`Spot.prediction.batch_cancel_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            cancel_info_list=cancel_info_list,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    wallet_id: str,
    cancel_info_list: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> PredictionBatchCancel:
    """`Spot.prediction.batch_cancel_orders` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            cancel_info_list=cancel_info_list,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    wallet_id: str,
    cancel_info_list: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionBatchCancel]:
    """`Spot.prediction.batch_cancel_orders` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            cancel_info_list=cancel_info_list,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    wallet_id: str,
    cancel_info_list: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> PredictionBatchCancel:
    """`Spot.prediction.batch_cancel_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            cancel_info_list=cancel_info_list,
        ),
        options,
    )
