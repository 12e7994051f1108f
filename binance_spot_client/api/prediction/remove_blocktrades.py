"""Remove OTC blocktrades: POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/remove (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.remove_blocktrades`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_blocktrades_removed import PredictionBlocktradesRemoved
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["removeBlocktrades"]
ANSWER = AnswerPlan(
    "removeBlocktrades",
    {"$ref": "PredictionBlocktradesRemoved"},
    schemas='{"PredictionBlocktradesRemoved":{"properties":{"noop":{"items":{"type":"string"},"type":"array"},"removed":{"items":{"type":"string"},"type":"array"}},"required":["removed","noop"],"type":"object"}}',
)


def _arguments(
    order_ids: Sequence[str],
) -> dict[str, object]:
    return {
        "order_ids": order_ids,
    }


def _parse(data: Any) -> PredictionBlocktradesRemoved:
    try:
        response_200 = PredictionBlocktradesRemoved.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_ids: Sequence[str],
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradesRemoved]:
    """`Spot.prediction.remove_blocktrades`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_ids=order_ids,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_ids: Sequence[str],
    **options: Unpack[CallOptions],
) -> PredictionBlocktradesRemoved:
    """`Spot.prediction.remove_blocktrades` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_ids=order_ids,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_ids: Sequence[str],
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradesRemoved]:
    """`Spot.prediction.remove_blocktrades` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_ids=order_ids,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_ids: Sequence[str],
    **options: Unpack[CallOptions],
) -> PredictionBlocktradesRemoved:
    """`Spot.prediction.remove_blocktrades` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_ids=order_ids,
        ),
        options,
    )
