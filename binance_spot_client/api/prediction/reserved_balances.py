"""OTC reserved balances: POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/reserved-balances (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.reserved_balances`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_reserved_balances import PredictionReservedBalances
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
OPERATION = OPERATIONS["reservedBalances"]
ANSWER = AnswerPlan(
    "reservedBalances",
    {"$ref": "PredictionReservedBalances"},
    schemas='{"PredictionReservedBalance":{"properties":{"amount":{"type":"string"},"tokenId":{"type":"string"},"type":{"type":"string"}},"required":["type","amount"],"type":"object"},"PredictionReservedBalances":{"properties":{"balances":{"items":{"$ref":"PredictionReservedBalance"},"type":"array"}},"required":["balances"],"type":"object"}}',
)


def _arguments(
    assets: Sequence[Mapping[str, object]],
) -> dict[str, object]:
    return {
        "assets": assets,
    }


def _parse(data: Any) -> PredictionReservedBalances:
    try:
        response_200 = PredictionReservedBalances.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    assets: Sequence[Mapping[str, object]],
    **options: Unpack[CallOptions],
) -> Response[PredictionReservedBalances]:
    """`Spot.prediction.reserved_balances`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            assets=assets,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    assets: Sequence[Mapping[str, object]],
    **options: Unpack[CallOptions],
) -> PredictionReservedBalances:
    """`Spot.prediction.reserved_balances` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            assets=assets,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    assets: Sequence[Mapping[str, object]],
    **options: Unpack[CallOptions],
) -> Response[PredictionReservedBalances]:
    """`Spot.prediction.reserved_balances` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            assets=assets,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    assets: Sequence[Mapping[str, object]],
    **options: Unpack[CallOptions],
) -> PredictionReservedBalances:
    """`Spot.prediction.reserved_balances` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            assets=assets,
        ),
        options,
    )
