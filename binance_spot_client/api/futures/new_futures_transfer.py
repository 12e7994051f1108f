"""Move an asset between spot and futures: POST /sapi/v1/futures/transfer (USER_DATA, weight 1).

The parameters and answer are described on `Spot.futures.new_futures_transfer`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.futures_transfer_result import FuturesTransferResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newFuturesTransfer"]
ANSWER = AnswerPlan(
    "newFuturesTransfer",
    {"$ref": "FuturesTransferResult"},
    schemas='{"FuturesTransferResult":{"properties":{"tranId":{"type":"integer"}},"required":["tranId"],"type":"object"}}',
)


def _arguments(
    asset: str,
    amount: DecimalLike,
    type: int,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
        "type": type,
    }


def _parse(data: Any) -> FuturesTransferResult:
    try:
        response_200 = FuturesTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    amount: DecimalLike,
    type: int,
    **options: Unpack[CallOptions],
) -> Response[FuturesTransferResult]:
    """`Spot.futures.new_futures_transfer`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    asset: str,
    amount: DecimalLike,
    type: int,
    **options: Unpack[CallOptions],
) -> FuturesTransferResult:
    """`Spot.futures.new_futures_transfer` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    type: int,
    **options: Unpack[CallOptions],
) -> Response[FuturesTransferResult]:
    """`Spot.futures.new_futures_transfer` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    type: int,
    **options: Unpack[CallOptions],
) -> FuturesTransferResult:
    """`Spot.futures.new_futures_transfer` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
            type=type,
        ),
        options,
    )
