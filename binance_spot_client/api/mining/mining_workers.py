"""Workers of a mining account: GET /sapi/v1/mining/worker/list (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.mining_workers`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_workers_response import MiningWorkersResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningWorkers"]
ANSWER = AnswerPlan(
    "miningWorkers",
    {"$ref": "MiningWorkersResponse"},
    schemas='{"MiningWorker":{"properties":{"dayHashRate":{"type":"number"},"hashRate":{"type":"number"},"lastShareTime":{"type":"integer"},"rejectRate":{"type":"number"},"status":{"type":"integer"},"workerId":{"type":"string"},"workerName":{"type":"string"}},"required":["workerId","workerName","status","hashRate","dayHashRate","rejectRate","lastShareTime"],"type":"object"},"MiningWorkerPage":{"properties":{"pageSize":{"type":"integer"},"totalNum":{"type":"integer"},"workerDatas":{"items":{"$ref":"MiningWorker"},"type":"array"}},"required":["workerDatas","totalNum","pageSize"],"type":"object"},"MiningWorkersResponse":{"properties":{"code":{"type":"integer"},"data":{"$ref":"MiningWorkerPage"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"}}',
)


def _arguments(
    algo: str,
    user_name: str,
    *,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
) -> dict[str, object]:
    return {
        "algo": algo,
        "user_name": user_name,
        "page_index": page_index,
        "sort": sort,
        "sort_column": sort_column,
        "worker_status": worker_status,
    }


def _parse(data: Any) -> MiningWorkersResponse:
    try:
        response_200 = MiningWorkersResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    algo: str,
    user_name: str,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningWorkersResponse]:
    """`Spot.mining.mining_workers`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            page_index=page_index,
            sort=sort,
            sort_column=sort_column,
            worker_status=worker_status,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    algo: str,
    user_name: str,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningWorkersResponse:
    """`Spot.mining.mining_workers` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            page_index=page_index,
            sort=sort,
            sort_column=sort_column,
            worker_status=worker_status,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    algo: str,
    user_name: str,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningWorkersResponse]:
    """`Spot.mining.mining_workers` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            page_index=page_index,
            sort=sort,
            sort_column=sort_column,
            worker_status=worker_status,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    algo: str,
    user_name: str,
    page_index: int | None = None,
    sort: int | None = None,
    sort_column: int | None = None,
    worker_status: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningWorkersResponse:
    """`Spot.mining.mining_workers` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            page_index=page_index,
            sort=sort,
            sort_column=sort_column,
            worker_status=worker_status,
        ),
        options,
    )
