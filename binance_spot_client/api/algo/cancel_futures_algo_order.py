"""Cancel a futures algo order: DELETE /sapi/v1/algo/futures/order (TRADE, weight 1).

The parameters and answer are described on `Spot.algo.cancel_futures_algo_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.algo_cancel_result import AlgoCancelResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelFuturesAlgoOrder"]
ANSWER = AnswerPlan(
    "cancelFuturesAlgoOrder",
    {"$ref": "AlgoCancelResult"},
    schemas='{"AlgoCancelResult":{"properties":{"algoId":{"type":"integer"},"code":{"type":"integer"},"msg":{"type":"string"},"success":{"type":"boolean"}},"required":["algoId","success","code","msg"],"type":"object"}}',
)


def _arguments(
    *,
    algo_id: int | None = None,
    client_algo_id: str | None = None,
) -> dict[str, object]:
    return {
        "algo_id": algo_id,
        "client_algo_id": client_algo_id,
    }


def _parse(data: Any) -> AlgoCancelResult:
    try:
        response_200 = AlgoCancelResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    algo_id: int | None = None,
    client_algo_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[AlgoCancelResult]:
    """`Spot.algo.cancel_futures_algo_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            algo_id=algo_id,
            client_algo_id=client_algo_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    algo_id: int | None = None,
    client_algo_id: str | None = None,
    **options: Unpack[CallOptions],
) -> AlgoCancelResult:
    """`Spot.algo.cancel_futures_algo_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            algo_id=algo_id,
            client_algo_id=client_algo_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    algo_id: int | None = None,
    client_algo_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[AlgoCancelResult]:
    """`Spot.algo.cancel_futures_algo_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            algo_id=algo_id,
            client_algo_id=client_algo_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    algo_id: int | None = None,
    client_algo_id: str | None = None,
    **options: Unpack[CallOptions],
) -> AlgoCancelResult:
    """`Spot.algo.cancel_futures_algo_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            algo_id=algo_id,
            client_algo_id=client_algo_id,
        ),
        options,
    )
